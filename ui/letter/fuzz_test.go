package letter

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// FuzzLetter feeds anything as the details: the letter must come out whole,
// as text without a control, escape or format character, and as a page
// without a script, both in UTF-8. Run it with
// go test ./ui/letter -run '^$' -fuzz FuzzLetter -fuzztime 30s.
func FuzzLetter(f *testing.F) {
	f.Add(testdorp.Org, "Gemeente Testdorp, @gemeentetestdorp, https://www.facebook.com/testdorpcultuur", testdorp.Contact, testdorp.Place)
	f.Add(nasty.Org, nasty.Accounts[0].Name.String()+","+nasty.Accounts[1].Name.String(), nasty.Contact, nasty.Place)
	f.Add("<script>alert(1)</script> & Co", "<b>x</b>, \"'><script>", "a@b.nl<script>", "</style><script>")
	f.Add("{org}{contact}{place}{date}", "{org}", "{date}@b.nl", "{place}")
	for _, in := range nastyValues {
		f.Add(in, in+", "+in, in, in)
	}
	trs := map[string]*i18n.Translator{}
	for _, lang := range content.Languages {
		trs[lang] = i18n.MustNew(lang)
	}
	f.Fuzz(func(t *testing.T, org, accounts, contact, place string) {
		// The signer and the function get what the name and the place
		// got, and the kind is either, or none.
		kinds := []string{content.KindPublic, content.KindAssociation, ""}
		d := letter.Draft{Kind: kinds[len(org)%len(kinds)], Org: org, Accounts: letter.AppsOf(guides["nl"]).Parse(accounts), Contact: contact, Place: place,
			Signer: org, Function: place}
		d.Check()
		for _, lang := range content.Languages {
			for _, w := range d.Warnings(trs[lang], guides[lang]) {
				checkSafe(t, "a warning", trs[lang].T(w.MessageID, w.Data))
			}
			letter := Text(trs[lang], guides[lang], d.Details(), now)
			checkSafe(t, "the letter", letter)

			var b bytes.Buffer
			if err := HTML(&b, trs[lang], guides[lang], d.Details(), now); err != nil {
				t.Fatalf("HTML: %v", err)
			}
			page := b.String()
			if !utf8.ValidString(page) {
				t.Error("the page is not UTF-8")
			}
			// The template has no script, so none may appear.
			if strings.Contains(page, "\x1b") || strings.Contains(strings.ToLower(page), "<script") {
				t.Errorf("the page has an escape or a script: %q", page)
			}
			checkSafe(t, "the page", page)
		}
	})
}

// nastyValues are values a person could type or paste that a terminal or a
// browser would act on. (The cleaner's own cases are in content/typed.)
var nastyValues = []string{
	"\x1b[2JGemeente Testdorp",
	"Gemeente\x1b]52;c;ZXZpbA==\x07 Testdorp",
	"\x1b]8;;https://evil.example/\x1b\\Gemeente Testdorp\x1b]8;;\x1b\\",
	"Testdorp\x1b]0;window title",
	"\x1bPq#0;2;0;0;0#0~~@@\x1b\\Testdorp",
	"Gemeente \u202Eprodtset",
	"Gemee\u200bnte Testdorp",
	"\u009d52;c;ZXZpbA==\u009cTestdorp",
	"Gemeente\xff\xfe Test\xc3dorp",
	"Gemeente Testdorp\rNep",
	"Gemeente Súdwest-Fryslân",
}
