//go:build unix

package handout

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/printtest"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/qr/qrtest"
)

// TestPrintedRightToLeft prints the Arabic page, right to left, with a real
// browser, with the Noto Arabic fonts of a Linux computer and with DejaVu
// alone (whose DejaVu Sans has the Arabic letters): for both apps at most 4 sheets; each address
// and its groups of digits read from left to right in the PDF's text, as
// they must be typed; and both QR codes scan from the printed sheets.
func TestPrintedRightToLeft(t *testing.T) {
	for _, lang := range i18n.Languages {
		if !i18n.RightToLeft(lang) {
			continue
		}
		g := guide(t, lang)
		apps := chosenApps(g, nil)
		if len(apps) < 2 {
			t.Fatalf("%s: %d apps with a form, want both", lang, len(apps))
		}
		var b bytes.Buffer
		if err := Render(&b, Options{T: i18n.MustNew(lang), Guide: g, Now: afterDeadline}); err != nil {
			t.Fatal(err)
		}
		for _, fonts := range []printtest.Fonts{printtest.Arabic, printtest.DejaVu} {
			t.Run(lang+"/"+fonts.String(), func(t *testing.T) {
				p := printtest.Print(t, b.String(), fonts)
				n := len(p.Sheets)
				t.Logf("%d sheets; fonts %v", n, p.Fonts)
				if n > 4 {
					t.Errorf("%d sheets, want at most 4", n)
				}
				if err := p.A4(); err != nil {
					t.Error(err)
				}
				// pdftotext marks each run's direction with the invisible
				// Unicode controls; a person reads the letters without them.
				text := strings.Map(func(r rune) rune {
					if unicode.Is(unicode.Bidi_Control, r) {
						return -1
					}
					return r
				}, strings.Join(p.Sheets, "\f"))
				// The Arabic letters are printed, not boxes or gaps.
				letters := 0
				for _, r := range text {
					if unicode.Is(unicode.Arabic, r) {
						letters++
					}
				}
				if letters < 2000 {
					t.Errorf("the printed text has %d Arabic letters, want the page's thousands", letters)
				}
				for _, a := range apps {
					// Left to right: the address, and its groups in order.
					if !strings.Contains(anySpace.ReplaceAllString(text, ""), a.Form.String()) {
						t.Errorf("%s: the address does not read from left to right in the PDF's text", a.ID)
					}
					if !strings.Contains(anySpace.ReplaceAllString(text, " "), prose.GroupDigits(a.Form.String())) {
						t.Errorf("%s: the groups of digits %q do not read from left to right", a.ID, prose.GroupDigits(a.Form.String()))
					}
				}
				checkAddresses(t, b.String(), p.Raw)
				var scanned []string
				for _, sheet := range printtest.Sheets(t, p, 150) {
					if s, err := qrtest.Decode(sheet); err == nil {
						scanned = append(scanned, s)
					}
				}
				for _, a := range apps {
					if !slices.Contains(scanned, a.Form.String()) {
						t.Errorf("%s: no printed QR code scans to %s (scanned %q)", a.ID, a.Form.String(), scanned)
					}
				}
			})
		}
	}
}
