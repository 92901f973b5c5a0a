package contenttest

import (
	"slices"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestFixtureIsAGuide: the fixture loads in every language and passes the
// checks the real guide passes, with its own app, form and allow-list.
func TestFixtureIsAGuide(t *testing.T) {
	for _, lang := range Languages {
		g, err := Guide(lang)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if err := g.Validate(); err != nil {
			t.Errorf("%s: %v", lang, err)
		}
		apps := g.FormApps()
		if len(apps) != 1 || apps[0].ID != App || apps[0].Name != AppName || apps[0].Form.String() != Form {
			t.Errorf("%s: the apps with a form are %+v", lang, apps)
		}
		if !slices.Contains(apps[0].Sites, Site) || len(Menu(g)) == 0 || apps[0].Accounts == "" {
			t.Errorf("%s: the app has no sites, route or account question: %+v", lang, apps[0])
		}
		if app := g.App(NoForm); app == nil || app.HasForm() {
			t.Errorf("%s: the app without a form is %+v", lang, app)
		}
		if _, err := g.Allow.Check(Form); err != nil {
			t.Errorf("%s: the fixture's allow-list refuses its form: %v", lang, err)
		}
		if _, err := g.Allow.Check("https://www.facebook.com/"); err == nil {
			t.Errorf("%s: the fixture's allow-list allows another app's site", lang)
		}
	}
}

// TestStepFacts: the facts a face must show hold the fixture's address,
// its digit groups, every line of its route and a progress per step; and
// Missing finds a fact left out.
func TestStepFacts(t *testing.T) {
	g, err := Guide("nl")
	if err != nil {
		t.Fatal(err)
	}
	tr := i18n.MustNew("nl")
	facts := StepFacts(g, tr, content.RouteComputer, walk.State{Opening: walk.Printed})
	steps := g.StepsFor(content.RouteComputer, content.AudiencePerson)
	want := append([]string{Form, "424 242", tr.T("step.progress", i18n.Data{"App": AppName, "N": len(steps), "Total": len(steps)})}, Menu(g)...)
	for _, w := range want {
		if !slices.Contains(facts, w) {
			t.Errorf("the facts leave out %q: %q", w, facts)
		}
	}
	all := strings.Join(facts, "\n")
	if m := Missing(strings.ReplaceAll(all, " ", "\n  "), facts); len(m) > 0 {
		t.Errorf("wrapped lines are missing %q", m)
	}
	if m := Missing(strings.ReplaceAll(all, Form, ""), facts); !slices.Equal(m, []string{Form}) {
		t.Errorf("without the address, missing is %q", m)
	}
}
