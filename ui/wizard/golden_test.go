package wizard

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk/walktest"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// goldenWalks are the walks whose every screen is kept as a golden file:
// a person on the computer with apps with and without a form, a person on
// the phone, one who does not know which apps in the app, and an
// organisation. The names are walktest's.
var goldenWalks = map[string]string{
	"computer":     "person, apps facebook+instagram+whatsapp, linked no, on computer",
	"phone":        "person, apps facebook, on phone",
	"unsure":       "person, apps unknown, on app",
	"organisation": "organisation public, accounts on facebook+instagram",
}

// TestGoldenEveryScreen keeps every screen of the golden walks at 80x24,
// without styles, as a person reads them, in Dutch and in English; and
// the step that opens the form with its styles, where the look matters.
// Run with -update to write them again after a deliberate change, and
// read the diff.
func TestGoldenEveryScreen(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, _ := words(t, lang)
		walks := map[string]walktest.Walk{}
		for _, w := range walktest.Walks(g) {
			walks[w.Name] = w
		}
		opts, _ := testOptions(lang, walktest.Now)
		opts.Practice = true
		opts.WriteFile = func(string, []byte, bool) error { return nil }
		for short, name := range goldenWalks {
			wk, ok := walks[name]
			if !ok {
				t.Fatalf("walktest has no walk %q", name)
			}
			for i, c := range wk.Cases(g) {
				place := walktest.PlaceName(c.At)
				if strings.HasSuffix(c.Name, "nothing done") {
					place += " nothing done"
				}
				shot := fmt.Sprintf("%s/%s/%02d-%s", lang, short, i+1, strings.NewReplacer(" ", "-", "(", "", ")", "").Replace(place))
				t.Run(shot, func(t *testing.T) {
					m, err := At(opts, c.Answers, c.At, c.State)
					if err != nil {
						t.Fatal(err)
					}
					m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
					view := m.View().Content
					golden.RequireEqual(t, ansi.Strip(view))
					if short == "computer" && c.At == (walk.Place{Kind: walk.Step, App: wk.Answers.Apps[0]}) {
						t.Run("colour", func(t *testing.T) { golden.RequireEqual(t, view) })
					}
				})
			}
		}
	}
}
