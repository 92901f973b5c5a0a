package instep_test

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk/walktest"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	uiletter "github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/wizard"
)

// The wizard's part of the faces in step (issue 12): on every screen of
// every walk, at 80x24 and in a large window, the wizard shows the facts
// the model has for that screen. A long screen is read to its end the way
// a person would, with PgDn while the face says there is more; the route
// in the app that the model leaves one key away is read after m.

// wizardFaces are the windows every screen is shown in, and whether a
// browser can open there: the usual window and a large one with a
// browser, and a large one without (--no-browser), where the model asks
// for the address to be typed and the route at once.
var wizardFaces = []struct {
	width, height int
	browser       bool
}{{80, 24, true}, {200, 50, true}, {200, 50, false}}

// wizardFacts are what the wizard must show of a screen: its progress and
// title, its notes, the address in its parts with its digit groups, the
// sample reason, the options and choices, the list, the checklist and the
// closing words. The route in the app comes apart: the model may leave it
// one key away.
func wizardFacts(sc walk.Screen) []string {
	facts := []string{sc.Progress, sc.Title}
	facts = append(facts, sc.Notes...)
	if a := sc.Address; a != nil {
		facts = append(facts, a.Parts...)
		facts = append(facts, a.Digits, a.Checked)
	}
	if sc.Reason != nil {
		facts = append(facts, sc.Reason.Text, sc.Reason.TypeOver)
	}
	if q := sc.Question; q != nil {
		for _, o := range q.Options {
			facts = append(facts, o.Label)
		}
	}
	facts = append(facts, sc.List...)
	for _, c := range sc.Checklist {
		facts = append(facts, c.Text)
	}
	for _, c := range sc.Choices {
		facts = append(facts, c.Label)
	}
	return append(facts, sc.Closing)
}

// wholeAddress reports whether the text shows the address whole, or in
// its parts, one after the other, as a narrow window and the words beside
// the QR code have it.
func wholeAddress(text string, a *walk.Address) bool {
	return strings.Contains(text, a.Full.String()) || strings.Contains(text, screenText(strings.Join(a.Parts, " ")))
}

// routeFacts are the route's steps, its date and its intro.
func routeFacts(r *walk.Route) []string {
	return append([]string{r.Intro, r.Note}, r.Steps...)
}

// screenText is a wizard screen as read: without styles, box lines or the
// QR code's blocks, each run of spaces and line ends one space.
func screenText(s string) string {
	s = ansi.Strip(s)
	s = strings.NewReplacer("│", " ", "█", " ", "▀", " ", "▄", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// shown is every line the screen shows, read to its end: the view, then
// the view after each PgDn while the face says there is more below.
func shown(m *wizard.Model, more string) string {
	var b strings.Builder
	for range 60 {
		view := m.View().Content
		b.WriteString(view)
		b.WriteString("\n")
		if !strings.Contains(ansi.Strip(view), more) {
			break
		}
		m.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
	}
	return screenText(b.String())
}

// notOnScreen returns the facts the text does not hold.
func notOnScreen(text string, facts []string) []string {
	var out []string
	for _, f := range facts {
		if f := screenText(f); f != "" && !strings.Contains(text, f) {
			out = append(out, f)
		}
	}
	return out
}

// TestWizardShowsEveryFact: for every screen of every walk (walktest's
// cases), the wizard at that screen shows every fact the model has for it.
func TestWizardShowsEveryFact(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			g, err := content.Load(lang)
			if err != nil {
				t.Fatal(err)
			}
			tr := i18n.MustNew(lang)
			more := tr.T("page.more_below")
			opts := wizard.Options{
				Lang:      lang,
				Language:  func(string) (*i18n.Translator, *content.Guide, error) { return tr, g, nil },
				Clock:     func() time.Time { return walktest.Now },
				Practice:  true,
				Browser:   opener{},
				CanBrowse: true,
				Print:     func(string, []string) (string, bool, error) { return "", false, nil },
				WriteFile: func(string, []byte, bool) error { return nil },
				Letter:    uiletter.Layout{},
			}
			var checked atomic.Int64
			cases := walktest.Cases(g)
			for _, c := range cases {
				for _, face := range wizardFaces {
					if !face.browser && c.At.Kind != walk.Step {
						continue // only a step has a form to open
					}
					opts := opts
					opts.Kiosk, opts.CanBrowse = c.State.Kiosk, face.browser
					// The model as the wizard can use it: whether a form
					// opens here.
					state := c.State
					state.Opening, state.CanPrint = walk.CanOpen, true
					if !face.browser {
						state.Opening = walk.NoBrowser
					}
					sc := walk.Build(g, tr, c.Answers, c.At, state)
					m, err := wizard.At(opts, c.Answers, c.At, c.State)
					if err != nil {
						t.Fatal(err)
					}
					m.Update(tea.WindowSizeMsg{Width: face.width, Height: face.height})
					text := shown(m, more)
					where := fmt.Sprintf("%s at %dx%d, browser %v", c.Name, face.width, face.height, face.browser)
					if lost := notOnScreen(text, wizardFacts(sc)); len(lost) > 0 {
						t.Errorf("%s: the wizard does not show %q:\n%s", where, lost, text)
					}
					if a := sc.Address; a != nil && !wholeAddress(text, a) {
						t.Errorf("%s: the wizard does not show the address %s whole, nor its parts in order:\n%s", where, a.Full, text)
					}
					if r := sc.Route; r != nil {
						if !r.AtOnce {
							// One key away: m shows it.
							m.Update(tea.KeyPressMsg{Code: 'm', Text: "m"})
							text = shown(m, more)
						}
						if lost := notOnScreen(text, routeFacts(r)); len(lost) > 0 {
							t.Errorf("%s: the wizard does not show the route's %q:\n%s", where, lost, text)
						}
					}
					checked.Add(1)
				}
			}
			if n := checked.Load(); n < 1000 {
				t.Errorf("only %d screens checked in %s: the cases are broken", n, lang)
			}
			t.Logf("%s: %d cases, %d screens checked", lang, len(cases), checked.Load())
		})
	}
}
