package main

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The wizard's screens walked in a real terminal, the way the person did
// who stumbled on them (issue 10): at the smallest and a large window
// size, in a kiosk, with the keys an older person tries.

// screenEnv is the environment of a wizard in tmux, in Dutch.
func screenEnv(t *testing.T, extra ...string) []string {
	return append([]string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir()}, extra...)
}

// pressUntil presses a key until the window shows text, at most n times:
// in a small window Enter shows the rest of a text before it goes on. It
// returns every screen seen on the way, the last one last.
func (term *terminal) pressUntil(key, text string, n int) []string {
	term.t.Helper()
	var seen []string
	for range n {
		seen = append(seen, term.screen(false))
		term.keys(key)
		if screen, ok := term.waitWithin(700*time.Millisecond, text); ok {
			return append(seen, screen)
		}
	}
	term.t.Fatalf("after %d times %s the terminal never showed %q; it shows:\n%s", n, key, text, shown(term.screen(false)))
	return nil
}

// helpBlock is the key help: the lines after the last empty line.
func helpBlock(screen string) string {
	lines := strings.Split(strings.TrimRight(screen, " \n"), "\n")
	i := len(lines) - 1
	for i > 0 && strings.TrimSpace(lines[i-1]) != "" {
		i--
	}
	return normalise(strings.Join(lines[i:], " "))
}

// walkToTheApps walks from the welcome screen to the apps question.
func walkToTheApps(term *terminal, g *content.Guide) {
	term.t.Helper()
	term.waitFor(g.Welcome.Title)
	for _, p := range g.Explain {
		term.pressUntil("Enter", p.Title, 10)
	}
	term.pressUntil("Enter", g.Questions[content.QuestionApps].Title, 10)
}

// TestAppsChecklistInARealTerminal: someone who ticks Facebook, moves to
// Instagram and presses Enter, then Enter again, goes on with both (only
// then the question whether they are linked comes). The question says how
// to tick, and at 60x18 the help line still has Enter, the space bar and
// the arrows.
func TestAppsChecklistInARealTerminal(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	for _, size := range [][2]int{{80, 24}, {60, 18}} {
		term := startProgram(t, size[0], size[1], screenEnv(t), "--no-browser")
		walkToTheApps(term, g)
		screen := term.waitFor("[ ] " + g.App("facebook").Name)
		help := helpBlock(screen)
		for _, want := range []string{"Enter " + nl.T("keys.tick"), nl.T("keys.arrows") + " "} {
			if !strings.Contains(help, want) {
				t.Errorf("at %v the help line misses %q:\n%s", size, want, shown(screen))
			}
		}
		if size[0] == 80 && !strings.Contains(normalise(screen), normalise(nl.T("apps.how_to_tick", i18n.Data{"Done": nl.T("apps.done")}))) {
			t.Errorf("the question does not say how to tick:\n%s", shown(screen))
		}
		term.keys("Enter")
		screen = term.waitFor("[x] " + g.App("facebook").Name)
		if want := nl.T("keys.space") + " " + nl.T("keys.untick"); !strings.Contains(helpBlock(screen), want) {
			t.Errorf("at %v on a ticked app the help line does not say %q:\n%s", size, want, shown(screen))
		}
		if strings.Contains(screen, nl.T("page.more_below")) && !strings.Contains(helpBlock(screen), nl.T("keys.pages")) {
			t.Errorf("at %v the question does not fit, and the help line does not say how to read it:\n%s", size, shown(screen))
		}
		term.keys("Down", "Enter")
		term.waitFor("[x] " + g.App("instagram").Name)
		term.pressUntil("Enter", g.Questions[content.QuestionLinked].Title, 5)
	}
}

// TestKioskInARealTerminal: a kiosk left alone on its welcome screen
// never asks "Ben je er nog?"; its help line says what q, Ctrl+C and Esc
// do there. Once a visitor began, a pause asks, with a sentence for help,
// and a key goes on where they were.
func TestKioskInARealTerminal(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	term := startProgram(t, 80, 24, screenEnv(t), "--kiosk", "--idle", "2s", "--no-browser")
	screen := term.waitFor(g.Welcome.Title)
	if want := "q/Ctrl+C/Esc " + nl.T("kiosk.quit_yes_key"); !strings.HasSuffix(helpBlock(screen), want) {
		t.Errorf("the kiosk's first help line does not say %q:\n%s", want, shown(screen))
	}
	// Idle time after idle time: no question.
	if screen, asked := term.waitWithin(5*time.Second, nl.T("kiosk.still_there")); asked {
		t.Fatalf("a kiosk with nothing to forget asks whether someone is there:\n%s", shown(screen))
	}
	term.keys("Enter")
	screen = term.waitFor(g.Explain[0].Title)
	want := nl.T("keys.esc") + " " + nl.T("keys.back") + " · q/Ctrl+C " + nl.T("kiosk.quit_yes_key")
	if !strings.HasSuffix(helpBlock(screen), want) {
		t.Errorf("the kiosk's help line does not say %q:\n%s", want, shown(screen))
	}
	screen = term.waitFor(nl.T("kiosk.still_there"))
	if got := helpBlock(screen); got != nl.T("kiosk.still_there_help") {
		t.Errorf("the prompt's help line is %q, want the sentence %q", got, nl.T("kiosk.still_there_help"))
	}
	term.keys("x")
	term.waitFor(g.Explain[0].Title)
}

// TestSmallWindowInARealTerminal: at 60x18 Enter never skips text that was
// not on screen: the welcome screen's note that the date has passed, and
// every line of every explanation, are shown before the next screen comes,
// and the help line says how to read on.
func TestSmallWindowInARealTerminal(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	term := startProgram(t, 60, 18, screenEnv(t), "--no-browser")
	screen := term.waitFor(g.Welcome.Title)
	help := helpBlock(screen)
	if !strings.Contains(help, nl.T("keys.read_on")) || !strings.Contains(help, nl.T("keys.pages")) {
		t.Errorf("the welcome text does not fit, and the help line does not say how to read on:\n%s", shown(screen))
	}
	lastWords := func(s string) string {
		f := strings.Fields(s)
		return strings.Join(f[max(len(f)-3, 0):], " ")
	}
	seen := normalise(strings.Join(term.pressUntil("Enter", g.Explain[0].Title, 10), " "))
	if !strings.Contains(seen, lastWords(g.Deadline.Note)) {
		t.Errorf("Enter began before the note's end (%q) was on screen", lastWords(g.Deadline.Note))
	}
	for i, p := range g.Explain {
		next := g.Questions[content.QuestionApps].Title
		if i+1 < len(g.Explain) {
			next = g.Explain[i+1].Title
		}
		seen := normalise(strings.Join(term.pressUntil("Enter", next, 10), " "))
		if !strings.Contains(seen, lastWords(p.Body)) {
			t.Errorf("page %d: Enter went on before its last words (%q) were on screen", i+1, lastWords(p.Body))
		}
	}
}

// TestLargeWindowInARealTerminal: at 200x50 the key help stands right
// under the text, not 35 lines below it.
func TestLargeWindowInARealTerminal(t *testing.T) {
	g, _ := content.Load("nl")
	term := startProgram(t, 200, 50, screenEnv(t), "--no-browser")
	term.waitFor(g.Welcome.Title)
	term.keys("Enter")
	screen := term.waitFor(g.Explain[0].Title)
	lines := strings.Split(strings.TrimRight(screen, " \n"), "\n")
	if len(lines) > 35 {
		t.Errorf("the help is on line %d of 50:\n%s", len(lines), shown(screen))
	}
	text := len(lines) - 2
	for text > 0 && strings.TrimSpace(lines[text]) != "" {
		text--
	}
	if strings.TrimSpace(lines[text-1]) == "" {
		t.Errorf("more than one empty line between the text and the help:\n%s", shown(screen))
	}
}

// TestKeysInARealTerminal: Enter on the information page goes on, back
// where the person was, with the cursor on their choice; Backspace and ←
// go back as Esc does; "Meteen naar de vragen" skips the explanations.
func TestKeysInARealTerminal(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	term := startProgram(t, 80, 24, screenEnv(t), "--no-browser")
	term.waitFor(g.Welcome.Title)
	term.keys("Down", "Down", "Down")
	term.waitFor("> " + nl.T("welcome.info"))
	term.keys("Enter")
	screen := term.waitFor(g.Info.Title)
	if strings.Contains(helpBlock(screen), "Enter "+nl.T("keys.back")) {
		t.Errorf("Enter means back on the information page:\n%s", shown(screen))
	}
	term.pressUntil("Enter", "> "+nl.T("welcome.info"), 20)

	term.keys("Up", "Up", "Up", "Enter")
	term.waitFor(g.Explain[0].Title)
	term.keys("Enter")
	term.waitFor(g.Explain[1].Title)
	term.keys("BSpace")
	term.waitFor(g.Explain[0].Title)
	term.keys("Left")
	screen = term.waitFor("> " + nl.T("welcome.begin"))
	if strings.Contains(screen, nl.T("quit.title")) {
		t.Errorf("← on the first explanation asked to stop:\n%s", shown(screen))
	}

	// The quick way: straight to the questions, and back.
	term.keys("Down", "Down")
	term.waitFor("> " + nl.T("welcome.quick"))
	term.keys("Enter")
	term.waitFor(g.Questions[content.QuestionApps].Title)
	term.keys("Escape")
	term.waitFor("> " + nl.T("welcome.quick"))
}

// TestCopyAndPasteInARealTerminal: on the phone the reason step shows the
// reason to type over and copies nothing; an organisation copies its
// letter with c at the step where it may be pasted, and the screen says
// how to paste it.
func TestCopyAndPasteInARealTerminal(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	bin, record := fakeClipboard(t)
	path := "PATH=" + bin + ":/usr/local/bin:/usr/bin:/bin"

	t.Run("phone", func(t *testing.T) {
		term := startProgram(t, 80, 24, screenEnv(t, path), "--no-browser")
		walkToTheApps(term, g)
		term.keys("Enter")
		term.waitFor("[x] " + g.App("facebook").Name)
		term.keys("Enter")
		term.waitFor(g.Questions[content.QuestionWhere].Title)
		term.keys("Down", "Enter")
		steps := g.StepsFor(content.RoutePhone, content.AudiencePerson)
		reason := slices.IndexFunc(steps, func(s content.Step) bool { return s.Action == content.ActionReason })
		for i := range reason {
			term.waitFor(nl.T("step.progress", i18n.Data{"App": "Facebook", "N": i + 1, "Total": len(steps)}))
			term.keys("Enter")
		}
		screen := term.waitFor(nl.T("step.progress", i18n.Data{"App": "Facebook", "N": reason + 1, "Total": len(steps)}))
		if !strings.Contains(normalise(screen), normalise(nl.T("step.type_reason"))) {
			t.Errorf("on the phone the reason step does not say to type it over:\n%s", shown(screen))
		}
		if strings.Contains(helpBlock(screen), nl.T("keys.copy")) {
			t.Errorf("on the phone the reason step offers to copy:\n%s", shown(screen))
		}
		term.keys("c")
		time.Sleep(300 * time.Millisecond)
		if got := clipboardTexts(t, record); len(got) != 0 {
			t.Errorf("c copied %q on the phone route", got)
		}
	})

	t.Run("letter", func(t *testing.T) {
		dir := t.TempDir()
		term := startShell(t, 80, 24, "cd "+shq(dir)+" && "+programLine(screenEnv(t, path), quoteArgs(built(t), "--no-browser")))
		walkToLetter(term, g)
		steps := g.StepsFor(content.RouteComputer, content.AudienceOrganisation)
		letter := slices.IndexFunc(steps, func(s content.Step) bool { return s.Action == content.ActionLetter })
		// Enter reads the rest of the letter, then goes on to the steps.
		term.pressUntil("Enter", nl.T("step.progress_org", i18n.Data{"App": "Facebook", "Account": "facebook.com/gemeentetestdorp", "N": 1, "Total": len(steps)}), 20)
		term.keys("Enter")
		for i := 1; i < letter; i++ {
			term.waitFor(nl.T("step.progress_org", i18n.Data{"App": "Facebook", "Account": "facebook.com/gemeentetestdorp", "N": i + 1, "Total": len(steps)}))
			term.keys("Enter")
		}
		screen := term.waitFor(nl.T("step.progress_org", i18n.Data{"App": "Facebook", "Account": "facebook.com/gemeentetestdorp", "N": letter + 1, "Total": len(steps)}))
		if !strings.Contains(helpBlock(screen), "c "+nl.T("keys.copy_letter")) {
			t.Errorf("the step where the letter may be pasted offers no c:\n%s", shown(screen))
		}
		term.keys("c")
		term.waitFor(nl.T("org.copied", i18n.Data{"Keys": nl.T("keys.paste")}))
		got := waitClipboard(t, record, 1)
		if len(got) != 1 || !strings.Contains(got[0], "Gemeente Testdorp") || !strings.Contains(got[0], "artikel 21") {
			t.Errorf("c gave xclip %q, want the letter", got)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("copying wrote files: %v", entries)
		}
	})
}

// TestStatusLinesInARealTerminal: the form opened, the person goes back
// to the question and chooses again: the step no longer says the form is
// open, and Enter opens it again. The steps printed, the person goes back
// and comes to the done screen again: it no longer says where they are.
func TestStatusLinesInARealTerminal(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	bin, opened := fakeBrowser(t)
	term := startProgram(t, 80, 24, screenEnv(t, "DISPLAY=:0", "PATH="+bin+":/usr/local/bin:/usr/bin:/bin"))
	walkToTheApps(term, g)
	term.keys("Enter")
	term.waitFor("[x] " + g.App("facebook").Name)
	term.keys("Enter")
	term.waitFor(g.Questions[content.QuestionWhere].Title)
	term.keys("Enter")
	term.waitFor(nl.T("keys.open"))
	term.keys("Enter")
	term.waitFor(nl.T("step.opened"))
	term.keys("Escape")
	term.waitFor(g.Questions[content.QuestionWhere].Title)
	term.keys("Enter")
	screen := term.waitFor(nl.T("keys.open"))
	if strings.Contains(normalise(screen), nl.T("step.opened")) {
		t.Errorf("after choosing again the step still says the form is open:\n%s", shown(screen))
	}
	term.keys("Enter")
	term.waitFor(nl.T("step.opened"))
	if got := openedSoFar(t, opened); len(got) != 2 {
		t.Errorf("the form was opened %d times, want twice (once per choice)", len(got))
	}

	steps := g.StepsFor(content.RouteComputer, content.AudiencePerson)
	for i := 1; i <= len(steps); i++ {
		term.keys("Enter")
		if i < len(steps) {
			term.waitFor(nl.T("step.progress", i18n.Data{"App": "Facebook", "N": i + 1, "Total": len(steps)}))
		}
	}
	for _, p := range g.More {
		term.waitFor(p.Title)
		term.keys("Enter")
	}
	term.waitFor("> " + nl.T("done.print"))
	term.keys("Enter")
	// The print language: the screen's stands first.
	term.waitFor("> " + i18n.Name("nl"))
	term.keys("Enter")
	printed := strings.SplitN(nl.T("done.printed_open"), ".", 2)[0]
	term.waitFor(printed)
	term.keys("Escape")
	term.waitFor(g.More[len(g.More)-1].Title)
	term.keys("Enter")
	term.waitFor(g.Done.Title)
	time.Sleep(200 * time.Millisecond)
	if screen := term.screen(false); strings.Contains(normalise(screen), printed) {
		t.Errorf("back on the done screen it still says the steps are open:\n%s", shown(screen))
	}
}

// TestDoneScreenLayoutInARealTerminal: in a kiosk at 60 columns, the
// done screen's long lines wrap under their words, past the mark; an
// organisation's account address is not broken at its slash.
func TestDoneScreenLayoutInARealTerminal(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	bin, _ := fakeBrowser(t)
	term := startProgram(t, 60, 40, screenEnv(t, "DISPLAY=:0", "PATH="+bin+":/usr/local/bin:/usr/bin:/bin"), "--kiosk")
	walkToTheApps(term, g)
	term.keys("Enter")
	term.waitFor("[x] " + g.App("facebook").Name)
	term.keys("Enter")
	term.waitFor(g.Questions[content.QuestionWhere].Title)
	term.keys("Down", "Enter") // this computer, in a kiosk the second
	// Enter opens the form on the first step, then goes on.
	term.keys("Enter")
	term.waitFor(nl.T("step.opened"))
	for range g.StepsFor(content.RouteComputer, content.AudiencePerson) {
		term.keys("Enter")
	}
	for _, p := range g.More {
		term.waitFor(p.Title)
		term.keys("Enter")
	}
	screen := term.waitFor(g.Done.Title)
	lines := strings.Split(screen, "\n")
	wrapped := 0
	for i, l := range lines {
		if !strings.HasPrefix(l, "  ! ") || i+1 >= len(lines) {
			continue
		}
		next := lines[i+1]
		if strings.TrimSpace(next) == "" {
			continue
		}
		wrapped++
		if indent := len(next) - len(strings.TrimLeft(next, " ")); indent != 4 {
			t.Errorf("the log-out line wraps indented %d, want 4 (under its words):\n%s", indent, shown(screen))
		}
	}
	if wrapped == 0 {
		t.Errorf("no wrapped log-out line on the kiosk's done screen at 60 columns:\n%s", shown(screen))
	}

	// An organisation with a long account address.
	term = startProgram(t, 60, 40, screenEnv(t), "--no-browser")
	term.waitFor(g.Welcome.Title)
	term.keys("Down", "Enter")
	term.pressUntil("Enter", g.Organisation.Form.Org, 5)
	account := "facebook.com/gemeentetestdorp-en-omstreken"
	for _, typed := range []string{"Gemeente Testdorp", account, "", "", ""} {
		if typed != "" {
			term.keys("-l", typed)
			term.waitFor("> " + typed)
		}
		term.keys("Enter")
	}
	// The letter's subject, not its title: the advice before it says
	// "De brief" too.
	term.pressUntil("Enter", g.Organisation.Letter.Subject, 5)
	steps := g.OrgSteps(content.KindPublic)
	for i := range steps {
		progress := nl.T("step.progress_org", i18n.Data{"App": "Facebook", "Account": account, "N": i + 1, "Total": len(steps)})
		if i == 0 {
			// Enter reads the rest of the letter first.
			term.pressUntil("Enter", progress, 20)
		} else {
			term.keys("Enter")
		}
		screen := term.waitFor(progress)
		for _, l := range strings.Split(screen, "\n") {
			if (strings.Contains(l, "gemeentetestdorp") || strings.Contains(l, "omstreken")) && !strings.Contains(l, account) {
				t.Errorf("step %d breaks the account address: %q\n%s", i+1, l, shown(screen))
			}
		}
	}
	term.keys("Enter")
	screen = term.waitFor(g.Done.Title)
	if !strings.Contains(screen, account) {
		t.Errorf("the account address is broken on the done screen:\n%s", shown(screen))
	}
}
