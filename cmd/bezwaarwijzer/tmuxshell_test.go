package main

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Helpers for the tests that drive the built program in tmux with a shell
// command line of their own (under strace, with its pid written down), and
// for checking what the terminal looks like once it has stopped.

// shq quotes s for the shell.
func shq(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// programLine is the shell line that runs command (already quoted) with
// exactly the environment env, then prints its exit code and keeps the
// window open to be read.
func programLine(env []string, command string) string {
	quoted := make([]string, len(env))
	for i, e := range env {
		quoted[i] = shq(e)
	}
	return "env -i " + strings.Join(quoted, " ") + " " + command + "; echo EXIT=$?; sleep 30"
}

// quoteArgs quotes a program and its arguments for the shell.
func quoteArgs(args ...string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = shq(a)
	}
	return strings.Join(q, " ")
}

// startShell runs a shell line in a new tmux window of the given size.
func startShell(t *testing.T, width, height int, line string) *terminal {
	t.Helper()
	needTool(t, "tmux", "apt-get install tmux")
	name := fmt.Sprintf("bw%d", time.Now().UnixNano())
	var out []byte
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		out, err = exec.Command("tmux", "new-session", "-d", "-s", name,
			"-x", fmt.Sprint(width), "-y", fmt.Sprint(height), line).CombinedOutput()
		if err == nil {
			break
		}
		// When the last test's session was the server's last, the server
		// shuts down as this one starts: "server exited unexpectedly".
		// A moment later a new server starts.
		time.Sleep(200 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("tmux: %v: %s", err, out)
	}
	t.Cleanup(func() {
		_ = exec.Command("tmux", "kill-session", "-t", name).Run()
		serverSettled()
	})
	return &terminal{t: t, name: name}
}

// serverSettled waits, briefly, until the tmux server has either gone (this
// was its last session) or answers with the sessions it still has, so that
// the next test does not start its window on a server that is shutting
// down.
func serverSettled() {
	for deadline := time.Now().Add(time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		out, err := exec.Command("tmux", "list-sessions").CombinedOutput()
		if err == nil || strings.Contains(string(out), "no server running") || strings.Contains(string(out), "error connecting") {
			return
		}
	}
}

// startProgram runs the built program in tmux with exactly the environment
// env, as startTerminal does, but through startShell.
func startProgram(t *testing.T, width, height int, env []string, args ...string) *terminal {
	t.Helper()
	needTool(t, "tmux", "apt-get install tmux")
	return startShell(t, width, height, programLine(env, quoteArgs(append([]string{built(t)}, args...)...)))
}

// normalise puts text on one line with single spaces, as waitFor compares.
func normalise(s string) string { return strings.Join(strings.Fields(s), " ") }

// waitWithin waits at most d for the window to show text; unlike waitFor
// it does not stop the test, so a test can say what went wrong.
func (term *terminal) waitWithin(d time.Duration, text string) (string, bool) {
	term.t.Helper()
	deadline := time.Now().Add(d)
	for {
		s := term.screen(false)
		if strings.Contains(normalise(s), text) {
			return s, true
		}
		if time.Now().After(deadline) {
			return s, false
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// modes are the terminal modes a full-screen program changes, as tmux
// keeps them for the pane, and their values in a fresh terminal.
var modes = map[string]string{
	"alternate_on":        "0", // the alternate screen is left
	"cursor_flag":         "1", // the cursor is visible
	"insert_flag":         "0",
	"keypad_cursor_flag":  "0",
	"keypad_flag":         "0",
	"mouse_any_flag":      "0",
	"mouse_standard_flag": "0",
	"mouse_button_flag":   "0",
	"mouse_sgr_flag":      "0",
	"origin_flag":         "0",
	"wrap_flag":           "1",
}

// paneModes returns what tmux says about the pane's modes.
func (term *terminal) paneModes() map[string]string {
	term.t.Helper()
	var names, format []string
	for name := range modes {
		names = append(names, name)
		format = append(format, "#{"+name+"}")
	}
	out, err := exec.Command("tmux", "display-message", "-p", "-t", term.name, strings.Join(format, " ")).Output()
	if err != nil {
		term.t.Fatalf("display-message: %v", err)
	}
	values := strings.Fields(string(out))
	got := map[string]string{}
	for i, name := range names {
		if i < len(values) {
			got[name] = values[i]
		}
	}
	return got
}

// shown is a screen for a message: without the empty lines at its end.
func shown(screen string) string {
	return strings.TrimRight(screen, " \n")
}

var exitLine = regexp.MustCompile(`(?m)^EXIT=(\d+)\s*$`)

// leftovers are what escape sequences look like when they reach the screen
// as text instead of being understood by the terminal.
var leftovers = regexp.MustCompile(`\x1b|\^\[|\[\?\d+[hl]|\[\?1049|\]0;|\]2;|\[\d+(;\d+)*[mHJK]`)

// stopped waits at most d for the program to stop, and checks that it left
// a clean terminal: the alternate screen left and the modes as they were,
// nothing on the screen but the shell's "EXIT=<code>" line (so no text of
// the wizard and no escape garbage), and that line without colours. It
// returns the exit code, or -1 when the program did not stop.
//
// Lines in said are allowed above the shell's line: what the program said
// as it stopped.
func (term *terminal) stopped(d time.Duration, said ...string) int {
	term.t.Helper()
	t := term.t
	screen, ok := term.waitWithin(d, "EXIT=")
	if !ok {
		return -1
	}
	m := exitLine.FindStringSubmatch(screen)
	if m == nil {
		t.Errorf("the shell's line is not clean after the program stopped:\n%q", shown(screen))
		return -1
	}
	code, _ := strconv.Atoi(m[1])
	var lines []string
	for _, l := range strings.Split(screen, "\n") {
		if l = strings.TrimSpace(l); l != "" && !slices.Contains(said, l) {
			lines = append(lines, l)
		}
	}
	if len(lines) != 1 || strings.TrimSpace(lines[0]) != "EXIT="+m[1] {
		t.Errorf("after the program stopped, the terminal shows more than the shell's line:\n%s", shown(screen))
	}
	if leftovers.MatchString(screen) {
		t.Errorf("escape sequences left on the screen as text:\n%q", shown(screen))
	}
	if escaped := term.screen(true); strings.Contains(escaped, "\x1b") {
		t.Errorf("the shell's line is drawn with attributes the program left set:\n%q", escaped)
	}
	got := term.paneModes()
	for name, want := range modes {
		if got[name] != want {
			t.Errorf("terminal mode %s is %q after the program stopped, want %q", name, got[name], want)
		}
	}
	return code
}

// writeScript writes an executable shell script.
func writeScript(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"+body), 0o755); err != nil {
		t.Fatal(err)
	}
}
