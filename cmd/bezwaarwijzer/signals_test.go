//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Stopping the wizard from outside, by a signal: the terminal given back,
// the exit code, and a kiosk's printed page forgotten. Unix only: these
// tests send the signals themselves.

// TestWizardStopsOnSIGTERM: when the wizard is told to stop from outside
// (kill, a shutting-down session, a kiosk's supervisor), it gives the
// terminal back as it found it, and its exit code says it was stopped.
func TestWizardStopsOnSIGTERM(t *testing.T) {
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pidFile := filepath.Join(dir, "pid")
	env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir()}
	// sh writes its own pid, then becomes the program: the same process.
	inner := "echo $$ > " + shq(pidFile) + "; exec " + quoteArgs(built(t), "--no-browser")
	term := startShell(t, 80, 24, programLine(env, "sh -c "+shq(inner)))
	term.waitFor(g.Welcome.Title)
	term.keys("Enter")
	term.waitFor(g.Explain[0].Title)

	data, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(pid, syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// It says, in the person's language, that it stopped; nothing else.
	said := i18n.MustNew("nl").T("app.stopped")
	code := term.stopped(5*time.Second, said)
	if code < 0 {
		t.Fatalf("the wizard did not stop on SIGTERM:\n%s", shown(term.screen(false)))
	}
	if !strings.Contains(term.screen(false), said) {
		t.Errorf("no sentence after SIGTERM:\n%s", shown(term.screen(false)))
	}
	t.Logf("exit code after SIGTERM: %d", code)
	// 143 is 128 + 15, SIGTERM's number: what a shell reports for a
	// program that ended by SIGTERM. 0 would tell a script or a kiosk's
	// supervisor that the person finished; 1 that something failed.
	if code != 128+int(syscall.SIGTERM) {
		t.Errorf("exit %d after SIGTERM, want %d (128+SIGTERM): stopped from outside is neither done (0) nor failed (1)",
			code, 128+int(syscall.SIGTERM))
	}
}

// TestKioskForgetsThePrintedPageWhenStopped: a kiosk removes the page it
// printed for a person when it stops, also when it is stopped from
// outside: SIGTERM (kill, a shutdown), SIGHUP (the terminal window is
// closed, the way a visitor leaves a kiosk on Linux) or SIGQUIT (kill
// -QUIT); it exits with 128 + the signal. Nothing of a person may stay on
// a shared laptop (README, "Voor bibliotheken").
func TestKioskForgetsThePrintedPageWhenStopped(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		sig  syscall.Signal
	}{{"SIGTERM", syscall.SIGTERM}, {"SIGHUP", syscall.SIGHUP}, {"SIGQUIT", syscall.SIGQUIT}} {
		t.Run(c.name, func(t *testing.T) {
			sig := c.sig
			tmp := t.TempDir()
			pidFile := filepath.Join(t.TempDir(), "pid")
			env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + tmp}
			inner := "echo $$ > " + shq(pidFile) + "; exec " + quoteArgs(built(t), "--kiosk", "--no-browser")
			term := startShell(t, 80, 24, programLine(env, "sh -c "+shq(inner)))

			term.waitFor(g.Welcome.Title)
			term.keys("Enter")
			for _, p := range g.Explain {
				term.waitFor(p.Title)
				term.keys("Enter")
			}
			term.waitFor(g.Questions[content.QuestionApps].Title)
			term.keys("Space")
			term.waitFor("[x] " + g.App("facebook").Name)
			term.keys("Enter")
			// A kiosk offers the phone first.
			term.waitFor("> " + optionLabel(t, g, content.QuestionWhere, content.RoutePhone))
			term.keys("Enter")
			steps := g.StepsFor(content.RoutePhone, content.AudiencePerson)
			for i := range steps {
				term.waitFor(nl.T("step.progress", i18n.Data{"App": "Facebook", "N": i + 1, "Total": len(steps)}))
				term.keys("Enter")
			}
			for _, p := range g.More {
				term.waitFor(p.Title)
				term.keys("Enter")
			}
			term.waitFor(g.Done.Title)
			term.waitFor("> " + nl.T("done.print"))
			term.keys("Enter")
			term.waitFor("> " + i18n.Name("nl"))
			term.keys("Enter")
			term.waitFor(strings.SplitN(nl.T("done.printed_file", i18n.Data{"Path": ""}), ":", 2)[0])
			pages, _ := filepath.Glob(filepath.Join(tmp, "*"))
			if len(pages) != 1 {
				t.Fatalf("printing made %v in the temporary folder, want 1 page", pages)
			}

			data, err := os.ReadFile(pidFile)
			if err != nil {
				t.Fatal(err)
			}
			pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
			if err != nil {
				t.Fatal(err)
			}
			if err := syscall.Kill(pid, sig); err != nil {
				t.Fatal(err)
			}
			screen, ok := term.waitWithin(5*time.Second, "EXIT=")
			if !ok {
				t.Fatalf("the kiosk did not stop on %s:\n%s", c.name, shown(term.screen(false)))
			}
			if want := fmt.Sprintf("EXIT=%d", 128+int(sig)); !strings.Contains(screen, want) {
				t.Errorf("after %s, want %s:\n%s", c.name, want, shown(screen))
			}
			if _, err := os.Stat(pages[0]); err == nil {
				t.Errorf("after %s the printed page is still there for the next visitor: %s", c.name, pages[0])
			}
		})
	}
}
