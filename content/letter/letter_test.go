package letter

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// testdorp are the details of a municipality's golden letters: a public
// body, with the signer's name and function.
var testdorp = Details{
	Kind: content.KindPublic,
	Org:  "Gemeente Testdorp",
	Accounts: []Account{
		{"Gemeente Testdorp", "facebook"},
		{"@gemeentetestdorp", "instagram"},
		{"https://www.facebook.com/testdorpcultuur", ""},
	},
	Contact:  "communicatie@testdorp.nl",
	Place:    "Testdorp",
	Signer:   "J. de Vries",
	Function: "burgemeester",
}

// voetbalclub are the details of an association's golden letters: no
// signer or function, so the letter has lines to write them by hand.
var voetbalclub = Details{
	Kind: content.KindAssociation,
	Org:  "Voetbalclub Testdorp",
	Accounts: []Account{
		{"vv.testdorp", "instagram"},
		{"https://www.facebook.com/voetbalclubtestdorp", "facebook"},
	},
	Contact: "secretaris@vvtestdorp.nl",
	Place:   "Testdorp",
}

// with returns testdorp changed by f, without touching testdorp.
func with(f func(d *Details)) Details {
	d := testdorp
	d.Accounts = append([]Account(nil), testdorp.Accounts...)
	f(&d)
	return d
}

// accounts returns n accounts with different names.
func accounts(n int) []Account {
	var as []Account
	for i := range n {
		as = append(as, Account{Name: fmt.Sprintf("testdorp%d", i+1), App: "facebook"})
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
		d    Details
		want []Problem
	}{
		{"all well", testdorp, nil},
		{"an association", voetbalclub, nil},
		{"no kind", with(func(d *Details) { d.Kind = "" }),
			[]Problem{{FieldKind, "letter.kind_missing", nil}}},
		{"a kind not known", with(func(d *Details) { d.Kind = "overheid" }),
			[]Problem{{FieldKind, "letter.kind_missing", nil}}},
		{"no signer nor function", with(func(d *Details) { d.Signer, d.Function = "", " " }), nil},
		{"longest signer and function", with(func(d *Details) {
			d.Signer, d.Function = strings.Repeat("é", MaxSigner), strings.Repeat("é", MaxFunction)
		}), nil},
		{"too long signer", with(func(d *Details) { d.Signer = strings.Repeat("s", MaxSigner+1) }),
			[]Problem{{FieldSigner, "letter.signer_too_long", i18n.Data{"Max": MaxSigner}}}},
		{"too long function", with(func(d *Details) { d.Function = strings.Repeat("f", MaxFunction+1) }),
			[]Problem{{FieldFunction, "letter.function_too_long", i18n.Data{"Max": MaxFunction}}}},
		{"empty org", with(func(d *Details) { d.Org = "" }),
			[]Problem{{FieldOrg, "letter.org_missing", nil}}},
		{"only spaces as org", with(func(d *Details) { d.Org = "  \t " }),
			[]Problem{{FieldOrg, "letter.org_missing", nil}}},
		{"only invisible characters as org", with(func(d *Details) { d.Org = "\u200b\x1b[2J\u202e" }),
			[]Problem{{FieldOrg, "letter.org_missing", nil}}},
		// Cleaned cuts a long name, so only the typed name can be too long.
		{"too long org, as typed", with(func(d *Details) { d.Org = strings.Repeat("é", MaxOrg+1) }),
			[]Problem{{FieldOrg, "letter.org_too_long", i18n.Data{"Max": MaxOrg}}}},
		{"longest org", with(func(d *Details) { d.Org = strings.Repeat("é", MaxOrg) }), nil},
		{"no accounts", with(func(d *Details) { d.Accounts = nil }),
			[]Problem{{FieldAccounts, "letter.accounts_missing", nil}}},
		{"only accounts without a name", with(func(d *Details) { d.Accounts = []Account{{" ", "facebook"}, {"", "instagram"}} }),
			[]Problem{{FieldAccounts, "letter.accounts_missing", nil}}},
		{"20 accounts", with(func(d *Details) { d.Accounts = accounts(MaxAccounts) }), nil},
		{"21 accounts", with(func(d *Details) { d.Accounts = accounts(MaxAccounts + 1) }),
			[]Problem{{FieldAccounts, "letter.too_many_accounts", i18n.Data{"Max": MaxAccounts}}}},
		{"too long account", with(func(d *Details) { d.Accounts[1].Name = strings.Repeat("x", MaxAccount+1) }),
			[]Problem{{FieldAccounts, "letter.account_too_long", i18n.Data{"Max": MaxAccount}}}},
		{"no contact", with(func(d *Details) { d.Contact = "" }), nil},
		{"contact of spaces is no contact", with(func(d *Details) { d.Contact = "   " }), nil},
		{"contact not an address", with(func(d *Details) { d.Contact = "not-an-email" }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": "not-an-email"}}}},
		{"contact without a dot", with(func(d *Details) { d.Contact = "a@b" }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": "a@b"}}}},
		{"contact with a name", with(func(d *Details) { d.Contact = "Name <a@b.nl>" }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": "Name <a@b.nl>"}}}},
		{"contact with two @", with(func(d *Details) { d.Contact = `"a@b"@c.nl` }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": `"a@b"@c.nl`}}}},
		{"contact with a dot at the end", with(func(d *Details) { d.Contact = "a@b.nl." }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": "a@b.nl."}}}},
		{"contact with a hidden character, shown cleaned", with(func(d *Details) { d.Contact = "a@b\u200b.nl" }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": "a@b.nl"}}}},
		{"contact with an escape, shown cleaned", with(func(d *Details) { d.Contact = "a@b.nl\x1b[2J" }),
			[]Problem{{FieldContact, "letter.contact_invalid", i18n.Data{"Value": "a@b.nl"}}}},
		{"valid contact", with(func(d *Details) { d.Contact = "a@b.nl" }), nil},
		{"valid contact with spaces around", with(func(d *Details) { d.Contact = " a@b.nl " }), nil},
		{"too long contact", with(func(d *Details) { d.Contact = strings.Repeat("a", MaxContact) + "@b.nl" }),
			[]Problem{{FieldContact, "letter.contact_too_long", i18n.Data{"Max": MaxContact}}}},
		{"no place", with(func(d *Details) { d.Place = "" }), nil},
		{"too long place", with(func(d *Details) { d.Place = strings.Repeat("p", MaxPlace+1) }),
			[]Problem{{FieldPlace, "letter.place_too_long", i18n.Data{"Max": MaxPlace}}}},
		{"every field, in the form's order", Details{Org: " ", Contact: "a@b", Place: strings.Repeat("p", MaxPlace+1),
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
	bad := []Details{
		{Org: strings.Repeat("o", MaxOrg+1), Accounts: accounts(MaxAccounts + 1), Contact: "x", Place: strings.Repeat("p", MaxPlace+1),
			Signer: strings.Repeat("s", MaxSigner+1), Function: strings.Repeat("f", MaxFunction+1)},
		{Accounts: []Account{{Name: strings.Repeat("a", MaxAccount+1)}}, Contact: strings.Repeat("c", MaxContact+1)},
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

func TestCleaned(t *testing.T) {
	d := Details{
		Kind:     content.KindAssociation,
		Org:      " \x1b[2JGemeente\u202e  Testdorp " + strings.Repeat("x", MaxOrg),
		Contact:  "\tcommunicatie@testdorp.nl\n",
		Place:    "Testdorp\x07",
		Signer:   "J. de\x1b[31m Vries " + strings.Repeat("y", MaxSigner),
		Function: "\u200bvoorzitter\r\n",
		Accounts: append([]Account{
			{Name: "\u200b", App: "facebook"}, // nothing left: dropped
			{Name: " Gemeente Testdorp ", App: "facebook"},
			{Name: "@testdorp", App: "whatsapp"}, // kept; the letter does not name it
		}, accounts(MaxAccounts)...),
	}
	got := d.Cleaned()
	if want := ("Gemeente Testdorp " + strings.Repeat("x", MaxOrg))[:MaxOrg]; got.Org != want {
		t.Errorf("Org = %q, want %q", got.Org, want)
	}
	if got.Contact != "communicatie@testdorp.nl" || got.Place != "Testdorp" {
		t.Errorf("Contact, Place = %q, %q", got.Contact, got.Place)
	}
	if want := ("J. de Vries " + strings.Repeat("y", MaxSigner))[:MaxSigner]; got.Signer != want || got.Function != "voorzitter" {
		t.Errorf("Signer, Function = %q, %q, want %q, voorzitter", got.Signer, got.Function, want)
	}
	if got.Kind != content.KindAssociation {
		t.Errorf("Kind = %q, want it kept", got.Kind)
	}
	if len(got.Accounts) != MaxAccounts {
		t.Fatalf("%d accounts, want %d", len(got.Accounts), MaxAccounts)
	}
	want := append([]Account{{"Gemeente Testdorp", "facebook"}, {"@testdorp", "whatsapp"}}, accounts(MaxAccounts-2)...)
	if !reflect.DeepEqual(got.Accounts, want) {
		t.Errorf("Accounts = %v, want %v", got.Accounts, want)
	}
	if p := got.Check(); len(p) != 0 {
		t.Errorf("cleaned details have problems: %v", p)
	}
	if len(d.Accounts) != MaxAccounts+3 || d.Accounts[1].Name != " Gemeente Testdorp " {
		t.Error("Cleaned changed the details it was called on")
	}
}

// TestTooLongAccountIsSaid: an account name too long is a problem Check
// names, and Cleaned cuts it; it is never cut without a word.
func TestTooLongAccountIsSaid(t *testing.T) {
	d := Details{Kind: content.KindPublic, Org: "Gemeente Testdorp", Accounts: ParseAccounts(strings.Repeat("a", MaxAccount+1), "facebook")}
	problems := d.Check()
	if len(problems) != 1 || problems[0].Field != FieldAccounts || problems[0].MessageID != "letter.account_too_long" {
		t.Errorf("Check = %+v, want the account too long", problems)
	}
	if got := d.Cleaned().Accounts[0].Name; len(got) != MaxAccount {
		t.Errorf("Cleaned kept %d characters, want %d", len(got), MaxAccount)
	}
}

func TestParseAccounts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		app  string
		want []Account
	}{
		{"commas and spaces", "a, b ,c", "facebook", []Account{{"a", "facebook"}, {"b", "facebook"}, {"c", "facebook"}}},
		{"empty", "", "facebook", nil},
		{"only commas and spaces", " , ,, \u200b ,", "instagram", nil},
		{"repeats, whatever the case", "Testdorp, testdorp,TESTDORP , Ander", "instagram",
			[]Account{{"Testdorp", "instagram"}, {"Ander", "instagram"}}},
		{"one per line", "testdorp\nhttps://instagram.com/testdorp\r\n", "instagram",
			[]Account{{"testdorp", "instagram"}, {"https://instagram.com/testdorp", "instagram"}}},
		{"the question's app wins over the address", "instagram.com/testdorp", "facebook",
			[]Account{{"instagram.com/testdorp", "facebook"}}},
		{"no app", "https://www.instagram.com/testdorp, Gemeente Testdorp", "",
			[]Account{{"https://www.instagram.com/testdorp", ""}, {"Gemeente Testdorp", ""}}},
		{"cleaned", "\x1b[2JGemeente\t Testdorp, \u202eprodtset", "facebook",
			[]Account{{"Gemeente Testdorp", "facebook"}, {"prodtset", "facebook"}}},
		// Kept too long, so that Check can say so; Cleaned cuts it.
		{"too long is kept for Check", strings.Repeat("a", MaxAccount+5), "facebook",
			[]Account{{strings.Repeat("a", MaxAccount+5), "facebook"}}},
		{"absurdly long is cut", strings.Repeat("a", 20*MaxAccount), "facebook",
			[]Account{{strings.Repeat("a", 10*MaxAccount), "facebook"}}},
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
	want := []Account{{"https://www.instagram.com/testdorp", "instagram"}, {"fb.com/testdorp", "facebook"},
		{"Gemeente Testdorp", ""}, {"twitter.com/testdorp", ""}}
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
		{"a handle, and a name with a dot", []Account{{"@testdorp", "instagram"}, {"gemeente.testdorp", "instagram"}, {"Gemeente Testdorp B.V.", "facebook"}}, nil},
		// An Instagram name may look like a host: only a page, https:// or
		// www. make an address sure.
		{"a host alone may be a name", []Account{{"testdorp.nl", "instagram"}, {"visit.amsterdam", ""}}, nil},
		{"numbers are no address", []Account{{"testdorp 2.0/3", "facebook"}, {"v1.2/x", ""}}, nil},
		{"an e-mail address is no site", []Account{{"info@testdorp.nl", "facebook"}}, nil},
		{"another site", []Account{{"twitter.com/x", ""}}, []Problem{elsewhere("twitter.com/x")}},
		{"another site, in an app's question", []Account{{"https://x.com/testdorp", "facebook"}}, []Problem{elsewhere("https://x.com/testdorp")}},
		{"a site without a page", []Account{{"www.testdorp.nl", "instagram"}}, []Problem{elsewhere("www.testdorp.nl")}},
		{"a site with https://", []Account{{"https://testdorp.nl", ""}}, []Problem{elsewhere("https://testdorp.nl")}},
		{"a host alone of the other app", []Account{{"instagram.com", "facebook"}},
			[]Problem{{FieldAccounts, "letter.account_other_app", i18n.Data{"Account": "instagram.com", "App": "Instagram", "Other": "Facebook"}}}},
		{"an app without a form of its own", []Account{{"threads.net/@testdorp", ""}}, []Problem{elsewhere("threads.net/@testdorp")}},
		{"a look-alike", []Account{{"facebook.com.example.nl/testdorp", "facebook"}}, []Problem{elsewhere("facebook.com.example.nl/testdorp")}},
		{"the other app's address", []Account{{"instagram.com/testdorp", "facebook"}},
			[]Problem{{FieldAccounts, "letter.account_other_app", i18n.Data{"Account": "instagram.com/testdorp", "App": "Instagram", "Other": "Facebook"}}}},
		{"in order", []Account{{"twitter.com/a", ""}, {"testdorp", "facebook"}, {"mastodon.social/@b", ""}},
			[]Problem{elsewhere("twitter.com/a"), elsewhere("mastodon.social/@b")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := with(func(d *Details) { d.Accounts = tt.accounts })
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
	d := Details{Org: "X", Accounts: []Account{{"twitter.com/\x1b[2Jx\u202e", ""}}}
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
		d := Details{Org: "X", Accounts: []Account{{"twitter.com/x", ""}, {"instagram.com/x", "facebook"}}}
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
