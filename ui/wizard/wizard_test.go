package wizard

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// words returns the guide and the interface words of a language, so tests
// follow the texts when a writer changes them.
func words(t *testing.T, lang string) (*content.Guide, *i18n.Translator) {
	t.Helper()
	g, err := content.Load(lang)
	if err != nil {
		t.Fatal(err)
	}
	return g, i18n.MustNew(lang)
}

// TestGoldenScreens keeps the main screens at 80x24, as a person reads
// them, in Dutch and in English. Run with -update to rewrite them after a
// deliberate change, and read the diff.
func TestGoldenScreens(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, tr := words(t, lang)
		fb := g.App("facebook")
		t.Run(lang, func(t *testing.T) {
			opts, _ := testOptions(lang, weekBefore)
			opts.Practice = true
			s := start(t, opts, 80, 24)
			shot := func(name, text string) {
				t.Helper()
				screen := s.waitFor(text)
				t.Run(name, func(t *testing.T) { golden.RequireEqual(t, screen) })
			}
			shot("welcome", g.Welcome.Title)
			s.press("enter")
			shot("explain", g.Explain[0].Title)
			for _, p := range g.Explain[1:] {
				s.pressAndWait("enter", p.Title)
			}
			s.pressAndWait("enter", g.Questions[content.QuestionApps].Title)
			s.press("space", "down", "space")
			shot("apps", "[x] "+g.Apps[1].Name)
			s.press("enter")
			shot("linked", g.Questions[content.QuestionLinked].Title)
			s.press("down", "enter")
			shot("where", g.Questions[content.QuestionWhere].Title)
			s.press("enter")
			shot("step-open", tr.T("keys.open"))
			s.press("enter")
			shot("step-opened", tr.T("step.opened"))
			s.press("enter", "enter", "enter")
			shot("step-reason", g.Reason[:20])
			s.press("q")
			shot("quit", tr.T("quit.yes"))
			s.press("esc")
			s.waitFor(fb.Name)
		})
	}
}

// TestGoldenAfterDeadline shows the welcome screen as it is today: the date
// has passed, and objecting still helps.
func TestGoldenAfterDeadline(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, _ := words(t, lang)
		t.Run(lang, func(t *testing.T) {
			opts, _ := testOptions(lang, longAfter)
			s := start(t, opts, 80, 24)
			screen := s.waitFor(g.Welcome.Title)
			golden.RequireEqual(t, screen)
		})
	}
}

func TestBannerBeforeAndAfter(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, tr := words(t, lang)
		date := tr.Date(g.Deadline.At)
		t.Run(lang+"/before", func(t *testing.T) {
			opts, _ := testOptions(lang, weekBefore)
			opts.Practice = true
			screen := flat(start(t, opts, 80, 24).waitFor(g.Welcome.Title))
			for _, want := range []string{date, tr.N("banner.days", 6), tr.N("banner.hours", 14), tr.T("banner.practice", i18n.Data{"Time": tr.DateTime(weekBefore)})} {
				if !strings.Contains(screen, want) {
					t.Errorf("banner misses %q:\n%s", want, screen)
				}
			}
		})
		t.Run(lang+"/after", func(t *testing.T) {
			opts, _ := testOptions(lang, longAfter)
			screen := flat(start(t, opts, 80, 24).waitFor(g.Welcome.Title))
			ago := tr.T("banner.ago", i18n.Data{"Span": tr.List([]string{tr.N("banner.ago_years", 1), tr.N("banner.ago_months", 5)})})
			for _, want := range []string{date, ago, firstWords(g.Deadline.Note)} {
				if !strings.Contains(screen, want) {
					t.Errorf("screen misses %q:\n%s", want, screen)
				}
			}
			if strings.Contains(screen, tr.T("banner.practice", i18n.Data{"Time": ""})[:8]) {
				t.Errorf("practice line without --now:\n%s", screen)
			}
		})
	}
}

// flat joins the lines of a screen, so that a sentence wrapped over two
// lines can be found whole.
func flat(screen string) string { return strings.Join(strings.Fields(screen), " ") }

// firstWords returns the start of a text, short enough to stay on one line
// of the screen.
func firstWords(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(4, len(f))], " ")
}

// walkToFirstStep goes from the welcome screen to the first step, ticking
// the apps at the given positions and taking the first "where" answer.
func walkToFirstStep(t *testing.T, s *session, g *content.Guide, apps ...int) {
	t.Helper()
	s.waitFor(g.Welcome.Title)
	for _, p := range g.Explain {
		s.pressAndWait("enter", p.Title)
	}
	s.pressAndWait("enter", g.Questions[content.QuestionApps].Title)
	pos := 0
	for _, a := range apps {
		for ; pos < a; pos++ {
			s.press("down")
		}
		s.press("space")
	}
	s.waitFor("[x] " + g.Apps[apps[len(apps)-1]].Name)
	s.press("enter")
	if slices.Contains(apps, 0) && slices.Contains(apps, 1) {
		s.waitFor(g.Questions[content.QuestionLinked].Title)
		s.press("down", "enter") // not linked
	}
	s.waitFor(g.Questions[content.QuestionWhere].Title)
	s.press("enter")
}

// TestOpensTheFormOfEachApp: from the welcome screen to "the form is
// opened", for Facebook and for Instagram, with the exact address of each.
func TestOpensTheFormOfEachApp(t *testing.T) {
	g, tr := words(t, "nl")
	for i, id := range []string{"facebook", "instagram"} {
		app := g.App(id)
		t.Run(id, func(t *testing.T) {
			opts, stub := testOptions("nl", weekBefore)
			s := start(t, opts, 80, 24)
			walkToFirstStep(t, s, g, i)
			screen := s.waitFor(app.Name + ", stap 1")
			if !strings.Contains(screen, app.Form.String()) {
				t.Errorf("the address is not beside the action:\n%s", screen)
			}
			s.pressAndWait("enter", tr.T("step.opened")[:30])
			if got := stub.Opened(); !slices.Equal(got, []string{app.Form.String()}) {
				t.Errorf("opened %v, want exactly %s", got, app.Form.String())
			}
			// Enter now goes on, and opens nothing more.
			s.pressAndWait("enter", app.Name+", stap 2")
			if got := stub.Opened(); len(got) != 1 {
				t.Errorf("opened %v after going on", got)
			}
		})
	}
}

// TestNoBrowserOpensNothing: with --no-browser (CanBrowse false) Enter goes
// on, nothing opens, and the screen shows the address and the route in
// the app.
func TestNoBrowserOpensNothing(t *testing.T) {
	g, tr := words(t, "nl")
	fb := g.App("facebook")
	opts, stub := testOptions("nl", weekBefore)
	opts.CanBrowse = false
	// A window with room for the route beside the address; at 80x24 the
	// route, with its date and the last way in, is behind m.
	s := start(t, opts, 80, 40)
	walkToFirstStep(t, s, g, 0)
	screen := s.waitFor(fb.Name + ", stap 1")
	for _, want := range []string{fb.Form.String(), tr.T("step.no_browser")[:30], fb.Menu[0], tr.T("walk.digits") + " 712 876 720 715 583"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen misses %q:\n%s", want, screen)
		}
	}
	s.pressAndWait("enter", fb.Name+", stap 2")
	if got := stub.Opened(); len(got) != 0 {
		t.Errorf("--no-browser opened %v", got)
	}
}

// TestBrowserFails: when the browser does not open, the step says so and
// shows the address and the route instead.
func TestBrowserFails(t *testing.T) {
	g, tr := words(t, "en")
	fb := g.App("facebook")
	opts, stub := testOptions("en", weekBefore)
	stub.Err = errors.New("xdg-open: not found")
	s := start(t, opts, 80, 40) // room for the route beside the address
	walkToFirstStep(t, s, g, 0)
	s.waitFor(fb.Name + ", step 1")
	screen := s.pressAndWait("enter", tr.T("step.open_failed")[:25])
	for _, want := range []string{fb.Form.String(), fb.Menu[0]} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen misses %q:\n%s", want, screen)
		}
	}
	if strings.Contains(screen, "xdg-open") {
		t.Errorf("a Go error reached the screen:\n%s", screen)
	}
}

// TestBackKeepsAnswers: Esc goes back one screen at a time, and the
// answers given are still there.
func TestBackKeepsAnswers(t *testing.T) {
	g, _ := words(t, "nl")
	opts, _ := testOptions("nl", weekBefore)
	s := start(t, opts, 80, 24)
	walkToFirstStep(t, s, g, 0, 2) // Facebook and WhatsApp
	s.waitFor("Facebook, stap 1")
	s.pressAndWait("esc", g.Questions[content.QuestionWhere].Title)
	screen := s.pressAndWait("esc", g.Questions[content.QuestionApps].Title)
	for _, want := range []string{"[x] Facebook", "[x] WhatsApp", "[ ] Instagram"} {
		if !strings.Contains(screen, want) {
			t.Errorf("answer lost, want %q:\n%s", want, screen)
		}
	}
	s.pressAndWait("esc", g.Explain[len(g.Explain)-1].Title)
	// And forward again, to the same place.
	s.pressAndWait("enter", "[x] WhatsApp")
	s.pressAndWait("enter", g.Questions[content.QuestionWhere].Title)
	s.pressAndWait("enter", "Facebook, stap 1")
}

// TestQuitAsksFirst: q and Ctrl+C ask "Stoppen?"; Esc or "no" goes on
// where the person was; yes stops.
func TestQuitAsksFirst(t *testing.T) {
	g, tr := words(t, "nl")
	for _, quit := range []string{"q", "ctrl+c"} {
		t.Run(quit, func(t *testing.T) {
			opts, _ := testOptions("nl", weekBefore)
			s := start(t, opts, 80, 24)
			s.waitFor(g.Welcome.Title)
			s.press("enter")
			s.waitFor(g.Explain[0].Title)
			s.pressAndWait(quit, tr.T("quit.title"))
			s.pressAndWait("esc", g.Explain[0].Title)
			s.pressAndWait(quit, tr.T("quit.title"))
			s.pressAndWait("n", g.Explain[0].Title)
			s.pressAndWait(quit, tr.T("quit.title"))
			// The first choice is to go on.
			s.pressAndWait("enter", g.Explain[0].Title)
			s.pressAndWait(quit, tr.T("quit.title"))
			s.press("j")
			s.tm.WaitFinished(t)
		})
	}
}

// TestStepsSayWhichStep: every step screen says "stap X van Y".
func TestStepsSayWhichStep(t *testing.T) {
	g, _ := words(t, "nl")
	opts, _ := testOptions("nl", weekBefore)
	opts.CanBrowse = false
	s := start(t, opts, 80, 24)
	walkToFirstStep(t, s, g, 1)
	steps := g.StepsFor(content.RouteComputer, content.AudiencePerson)
	for i := range steps {
		want := "Instagram, stap " + strconv.Itoa(i+1) + " van " + strconv.Itoa(len(steps))
		s.waitFor(want)
		s.press("enter")
	}
	s.waitFor(g.More[0].Title)
}
