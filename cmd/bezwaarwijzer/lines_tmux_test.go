//go:build unix

package main

import (
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The line-by-line mode in a real terminal, as a screen-reader user has
// it: the terminal in its normal (cooked) mode, where Ctrl+C, Ctrl+\ and
// Ctrl+Z become signals and Ctrl+D an end of input.

// history is all the window has shown, its scrollback included, with
// wrapped lines joined and white space made single.
func (term *terminal) history() string {
	term.t.Helper()
	out, err := exec.Command("tmux", "capture-pane", "-p", "-J", "-S", "-", "-t", term.name).Output()
	if err != nil {
		term.t.Fatalf("capture-pane: %v", err)
	}
	return normalise(string(out))
}

// waitCount waits until the window has shown text count times, and fails
// the test when it shows it more often.
func (term *terminal) waitCount(text string, count int, within time.Duration) {
	term.t.Helper()
	text = normalise(text)
	for deadline := time.Now().Add(within); ; time.Sleep(50 * time.Millisecond) {
		n := strings.Count(term.history(), text)
		if n > count {
			term.t.Fatalf("the window shows %q %d times, want %d:\n%s", text, n, count, shown(term.screen(false)))
		}
		if n == count {
			return
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("the window never showed %q %d times (%d):\n%s", text, count, n, shown(term.screen(false)))
		}
	}
}

// linesEnv is a Dutch terminal's environment.
func linesEnv(t *testing.T) []string {
	return []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir()}
}

// TestLinesKioskKeysInATerminal: in a kiosk Ctrl+C and Ctrl+D start over,
// each with one sentence; Ctrl+Z and Ctrl+\ do nothing; no key leaves.
func TestLinesKioskKeysInATerminal(t *testing.T) {
	g, _ := content.Load("nl")
	nl := i18n.MustNew("nl")
	started := nl.T("lines.started_over")
	explain := g.Explain[0].Title
	term := startProgram(t, 80, 50, linesEnv(t), "--accessible", "--kiosk", "--now", "2025-05-20")
	term.waitFor(normalise(nl.T("acc.prompt_number", i18n.Data{"Max": 4})))
	if h := term.history(); strings.Contains(h, "5. "+nl.T("welcome.stop")) {
		t.Errorf("a kiosk offers to stop:\n%s", shown(term.screen(false)))
	}

	term.keys("1", "Enter")
	term.waitCount(explain, 1, 10*time.Second)
	term.keys("C-c")
	term.waitCount(started, 1, 10*time.Second)
	term.waitCount(g.Welcome.Title, 2, 10*time.Second)

	term.keys("1", "Enter")
	term.waitCount(explain, 2, 10*time.Second)
	term.keys("C-d")
	term.waitCount(started, 2, 10*time.Second)
	term.waitCount(g.Welcome.Title, 3, 10*time.Second)

	term.keys("1", "Enter")
	term.waitCount(explain, 3, 10*time.Second)
	term.keys("C-z", `C-\`)
	// They do nothing: the next Enter goes on to the next page, and the
	// kiosk neither started over nor left.
	term.keys("Enter")
	term.waitCount(g.Explain[1].Title, 1, 10*time.Second)
	h := term.history()
	if strings.Count(h, normalise(started)) != 2 || strings.Contains(h, "EXIT=") || strings.Contains(h, "Stopped") {
		t.Errorf("Ctrl+Z or Ctrl+\\ did something in a kiosk:\n%s", shown(term.screen(false)))
	}
	if goErrors.MatchString(h) {
		t.Errorf("Go's text on the screen:\n%s", shown(term.screen(false)))
	}
}

// TestLinesKioskIdleInATerminal: a fresh start is calm, even after --idle;
// once the person has begun, the kiosk asks "Ben je er nog?" after --idle,
// and starts over 30 seconds later. It waits for real: some 40 seconds.
func TestLinesKioskIdleInATerminal(t *testing.T) {
	t.Parallel()
	g, _ := content.Load("nl")
	nl := i18n.MustNew("nl")
	still := nl.T("kiosk.still_there")
	term := startProgram(t, 80, 50, linesEnv(t), "--accessible", "--kiosk", "--idle", "2s", "--now", "2025-05-20")
	term.waitFor(normalise(nl.T("acc.prompt_number", i18n.Data{"Max": 4})))
	calm := func(asked int) {
		t.Helper()
		time.Sleep(3 * time.Second) // longer than --idle
		if n := strings.Count(term.history(), still); n != asked {
			t.Fatalf("the kiosk asked %q on a fresh welcome screen:\n%s", still, shown(term.screen(false)))
		}
	}
	calm(0)
	term.keys("1", "Enter")
	term.waitCount(g.Explain[0].Title, 1, 10*time.Second)
	term.waitCount(still, 1, 10*time.Second)
	term.waitFor(normalise(nl.N("lines.still_there_help", 30, i18n.Data{})))
	term.waitCount(nl.T("lines.started_over"), 1, 45*time.Second)
	term.waitCount(g.Welcome.Title, 2, 10*time.Second)
	calm(1)
}

// TestLinesStopInATerminal: outside a kiosk Ctrl+C and Ctrl+\ stop the
// walk with a sentence and 130 and 131 (no goroutine dump); Ctrl+Z
// suspends it as any program, and after fg it says its question again.
func TestLinesStopInATerminal(t *testing.T) {
	g, _ := content.Load("nl")
	nl := i18n.MustNew("nl")
	for _, c := range []struct {
		key  string
		code string
	}{{"C-c", "EXIT=130"}, {`C-\`, "EXIT=131"}} {
		t.Run(c.key, func(t *testing.T) {
			term := startProgram(t, 80, 50, linesEnv(t), "--accessible", "--now", "2025-05-20")
			term.keys("1", "Enter")
			term.waitFor(g.Explain[0].Title)
			term.keys(c.key)
			term.waitFor(c.code)
			h := term.history()
			if !strings.Contains(h, nl.T("app.stopped")) || goErrors.MatchString(h) || strings.Contains(h, "SIGQUIT") {
				t.Errorf("after %s:\n%s", c.key, shown(term.screen(false)))
			}
		})
	}
	t.Run("C-z", func(t *testing.T) {
		term := startShell(t, 80, 50, programLine(linesEnv(t), "PS1='$ ' bash --norc --noprofile -i"))
		term.waitFor("$")
		term.keys("-l", quoteArgs(built(t), "--accessible", "--now", "2025-05-20"), "Enter")
		term.keys("1", "Enter")
		term.waitFor(g.Explain[0].Title)
		term.keys("C-z")
		term.waitFor("Stopped")
		prompts := strings.Count(term.history(), normalise(nl.T("acc.prompt_next")))
		term.keys("-l", "fg", "Enter")
		term.waitCount(nl.T("acc.prompt_next"), prompts+1, 10*time.Second)
		term.keys("Enter")
		term.waitFor(g.Explain[1].Title)
	})
}
