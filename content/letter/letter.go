// Package letter is the letter an organisation (a municipality, an
// association) sends to Meta about its own accounts, as data: what the
// organisation typed (Draft), what is wrong with it (Check) or probably a
// mistake (Warnings), what goes in the letter (Details), its accounts and
// their apps, and the letter in words (Compose), with the reasons that fit
// the kind of organisation. Laying it out, as text or as a printable page,
// is for the faces (ui/letter).
//
// What was typed ends up on a terminal, on the clipboard and on paper, so
// the letter holds it as typed.Text, which only cleaning makes: it may not
// move the cursor, clear the screen, write to the clipboard, hide text or
// turn text around.
package letter

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Limits on what a person types, in characters (runes). An e-mail address
// can be 254 characters long (RFC 5321); the others are generous for a
// name, a page's address and a place.
const (
	MaxOrg      = 120
	MaxAccount  = 200
	MaxAccounts = 20
	MaxContact  = 254
	MaxPlace    = 80
	MaxSigner   = 80
	MaxFunction = 80
)

// Account is one of the organisation's accounts.
type Account struct {
	Name typed.Text // a name or an address, as typed, cleaned
	App  string     // the guide's ID of the app it is on, or "" when not known
}

// Draft is what the organisation typed, as typed: Check says what must be
// fixed, Warnings what is probably a mistake, and Details makes the
// letter's details of it. Its accounts come from ParseAccounts (or
// Apps.Parse): cleaned, but not cut, so that Check still sees one that is
// too long.
type Draft struct {
	// Kind is the kind of organisation, content.KindPublic or
	// content.KindAssociation: it decides the letter's reasons. A letter
	// for a kind not known has the reasons that claim least, an
	// association's, but Check says that the kind is missing.
	Kind     string
	Org      string
	Accounts []Account
	Contact  string // an e-mail address, may be empty
	Place    string // may be empty
	Signer   string // who signs; may be empty: a line to write it by hand
	Function string // the signer's function; may be empty, as Signer
}

// Details are what goes in the letter: what the organisation typed
// (Draft), cleaned and cut to its limits.
type Details struct {
	Kind     string // as Draft.Kind
	Org      typed.Text
	Accounts []Account
	Contact  typed.Text // may be empty
	Place    typed.Text // may be empty
	Signer   typed.Text // may be empty: a line to write it by hand
	Function typed.Text // may be empty, as Signer
}

// Field names a field of the details, for messages next to it.
type Field int

// The fields. Check reports them in the order of the form: the kind, the
// organisation, its accounts, the contact, the place, the signer and the
// function.
const (
	FieldOrg Field = iota
	FieldAccounts
	FieldContact
	FieldPlace
	FieldKind
	FieldSigner
	FieldFunction
)

// KnownKind reports whether kind is a kind of organisation the letter
// knows.
func KnownKind(kind string) bool { return slices.Contains(content.OrgKinds, kind) }

// KeepMessageID is the done screen's message that says where to keep the
// letter and Meta's confirmations (FACTS O9): a public body's case system,
// an association's own records, and words that fit both for a kind not
// known.
func KeepMessageID(kind string) string {
	switch kind {
	case content.KindPublic:
		return "done.org_keep_public"
	case content.KindAssociation:
		return "done.org_keep_association"
	}
	return "done.org_keep"
}

// kindOf returns the guide's words for the details' kind; for a kind not
// known, an association's, the kind that claims least: never a public
// task it may not have.
func kindOf(g *content.Guide, kind string) content.OrgKind {
	if !KnownKind(kind) {
		kind = content.KindAssociation
	}
	return g.Organisation.Kinds[kind]
}

// Problem is what is wrong with one field: an i18n message ID and its data.
type Problem struct {
	Field     Field
	MessageID string    // e.g. "letter.org_missing"
	Data      i18n.Data // may be nil
}

// ParseAccounts splits what was typed in one account question, "a, b ,c",
// into accounts: cleaned, without empty ones and without repeats (case does
// not count, as it does not in the names on Facebook and Instagram). Each
// gets app; Apps.Parse gives each the app its address names.
func ParseAccounts(s, app string) []Account {
	var accounts []Account
	seen := map[string]bool{}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '\n' }) {
		// Cleaned, but not yet cut to MaxAccount: Check must still see a
		// name that is too long and say so; Details cuts it.
		name := typed.From(part, 10*MaxAccount)
		key := strings.ToLower(name.String())
		if name.IsEmpty() || seen[key] {
			continue
		}
		seen[key] = true
		accounts = append(accounts, Account{Name: name, App: app})
	}
	return accounts
}

// Apps are the apps an organisation's accounts can be on: the guide's apps
// with a form, each known by the sites where its accounts live. The guide
// names them; this package knows none by name.
type Apps struct {
	apps []content.App
}

// AppsOf returns the guide's apps with a form.
func AppsOf(g *content.Guide) Apps { return Apps{apps: g.FormApps()} }

// Of returns the ID of the app whose address account is, with or without
// "https://"; "" for a name, a handle or the address of another site.
func (a Apps) Of(account string) string {
	if site, _ := siteOf(account); site != "" {
		if app := a.on(site); app != nil {
			return app.ID
		}
	}
	return ""
}

// Parse splits what was typed as ParseAccounts does, and gives each account
// the app its address names, if any.
func (a Apps) Parse(s string) []Account {
	accounts := ParseAccounts(s, "")
	for i := range accounts {
		accounts[i].App = a.Of(accounts[i].Name.String())
	}
	return accounts
}

// on returns the app whose accounts live on host, or nil.
func (a Apps) on(host string) *content.App {
	for i, app := range a.apps {
		for _, site := range app.Sites {
			if host == site || strings.HasSuffix(host, "."+site) {
				return &a.apps[i]
			}
		}
	}
	return nil
}

// byID returns the app with the ID, or nil.
func (a Apps) byID(id string) *content.App {
	for i := range a.apps {
		if a.apps[i].ID == id {
			return &a.apps[i]
		}
	}
	return nil
}

// named returns the app the letter names for an account, or nil: the app
// it was given, but never one its address contradicts. An address of
// another site gets none; an address of the other app gets that app. Only
// an app with a form is ever named: the letter is about those.
func (a Apps) named(acc Account) *content.App {
	given := a.byID(acc.App)
	if given == nil {
		return nil
	}
	site, surely := siteOf(acc.Name.String())
	if on := a.on(site); site != "" && (on != nil || surely) {
		return on
	}
	return given
}

// names returns the apps' names, in the guide's order.
func (a Apps) names() []string {
	var names []string
	for _, app := range a.apps {
		names = append(names, app.Name)
	}
	return names
}

// siteOf reads account as the address of a web page, and returns its
// host, lower case, or "" when it cannot be one: a name ("Gemeente
// Testdorp"), a handle ("@testdorp") or an e-mail address. surely says
// that it is one, with "https://", a page after the host ("twitter.com/x")
// or "www.": a host alone ("testdorp.nl") can also be an Instagram name,
// which may have dots.
func siteOf(account string) (host string, surely bool) {
	s := strings.ToLower(strings.TrimSpace(account))
	for _, scheme := range []string{"https://", "http://"} {
		if strings.HasPrefix(s, scheme) {
			s, surely = s[len(scheme):], true
			break
		}
	}
	host = s
	if i := strings.IndexAny(host, "/?#:"); i >= 0 {
		host, surely = host[:i], true
	}
	host = strings.TrimSuffix(host, ".")
	// A name in another script ("münchen.de") as the browser would ask.
	if ascii, err := idna.Lookup.ToASCII(host); err == nil {
		host = ascii
	}
	if !hostName(host) || !strings.Contains(host, ".") {
		return "", false
	}
	// A top-level domain is letters: "v1.2/x" is no address.
	if tld := host[strings.LastIndex(host, ".")+1:]; strings.Trim(tld, "abcdefghijklmnopqrstuvwxyz") != "" && !strings.HasPrefix(tld, "xn--") {
		return "", false
	}
	return host, surely || strings.HasPrefix(host, "www.")
}

// hostName reports whether s is a DNS host name: labels of letters,
// digits and hyphens, joined by dots.
func hostName(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	for _, label := range strings.Split(s, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			if c := label[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// Warnings returns what is probably a mistake in the accounts, though the
// letter can be made with it: an account given as the address of another
// site ("twitter.com/x"), or as the address of one app in the question of
// another. A person may mean it, so a face shows each warning and lets the
// person go on; Check says what must be fixed. The warnings are in the
// order of the accounts, with the account as typed (cleaned and short) and
// the apps' names, in t's language; g must be in that language too.
func (d Draft) Warnings(t *i18n.Translator, g *content.Guide) []Problem {
	apps := AppsOf(g)
	var warnings []Problem
	for _, a := range d.Accounts {
		site, surely := siteOf(a.Name.String())
		if site == "" {
			continue
		}
		on := apps.on(site)
		asked := apps.byID(a.App)
		switch {
		case on == nil && surely:
			warnings = append(warnings, Problem{Field: FieldAccounts, MessageID: "letter.account_elsewhere",
				Data: i18n.Data{"Account": typed.Echo(a.Name.String()), "Apps": t.Or(apps.names())}})
		case on != nil && asked != nil && asked.ID != on.ID:
			warnings = append(warnings, Problem{Field: FieldAccounts, MessageID: "letter.account_other_app",
				Data: i18n.Data{"Account": typed.Echo(a.Name.String()), "App": on.Name, "Other": asked.Name}})
		}
	}
	return warnings
}

// Details returns the details fit for the letter: every value cleaned
// and cut to its limit, accounts without a name dropped, at most
// MaxAccounts accounts. A value that is too long is cut, so check first to
// tell the person.
func (d Draft) Details() Details {
	c := Details{
		Kind:     d.Kind,
		Org:      typed.From(d.Org, MaxOrg),
		Contact:  typed.From(d.Contact, MaxContact),
		Place:    typed.From(d.Place, MaxPlace),
		Signer:   typed.From(d.Signer, MaxSigner),
		Function: typed.From(d.Function, MaxFunction),
	}
	c.Accounts = fit(d.Accounts)
	return c
}

// fit returns the accounts as the letter has them: each name cut to
// MaxAccount, those without a name dropped, at most MaxAccounts.
func fit(accounts []Account) []Account {
	var fitted []Account
	for _, a := range accounts {
		name := typed.From(a.Name.String(), MaxAccount)
		if name.IsEmpty() {
			continue
		}
		if len(fitted) == MaxAccounts {
			break
		}
		fitted = append(fitted, Account{Name: name, App: a.App})
	}
	return fitted
}

// Check returns what is wrong with the draft, in the order of the fields,
// at most one problem per field: the one to fix first.
//
// It judges the draft as typed. A value is missing when nothing would be
// left of it after typed.Clean (only spaces, only invisible characters).
// Lengths are counted as typed: Details cuts a value that is too long, so
// check the draft to tell the person, and put its Details in the letter.
func (d Draft) Check() []Problem {
	var problems []Problem
	add := func(f Field, id string, data i18n.Data) {
		problems = append(problems, Problem{Field: f, MessageID: id, Data: data})
	}
	limit := func(n int) i18n.Data { return i18n.Data{"Max": n} }

	if !KnownKind(d.Kind) {
		add(FieldKind, "letter.kind_missing", nil)
	}

	switch {
	case blank(d.Org):
		add(FieldOrg, "letter.org_missing", nil)
	case tooLong(d.Org, MaxOrg):
		add(FieldOrg, "letter.org_too_long", limit(MaxOrg))
	}

	named, long := 0, false
	for _, a := range d.Accounts {
		if !a.Name.IsEmpty() {
			named++
		}
		long = long || a.Name.Len() > MaxAccount
	}
	switch {
	case named == 0:
		add(FieldAccounts, "letter.accounts_missing", nil)
	case named > MaxAccounts:
		add(FieldAccounts, "letter.too_many_accounts", limit(MaxAccounts))
	case long:
		add(FieldAccounts, "letter.account_too_long", limit(MaxAccount))
	}

	switch {
	case blank(d.Contact):
		// May be empty: the letter then has no contact line.
	case tooLong(d.Contact, MaxContact):
		add(FieldContact, "letter.contact_too_long", limit(MaxContact))
	case !isAddress(strings.TrimSpace(d.Contact)):
		// The value goes back to the screen: cleaned, and short.
		add(FieldContact, "letter.contact_invalid", i18n.Data{"Value": typed.Echo(d.Contact)})
	}

	if tooLong(d.Place, MaxPlace) {
		add(FieldPlace, "letter.place_too_long", limit(MaxPlace))
	}
	if tooLong(d.Signer, MaxSigner) {
		add(FieldSigner, "letter.signer_too_long", limit(MaxSigner))
	}
	if tooLong(d.Function, MaxFunction) {
		add(FieldFunction, "letter.function_too_long", limit(MaxFunction))
	}
	return problems
}

// blank reports whether nothing would be left of s after typed.Clean.
func blank(s string) bool { return typed.Clean(s, 1) == "" }

// tooLong reports whether s, without the spaces around it, has more than
// max characters.
func tooLong(s string, max int) bool {
	return utf8.RuneCountInString(strings.TrimSpace(s)) > max
}

// isAddress reports whether s is a bare e-mail address that a person would
// recognise as one: a name, one "@", and a domain with a dot, no spaces,
// brackets or quotes around it, and nothing that typed.Clean would take
// out, such as an invisible character. It reads the address as a person
// writes it (RFC 5322's dot-atom), not every form the standard allows.
func isAddress(s string) bool {
	if strings.Count(s, "@") != 1 || typed.Clean(s, MaxContact) != s {
		return false
	}
	local, domain, _ := strings.Cut(s, "@")
	return dotAtom(local, "!#$%&'*+/=?^_`{|}~-") && dotAtom(domain, "-") && strings.Contains(domain, ".")
}

// dotAtom reports whether s is words of letters, digits and the signs in
// also, parted by single dots.
func dotAtom(s, also string) bool {
	if s == "" {
		return false
	}
	for _, word := range strings.Split(s, ".") {
		if word == "" {
			return false
		}
		for _, r := range word {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(also, r) {
				return false
			}
		}
	}
	return true
}
