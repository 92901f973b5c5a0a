package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestWizardLetterReadsOn: through the built program, an organisation's
// letter is longer than the window, at 80x24 and at 60x18. Enter first
// shows the rest of it, and the key line says so ("Enter lees verder"),
// with the keys to save and to copy it; only once the end of the letter,
// who signs it, has been on screen does Enter go on to the first step.
func TestWizardLetterReadsOn(t *testing.T) {
	tr := i18n.MustNew("nl")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	org, form := g.Organisation, g.Organisation.Form
	for _, size := range [][2]int{{80, 24}, {60, 18}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir(), "PATH=/usr/bin:/bin"}
			term := startProgram(t, size[0], size[1], env, "--lang", "nl")
			term.waitFor(g.Welcome.Title)
			term.keys("Down")
			// In the smaller window Enter reads the welcome to its end first.
			term.pressUntil("Enter", org.Intro.Title, 10)
			term.pressUntil("Enter", form.Kind, 10)
			term.keys("Enter")
			for _, a := range []struct{ typed, next string }{
				{"Gemeente Testdorp", g.App("facebook").Accounts},
				{"facebook.com/testdorp", g.App("instagram").Accounts},
				{"@testdorp", form.Contact},
				{"", form.Place},
				{"Testdorp", form.Signer},
				{"A. Bakker", form.Function},
				{"burgemeester", org.Advice.Title},
			} {
				if a.typed != "" {
					term.keys("-l", a.typed)
					term.waitFor("> " + a.typed)
				}
				term.pressUntil("Enter", a.next, 10)
			}
			seen := term.pressUntil("Enter", org.Letter.Subject, 10)
			screen := seen[len(seen)-1]

			readOn := "Enter " + tr.T("keys.read_on")
			more := tr.T("page.more_below")
			if !strings.Contains(screen, more) {
				t.Fatalf("the letter fits the window; the test needs one longer than it:\n%s", shown(screen))
			}
			for _, want := range []string{readOn, "s " + tr.T("keys.save"), "c " + tr.T("keys.copy_letter")} {
				if !strings.Contains(normalise(helpBlock(screen)), want) {
					t.Errorf("the key line of the letter does not say %q:\n%s", want, shown(screen))
				}
			}
			first := tr.T("step.progress_org", i18n.Data{"App": "Facebook", "Account": "facebook.com/testdorp", "N": 1, "Total": len(g.OrgSteps(content.KindPublic))})
			var read strings.Builder
			for presses := 0; strings.Contains(screen, more); presses++ {
				if presses > 30 {
					t.Fatalf("Enter never showed the end of the letter:\n%s", shown(screen))
				}
				term.keys("Enter")
				// The screen Enter leads to: more of the letter, or a step
				// if it went on too soon.
				s, ok := term.waitWithin(700*time.Millisecond, first)
				if ok {
					t.Fatalf("Enter left the letter before its end was shown:\n%s", shown(s))
				}
				screen = s
				read.WriteString(screen)
			}
			if !strings.Contains(normalise(read.String()), "A. Bakker burgemeester") {
				t.Errorf("reading on with Enter did not show who signs:\n%s", read.String())
			}
			if help := normalise(helpBlock(screen)); strings.Contains(help, readOn) || !strings.Contains(help, "Enter "+tr.T("keys.next")) {
				t.Errorf("at the end of the letter the key line does not say Enter goes on:\n%s", shown(screen))
			}
			term.keys("Enter")
			term.waitFor(first)
		})
	}
}
