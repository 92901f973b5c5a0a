package main

import (
	"os"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Walks through the line-by-line mode that check what the done screen and
// the steps claim, against what the person chose (issue 10, points 1, 4
// and 5): the answers are typed into a pipe, as a screen reader's user
// types them.

// lineWalk types the answers of a person's walk: begin, read the
// explanations, choose apps (numbers), a route, and Enter through every
// page until the done screen, where it stops.
func lineWalk(t *testing.T, g *content.Guide, apps, route string, pages int) string {
	t.Helper()
	input := []string{"1"}
	for range g.Explain {
		input = append(input, "")
	}
	input = append(input, apps)
	if route != "" {
		input = append(input, route)
	}
	for range pages {
		input = append(input, "")
	}
	input = append(input, "4") // the done screen's last choice: stop
	stdin := strings.Join(input, "\n") + "\n"
	code, out, errOut := runBuilt(t, []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}, &stdin, "--accessible", "--no-browser")
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	return out
}

// doneScreen is the part of the output from the done screen's title on.
func doneScreen(t *testing.T, out string, g *content.Guide) string {
	t.Helper()
	i := strings.LastIndex(out, "\n"+g.Done.Title+"\n")
	if i < 0 {
		t.Fatalf("the walk never reached the done screen:\n%s", out)
	}
	return out[i:]
}

// TestThreadsOnlyGetsInstagramsSteps: everyone with Threads has an
// Instagram account (FACTS T1), so a person who ticks only Threads is
// walked through Instagram's objection, told why, and the done screen
// says that it is not sure this covers Threads.
func TestThreadsOnlyGetsInstagramsSteps(t *testing.T) {
	g, _ := content.Load("nl")
	nl := i18n.MustNew("nl")
	ig, threads := g.App("instagram"), g.App("threads")
	steps := g.StepsFor(content.RouteApp, content.AudiencePerson)
	// Threads is the fifth app; the route in the app is the third.
	out := lineWalk(t, g, "5", "3", len(steps)+len(g.More)+1)
	for _, want := range []string{
		nl.T("step.progress", i18n.Data{"App": ig.Name, "N": 1, "Total": len(steps)}),
		nl.T("step.progress", i18n.Data{"App": ig.Name, "N": len(steps), "Total": len(steps)}),
		ig.Menu[0],
		threads.Page.Title,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("a walk with only Threads misses %q:\n%s", want, out)
		}
	}
	if want := nl.T("step.via", i18n.Data{"App": ig.Name, "Via": threads.Name}); !strings.Contains(normalise(out), want) {
		t.Errorf("the first Instagram step does not say why: %q", want)
	}
	done := normalise(doneScreen(t, out, g))
	for _, want := range []string{
		ig.Name + ": " + nl.T("done.walked"),
		threads.Name + ": " + nl.T("done.via", i18n.Data{"App": ig.Name}),
		normalise(g.Done.Objected),
	} {
		if !strings.Contains(done, want) {
			t.Errorf("the done screen misses %q:\n%s", want, done)
		}
	}
}

// TestWhatsAppOnlyIsNotToldToKeepAConfirmation: a person with only
// WhatsApp made no objection: no confirmation to keep, no log-out, on the
// done screen or the screen before it.
func TestWhatsAppOnlyIsNotToldToKeepAConfirmation(t *testing.T) {
	g, _ := content.Load("nl")
	nl := i18n.MustNew("nl")
	out := lineWalk(t, g, "3", "", 1+len(g.More))
	done := doneScreen(t, out, g)
	if !strings.Contains(done, g.App("whatsapp").Name+": "+nl.T("done.read")) {
		t.Errorf("the done screen does not say WhatsApp's page was read:\n%s", done)
	}
	for _, wrong := range []string{normalise(g.Done.Objected), "bevestiging", "Log uit", "log dan", "uitloggen"} {
		if strings.Contains(normalise(out[strings.Index(out, g.App("whatsapp").Page.Title):]), wrong) {
			t.Errorf("after WhatsApp's page, the walk says %q, though nothing was objected:\n%s", wrong, out)
		}
	}
}

// TestRecogniseDescribesEachApp: "I don't know" shows what each app's
// picture looks like, each in its own words (not "the name under the app
// is ..." five times), and what to do next; the linked question says what
// linked means and where to see it (issue 10, point 17).
func TestRecogniseDescribesEachApp(t *testing.T) {
	g, _ := content.Load("nl")
	// "I don't know" is the last option.
	out := normalise(lineWalk(t, g, "6", "3", 0))
	seen := map[string]bool{}
	for _, app := range g.Apps {
		line := app.Name + ": " + app.Recognise
		if !strings.Contains(out, normalise(line)) {
			t.Errorf("the recognise screen does not describe %s: %q", app.Name, line)
		}
		if seen[app.Recognise] || strings.Contains(app.Recognise, app.Name) {
			t.Errorf("%s is described by its name, or like another app: %q", app.Name, app.Recognise)
		}
		seen[app.Recognise] = true
	}
	if !strings.Contains(out, normalise(g.Recognise.Next)) {
		t.Errorf("the recognise screen does not say what to do next: %q", g.Recognise.Next)
	}
	linked := g.Questions[content.QuestionLinked].Help
	for _, word := range []string{"Gekoppeld betekent", "Accountcentrum", "Instellingen"} {
		if !strings.Contains(linked, word) {
			t.Errorf("the linked question's help does not explain %q: %q", word, linked)
		}
	}
	// Facebook and Instagram: the linked question, with that help.
	if out := normalise(lineWalk(t, g, "1,2", "3", 0)); !strings.Contains(out, normalise(linked)) {
		t.Errorf("the linked question does not show its help:\n%s", out)
	}
}

// TestLogOutReminderStaysInARealTerminal: a form opened in this computer's
// browser leaves the person logged in there, whatever they choose after:
// back to the question and the phone chosen, the done screen still asks
// to log out (issue 10, point 5), outside a kiosk too.
func TestLogOutReminderStaysInARealTerminal(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	fb := g.App("facebook")
	bin, opened := fakeBrowser(t)
	term := startProgram(t, 80, 24, screenEnv(t, "DISPLAY=:0", "PATH="+bin+":/usr/local/bin:/usr/bin:/bin"))
	walkToTheApps(term, g)
	term.keys("Enter")
	term.waitFor("[x] " + fb.Name)
	term.keys("Enter")
	term.waitFor(g.Questions[content.QuestionWhere].Title)
	term.keys("Enter") // on this computer
	term.waitFor(nl.T("keys.open"))
	term.keys("Enter")
	term.waitFor(nl.T("step.opened"))
	if got := openedSoFar(t, opened); len(got) != 1 {
		t.Fatalf("opened %v, want the form once", got)
	}
	// Back, and the phone instead.
	term.keys("Escape")
	term.waitFor(g.Questions[content.QuestionWhere].Title)
	term.keys("Down", "Enter")
	steps := g.StepsFor(content.RoutePhone, content.AudiencePerson)
	term.waitFor(nl.T("step.progress", i18n.Data{"App": fb.Name, "N": 1, "Total": len(steps)}))
	screen := term.pressUntil("Enter", g.Done.Title, 3*(len(steps)+len(g.More)))
	done := normalise(screen[len(screen)-1])
	if want := nl.T("done.log_out", i18n.Data{"Apps": fb.Name}); !strings.Contains(done, normalise(want)) {
		t.Errorf("the done screen no longer asks to log out after the form was opened here:\n%s", shown(screen[len(screen)-1]))
	}
}

// TestOnlyWhatsAppInARealTerminal: the wizard's done screen for a person
// with only WhatsApp claims no objection, and the screen before it does
// not ask to log out of Facebook and Instagram (issue 10, point 4).
func TestOnlyWhatsAppInARealTerminal(t *testing.T) {
	g, _ := content.Load("nl")
	term := startProgram(t, 80, 24, screenEnv(t))
	walkToTheApps(term, g)
	term.keys("Down", "Down", "Enter") // WhatsApp
	term.waitFor("[x] " + g.App("whatsapp").Name)
	term.keys("Enter")
	seen := term.pressUntil("Enter", g.Done.Title, 10)
	all := normalise(strings.Join(seen, " "))
	for _, wrong := range []string{"bevestiging", "Log uit", "Log in de browser uit", normalise(g.Done.Objected)} {
		if strings.Contains(all, wrong) {
			t.Errorf("with only WhatsApp the walk says %q:\n%s", wrong, shown(seen[len(seen)-1]))
		}
	}
	if !strings.Contains(normalise(seen[len(seen)-1]), normalise(g.Done.Body)) {
		t.Errorf("the done screen does not close with the words for a walk without an objection:\n%s", shown(seen[len(seen)-1]))
	}
}

// TestOnlyThreadsInARealTerminal: in the wizard, ticking only Threads
// leads through Instagram's steps, says why, and the done screen says it
// is not sure this covers Threads (issue 10, point 1).
func TestOnlyThreadsInARealTerminal(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	ig, threads := g.App("instagram"), g.App("threads")
	term := startProgram(t, 80, 24, screenEnv(t), "--no-browser")
	walkToTheApps(term, g)
	term.keys("Down", "Down", "Down", "Down", "Enter") // Threads
	term.waitFor("[x] " + threads.Name)
	term.keys("Enter")
	term.waitFor(g.Questions[content.QuestionWhere].Title)
	term.keys("Down", "Enter") // the phone
	steps := g.StepsFor(content.RoutePhone, content.AudiencePerson)
	screen := term.waitFor(nl.T("step.progress", i18n.Data{"App": ig.Name, "N": 1, "Total": len(steps)}))
	if want := nl.T("step.via", i18n.Data{"App": ig.Name, "Via": threads.Name}); !strings.Contains(normalise(screen), normalise(want)[:40]) {
		t.Errorf("the first Instagram step does not say why:\n%s", shown(screen))
	}
	seen := term.pressUntil("Enter", g.Done.Title, 4*(len(steps)+len(g.More)+1))
	done := normalise(seen[len(seen)-1])
	if want := threads.Name + ": " + nl.T("done.via", i18n.Data{"App": ig.Name}); !strings.Contains(done, want) {
		t.Errorf("the done screen misses %q:\n%s", want, shown(seen[len(seen)-1]))
	}
}
