//go:build unix

package handout

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/printtest"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

var anySpace = regexp.MustCompile(`\s+`)

// TestPrinted prints the Dutch page with a real browser, as a volunteer
// would, and reads the PDF back: for both apps at most 4 sheets, for one
// app at most 2, and the sources never alone on a sheet. It prints with
// Arial's metrics (Liberation Sans) and with the wider DejaVu Sans that a
// computer without Arial uses. A page made with a practice clock keeps to
// the same budget, and says it is for practice at the top of every sheet,
// and so does a page with an address file's words on it.
func TestPrinted(t *testing.T) {
	g := guide(t, "nl")
	// A guide with twice the sources: they no longer fit under the last
	// app, and must not go to a sheet of their own.
	more := *g
	more.Sources = slices.Concat(g.Sources, g.Sources)
	cases := []struct {
		name      string
		guide     *content.Guide
		apps      []string
		maxSheets int // 0: not a page people get
		practice  bool
	}{
		{"both apps", g, nil, 4, false},
		{"instagram", g, []string{"instagram"}, 2, false},
		{"facebook", g, []string{"facebook"}, 2, false},
		{"twice the sources", &more, []string{"instagram"}, 0, false},
		{"with an address file", fileGuide(t), nil, 4, false},
		{"with an address file, facebook", fileGuide(t), []string{"facebook"}, 2, false},
		{"practice, both apps", g, nil, 4, true},
		{"practice, instagram", g, []string{"instagram"}, 2, true},
		{"practice, facebook", g, []string{"facebook"}, 2, true},
	}
	// A practice page has a style sheet of its own (the mark in the
	// margin of every sheet), so the practice pages print in a run of
	// their own.
	var pages, practice, rendered []string
	for _, c := range cases {
		var b bytes.Buffer
		o := Options{T: i18n.MustNew("nl"), Guide: c.guide, Apps: c.apps, Now: afterDeadline, Practice: c.practice}
		if err := Render(&b, o); err != nil {
			t.Fatal(err)
		}
		rendered = append(rendered, b.String())
		if c.practice {
			practice = append(practice, b.String())
		} else {
			pages = append(pages, b.String())
		}
	}
	for _, fonts := range printtest.EveryFonts {
		t.Run(fonts.String(), func(t *testing.T) {
			printed := append(printtest.PrintEach(t, pages, fonts), printtest.PrintEach(t, practice, fonts)...)
			for i, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					p := printed[i]
					n := len(p.Sheets)
					t.Logf("%d sheets; %.0f mm of paper under the text on the last", n, p.Below[n-1]/72*25.4)
					if c.maxSheets > 0 && n > c.maxSheets {
						t.Errorf("%d sheets, want at most %d", n, c.maxSheets)
					}
					if err := p.A4(); err != nil {
						t.Error(err)
					}
					checkSources(t, p.Sheets)
					checkAddresses(t, rendered[i], p.Raw)
					if c.maxSheets > 0 {
						checkPrinted(t, p.Sheets, chosenApps(c.guide, c.apps))
					}
					checkPractice(t, p.Sheets, c.practice)
				})
			}
		})
	}
}

// checkSources fails when the sources start before the last sheet (then
// the last holds only sources), or when nothing comes before them there.
func checkSources(t *testing.T, sheets []string) {
	t.Helper()
	title := i18n.MustNew("nl").T("handout.sources")
	last := unmarked(sheets[len(sheets)-1])
	for i, sheet := range sheets[:len(sheets)-1] {
		if strings.Contains(sheet, title) {
			t.Errorf("the sources start on sheet %d of %d", i+1, len(sheets))
		}
	}
	if i := strings.Index(last, title); i < 0 {
		t.Errorf("the sources are not on the last sheet (%d)", len(sheets))
	} else if i == 0 {
		t.Errorf("sheet %d, the last, holds only the sources", len(sheets))
	}
}

// checkPrinted fails when the page's date, titles or forms are not on it
// as a person needs them.
func checkPrinted(t *testing.T, sheets []string, apps []content.App) {
	t.Helper()
	flat := anySpace.ReplaceAllString(strings.Join(sheets, "\f"), " ")
	tr := i18n.MustNew("nl")
	if !strings.Contains(flat, printDate["nl"]) {
		t.Errorf("the printed page does not show %q", printDate["nl"])
	}
	for i, a := range apps {
		title := tr.T("handout.app", i18n.Data{"App": a.Name})
		if !strings.Contains(flat, title) {
			t.Errorf("the printed page does not show %q", title)
		}
		// The address may be broken over lines; the address, its digits
		// and the words about the code must be on one sheet.
		found := false
		for _, sheet := range sheets {
			if strings.Contains(anySpace.ReplaceAllString(sheet, ""), a.Form.String()) {
				found = true
				words := anySpace.ReplaceAllString(sheet, " ")
				if !strings.Contains(words, prose.GroupDigits(a.Form.String())) || !strings.Contains(words, tr.T("handout.scan")) {
					t.Errorf("%s: the address is on a sheet without its digits or the words about the code", a.Name)
				}
			}
		}
		if !found {
			t.Errorf("the printed page does not show the address %s", a.Form.String())
		}
		// The second and later apps start on a sheet of their own.
		if i > 0 && !slices.ContainsFunc(sheets, func(s string) bool { return strings.HasPrefix(unmarked(s), title) }) {
			t.Errorf("%q does not start a sheet", title)
		}
	}
}

// unmarked is a sheet's text without the practice mark at its top, if
// any, and without the space around it.
func unmarked(sheet string) string {
	mark := i18n.MustNew("nl").T("handout.practice_margin")
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(sheet), mark))
}

// checkPractice fails when a practice page does not say so at the top of
// every sheet and in the deadline's box on the first, or when a real page
// does.
func checkPractice(t *testing.T, sheets []string, practice bool) {
	t.Helper()
	tr := i18n.MustNew("nl")
	mark := tr.T("handout.practice_margin")
	note := oneLine(tr.T("handout.practice"))
	for i, sheet := range sheets {
		lines := strings.Split(strings.TrimSpace(sheet), "\n")
		top := strings.TrimSpace(lines[0])
		switch {
		case practice && top != mark:
			t.Errorf("sheet %d of a practice page starts with %q, want the mark %q", i+1, top, mark)
		case !practice && strings.Contains(sheet, mark):
			t.Errorf("sheet %d of a real page has the practice mark", i+1)
		}
	}
	first := anySpace.ReplaceAllString(sheets[0], " ")
	if practice != strings.Contains(first, note) {
		t.Errorf("practice %v, but the first sheet's words about practice are there: %v:\n%s", practice, !practice, sheets[0])
	}
}

// urlWord is a word of the printed text that can be part of an address.
var urlWord = regexp.MustCompile(`^[A-Za-z0-9:/._-]*[A-Za-z0-9][A-Za-z0-9:/._-]*$`)

// checkAddresses fails when an address on the page is not printed whole:
// cut at the edge of the paper, or with "https://" lost on the other side
// of a right-to-left line. It reads the text in the order the browser drew
// it (pdftotext -raw), where an address that breaks over lines goes on
// in the next line, after the words of the first line that are not part of
// it.
func checkAddresses(t *testing.T, page string, raw []string) {
	t.Helper()
	var words []string
	for _, w := range strings.Fields(strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Bidi_Control, r) {
			return -1
		}
		return r
	}, strings.Join(raw, "\n"))) {
		if urlWord.MatchString(w) {
			words = append(words, w)
		}
	}
	addresses := pageAddresses(page)
	if len(addresses) < 3 {
		t.Fatalf("the page has %d addresses, want the forms' and the sources': %q", len(addresses), addresses)
	}
	for _, a := range addresses {
		if !printedWhole(words, a) {
			t.Errorf("the address %s is not printed whole; the words that can be part of an address:\n%s", a, strings.Join(words, " "))
		}
	}
}

// printedWhole says whether words have the address: its start in one
// word, and the rest in the words after it, each piece a word of its own,
// with at most a few other words between two pieces.
func printedWhole(words []string, address string) bool {
	const between = 3
	for i, w := range words {
		_, rest, ok := strings.Cut(w, address[:min(len(address), 8)])
		if !ok {
			continue
		}
		left, ok := strings.CutPrefix(address[8:], rest)
		if !ok && strings.HasPrefix(rest, address[8:]) {
			return true // the whole address, and a full stop after it
		}
		skipped := 0
		for j := i + 1; ok && left != "" && j < len(words) && skipped <= between; j++ {
			if next, found := strings.CutPrefix(left, words[j]); found {
				left, skipped = next, 0
			} else if strings.HasPrefix(words[j], left) {
				left = ""
			} else {
				skipped++
			}
		}
		if ok && left == "" {
			return true
		}
	}
	return false
}

// pageAddresses are the addresses a person reads on the page: the QR
// codes' XML namespace is not one.
func pageAddresses(page string) []string {
	var out []string
	for _, a := range anAddress.FindAllString(strings.ReplaceAll(page, "<wbr>", ""), -1) {
		if !strings.HasPrefix(a, "http://www.w3.org/") && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}
