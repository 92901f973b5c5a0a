package lines

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/contenttest"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	uiletter "github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
)

// fixtureRun walks the fixture guide line by line with the lines typed,
// without a browser, and returns what was printed.
func fixtureRun(t *testing.T, lang string, now time.Time, in ...string) string {
	t.Helper()
	var out bytes.Buffer
	err := Run(Options{
		Lang: lang,
		Language: func(lang string) (*i18n.Translator, *content.Guide, error) {
			g, err := contenttest.Guide(lang)
			return i18n.MustNew(lang), g, err
		},
		Clock:  func() time.Time { return now },
		Letter: uiletter.Layout{},
		In:     strings.NewReader(strings.Join(in, "\n") + "\n"), Out: &out,
	})
	if err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestFixtureAppByLines: a person walks a guide with a made-up app line
// by line, and sees each of its steps, its address and its route, as the
// model words them; the mode names no app the guide does not have.
func TestFixtureAppByLines(t *testing.T) {
	now := time.Date(2025, 5, 20, 10, 0, 0, 0, time.UTC)
	for _, lang := range contenttest.Languages {
		g, err := contenttest.Guide(lang)
		if err != nil {
			t.Fatal(err)
		}
		tr := i18n.MustNew(lang)
		// The app is the first of the apps question, the route on this
		// computer the first of the where question.
		in := toFirstStep(g, "1", "1")
		for range g.StepsFor(content.RouteComputer, content.AudiencePerson) {
			in = append(in, "")
		}
		out := fixtureRun(t, lang, now, append(in, "", "3")...)
		facts := contenttest.StepFacts(g, tr, content.RouteComputer, walk.State{Now: now, Opening: walk.NoBrowser})
		if missing := contenttest.Missing(out, facts); len(missing) > 0 {
			t.Errorf("%s: the walk leaves out %q:\n%s", lang, missing, out)
		}
		if named := contenttest.RealApps(out); len(named) > 0 {
			t.Errorf("%s: the walk names %q, not in the guide", lang, named)
		}
	}
}

// TestFixtureOrganisationByLines: an organisation walks a guide with a
// made-up app: it is asked for its accounts on that app, in the guide's
// words, the letter names the app with the account, and the steps for the
// account open the app's form.
func TestFixtureOrganisationByLines(t *testing.T) {
	now := time.Date(2025, 5, 20, 10, 0, 0, 0, time.UTC)
	g, err := contenttest.Guide("nl")
	if err != nil {
		t.Fatal(err)
	}
	tr := i18n.MustNew("nl")
	account := contenttest.Site + "/testdorp"
	in := []string{"2", "", "1", "Gemeente Testdorp", account, "", "", "", "", ""}
	steps := g.StepsFor(content.RouteComputer, content.AudienceOrganisation)
	in = append(in, "") // leave the letter
	for range steps {
		in = append(in, "")
	}
	out := fixtureRun(t, "nl", now, append(in, "3")...)
	app := g.App(contenttest.App)
	want := []string{app.Accounts, app.AccountsHelp, account + " (" + contenttest.AppName + ")", contenttest.Form,
		tr.T("step.progress_org", i18n.Data{"App": contenttest.AppName, "Account": account, "N": 1, "Total": len(steps)})}
	if missing := contenttest.Missing(out, want); len(missing) > 0 {
		t.Errorf("the organisation's walk leaves out %q:\n%s", missing, out)
	}
	if named := contenttest.RealApps(out); len(named) > 0 {
		t.Errorf("the walk names %q, not in the guide", named)
	}
}
