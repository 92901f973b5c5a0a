//go:build unix

package plaintext

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk/walktest"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/printtest"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// TestPrintedRightToLeft opens the text in a right-to-left language as a
// browser shows a text file, prints it and reads the PDF back: each form's
// address and its groups of digits read from left to right, in the order
// they are typed, as in any viewer that follows Unicode's rules for
// right-to-left text.
func TestPrintedRightToLeft(t *testing.T) {
	for _, lang := range i18n.Languages {
		if !i18n.RightToLeft(lang) {
			continue
		}
		g, err := content.Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := Write(&b, Options{T: i18n.MustNew(lang), Guide: g, Now: walktest.Now}); err != nil {
			t.Fatal(err)
		}
		for _, fonts := range []printtest.Fonts{printtest.Arabic, printtest.DejaVu} {
			t.Run(lang+"/"+fonts.String(), func(t *testing.T) {
				p := printtest.PrintText(t, b.String(), fonts)
				// pdftotext marks each run's direction with the invisible
				// controls; a person reads the text without them. It
				// reads the groups in the order of the lines on the paper
				// (-layout), and each address whole in the order the
				// browser drew it (-raw).
				layout := anySpace.ReplaceAllString(withoutControls(strings.Join(p.Sheets, "\n")), " ")
				raw := withoutControls(strings.Join(p.Raw, "\n"))
				for _, a := range g.FormApps() {
					groups := prose.GroupDigits(a.Form.String())
					if !strings.Contains(layout, groups) {
						t.Errorf("%s: the groups of digits %q do not read from left to right", a.ID, groups)
					}
					if !strings.Contains(raw, a.Form.String()) {
						t.Errorf("%s: the address %s does not read whole from left to right", a.ID, a.Form.String())
					}
				}
			})
		}
	}
}

var anySpace = regexp.MustCompile(`\s+`)

func withoutControls(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Bidi_Control, r) {
			return -1
		}
		return r
	}, s)
}
