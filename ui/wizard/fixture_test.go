package wizard

import (
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/contenttest"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// fixtureOptions are the wizard's options for the fixture guide, with a
// made-up app, without a browser.
func fixtureOptions(t *testing.T, lang string) (Options, *content.Guide, *i18n.Translator) {
	t.Helper()
	g, err := contenttest.Guide(lang)
	if err != nil {
		t.Fatal(err)
	}
	opts, _ := testOptions(lang, weekBefore)
	opts.CanBrowse = false
	opts.Language = func(lang string) (*i18n.Translator, *content.Guide, error) {
		g, err := contenttest.Guide(lang)
		return i18n.MustNew(lang), g, err
	}
	return opts, g, i18n.MustNew(lang)
}

// TestFixtureAppInTheWizard: a person walks a guide with a made-up app in
// the wizard, and sees each of its steps with its progress and title, its
// address with its digit groups and its route, as the model words them;
// the wizard names no app the guide does not have.
func TestFixtureAppInTheWizard(t *testing.T) {
	opts, g, tr := fixtureOptions(t, "nl")
	a := walk.Answers{Apps: []string{contenttest.App}, Where: content.RouteComputer}
	s := start(t, opts, 120, 60)
	s.waitFor(g.Welcome.Title)
	s.pressAndWait("enter", g.Explain[0].Title)
	for i := range g.Explain[1:] {
		s.pressUntil("enter", g.Explain[i+1].Title, 5)
	}
	s.pressUntil("enter", g.Questions[content.QuestionApps].Title, 5)
	s.pressAndWait("enter", "[x] "+contenttest.AppName)
	s.pressAndWait("enter", g.Questions[content.QuestionWhere].Title)
	for _, at := range walk.Order(g, a, content.AudiencePerson) {
		if at.Kind != walk.Step {
			continue
		}
		sc := walk.Build(g, tr, a, at, walk.State{Now: weekBefore, Opening: walk.NoBrowser})
		screen := s.pressUntil("enter", sc.Progress, 5)
		want := []string{sc.Title}
		if sc.Address != nil {
			want = append(want, sc.Address.Full.String(), sc.Address.Digits)
		}
		if sc.Route != nil && sc.Route.AtOnce {
			want = append(want, sc.Route.Steps...)
		}
		if missing := contenttest.Missing(screen, want); len(missing) > 0 {
			t.Errorf("%s: the screen leaves out %q:\n%s", sc.Progress, missing, screen)
		}
		if named := contenttest.RealApps(screen); len(named) > 0 {
			t.Errorf("%s: the screen names %q, not in the guide:\n%s", sc.Progress, named, screen)
		}
	}
}

// TestFixtureOrganisationInTheWizard: an organisation is asked for its
// accounts on the made-up app, in the guide's words, and its letter names
// the app with the account.
func TestFixtureOrganisationInTheWizard(t *testing.T) {
	opts, g, _ := fixtureOptions(t, "nl")
	org, form, app := g.Organisation, g.Organisation.Form, g.App(contenttest.App)
	account := contenttest.Site + "/testdorp"
	s := start(t, opts, 120, 60)
	s.waitFor(g.Welcome.Title)
	s.press("down")
	s.pressAndWait("enter", org.Intro.Title)
	s.pressAndWait("enter", form.Kind)
	s.pressAndWait("enter", form.Org)
	s.typeText("Gemeente Testdorp")
	screen := s.pressAndWait("enter", app.Accounts)
	if missing := contenttest.Missing(screen, []string{app.AccountsHelp}); len(missing) > 0 {
		t.Errorf("the account question leaves out its help:\n%s", screen)
	}
	s.typeText(account)
	s.pressAndWait("enter", form.Contact)
	s.pressAndWait("enter", form.Place)
	s.pressAndWait("enter", form.Signer)
	s.pressAndWait("enter", form.Function)
	s.pressAndWait("enter", org.Advice.Title)
	screen = s.pressAndWait("enter", org.Letter.Title)
	if missing := contenttest.Missing(screen, []string{account + " (" + contenttest.AppName + ")"}); len(missing) > 0 {
		t.Errorf("the letter does not name the app with the account:\n%s", screen)
	}
	if named := contenttest.RealApps(screen); len(named) > 0 {
		t.Errorf("the letter names %q, not in the guide:\n%s", named, screen)
	}
}
