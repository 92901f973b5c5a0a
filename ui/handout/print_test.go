//go:build unix

package handout

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/printtest"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

var anySpace = regexp.MustCompile(`\s+`)

// TestPrinted prints the Dutch page for both apps with a real browser, as
// a volunteer would, and reads the PDF back.
func TestPrinted(t *testing.T) {
	printed := printtest.Print(t, render(t, "nl", nil, afterDeadline))
	pages := len(printed.Sheets)
	t.Logf("%d pages", pages)
	// One or two sheets per app.
	if pages < 2 || pages > 4 {
		t.Errorf("%d pages, want 2 to 4", pages)
	}
	if err := printed.A4(); err != nil {
		t.Error(err)
	}
	sheets := printed.Sheets
	text := strings.Join(sheets, "\f")
	flat := anySpace.ReplaceAllString(text, " ")
	g := guide(t, "nl")
	tr := i18n.MustNew("nl")
	for _, s := range []string{printDate["nl"], "Bezwaar maken bij Facebook", "Bezwaar maken bij Instagram"} {
		if !strings.Contains(flat, s) {
			t.Errorf("the printed page does not show %q", s)
		}
	}
	for i, a := range g.FormApps() {
		title := tr.T("handout.app", i18n.Data{"App": a.Name})
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
		if i > 0 && !slices.ContainsFunc(sheets, func(s string) bool { return strings.HasPrefix(strings.TrimSpace(s), title) }) {
			t.Errorf("%q does not start a sheet", title)
		}
	}
}
