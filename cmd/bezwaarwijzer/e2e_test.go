package main

import (
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// End to end: the built program in a real terminal of 80 by 24, walked the
// way a person walks it, with a browser that only writes down what it is
// asked to open.

// fakeBrowser makes a folder with an xdg-open that appends the address it
// is given to a file, and returns the folder and the file. With DISPLAY
// set, the program thinks a browser can open, and pkg/browser runs the
// first xdg-open on PATH.
func fakeBrowser(t *testing.T) (bin, opened string) {
	t.Helper()
	bin = t.TempDir()
	opened = filepath.Join(t.TempDir(), "opened")
	writeScript(t, filepath.Join(bin, "xdg-open"), "printf '%s\\n' \"$1\" >> "+shq(opened)+"\n")
	return bin, opened
}

// openedSoFar is what the fake browser was asked to open.
func openedSoFar(t *testing.T, file string) []string {
	t.Helper()
	data, err := os.ReadFile(file)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

// TestWalkInARealTerminal walks the whole guide for Facebook and Instagram,
// not linked, on this computer, in Dutch, English and Turkish: every screen in
// its order, the form opened for each app (and only that form), and the
// done screen's checklist.
func TestWalkInARealTerminal(t *testing.T) {
	for _, c := range []struct {
		lang string
		args []string
		yes  string // the key that says yes, stop
	}{
		{"nl", nil, "j"},
		{"en", []string{"--lang", "en"}, "y"},
		{"tr", []string{"--lang", "tr"}, "e"}, // evet
	} {
		t.Run(c.lang, func(t *testing.T) {
			tr := i18n.MustNew(c.lang)
			g, err := content.Load(c.lang)
			if err != nil {
				t.Fatal(err)
			}
			fb, ig := g.App("facebook"), g.App("instagram")
			bin, opened := fakeBrowser(t)
			env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir(),
				"DISPLAY=:0", "PATH=" + bin + ":/usr/local/bin:/usr/bin:/bin"}
			term := startProgram(t, 80, 24, env, c.args...)

			// Welcome.
			term.waitFor(g.Welcome.Title)
			term.waitFor("> " + tr.T("welcome.begin"))
			term.keys("Enter")

			// What Meta does, page by page.
			for i, p := range g.Explain {
				term.waitFor(tr.T("explain.progress", i18n.Data{"N": i + 1, "Total": len(g.Explain)}))
				term.waitFor(p.Title)
				term.keys("Enter")
			}

			// Which apps: Facebook and Instagram.
			term.waitFor(g.Questions[content.QuestionApps].Title)
			term.keys("Space")
			term.waitFor("[x] " + fb.Name)
			term.keys("Down", "Space")
			term.waitFor("[x] " + ig.Name)
			term.keys("Enter")

			// Linked? No.
			term.waitFor(g.Questions[content.QuestionLinked].Title)
			for range optionIndex(t, g, content.QuestionLinked, content.OptionNo) {
				term.keys("Down")
			}
			term.waitFor("> " + optionLabel(t, g, content.QuestionLinked, content.OptionNo))
			term.keys("Enter")

			// Where? On this computer.
			term.waitFor(g.Questions[content.QuestionWhere].Title)
			for range optionIndex(t, g, content.QuestionWhere, content.RouteComputer) {
				term.keys("Down")
			}
			term.waitFor("> " + optionLabel(t, g, content.QuestionWhere, content.RouteComputer))
			term.keys("Enter")

			// The steps, Facebook's then Instagram's; the first opens the form.
			steps := g.StepsFor(content.RouteComputer, content.AudiencePerson)
			var want []string
			for _, app := range []*content.App{fb, ig} {
				for i, step := range steps {
					term.waitFor(tr.T("step.progress", i18n.Data{"App": app.Name, "N": i + 1, "Total": len(steps)}))
					term.waitFor(strings.NewReplacer("{app}", app.Name, "{url}", app.Form.String()).Replace(step.Title))
					if i == 0 {
						screen := term.waitFor(app.Form.String())
						if !strings.Contains(screen, tr.T("keys.open")) {
							t.Errorf("the first step does not say Enter opens the form:\n%s", shown(screen))
						}
						if got := openedSoFar(t, opened); len(got) != len(want) {
							t.Errorf("opened %v before Enter was pressed", got)
						}
						term.keys("Enter")
						term.waitFor(tr.T("step.opened"))
						want = append(want, app.Form.String())
						if got := openedSoFar(t, opened); !equalLines(got, want) {
							t.Fatalf("the browser was asked to open %q, want exactly %q", got, want)
						}
					}
					term.keys("Enter")
				}
			}

			// More you can do.
			for _, p := range g.More {
				term.waitFor(p.Title)
				term.keys("Enter")
			}

			// Done: the checklist says both forms were opened and every
			// step seen.
			screen := term.waitFor(g.Done.Title)
			for _, app := range []*content.App{fb, ig} {
				line := app.Name + ": " + tr.T("done.opened_and_walked")
				if !strings.Contains(normalise(screen), line) {
					t.Errorf("the done screen does not say %q:\n%s", line, shown(screen))
				}
			}
			if !strings.Contains(normalise(screen), normalise(tr.T("done.log_out", i18n.Data{"Apps": tr.List([]string{fb.Name, ig.Name})}))) {
				t.Errorf("the done screen does not say to log out on this computer:\n%s", shown(screen))
			}

			// Stop: q, then yes.
			term.keys("q")
			term.waitFor(tr.T("quit.title"))
			term.keys(c.yes)
			if code := term.stopped(5 * time.Second); code != 0 {
				t.Errorf("exit %d after stopping, want 0:\n%s", code, shown(term.screen(false)))
			}
			if got := openedSoFar(t, opened); !equalLines(got, want) {
				t.Errorf("in all, the browser was asked to open %q, want exactly %q", got, want)
			}
		})
	}
}

func equalLines(a, b []string) bool { return strings.Join(a, "\n") == strings.Join(b, "\n") }

// TestEnglishFromTheEnvironment: without --lang, an English environment
// gets the wizard in English.
func TestEnglishFromTheEnvironment(t *testing.T) {
	en := i18n.MustNew("en")
	g, _ := content.Load("en")
	env := []string{"LANG=en_GB.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir()}
	term := startProgram(t, 80, 24, env, "--no-browser")
	term.waitFor(g.Welcome.Title)
	term.waitFor("> " + en.T("welcome.begin"))
	term.keys("Enter")
	term.waitFor(en.T("explain.progress", i18n.Data{"N": 1, "Total": len(g.Explain)}))
	term.keys("q")
	term.waitFor(en.T("quit.title"))
	term.keys("y")
	if code := term.stopped(5 * time.Second); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
}

// TestPracticeModeInARealTerminal: with --now 2025-05-20 the banner counts
// down from 7 days, and says the clock is set.
func TestPracticeModeInARealTerminal(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	at, err := content.ParseTime("2025-05-20", g.Deadline.Zone)
	if err != nil {
		t.Fatal(err)
	}
	env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir()}
	term := startProgram(t, 80, 24, env, "--now", "2025-05-20", "--no-browser")
	screen := term.waitFor(normalise(walk.BannerSentence(nl, g.Deadline, at)))
	if days := nl.N("banner.days", 7); days != "7 dagen" || !strings.Contains(screen, days) {
		t.Errorf("the banner does not count %q:\n%s", days, shown(screen))
	}
	term.waitFor(normalise(walk.PracticeSentence(nl, g.Deadline, at)))
	term.waitFor(g.Welcome.Title)
	if strings.Contains(normalise(term.screen(false)), normalise(g.Deadline.Note)) {
		t.Error("before the date the welcome screen says what a late objection still does")
	}
	// The banner stays on the next screen.
	term.keys("Enter")
	screen = term.waitFor(g.Explain[0].Title)
	if !strings.Contains(normalise(screen), normalise(walk.PracticeSentence(nl, g.Deadline, at))) {
		t.Errorf("the practice line is gone on the next screen:\n%s", shown(screen))
	}
	term.keys("q")
	term.waitFor(nl.T("quit.title"))
	term.keys("j")
	if code := term.stopped(5 * time.Second); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
}

// TestAppsScreenWarnsOnlyAfterEnter: the apps question says "choose at
// least 1 app" when the person goes on ("Klaar, verder") with none ticked,
// not before: a warning on arrival reads as a mistake the person has not
// made. (Enter on an app ticks it; see TestAppsChecklistEnterTicks.)
func TestAppsScreenWarnsOnlyAfterEnter(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir()}
	term := startProgram(t, 80, 24, env, "--no-browser")
	term.waitFor(g.Welcome.Title)
	term.keys("Enter")
	for _, p := range g.Explain {
		term.waitFor(p.Title)
		term.keys("Enter")
	}
	warning := normalise(nl.T("apps.none_chosen"))
	term.waitFor(g.Questions[content.QuestionApps].Title)
	time.Sleep(200 * time.Millisecond) // let every message of the new screen arrive
	screen := term.screen(false)
	if strings.Contains(normalise(screen), warning) {
		t.Errorf("the apps screen warns before the person did anything:\n%s", shown(screen))
	}
	apps := g.Questions[content.QuestionApps].Options
	for range apps {
		term.keys("Down")
	}
	term.waitFor("> " + nl.T("apps.done"))
	term.keys("Enter")
	term.waitFor(warning)
	for range apps {
		term.keys("Up")
	}
	term.keys("Space")
	term.waitFor("[x] " + g.App("facebook").Name)
	if strings.Contains(normalise(term.screen(false)), warning) {
		t.Errorf("the warning stays after an app was ticked:\n%s", shown(term.screen(false)))
	}
}
