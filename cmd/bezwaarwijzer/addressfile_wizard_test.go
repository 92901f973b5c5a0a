package main

import (
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The address file in the wizard (issue 11, point 4), through a copy of
// the built program in a real terminal: the file beside it changes what
// the wizard shows and opens, a tampered one is refused on the welcome
// screen, and without a file the wizard says how old its own addresses
// and routes are.

// startBinary runs the program bin in a tmux window of the given size,
// with exactly the environment env.
func startBinary(t *testing.T, bin string, width, height int, env []string, args ...string) *terminal {
	t.Helper()
	return startShell(t, width, height, programLine(env, quoteArgs(append([]string{bin}, args...)...)))
}

// addressWizardEnv is a Dutch wizard's environment with the fake browser in
// browse.
func addressWizardEnv(t *testing.T, browse string) []string {
	return append(dutchEnv(t, browse), "TERM=xterm-256color")
}

// welcomeRead pages through the welcome screen's text to its end, and
// returns the last screen: there the text has been read.
func welcomeRead(term *terminal, g *content.Guide) string {
	term.t.Helper()
	term.waitFor(g.Welcome.Title)
	for range 4 {
		term.keys("NPage")
	}
	return term.screen(false)
}

// toTheOpenStep goes from the welcome screen straight to the questions,
// chooses Facebook alone and this computer, and waits for the step that
// opens the form.
func toTheOpenStep(term *terminal, g *content.Guide, nl *i18n.Translator, route string) string {
	term.t.Helper()
	t := term.t
	// Straight to the questions, the welcome screen's third choice.
	term.keys("Down", "Down")
	term.waitFor("> " + nl.T("welcome.quick"))
	term.keys("Enter")
	term.waitFor(g.Questions[content.QuestionApps].Title)
	term.keys("Space")
	term.waitFor("[x] Facebook")
	term.keys("Enter")
	term.waitFor(g.Questions[content.QuestionWhere].Title)
	for range optionIndex(t, g, content.QuestionWhere, route) {
		term.keys("Down")
	}
	term.waitFor("> " + optionLabel(t, g, content.QuestionWhere, route))
	term.keys("Enter")
	return term.waitFor(nl.T("step.progress", i18n.Data{"App": "Facebook", "N": 1, "Total": len(g.StepsFor(route, content.AudiencePerson))}))
}

// readDown presses ↓ until the window shows text, and returns every
// screen on the way, as one: the route's last lines may be below.
func readDown(term *terminal, text string) string {
	term.t.Helper()
	var seen strings.Builder
	for range 10 {
		screen := term.screen(false)
		seen.WriteString(screen)
		if strings.Contains(normalise(screen), normalise(text)) {
			return seen.String()
		}
		term.keys("Down")
	}
	term.t.Fatalf("↓ never showed %q; the window shows:\n%s", text, shown(term.screen(false)))
	return ""
}

// TestWizardWithAddressFile: a formulieren.toml beside the program, with
// a new Facebook address and route: the welcome screen says once that it
// is in use; the step that opens the form shows the file's address and
// who checked it when, Enter opens that address, and m shows the file's
// route, its date and the last way in.
func TestWizardWithAddressFile(t *testing.T) {
	nl := i18n.MustNew("nl")
	builtin, _ := content.Load("nl")
	bin := programWith(t, movedFacebook)
	browse, opened := fakeBrowser(t)
	term := startBinary(t, bin, 80, 24, addressWizardEnv(t, browse))

	inUse := squeeze(nl.T("forms.in_use", i18n.Data{"Path": filepath.Join(filepath.Dir(bin), "formulieren.toml")}))
	if n := strings.Count(squeeze(welcomeRead(term, builtin)), inUse); n != 1 {
		t.Errorf("the welcome screen says %d times that the file is in use, want once:\n%s", n, shown(term.screen(false)))
	}

	screen := toTheOpenStep(term, builtin, nl, content.RouteComputer)
	words := normalise(screen)
	for _, want := range []string{newFacebookForm, checkedByLine} {
		if !strings.Contains(words, want) {
			t.Errorf("the step that opens the form does not show %q:\n%s", want, shown(screen))
		}
	}
	if strings.Contains(words, builtin.App("facebook").Form.String()) || strings.Contains(squeeze(screen), inUse) {
		t.Errorf("the step shows the program's own address, or says again that the file is in use:\n%s", shown(screen))
	}
	term.keys("Enter")
	term.waitFor(nl.T("step.opened"))
	if got := openedSoFar(t, opened); !slices.Equal(got, []string{newFacebookForm}) {
		t.Errorf("Enter asked the browser to open %q, want the file's %s", got, newFacebookForm)
	}

	term.keys("m")
	term.waitFor("1. Open Facebook en tik op Menu.")
	seen := normalise(readDown(term, builtin.Route.LastWay))
	for _, want := range []string{"2. Tik op Privacy en dan op Bezwaar tegen AI.", "Deze weg in de app is van 3 december 2026.", builtin.Route.LastWay} {
		if !strings.Contains(seen, normalise(want)) {
			t.Errorf("m does not show %q:\n%s", want, seen)
		}
	}
	if strings.Contains(seen, normalise(builtin.App("facebook").Menu[0])) {
		t.Errorf("m shows the program's own route:\n%s", seen)
	}
}

// TestWizardRefusesATamperedAddressFile: a file with an http:// address
// is refused on the welcome screen, naming the file and the line, and the
// step opens the program's own address.
func TestWizardRefusesATamperedAddressFile(t *testing.T) {
	nl := i18n.MustNew("nl")
	builtin, _ := content.Load("nl")
	own := builtin.App("facebook").Form.String()
	bin := programWith(t, strings.Replace(movedFacebook, "https://", "http://", 1))
	path := filepath.Join(filepath.Dir(bin), "formulieren.toml")
	browse, opened := fakeBrowser(t)
	term := startBinary(t, bin, 80, 24, addressWizardEnv(t, browse))

	welcome := squeeze(welcomeRead(term, builtin))
	for _, want := range []string{
		nl.T("forms.refused", i18n.Data{"Path": path}),
		nl.T("forms.at_line", i18n.Data{"Path": path, "N": 3, "Reason": nl.T("forms.problem.not_https")}),
		nl.T("forms.refused_after"),
	} {
		if !strings.Contains(welcome, squeeze(want)) {
			t.Errorf("the welcome screen does not say %q:\n%s", want, shown(term.screen(false)))
		}
	}
	if strings.Contains(welcome, squeeze(nl.T("forms.in_use", i18n.Data{"Path": path}))) {
		t.Errorf("a refused file is said to be in use:\n%s", shown(term.screen(false)))
	}

	screen := toTheOpenStep(term, builtin, nl, content.RouteComputer)
	if !strings.Contains(normalise(screen), own) || strings.Contains(screen, "111222333444") {
		t.Errorf("the step does not show the program's own address:\n%s", shown(screen))
	}
	term.keys("Enter")
	term.waitFor(nl.T("step.opened"))
	if got := openedSoFar(t, opened); !slices.Equal(got, []string{own}) {
		t.Errorf("Enter asked the browser to open %q, want the program's own %s", got, own)
	}
}

// TestWizardDatesWithoutAddressFile: without a file, the step that opens
// the form says when its address was checked, and the step in the app
// says how old the route is and offers the last way in after it.
func TestWizardDatesWithoutAddressFile(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	fb := g.App("facebook")
	routeNote := walk.RouteNote(nl, g, *fb)
	if !strings.Contains(routeNote, "april 2025") {
		t.Fatalf("the route's note %q has no date", routeNote)
	}
	bin := programWith(t, "")
	term := startBinary(t, bin, 80, 24, addressWizardEnv(t, ""), "--no-browser")
	term.waitFor(g.Welcome.Title)

	screen := toTheOpenStep(term, g, nl, content.RouteComputer)
	if !strings.Contains(normalise(screen), "Gecontroleerd op 24 april 2025.") {
		t.Errorf("the step that opens the form does not say when the address was checked:\n%s", shown(screen))
	}
	if strings.Contains(screen, "formulieren.toml") {
		t.Errorf("the step names an address file, with none in use:\n%s", shown(screen))
	}

	// Back to the question, and in the app: the step with the route.
	term.keys("Escape")
	term.waitFor(g.Questions[content.QuestionWhere].Title)
	for range optionIndex(t, g, content.QuestionWhere, content.RouteApp) {
		term.keys("Down")
	}
	term.waitFor("> " + optionLabel(t, g, content.QuestionWhere, content.RouteApp))
	term.keys("Enter")
	steps := g.StepsFor(content.RouteApp, content.AudiencePerson)
	menu := slices.IndexFunc(steps, func(s content.Step) bool { return s.Action == content.ActionMenu })
	if menu < 0 {
		t.Fatal("no step in the app shows the route")
	}
	for i := range menu {
		term.waitFor(nl.T("step.progress", i18n.Data{"App": "Facebook", "N": i + 1, "Total": len(steps)}))
		term.keys("Enter")
	}
	term.waitFor(nl.T("step.progress", i18n.Data{"App": "Facebook", "N": menu + 1, "Total": len(steps)}))
	term.waitFor(fb.Menu[0])
	seen := normalise(readDown(term, g.Route.LastWay))
	for _, want := range []string{fb.Menu[len(fb.Menu)-1], routeNote, g.Route.LastWay} {
		if !strings.Contains(seen, normalise(want)) {
			t.Errorf("the step in the app does not show %q:\n%s", want, seen)
		}
	}
	if i, j := strings.Index(seen, normalise(routeNote)), strings.Index(seen, normalise(g.Route.LastWay)); i > j {
		t.Errorf("the last way in comes before the route's date:\n%s", seen)
	}
}
