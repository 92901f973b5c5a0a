package letter

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// testdorp are the details of a municipality's golden letters: a public
// body, with the signer's name and function.
var testdorp = Draft{
	Kind: content.KindPublic,
	Org:  "Gemeente Testdorp",
	Accounts: []Account{
		acc("Gemeente Testdorp", "facebook"),
		acc("@gemeentetestdorp", "instagram"),
		acc("https://www.facebook.com/testdorpcultuur", ""),
	},
	Contact:  "communicatie@testdorp.nl",
	Place:    "Testdorp",
	Signer:   "J. de Vries",
	Function: "burgemeester",
}

// voetbalclub are the details of an association's golden letters: no
// signer or function, so the letter has lines to write them by hand.
var voetbalclub = Draft{
	Kind: content.KindAssociation,
	Org:  "Voetbalclub Testdorp",
	Accounts: []Account{
		acc("vv.testdorp", "instagram"),
		acc("https://www.facebook.com/voetbalclubtestdorp", "facebook"),
	},
	Contact: "secretaris@vvtestdorp.nl",
	Place:   "Testdorp",
}

// with returns testdorp changed by f, without touching testdorp.
func with(f func(d *Draft)) Draft {
	d := testdorp
	d.Accounts = append([]Account(nil), testdorp.Accounts...)
	f(&d)
	return d
}

// acc is an account as ParseAccounts makes it: cleaned, not cut.
func acc(name, app string) Account { return Account{Name: typed.From(name, 10*MaxAccount), App: app} }

// accounts returns n accounts with different names.
func accounts(n int) []Account {
	var as []Account
	for i := range n {
		as = append(as, acc(fmt.Sprintf("testdorp%d", i+1), "facebook"))
	}
	return as
}

// guides are loaded once: the fuzz targets call them many times.
var guides = func() map[string]*content.Guide {
	gs := map[string]*content.Guide{}
	for _, lang := range content.Languages {
		g, err := content.Load(lang)
		if err != nil {
			panic(err)
		}
		gs[lang] = g
	}
	return gs
}()

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		d    Draft
		want []Problem
	}{
		{"all well", testdorp, nil},
		{"an association", voetbalclub, nil},
		{"no kind", with(func(d *Draft) { d.Kind = "" }),
			[]Problem{{FieldKind, "letter.kind_missing", nil}}},
		{"a kind not known", with(func(d *Draft) { d.Kind = "overheid" }),
			[]Problem{{FieldKind, "letter.kind_missing", nil}}},
		{"no signer nor function", with(func(d *Draft) { d.Signer, d.Function = "", " " }), nil},
		{"longest signer and function", with(func(d *Draft) {
			d.Signer, d.Function = strings.Repeat("é", MaxSigner), strings.Repeat("é", MaxFunction)
		}), nil},
		{"too long signer", with(func(d *Draft) { d.Signer = strings.Repeat("s", MaxSigner+1) }),
			[]Problem{{FieldSigner, "letter.signer_too_long", i18n.Data{"Max": MaxSigner}}}},
		{"too long function", with(func(d *Draft) { d.Function = strings.Repeat("f", MaxFunction+1) }),
			[]Problem{{FieldFunction, "letter.function_too_long", i18n.Data{"Max": MaxFunction}}}},
		{"empty org", with(func(d *Draft) { d.Org = "" }),
			[]Problem{{FieldOrg, "letter.org_missing", nil}}},
		{"only spaces as org", with(func(d *Draft) { d.Org = "  \t " }),
			[]Problem{{FieldOrg, "letter.org_missing", nil}}},
		{"only invisible characters as org", with(func(d *Draft) { d.Org = "\u200b\x1b[2J\u202e" }),
			[]Problem{{FieldOrg, "letter.org_missing", nil}}},
		// Cleaned cuts a long name, so only the typed name can be too long.
		{"too long org, as typed", with(func(d *Draft) { d.Org = strings.Repeat("é", MaxOrg+1) }),
			[]Problem{{FieldOrg, "letter.org_too_long", i18n.Data{"Max": MaxOrg}}}},
		{"longest org", with(func(d *Draft) { d.Org = strings.Repeat("é", MaxOrg) }), nil},
		{"no accounts", with(func(d *Draft) { d.Accounts = nil }),
			[]Problem{{FieldAccounts, "letter.accounts_missing", nil}}},
		{"only accounts without a name", with(func(d *Draft) { d.Accounts = []Account{acc(" ", "facebook"), acc("", "instagram")} }),
			[]Problem{{FieldAccounts, "letter.accounts_missing", nil}}},
		{"20 accounts", with(func(d *Draft) { d.Accounts = accounts(MaxAccounts) }), nil},
		{"21 accounts", with(func(d *Draft) { d.Accounts = accounts(MaxAccounts + 1) }),
			[]Problem{{FieldAccounts, "letter.too_many_accounts", i18n.Data{"Max": MaxAccounts}}}},
		{"too long account", with(func(d *Draft) { d.Accounts[1] = acc(strings.Repeat("x", MaxAccount+1), "instagram") }),
			[]Problem{{FieldAccounts, "letter.account_too_long", i18n.Data{"Max": MaxAccount}}}},
		{"no contact", with(func(d *Draft) { d.Contact = "" }), nil},
		{"contact of spaces is no contact", with(func(d *Draft) { d.Contact = "   " }), nil},
		{"contact not an address", with(func(d *Draft) { d.Contact = "not-an-email" }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": "not-an-email"}}}},
		{"contact without a dot", with(func(d *Draft) { d.Contact = "a@b" }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": "a@b"}}}},
		{"contact with a name", with(func(d *Draft) { d.Contact = "Name <a@b.nl>" }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": "Name <a@b.nl>"}}}},
		{"contact with two @", with(func(d *Draft) { d.Contact = `"a@b"@c.nl` }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": `"a@b"@c.nl`}}}},
		{"contact with a dot at the end", with(func(d *Draft) { d.Contact = "a@b.nl." }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": "a@b.nl."}}}},
		{"contact with a hidden character, shown cleaned", with(func(d *Draft) { d.Contact = "a@b\u200b.nl" }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": "a@b.nl"}}}},
		{"contact with an escape, shown cleaned", with(func(d *Draft) { d.Contact = "a@b.nl\x1b[2J" }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": "a@b.nl"}}}},
		{"valid contact", with(func(d *Draft) { d.Contact = "a@b.nl" }), nil},
		{"valid contact with spaces around", with(func(d *Draft) { d.Contact = " a@b.nl " }), nil},
		{"too long contact", with(func(d *Draft) { d.Contact = strings.Repeat("a", MaxContact) + "@b.nl" }),
			[]Problem{{FieldContact, "letter.contact_too_long", i18n.Data{"Max": MaxContact}}}},
		{"no place", with(func(d *Draft) { d.Place = "" }), nil},
		{"too long place", with(func(d *Draft) { d.Place = strings.Repeat("p", MaxPlace+1) }),
			[]Problem{{FieldPlace, "letter.place_too_long", i18n.Data{"Max": MaxPlace}}}},
		{"every field, in the form's order", Draft{Org: " ", Contact: "a@b", Place: strings.Repeat("p", MaxPlace+1),
			Signer: strings.Repeat("s", MaxSigner+1), Function: strings.Repeat("f", MaxFunction+1)},
			[]Problem{
				{FieldKind, "letter.kind_missing", nil},
				{FieldOrg, "letter.org_missing", nil},
				{FieldAccounts, "letter.accounts_missing", nil},
				{FieldContact, "letter.contact_invalid", i18n.Data{"Value": "a@b"}},
				{FieldPlace, "letter.place_too_long", i18n.Data{"Max": MaxPlace}},
				{FieldSigner, "letter.signer_too_long", i18n.Data{"Max": MaxSigner}},
				{FieldFunction, "letter.function_too_long", i18n.Data{"Max": MaxFunction}},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.d.Check()
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Check() = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCheckMessages: every problem's message exists in both languages and
// is filled in.
func TestCheckMessages(t *testing.T) {
	bad := []Draft{
		{Org: strings.Repeat("o", MaxOrg+1), Accounts: accounts(MaxAccounts + 1), Contact: "x", Place: strings.Repeat("p", MaxPlace+1),
			Signer: strings.Repeat("s", MaxSigner+1), Function: strings.Repeat("f", MaxFunction+1)},
		{Accounts: []Account{acc(strings.Repeat("a", MaxAccount+1), "")}, Contact: strings.Repeat("c", MaxContact+1)},
		{},
	}
	seen := map[string]bool{}
	for _, lang := range i18n.Languages {
		tr := i18n.MustNew(lang)
		for _, d := range bad {
			for _, p := range d.Check() {
				seen[p.MessageID] = true
				s := tr.T(p.MessageID, p.Data)
				if s == p.MessageID || strings.Contains(s, "<no value>") || strings.Contains(s, "{{") {
					t.Errorf("%s: %s reads %q", lang, p.MessageID, s)
				}
			}
		}
	}
	if len(seen) != 11 {
		t.Errorf("checked %d messages, want all 11: %v", len(seen), seen)
	}
}

// TestDetails: the letter's details are what was typed, cleaned and cut
// to the limits, with accounts without a name dropped and at most
// MaxAccounts; the draft is left as it was.
func TestDetails(t *testing.T) {
	d := Draft{
		Kind:     content.KindAssociation,
		Org:      " \x1b[2JGemeente\u202e  Testdorp " + strings.Repeat("x", MaxOrg),
		Contact:  "\tcommunicatie@testdorp.nl\n",
		Place:    "Testdorp\x07",
		Signer:   "J. de\x1b[31m Vries " + strings.Repeat("y", MaxSigner),
		Function: "\u200bvoorzitter\r\n",
		Accounts: append([]Account{
			acc("\u200b", "facebook"), // nothing left: dropped
			acc(" Gemeente Testdorp ", "facebook"),
			acc("@testdorp", "whatsapp"), // kept; the letter does not name it
		}, accounts(MaxAccounts)...),
	}
	got := d.Details()
	if want := ("Gemeente Testdorp " + strings.Repeat("x", MaxOrg))[:MaxOrg]; got.Org.String() != want {
		t.Errorf("Org = %q, want %q", got.Org, want)
	}
	if got.Contact.String() != "communicatie@testdorp.nl" || got.Place.String() != "Testdorp" {
		t.Errorf("Contact, Place = %q, %q", got.Contact, got.Place)
	}
	if want := ("J. de Vries " + strings.Repeat("y", MaxSigner))[:MaxSigner]; got.Signer.String() != want || got.Function.String() != "voorzitter" {
		t.Errorf("Signer, Function = %q, %q, want %q, voorzitter", got.Signer, got.Function, want)
	}
	if got.Kind != content.KindAssociation {
		t.Errorf("Kind = %q, want it kept", got.Kind)
	}
	if len(got.Accounts) != MaxAccounts {
		t.Fatalf("%d accounts, want %d", len(got.Accounts), MaxAccounts)
	}
	want := append([]Account{acc("Gemeente Testdorp", "facebook"), acc("@testdorp", "whatsapp")}, accounts(MaxAccounts-2)...)
	if !reflect.DeepEqual(got.Accounts, want) {
		t.Errorf("Accounts = %v, want %v", got.Accounts, want)
	}
	if len(d.Accounts) != MaxAccounts+3 || d.Org[0] != ' ' {
		t.Error("Details changed the draft it was called on")
	}
}

// TestTooLongAccountIsSaid: an account name too long is a problem Check
// names, and Cleaned cuts it; it is never cut without a word.
func TestTooLongAccountIsSaid(t *testing.T) {
	d := Draft{Kind: content.KindPublic, Org: "Gemeente Testdorp", Accounts: ParseAccounts(strings.Repeat("a", MaxAccount+1), "facebook")}
	problems := d.Check()
	if len(problems) != 1 || problems[0].Field != FieldAccounts || problems[0].MessageID != "letter.account_too_long" {
		t.Errorf("Check = %+v, want the account too long", problems)
	}
	if got := d.Details().Accounts[0].Name; got.Len() != MaxAccount {
		t.Errorf("Details kept %d characters, want %d", got.Len(), MaxAccount)
	}
}

func TestParseAccounts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		app  string
		want []Account
	}{
		{"commas and spaces", "a, b ,c", "facebook", []Account{acc("a", "facebook"), acc("b", "facebook"), acc("c", "facebook")}},
		{"empty", "", "facebook", nil},
		{"only commas and spaces", " , ,, \u200b ,", "instagram", nil},
		{"repeats, whatever the case", "Testdorp, testdorp,TESTDORP , Ander", "instagram",
			[]Account{acc("Testdorp", "instagram"), acc("Ander", "instagram")}},
		{"one per line", "testdorp\nhttps://instagram.com/testdorp\r\n", "instagram",
			[]Account{acc("testdorp", "instagram"), acc("https://instagram.com/testdorp", "instagram")}},
		{"the question's app wins over the address", "instagram.com/testdorp", "facebook",
			[]Account{acc("instagram.com/testdorp", "facebook")}},
		{"no app", "https://www.instagram.com/testdorp, Gemeente Testdorp", "",
			[]Account{acc("https://www.instagram.com/testdorp", ""), acc("Gemeente Testdorp", "")}},
		{"cleaned", "\x1b[2JGemeente\t Testdorp, \u202eprodtset", "facebook",
			[]Account{acc("Gemeente Testdorp", "facebook"), acc("prodtset", "facebook")}},
		// Kept too long, so that Check can say so; Cleaned cuts it.
		{"too long is kept for Check", strings.Repeat("a", MaxAccount+5), "facebook",
			[]Account{acc(strings.Repeat("a", MaxAccount+5), "facebook")}},
		{"absurdly long is cut", strings.Repeat("a", 20*MaxAccount), "facebook",
			[]Account{acc(strings.Repeat("a", 10*MaxAccount), "facebook")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ParseAccounts(tt.in, tt.app)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseAccounts(%q, %q) = %v, want %v", tt.in, tt.app, got, tt.want)
			}
		})
	}
}

// TestAppsParse: without a question's app, each account gets the app its
// address names, from the guide's sites.
func TestAppsParse(t *testing.T) {
	apps := AppsOf(guides["nl"])
	got := apps.Parse("https://www.instagram.com/testdorp, fb.com/testdorp, Gemeente Testdorp, twitter.com/testdorp")
	want := []Account{acc("https://www.instagram.com/testdorp", "instagram"), acc("fb.com/testdorp", "facebook"),
		acc("Gemeente Testdorp", ""), acc("twitter.com/testdorp", "")}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse = %v, want %v", got, want)
	}
}

func TestAppsOf(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"https://www.instagram.com/testdorp", "instagram"},
		{"instagram.com/testdorp", "instagram"},
		{"http://instagram.com", "instagram"},
		{"INSTAGRAM.COM/Testdorp/", "instagram"},
		{"instagr.am/testdorp", "instagram"},
		{"https://www.facebook.com/testdorpcultuur", "facebook"},
		{"facebook.com/testdorp", "facebook"},
		{"m.facebook.com/testdorp", "facebook"},
		{"fb.com/testdorp", "facebook"},
		{"fb.me/testdorp", "facebook"},
		{"https://web.facebook.com/testdorp?ref=page#top", "facebook"},
		{"facebook.com:443/testdorp", "facebook"},
		{" facebook.com. ", "facebook"},
		{"ｆａｃｅｂｏｏｋ.com/testdorp", "facebook"}, // full width, as a browser reads it
		{"@gemeentetestdorp", ""},
		{"Gemeente Testdorp", ""},
		{"", ""},
		{"notfacebook.com/testdorp", ""},
		{"facebook.com.example.nl/testdorp", ""},
		{"https://example.org/facebook.com", ""},
		{"testdorp@facebook.com", ""},
		{"threads.net/@testdorp", ""},
	}
	apps := AppsOf(guides["nl"])
	for _, tt := range tests {
		if got := apps.Of(tt.in); got != tt.want {
			t.Errorf("Of(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWarnings: an account given as the address of another site, or of the
// other app, is warned about; a name, a handle, an Instagram name with a
// dot and an address on the app asked for are not.
func TestWarnings(t *testing.T) {
	nl := i18n.MustNew("nl")
	elsewhere := func(account string) Problem {
		return Problem{FieldAccounts, "letter.account_elsewhere", i18n.Data{"Account": account, "Apps": "Facebook of Instagram"}}
	}
	tests := []struct {
		name     string
		accounts []Account
		want     []Problem
	}{
		{"names and addresses on the apps", testdorp.Accounts, nil},
		{"a handle, and a name with a dot", []Account{acc("@testdorp", "instagram"), acc("gemeente.testdorp", "instagram"), acc("Gemeente Testdorp B.V.", "facebook")}, nil},
		// An Instagram name may look like a host: only a page, https:// or
		// www. make an address sure.
		{"a host alone may be a name", []Account{acc("testdorp.nl", "instagram"), acc("visit.amsterdam", "")}, nil},
		{"numbers are no address", []Account{acc("testdorp 2.0/3", "facebook"), acc("v1.2/x", "")}, nil},
		{"an e-mail address is no site", []Account{acc("info@testdorp.nl", "facebook")}, nil},
		{"another site", []Account{acc("twitter.com/x", "")}, []Problem{elsewhere("twitter.com/x")}},
		{"another site, in an app's question", []Account{acc("https://x.com/testdorp", "facebook")}, []Problem{elsewhere("https://x.com/testdorp")}},
		{"a site without a page", []Account{acc("www.testdorp.nl", "instagram")}, []Problem{elsewhere("www.testdorp.nl")}},
		{"a site with https://", []Account{acc("https://testdorp.nl", "")}, []Problem{elsewhere("https://testdorp.nl")}},
		{"a host alone of the other app", []Account{acc("instagram.com", "facebook")},
			[]Problem{{FieldAccounts, "letter.account_other_app", i18n.Data{"Account": "instagram.com", "App": "Instagram", "Other": "Facebook"}}}},
		{"an app without a form of its own", []Account{acc("threads.net/@testdorp", "")}, []Problem{elsewhere("threads.net/@testdorp")}},
		{"a look-alike", []Account{acc("facebook.com.example.nl/testdorp", "facebook")}, []Problem{elsewhere("facebook.com.example.nl/testdorp")}},
		{"the other app's address", []Account{acc("instagram.com/testdorp", "facebook")},
			[]Problem{{FieldAccounts, "letter.account_other_app", i18n.Data{"Account": "instagram.com/testdorp", "App": "Instagram", "Other": "Facebook"}}}},
		{"in order", []Account{acc("twitter.com/a", ""), acc("testdorp", "facebook"), acc("mastodon.social/@b", "")},
			[]Problem{elsewhere("twitter.com/a"), elsewhere("mastodon.social/@b")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := with(func(d *Draft) { d.Accounts = tt.accounts })
			got := d.Warnings(nl, guides["nl"])
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Warnings() = %v, want %v", got, tt.want)
			}
			if p := d.Check(); len(p) != 0 {
				t.Errorf("a warning is not a problem, but Check says %v", p)
			}
		})
	}
	// What was typed is repeated cleaned: no escape reaches the screen.
	d := Draft{Org: "X", Accounts: []Account{acc("twitter.com/\x1b[2Jx\u202e", "")}}
	got := d.Warnings(nl, guides["nl"])
	if len(got) != 1 || got[0].Data["Account"] != "twitter.com/x" {
		t.Errorf("Warnings() = %v, want the account cleaned", got)
	}
}

// TestWarningMessages: each warning reads as a sentence in every language,
// with the apps named from the guide.
func TestWarningMessages(t *testing.T) {
	for _, lang := range i18n.Languages {
		tr, g := i18n.MustNew(lang), guides[lang]
		d := Draft{Org: "X", Accounts: []Account{acc("twitter.com/x", ""), acc("instagram.com/x", "facebook")}}
		got := d.Warnings(tr, g)
		if len(got) != 2 {
			t.Fatalf("%s: %d warnings, want 2", lang, len(got))
		}
		for _, p := range got {
			s := tr.T(p.MessageID, p.Data)
			if s == p.MessageID || strings.Contains(s, "<no value>") || strings.Contains(s, "{{") {
				t.Errorf("%s: %s reads %q", lang, p.MessageID, s)
			}
			for _, app := range g.FormApps() {
				if !strings.Contains(s, app.Name) {
					t.Errorf("%s: %q does not name %s", lang, s, app.Name)
				}
			}
		}
	}
}

// TestDetailsHoldTypedText: every value of the letter's details that a
// person typed is a typed.Text, which only cleaning makes; the only plain
// strings are the kind and an account's app, which are chosen, not typed.
// A field added as a plain string would let uncleaned text into the
// letter.
func TestDetailsHoldTypedText(t *testing.T) {
	chosen := map[string]bool{"Details.Kind": true, "Account.App": true}
	text := reflect.TypeOf(typed.Text{})
	for _, v := range []any{Details{}, Account{}} {
		ty := reflect.TypeOf(v)
		for i := range ty.NumField() {
			f := ty.Field(i)
			name := ty.Name() + "." + f.Name
			switch {
			case f.Type == text, chosen[name] && f.Type.Kind() == reflect.String:
			case f.Type == reflect.TypeOf([]Account{}):
			default:
				t.Errorf("%s is a %s, not a typed.Text", name, f.Type)
			}
		}
	}
}
