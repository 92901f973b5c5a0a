//go:build unix

package lines

import (
	"errors"
	"os"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// TestKioskIgnoresQuitAndSuspend: in a kiosk Ctrl+\ (SIGQUIT) and Ctrl+Z
// (SIGTSTP) do nothing: the walk stays where it was and goes on.
func TestKioskIgnoresQuitAndSuspend(t *testing.T) {
	g, tr := words(t, "nl")
	l := startLive(t, Options{Kiosk: true, Terminal: true})
	l.typed("1")
	l.waitFor(g.Explain[0].Title)
	l.waitFor(tr.T("lines.prompt_next_kiosk"))
	l.signal(syscall.SIGQUIT)
	l.signal(syscall.SIGTSTP)
	l.typed("")
	l.waitFor(g.Explain[1].Title)
	if strings.Contains(l.out.String(), tr.T("lines.started_over")) {
		t.Error("Ctrl+\\ or Ctrl+Z started the kiosk over")
	}
	l.stillRunning()
}

// TestQuitOutsideAKiosk: outside a kiosk Ctrl+\ stops the walk with its
// signal (exit 131, no goroutine dump); Ctrl+Z, if it comes through, does
// not stop it: suspending is the system's job. Back after fg (SIGCONT),
// the walk says its question again.
func TestQuitOutsideAKiosk(t *testing.T) {
	g, tr := words(t, "nl")
	l := startLive(t, Options{})
	l.typed("1")
	l.waitFor(g.Explain[0].Title)
	l.waitFor(tr.T("acc.prompt_next"))
	l.signal(syscall.SIGTSTP)
	l.signal(syscall.SIGCONT)
	if again := l.waitFor(tr.T("acc.prompt_next")); strings.Contains(again, g.Explain[0].Title) {
		t.Errorf("the whole screen again after SIGCONT, not only its question:\n%s", again)
	}
	l.typed("")
	l.waitFor(g.Explain[1].Title)
	l.signal(syscall.SIGQUIT)
	var stopped *Stopped
	if err := l.result(); !errors.As(err, &stopped) || stopped.Signal != syscall.SIGQUIT {
		t.Fatalf("Run = %v, want Stopped by SIGQUIT", err)
	}
}

// TestSignalsToCatch: outside a kiosk Ctrl+Z is not caught, so the shell
// suspends the program as usual; a kiosk catches it to do nothing.
func TestSignalsToCatch(t *testing.T) {
	has := func(s []os.Signal, sig syscall.Signal) bool { return slices.Contains(s, os.Signal(sig)) }
	if s := Signals(false); has(s, syscall.SIGTSTP) || !has(s, syscall.SIGINT) || !has(s, syscall.SIGQUIT) || !has(s, syscall.SIGCONT) {
		t.Errorf("outside a kiosk: %v", s)
	}
	if s := Signals(true); !has(s, syscall.SIGTSTP) || !has(s, syscall.SIGINT) || !has(s, syscall.SIGQUIT) {
		t.Errorf("in a kiosk: %v", s)
	}
}
