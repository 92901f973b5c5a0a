package wizard

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestLetterReadsOnBeforeGoingOn: the letter is longer than the window.
// As on every other page, Enter first shows the rest of it, and the key
// line says so; only once its end has been on screen does Enter go on to
// the steps. The keys to save and to copy the letter are in the key line,
// at 80x24 and at 60x18.
func TestLetterReadsOnBeforeGoingOn(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 18}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			g, tr := words(t, "nl")
			org, form := g.Organisation, g.Organisation.Form
			opts, _ := testOptions("nl", longAfter)
			opts.WriteFile = (&files{written: map[string]string{}}).write
			s := start(t, opts, size[0], size[1])
			s.waitFor(g.Welcome.Title)
			s.press("down")
			s.pressUntil("enter", form.Kind, 10)
			s.pressAndWait("enter", form.Org)
			for _, a := range []struct{ typed, next string }{
				{"Gemeente Testdorp", g.App("facebook").Accounts},
				{"facebook.com/gemeentetestdorp", g.App("instagram").Accounts},
				{"@gemeentetestdorp", form.Contact},
				{"", form.Place},
				{"Testdorp", form.Signer},
				{"A. Bakker", form.Function},
				{"burgemeester", org.Advice.Title},
			} {
				s.typeText(a.typed)
				s.pressUntil("enter", a.next, 10)
			}
			screen := s.pressUntil("enter", org.Letter.Title, 10)

			readOn := "Enter " + tr.T("keys.read_on")
			more := tr.T("page.more_below")
			if !strings.Contains(screen, more) {
				t.Fatalf("the letter fits the window; the test needs one longer than it:\n%s", screen)
			}
			for _, want := range []string{readOn, "s " + tr.T("keys.save"), "c " + tr.T("keys.copy_letter")} {
				if !strings.Contains(flat(screen), want) {
					t.Errorf("the key line of the letter does not say %q:\n%s", want, screen)
				}
			}
			// Enter reads on, page by page, and stays on the letter until
			// its end was shown: the signer, under it.
			first := tr.T("step.progress_org", i18n.Data{"App": "Facebook", "Account": "facebook.com/gemeentetestdorp", "N": 1, "Total": len(g.OrgSteps(content.KindPublic))})
			var read strings.Builder
			for presses := 0; strings.Contains(screen, more); presses++ {
				if presses > 30 {
					t.Fatalf("Enter never showed the end of the letter:\n%s", screen)
				}
				s.press("enter")
				screen = s.settle()
				time.Sleep(50 * time.Millisecond) // a step, if Enter went on, has come
				screen = s.p.screen()
				read.WriteString(screen)
				if strings.Contains(flat(screen), first) {
					t.Fatalf("Enter left the letter before its end was shown:\n%s", screen)
				}
			}
			if !strings.Contains(flat(read.String()), "A. Bakker") || !strings.Contains(flat(read.String()), "burgemeester") {
				t.Errorf("reading on with Enter did not show who signs:\n%s", read.String())
			}
			if strings.Contains(screen, readOn) || !strings.Contains(screen, "Enter "+tr.T("keys.next")) {
				t.Errorf("at the end of the letter the key line does not say Enter goes on:\n%s", screen)
			}
			s.pressAndWait("enter", first[:30])
		})
	}
}
