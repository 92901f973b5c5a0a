//go:build unix

package letter

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/printtest"
)

// TestPrinted prints the Dutch letter with a real browser, as a clerk
// would, and reads the PDF back: A4, all of it there, and the greeting,
// the name and the date together on the last sheet, never alone there. It
// prints with Arial's metrics (Liberation Sans) and with the wider DejaVu
// Sans that a computer without Arial uses.
func TestPrinted(t *testing.T) {
	for _, fonts := range printtest.EveryFonts {
		t.Run(fonts.String(), func(t *testing.T) {
			// A municipality with a signer, and a club without: each on
			// one sheet.
			for _, gl := range goldenLetters {
				t.Run(gl.name, func(t *testing.T) {
					d := gl.d
					printed := printtest.Print(t, htmlPage(t, "nl", d), fonts)
					if err := printed.A4(); err != nil {
						t.Error(err)
					}
					sheets := printed.Sheets
					if len(sheets) != 1 {
						t.Errorf("%d sheets, want 1", len(sheets))
					}
					flat := oneLine(strings.Join(sheets, " "))
					for _, s := range []string{"Onderwerp:", "Namens " + d.Org + " vragen wij u te stoppen", d.Accounts[0].Name.String(),
						"artikel 21, eerste lid", "binnen een maand", "schriftelijk", d.Contact} {
						if !strings.Contains(flat, s) {
							t.Errorf("the printed letter does not show %q", s)
						}
					}
					checkEnd(t, sheets, d.Details())
					t.Logf("%d sheet(s); %.0f mm of paper under the date", len(sheets), mm(printed.Below[len(sheets)-1]))
				})
			}
			// Every number of accounts, each a line longer than the one
			// before: wherever the sheet ends, the closing is not left alone
			// on the next. Then the longest accounts and name there can be.
			t.Run("1 to 20 accounts", func(t *testing.T) {
				var pages []string
				for n := 1; n <= letter.MaxAccounts; n++ {
					pages = append(pages, htmlPage(t, "nl", with(func(d *letter.Draft) { d.Accounts = accounts(n) })))
				}
				pages = append(pages, htmlPage(t, "nl", longest()))
				oneSheet := 0
				for i, printed := range printtest.PrintEach(t, pages, fonts) {
					if err := printed.A4(); err != nil {
						t.Error(err)
					}
					sheets := printed.Sheets
					if i == letter.MaxAccounts {
						t.Run("longest", func(t *testing.T) { checkEnd(t, sheets, longest().Details()) })
						t.Logf("the longest letter takes %d sheets", len(sheets))
						continue
					}
					t.Run(fmt.Sprint(i+1), func(t *testing.T) {
						checkEnd(t, sheets, testdorp.Details())
						if len(sheets) > 2 {
							t.Errorf("%d sheets, want 1 or 2", len(sheets))
						}
					})
					if len(sheets) == 1 {
						oneSheet = i + 1
					}
				}
				t.Logf("up to %d accounts fit on one sheet", oneSheet)
			})
		})
	}
}

// longest is a letter with the most and longest accounts, and the longest
// name, that the letter takes.
func longest() letter.Draft {
	return with(func(d *letter.Draft) {
		d.Org = strings.Repeat("Vereniging ", letter.MaxOrg/len("Vereniging "))
		d.Accounts = nil
		for i := range letter.MaxAccounts {
			name := fmt.Sprintf("https://www.facebook.com/%02d-%s", i, strings.Repeat("lange-naam-", letter.MaxAccount/len("lange-naam-")))
			d.Accounts = append(d.Accounts, acc(name[:letter.MaxAccount], ""))
		}
	})
}

// checkEnd fails when the greeting, the signer, the organisation and the
// date are not together at the end of the last sheet, or when they are
// all there is on it.
func checkEnd(t *testing.T, sheets []string, d letter.Details) {
	t.Helper()
	l := guides["nl"].Organisation.Letter
	signer, function := l.SignerBlank, l.FunctionBlank
	if !d.Signer.IsEmpty() {
		signer, function = d.Signer.String(), d.Function.String()
	}
	last := oneLine(sheets[len(sheets)-1])
	end := oneLine(strings.Join([]string{l.Closing, signer, function, d.Org.String(), "Testdorp, 22 november 2026"}, " "))
	if !strings.HasSuffix(last, end) {
		t.Errorf("the greeting, the name and the date are not together at the end:\n%s", last)
	}
	if strings.TrimSuffix(last, end) == "" {
		t.Errorf("the greeting, the name and the date are alone on sheet %d", len(sheets))
	}
}

// mm converts points to millimetres.
func mm(pt float64) float64 { return pt / 72 * 25.4 }
