//go:build unix

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Signals and the keys Ctrl+Z and Ctrl+\ in every full-screen face,
// through the built program in tmux: the letter's questions stopped from
// outside, SIGQUIT and Ctrl+\ without a goroutine dump, Ctrl+Z and fg from
// a shell with job control, and a kiosk that none of these keys leaves.

// startLogged is startShell, and everything the window receives also goes
// to a file, from the first byte on: the line waits until tmux's pipe-pane
// is in place. The file shows what tmux does not report: focus reports,
// bracketed paste and the keyboard protocols, and text that was drawn and
// then wiped.
func startLogged(t *testing.T, width, height int, line string) (*terminal, string) {
	t.Helper()
	dir := t.TempDir()
	gate, log := filepath.Join(dir, "gate"), filepath.Join(dir, "log")
	term := startShell(t, width, height, "while [ ! -e "+shq(gate)+" ]; do sleep 0.02; done; "+line)
	if out, err := exec.Command("tmux", "pipe-pane", "-t", term.name, "cat > "+shq(log)).CombinedOutput(); err != nil {
		t.Fatalf("pipe-pane: %v: %s", err, out)
	}
	// pipe-pane starts its command in the background: the log file is
	// there once it runs.
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(log); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("tmux's pipe-pane did not start")
		}
	}
	if err := os.WriteFile(gate, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return term, log
}

// written is what the window has received so far.
func written(t *testing.T, log string) string {
	t.Helper()
	data, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

var (
	privateMode     = regexp.MustCompile(`\x1b\[\?([0-9;]+)([hl])`)
	kittyPush       = regexp.MustCompile(`\x1b\[>[0-9]*u`)
	kittyPop        = regexp.MustCompile(`\x1b\[<([0-9]*)u`)
	modifyOtherKeys = regexp.MustCompile(`\x1b\[>4(?:;([0-9]+))?m`)
)

// watchedModes are the terminal modes a full-screen program switches on,
// with their names.
var watchedModes = map[int]string{
	25: "cursor hidden", 1004: "focus reports", 2004: "bracketed paste", 1049: "alternate screen",
	1000: "mouse", 1002: "mouse", 1003: "mouse", 1006: "mouse (SGR)",
}

// modesLeftOn reads what a terminal received and returns the modes that it
// left switched on: the cursor hidden, focus reports, bracketed paste, the
// alternate screen, the mouse, modifyOtherKeys, or the kitty keyboard
// protocol pushed more often than popped.
func modesLeftOn(out string) []string {
	last := map[int]string{}
	for _, m := range privateMode.FindAllStringSubmatch(out, -1) {
		for _, p := range strings.Split(m[1], ";") {
			if n, err := strconv.Atoi(p); err == nil {
				last[n] = m[2]
			}
		}
	}
	var on []string
	for n, name := range watchedModes {
		switch {
		case n == 25 && last[n] == "l":
			on = append(on, name)
		case n != 25 && last[n] == "h":
			on = append(on, name)
		}
	}
	pushed := len(kittyPush.FindAllString(out, -1))
	for _, m := range kittyPop.FindAllStringSubmatch(out, -1) {
		n, err := strconv.Atoi(m[1])
		if err != nil {
			n = 1
		}
		pushed -= n
	}
	if pushed > 0 {
		on = append(on, "kitty keyboard protocol")
	}
	if all := modifyOtherKeys.FindAllStringSubmatch(out, -1); len(all) > 0 {
		if v := all[len(all)-1][1]; v != "" && v != "0" {
			on = append(on, "modifyOtherKeys")
		}
	}
	return on
}

// TestModesLeftOnSeesModes: the check above sees each mode a program may
// leave on, and none once it is switched off.
func TestModesLeftOnSeesModes(t *testing.T) {
	on := "\x1b[?1049h\x1b[?25l\x1b[?2004h\x1b[?1004h\x1b[>4;2m\x1b[>1u"
	if got := modesLeftOn(on); len(got) != 6 {
		t.Errorf("modes seen: %v, want 6", got)
	}
	off := on + "\x1b[>4m\x1b[<1u\x1b[?1049l\x1b[?25h\x1b[?2004l\x1b[?1004l"
	if got := modesLeftOn(off); len(got) != 0 {
		t.Errorf("modes seen after they were switched off: %v", got)
	}
}

// checkModesOff fails the test when the terminal was left with a mode on.
func checkModesOff(t *testing.T, log, when string) {
	t.Helper()
	if on := modesLeftOn(written(t, log)); len(on) > 0 {
		t.Errorf("%s, the terminal still has on: %s", when, strings.Join(on, ", "))
	}
}

// readPid waits for a shell to write its pid, and returns it.
func readPid(t *testing.T, file string) int {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		data, err := os.ReadFile(file)
		if err == nil && strings.HasSuffix(string(data), "\n") {
			pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
			if err != nil {
				t.Fatal(err)
			}
			return pid
		}
		if time.Now().After(deadline) {
			t.Fatalf("no pid in %s", file)
		}
	}
}

// pidLine is a shell line that writes the program's pid to file, then runs
// the program in the same process.
func pidLine(file string, args ...string) string {
	return "sh -c " + shq("echo $$ > "+shq(file)+"; exec "+quoteArgs(args...))
}

// dumped are the words of a Go goroutine dump.
var dumped = regexp.MustCompile(`goroutine \d+|SIGQUIT: quit|runtime\.|\.go:\d+`)

// TestLetterStoppedFromOutside: the letter's questions, stopped from
// outside (SIGTERM, SIGHUP) while the person types, write nothing (no file
// with -o, no letter on the screen without it), give the terminal back as
// it was, say that the program stopped, and exit with 128 + the signal.
func TestLetterStoppedFromOutside(t *testing.T) {
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	said := i18n.MustNew("nl").T("app.stopped")
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		for _, toFile := range []bool{true, false} {
			name := fmt.Sprintf("%v, letter to the screen", sig)
			if toFile {
				name = fmt.Sprintf("%v, letter to a file", sig)
			}
			t.Run(name, func(t *testing.T) {
				dir := t.TempDir()
				pidFile, out := filepath.Join(dir, "pid"), filepath.Join(dir, "brief.txt")
				env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + dir}
				args := []string{built(t), "letter"}
				if toFile {
					args = append(args, "-o", out)
				}
				term, log := startLogged(t, 80, 24, programLine(env, pidLine(pidFile, args...)))
				term.waitFor(g.Organisation.Form.Org)
				term.keys("Enter", "-l", "Gemeente Testdorp")
				term.waitFor("> Gemeente Testdorp")

				if err := syscall.Kill(readPid(t, pidFile), sig); err != nil {
					t.Fatal(err)
				}
				code := term.stopped(5*time.Second, said)
				if code < 0 {
					t.Fatalf("the letter's questions did not stop on %v:\n%s", sig, shown(term.screen(false)))
				}
				if code != 128+int(sig) {
					t.Errorf("exit %d after %v, want %d", code, sig, 128+int(sig))
				}
				if !strings.Contains(term.screen(false), said) {
					t.Errorf("no sentence after %v:\n%s", sig, shown(term.screen(false)))
				}
				if _, err := os.Stat(out); !os.IsNotExist(err) {
					t.Errorf("a letter was written after %v: %v", sig, err)
				}
				all := written(t, log)
				for _, text := range []string{g.Organisation.Letter.Closing, g.Organisation.Advice.Title} {
					if strings.Contains(all, text) {
						t.Errorf("after %v the terminal received %q: a letter was made", sig, text)
					}
				}
				checkModesOff(t, log, fmt.Sprintf("after %v", sig))
			})
		}
	}
}

// TestQuitWithoutDump: SIGQUIT from outside and Ctrl+\ stop the wizard and
// the letter's questions as SIGTERM does, with exit 131 (128 + SIGQUIT)
// and never a goroutine dump.
func TestQuitWithoutDump(t *testing.T) {
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	said := i18n.MustNew("nl").T("app.stopped")
	for _, c := range []struct {
		name   string
		args   []string
		screen string
		key    bool // Ctrl+\, else kill -QUIT
	}{
		{"wizard, kill -QUIT", []string{"--no-browser"}, g.Welcome.Title, false},
		{`wizard, Ctrl+\`, []string{"--no-browser"}, g.Welcome.Title, true},
		{"letter, kill -QUIT", []string{"letter"}, g.Organisation.Form.Org, false},
		{`letter, Ctrl+\`, []string{"letter"}, g.Organisation.Form.Org, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			pidFile := filepath.Join(dir, "pid")
			env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + dir}
			term, log := startLogged(t, 80, 24, programLine(env, pidLine(pidFile, append([]string{built(t)}, c.args...)...)))
			term.waitFor(c.screen)
			pid := readPid(t, pidFile)
			if c.key {
				term.keys(`C-\`)
			} else if err := syscall.Kill(pid, syscall.SIGQUIT); err != nil {
				t.Fatal(err)
			}
			code := term.stopped(5*time.Second, said)
			if code < 0 {
				t.Fatalf("did not stop:\n%s", shown(term.screen(false)))
			}
			if code != 131 {
				t.Errorf("exit %d, want 131 (128 + SIGQUIT)", code)
			}
			if all := written(t, log); dumped.MatchString(all) {
				t.Errorf("a goroutine dump reached the terminal:\n%s", shown(term.screen(false)))
			}
			checkModesOff(t, log, "after it stopped")
		})
	}
}

// shellEnv is the environment of an interactive bash for these tests:
// no bracketed paste of its own (it would hide the program's), and a
// short prompt.
func shellEnv(t *testing.T) []string {
	t.Helper()
	inputrc := filepath.Join(t.TempDir(), "inputrc")
	if err := os.WriteFile(inputrc, []byte("set enable-bracketed-paste off\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "TERM=xterm-256color",
		"LANG=nl_NL.UTF-8", "INPUTRC=" + inputrc, "PS1=$ "}
}

// startBash starts an interactive bash, with job control, in tmux.
func startBash(t *testing.T) (*terminal, string) {
	t.Helper()
	needTool(t, "bash", "apt-get install bash")
	quoted := make([]string, 0)
	for _, e := range shellEnv(t) {
		quoted = append(quoted, shq(e))
	}
	term, log := startLogged(t, 80, 24, "exec env -i "+strings.Join(quoted, " ")+" bash --norc --noprofile -i")
	term.waitFor("$")
	return term, log
}

// shellReads types a command into the shell and waits for its answer: the
// shell has the terminal, reads lines, and echoes them. Each call's answer
// is new, so that an earlier one on the screen does not count.
func shellReads(t *testing.T, term *terminal, when string) {
	t.Helper()
	marks++
	term.keys("-l", fmt.Sprintf("echo klaar-$((6*7))-%d", marks), "Enter")
	if _, ok := term.waitWithin(5*time.Second, fmt.Sprintf("klaar-42-%d", marks)); !ok {
		t.Fatalf("%s the shell does not read what is typed:\n%s", when, shown(term.screen(false)))
	}
}

var marks int

// atPrompt waits until the program has left its screen for the shell's,
// and checks that the shell has a normal screen: the alternate screen
// left, the cursor shown, the modes off, and lines read with their echo.
func atPrompt(t *testing.T, term *terminal, log, when string) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); term.paneModes()["alternate_on"] != "0"; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s the program did not give the screen back:\n%s", when, shown(term.screen(false)))
		}
	}
	shellReads(t, term, when)
	if !strings.Contains(term.screen(false), "Stopped") {
		t.Errorf("%s the shell does not say the program waits in the background:\n%s", when, shown(term.screen(false)))
	}
	if got := term.paneModes(); got["cursor_flag"] != "1" {
		t.Errorf("%s the cursor is hidden at the shell's prompt", when)
	}
	checkModesOff(t, log, when)
}

// backAndWorking brings the program back with fg, and checks that it
// draws its screen anew (nothing the shell wrote is left on it) and reads
// keys again: an arrow moves the menu's cursor, and no key reaches the
// screen as text.
func backAndWorking(t *testing.T, term *terminal, welcome, first, second, when string) {
	t.Helper()
	term.keys("-l", "fg", "Enter")
	term.waitFor(welcome)
	to, arrow := second, "Down"
	if strings.Contains(normalise(term.screen(false)), "> "+second) {
		to, arrow = first, "Up"
	}
	term.keys(arrow)
	s, ok := term.waitWithin(5*time.Second, "> "+to)
	if !ok {
		t.Fatalf("%s, fg brought the program back, but the arrow keys do nothing:\n%s", when, shown(s))
	}
	if got := term.paneModes(); got["alternate_on"] != "1" {
		t.Errorf("%s, the program is back but not on its own screen", when)
	}
	if strings.Contains(s, "^[") || strings.Contains(s, "[B") || strings.Contains(s, "[A") {
		t.Errorf("%s, keys reach the screen as text:\n%s", when, shown(s))
	}
	if strings.Contains(s, "klaar") || strings.Contains(s, "Stopped") {
		t.Errorf("%s, the program's screen was not drawn anew:\n%s", when, shown(s))
	}
}

// TestSuspendAndResume: from a shell with job control, Ctrl+Z, SIGTSTP
// from outside, and SIGSTOP (which no program sees) each leave the shell a
// normal screen; fg brings the wizard back drawn anew, with its keys
// working.
func TestSuspendAndResume(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	first, second := nl.T("welcome.begin"), nl.T("welcome.organisation")
	term, log := startBash(t)
	pidFile := filepath.Join(t.TempDir(), "pid")
	term.keys("-l", pidLine(pidFile, built(t), "--no-browser"), "Enter")
	term.waitFor(g.Welcome.Title)
	pid := readPid(t, pidFile)

	term.keys("C-z")
	atPrompt(t, term, log, "after Ctrl+Z")
	backAndWorking(t, term, g.Welcome.Title, first, second, "after Ctrl+Z")

	if err := syscall.Kill(pid, syscall.SIGTSTP); err != nil {
		t.Fatal(err)
	}
	atPrompt(t, term, log, "after SIGTSTP")
	backAndWorking(t, term, g.Welcome.Title, first, second, "after SIGTSTP")

	// SIGSTOP cannot be caught: the shell writes over the program's screen
	// and may change the terminal's modes. SIGCONT (fg) makes the program
	// take its terminal again.
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	if _, ok := term.waitWithin(5*time.Second, "Stopped"); !ok {
		t.Fatalf("the shell did not see SIGSTOP:\n%s", shown(term.screen(false)))
	}
	shellReads(t, term, "after SIGSTOP")
	backAndWorking(t, term, g.Welcome.Title, first, second, "after SIGSTOP")

	term.keys("q")
	term.waitFor(nl.T("quit.title"))
	term.keys("j")
	for deadline := time.Now().Add(5 * time.Second); len(modesLeftOn(written(t, log))) > 0; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			checkModesOff(t, log, "after the wizard ended")
			break
		}
	}
}

// TestKioskIgnoresJobKeys: in a kiosk, Ctrl+Z and Ctrl+\ do nothing at
// all, even from a shell with job control; SIGQUIT from outside (the
// librarian, the system) stops it as SIGTERM does.
func TestKioskIgnoresJobKeys(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	term, log := startBash(t)
	pidFile := filepath.Join(t.TempDir(), "pid")
	term.keys("-l", pidLine(pidFile, built(t), "--kiosk", "--no-browser")+"; echo EXIT=$?", "Enter")
	term.waitFor(g.Welcome.Title)
	pid := readPid(t, pidFile)

	second := nl.T("welcome.organisation")
	term.keys("C-z", `C-\`, "C-z", `C-\`)
	// Keys are read in order: once Down has moved the cursor, the keys
	// before it have been read, and did nothing.
	term.keys("Down")
	if _, ok := term.waitWithin(5*time.Second, "> "+second); !ok {
		t.Fatalf("after Ctrl+Z and Ctrl+\\ the kiosk does not answer:\n%s", shown(term.screen(false)))
	}
	s := term.screen(false)
	if strings.Contains(s, "Stopped") || strings.Contains(s, "EXIT=") || !strings.Contains(s, g.Welcome.Title) {
		t.Errorf("Ctrl+Z or Ctrl+\\ left the kiosk:\n%s", shown(s))
	}
	if got := term.paneModes(); got["alternate_on"] != "1" {
		t.Errorf("the kiosk is no longer on its own screen")
	}

	if err := syscall.Kill(pid, syscall.SIGQUIT); err != nil {
		t.Fatal(err)
	}
	// The shell's line with the code: the typed line shows "EXIT=$?".
	s, ok := term.waitWithin(5*time.Second, "EXIT=131")
	if !ok {
		t.Fatalf("the kiosk did not stop on SIGQUIT with exit 131:\n%s", shown(s))
	}
	if !strings.Contains(s, nl.T("app.stopped")) {
		t.Errorf("after SIGQUIT, no sentence:\n%s", shown(s))
	}
	if dumped.MatchString(written(t, log)) {
		t.Errorf("a goroutine dump reached the terminal:\n%s", shown(s))
	}
	checkModesOff(t, log, "after SIGQUIT")
}

// TestCtrlZWithoutAShell: a program that a terminal window started itself
// (as a desktop icon does) has no shell that could bring it back: Ctrl+Z
// does nothing there, rather than leave a window that answers no key.
// setsid gives the program a session of its own on the terminal: tmux
// would continue a stopped program that it started itself, which a
// terminal window does not.
func TestCtrlZWithoutAShell(t *testing.T) {
	needTool(t, "setsid", "apt-get install util-linux")
	nl := i18n.MustNew("nl")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir()}
	term := startShell(t, 80, 24, programLine(env, "setsid --ctty --wait "+quoteArgs(built(t), "--no-browser")))
	if s, ok := term.waitWithin(10*time.Second, g.Welcome.Title); !ok {
		msg := "setsid could not give the program the terminal:\n" + shown(s)
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	term.keys("C-z", "Down")
	s, ok := term.waitWithin(5*time.Second, "> "+nl.T("welcome.organisation"))
	if !ok {
		t.Fatalf("after Ctrl+Z without a shell the program answers no key:\n%s", shown(s))
	}
	if got := term.paneModes(); got["alternate_on"] != "1" {
		t.Errorf("after Ctrl+Z without a shell the program left its screen:\n%s", shown(s))
	}
}
