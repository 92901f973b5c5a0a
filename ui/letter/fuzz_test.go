package letter

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// FuzzLetter feeds anything as the details: the letter must come out whole,
// as text without a control, escape or format character, and as a page
// without a script, both in UTF-8. Run it with
// go test ./ui/letter -run '^$' -fuzz FuzzLetter -fuzztime 30s.
func FuzzLetter(f *testing.F) {
	f.Add(testdorp.Org, "Gemeente Testdorp, @gemeentetestdorp, https://www.facebook.com/testdorpcultuur", testdorp.Contact, testdorp.Place)
	f.Add(nasty.Org, nasty.Accounts[0].Name+","+nasty.Accounts[1].Name, nasty.Contact, nasty.Place)
	f.Add("<script>alert(1)</script> & Co", "<b>x</b>, \"'><script>", "a@b.nl<script>", "</style><script>")
	f.Add("{org}{contact}{place}{date}", "{org}", "{date}@b.nl", "{place}")
	for _, c := range cleanCases {
		f.Add(c.in, c.in+", "+c.in, c.in, c.in)
	}
	trs := map[string]*i18n.Translator{}
	for _, lang := range content.Languages {
		trs[lang] = i18n.MustNew(lang)
	}
	f.Fuzz(func(t *testing.T, org, accounts, contact, place string) {
		d := Details{Org: org, Accounts: ParseAccounts(accounts, ""), Contact: contact, Place: place}
		d.Check()
		d.Cleaned().Check()
		for _, lang := range content.Languages {
			letter := Text(trs[lang], guides[lang], d, now)
			checkSafe(t, "the letter", letter)

			var b bytes.Buffer
			if err := HTML(&b, trs[lang], guides[lang], d, now); err != nil {
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

// FuzzClean: Clean never panics, and what it returns is clean (see
// checkClean), also for a small limit that cuts within the text.
func FuzzClean(f *testing.F) {
	for _, c := range cleanCases {
		f.Add(c.in, c.max)
		f.Add(c.in, 3)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		max %= 300 // negative limits included: they leave nothing
		got := Clean(s, max)
		if max <= 0 && got != "" {
			t.Errorf("Clean(%q, %d) = %q, want nothing", s, max, got)
		}
		checkClean(t, s, max, got)
	})
}
