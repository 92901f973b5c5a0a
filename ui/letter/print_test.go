//go:build unix

package letter

import (
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/printtest"
)

// TestPrinted prints the Dutch letter with a real browser, as a clerk
// would, and reads the PDF back: A4, all of it there, and the greeting,
// the name and the date together on the last sheet, also when the accounts
// make the letter longer than one sheet.
func TestPrinted(t *testing.T) {
	t.Run("testdorp", func(t *testing.T) {
		sheets := printed(t, testdorp)
		if len(sheets) != 1 {
			t.Errorf("%d sheets, want 1", len(sheets))
		}
		flat := oneLine(strings.Join(sheets, " "))
		for _, s := range []string{"Onderwerp:", "Namens Gemeente Testdorp maken wij bezwaar", "@gemeentetestdorp (Instagram)",
			"artikel 21", "schriftelijk", "communicatie@testdorp.nl"} {
			if !strings.Contains(flat, s) {
				t.Errorf("the printed letter does not show %q", s)
			}
		}
		checkEnd(t, sheets)
	})
	t.Run("20 accounts", func(t *testing.T) {
		sheets := printed(t, with(func(d *Details) { d.Accounts = accounts(MaxAccounts) }))
		if len(sheets) != 2 {
			t.Errorf("%d sheets, want 2", len(sheets))
		}
		checkEnd(t, sheets)
	})
}

// checkEnd fails when the greeting, the name and the date are not together
// at the end of the last sheet.
func checkEnd(t *testing.T, sheets []string) {
	t.Helper()
	last := oneLine(sheets[len(sheets)-1])
	if !strings.HasSuffix(last, "Met vriendelijke groet, Gemeente Testdorp Testdorp, 22 november 2026") {
		t.Errorf("the greeting, the name and the date are not together at the end:\n%s", last)
	}
}

// printed prints the Dutch letter to A4 and returns the text of its sheets.
func printed(t *testing.T, d Details) []string {
	t.Helper()
	printed := printtest.Print(t, htmlPage(t, "nl", d))
	if err := printed.A4(); err != nil {
		t.Error(err)
	}
	return printed.Sheets
}
