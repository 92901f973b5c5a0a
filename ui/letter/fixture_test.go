package letter

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/contenttest"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestFixtureAppInTheLetter: for a guide with a made-up app, the letter
// command's form asks for the accounts on that app, in the guide's words;
// --accounts is known by the app's sites; and the letter names the app
// with each account on it, as text and as a page.
func TestFixtureAppInTheLetter(t *testing.T) {
	now := time.Date(2025, 5, 20, 10, 0, 0, 0, time.UTC)
	for _, lang := range contenttest.Languages {
		g, err := contenttest.Guide(lang)
		if err != nil {
			t.Fatal(err)
		}
		tr := i18n.MustNew(lang)
		app := g.App(contenttest.App)
		// As the command line gives them (--accounts).
		accounts := letter.AppsOf(g).Parse("https://www." + contenttest.Site + "/testdorp, @testdorp")
		if len(accounts) != 2 || accounts[0].App != contenttest.App || accounts[1].App != "" {
			t.Fatalf("%s: --accounts gives %+v", lang, accounts)
		}
		f := NewForm(tr, g, false, Input{Kind: content.KindPublic, Org: "Gemeente Testdorp", Accounts: accounts})
		f.Init()
		f.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		asked := false
		enter := tea.KeyPressMsg{Code: tea.KeyEnter}
		for range 10 {
			view := ansi.Strip(f.View().Content)
			if strings.Contains(view, app.Accounts) {
				asked = true
				// Both accounts are in the app's question: the one
				// without an app goes to the first.
				if !strings.Contains(view, "testdorp, @testdorp") {
					t.Errorf("%s: the accounts are not in the app's question:\n%s", lang, view)
				}
			}
			_, cmd := f.Update(enter)
			f.Update(result(cmd))
		}
		if !asked {
			t.Errorf("%s: the form never asks %q", lang, app.Accounts)
		}
		d, err := f.Details()
		if err != nil {
			t.Fatalf("%s: the form gives %v", lang, err)
		}
		got := Text(tr, g, d, now)
		for _, want := range []string{"- https://www." + contenttest.Site + "/testdorp (" + contenttest.AppName + ")\n", "- @testdorp (" + contenttest.AppName + ")\n"} {
			if !strings.Contains(got, want) {
				t.Errorf("%s: the letter misses %q:\n%s", lang, want, got)
			}
		}
		var page strings.Builder
		if err := HTML(&page, tr, g, d, now); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(page.String(), contenttest.AppName) {
			t.Errorf("%s: the printable letter does not name %s", lang, contenttest.AppName)
		}
		for _, out := range []string{got, page.String()} {
			if named := contenttest.RealApps(out); len(named) > 0 {
				t.Errorf("%s: the letter names %q, not in the guide:\n%s", lang, named, out)
			}
		}
	}
}
