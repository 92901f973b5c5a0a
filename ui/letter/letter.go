// Package letter writes the objection letter an organisation (a
// municipality, an association) sends to Meta for its own Facebook and
// Instagram accounts: as plain text to read, copy and paste, and as a
// printable page. The letter's words come from the guide; this package
// fills in what the organisation typed.
//
// What was typed ends up on a terminal, on the clipboard and on paper, so
// every typed value goes through typed.Clean first: it may not move the
// cursor, clear the screen, write to the clipboard, hide text or turn text
// around.
package letter

import (
	"net/mail"
	"strings"
	"unicode/utf8"

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
)

// The apps an account can be on; the IDs are the guide's.
const (
	facebook  = "facebook"
	instagram = "instagram"
)

// Account is one of the organisation's accounts.
type Account struct {
	Name string // a name or an address, as typed (cleaned)
	App  string // "facebook", "instagram", or "" when not known
}

// Details are what the organisation fills in.
type Details struct {
	Org      string
	Accounts []Account
	Contact  string // an e-mail address, may be empty
	Place    string // may be empty
}

// Field names a field of the details, for messages next to it.
type Field int

// The fields, in the order of the form.
const (
	FieldOrg Field = iota
	FieldAccounts
	FieldContact
	FieldPlace
)

// Problem is what is wrong with one field: an i18n message ID and its data.
type Problem struct {
	Field     Field
	MessageID string    // e.g. "letter.org_missing"
	Data      i18n.Data // may be nil
}

// ParseAccounts splits what was typed in one account question, "a, b ,c",
// into accounts: cleaned, without empty ones and without repeats (case does
// not count, as it does not in the names on Facebook and Instagram). Each
// gets app, or when app is "" the app its address names.
func ParseAccounts(s, app string) []Account {
	var accounts []Account
	seen := map[string]bool{}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '\n' }) {
		// Cleaned, but not yet cut to MaxAccount: Check must still see a
		// name that is too long and say so; Cleaned cuts it.
		name := typed.Clean(part, 10*MaxAccount)
		key := strings.ToLower(name)
		if name == "" || seen[key] {
			continue
		}
		seen[key] = true
		a := Account{Name: name, App: app}
		if app == "" {
			a.App = AppOf(name)
		}
		accounts = append(accounts, a)
	}
	return accounts
}

// hosts are the domains of the apps' addresses; a subdomain (www., m.,
// web.) counts too.
var hosts = map[string]string{
	"facebook.com":  facebook,
	"fb.com":        facebook,
	"fb.me":         facebook,
	"instagram.com": instagram,
	"instagr.am":    instagram,
}

// AppOf returns the app whose address an account is, "facebook" or
// "instagram", with or without "https://"; "" for a name or any other
// address.
func AppOf(account string) string {
	s := strings.ToLower(strings.TrimSpace(account))
	s = strings.TrimPrefix(s, "https://")
	s = strings.TrimPrefix(s, "http://")
	host, _, _ := strings.Cut(s, "/")
	host, _, _ = strings.Cut(host, "?")
	host, _, _ = strings.Cut(host, "#")
	host, _, _ = strings.Cut(host, ":")
	host = strings.TrimSuffix(host, ".")
	for domain, app := range hosts {
		if host == domain || strings.HasSuffix(host, "."+domain) {
			return app
		}
	}
	return ""
}

// knownApp keeps an app ID the letter can name, and forgets any other.
func knownApp(app string) string {
	if app == facebook || app == instagram {
		return app
	}
	return ""
}

// Cleaned returns the details fit for the letter: every value through
// typed.Clean with its limit, accounts without a name dropped, at most
// MaxAccounts accounts, and an app other than Facebook or Instagram
// forgotten. A value that is too long is cut, so check first to tell the
// person.
func (d Details) Cleaned() Details {
	c := Details{
		Org:     typed.Clean(d.Org, MaxOrg),
		Contact: typed.Clean(d.Contact, MaxContact),
		Place:   typed.Clean(d.Place, MaxPlace),
	}
	for _, a := range d.Accounts {
		name := typed.Clean(a.Name, MaxAccount)
		if name == "" {
			continue
		}
		if len(c.Accounts) == MaxAccounts {
			break
		}
		c.Accounts = append(c.Accounts, Account{Name: name, App: knownApp(a.App)})
	}
	return c
}

// Check returns what is wrong with the details, in the order of the fields,
// at most one problem per field: the one to fix first.
//
// It judges the details as given. A value is missing when nothing would be
// left of it after typed.Clean (only spaces, only invisible characters).
// Lengths are counted as typed: Cleaned cuts a value that is too long, so
// Check the typed details to tell the person, and use the cleaned ones in
// the letter.
func (d Details) Check() []Problem {
	var problems []Problem
	add := func(f Field, id string, data i18n.Data) {
		problems = append(problems, Problem{Field: f, MessageID: id, Data: data})
	}
	limit := func(n int) i18n.Data { return i18n.Data{"Max": n} }

	switch {
	case blank(d.Org):
		add(FieldOrg, "letter.org_missing", nil)
	case tooLong(d.Org, MaxOrg):
		add(FieldOrg, "letter.org_too_long", limit(MaxOrg))
	}

	named, long := 0, false
	for _, a := range d.Accounts {
		if !blank(a.Name) {
			named++
		}
		long = long || tooLong(a.Name, MaxAccount)
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
// recognise as one: no name or brackets around it (net/mail accepts
// "Name <a@b.nl>"), one "@", a dot in the domain, and nothing that
// typed.Clean would take out, such as an invisible character.
func isAddress(s string) bool {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || strings.Count(s, "@") != 1 || typed.Clean(s, MaxContact) != s {
		return false
	}
	_, domain, _ := strings.Cut(s, "@")
	return strings.Contains(domain, ".") && !strings.HasPrefix(domain, ".") && !strings.HasSuffix(domain, ".")
}
