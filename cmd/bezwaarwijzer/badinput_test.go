package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/wizard"
)

// runBuilt runs the built program with exactly the environment env, stdin
// from stdin (nil: /dev/null), and returns its exit code and output.
func runBuilt(t *testing.T, env []string, stdin *string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(built(t), args...)
	cmd.Env = env
	if stdin != nil {
		cmd.Stdin = strings.NewReader(*stdin) // a pipe
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatalf("%v: %v", args, err)
	}
	return code, out.String(), errOut.String()
}

// TestBadInputThroughTheProgram: every mistake a person or a volunteer can
// make on the command line, and every place the program cannot write to,
// through the built program in a Dutch environment. Each gives the right
// exit code, one clear Dutch sentence on standard error, nothing on
// standard output, and no Go error or panic.
func TestBadInputThroughTheProgram(t *testing.T) {
	built(t)
	nl := i18n.MustNew("nl")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, app := range g.FormApps() {
		ids = append(ids, app.ID)
	}
	known := nl.Or(ids)

	dir := t.TempDir()
	missing := filepath.Join(dir, "bestaat-niet")
	aFile := filepath.Join(dir, "een-bestand")
	if err := os.WriteFile(aFile, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	pipe := "1\n"

	type want struct {
		code int
		// messages are the sentences one of which standard error must be;
		// word is a Dutch word from it, so a message in English fails.
		messages []string
		word     string
	}
	cases := []struct {
		name  string
		args  []string
		stdin *string
		want  want
		// notMade is a path that must not exist afterwards.
		notMade string
		// linux marks a case that needs Linux's /sys, /proc or /dev/full.
		linux bool
	}{
		{name: "unknown flag", args: []string{"--frobnicate"},
			want: want{exitUsage, []string{nl.T("error.unknown_flag", i18n.Data{"Flag": "--frobnicate"})}, "ken ik niet"}},
		{name: "bad --lang", args: []string{"--lang", "de"},
			want: want{exitUsage, []string{nl.T("error.unknown_lang", i18n.Data{"Lang": "de", "Known": nl.Or(i18n.Languages)})}, "taal"}},
		{name: "bad --now", args: []string{"--now", "gisteren"},
			want: want{exitUsage, []string{nl.T("error.bad_now", i18n.Data{"Value": "gisteren"})}, "kan ik niet lezen"}},
		{name: "unknown platform", args: []string{"open", "tiktok"},
			want: want{exitUsage, []string{nl.T("error.unknown_platform", i18n.Data{"Platform": "tiktok", "Known": known})}, "ken ik niet"}},

		{name: "handout into a missing folder", args: []string{"handout", "-o", filepath.Join(missing, "stappen.html")},
			want:    want{exitFail, []string{nl.T("error.no_such_dir", i18n.Data{"Dir": missing})}, "bestaat niet"},
			notMade: missing},
		// The tests run as root here, where folder permissions stop
		// nothing. These places refuse a new file even to root:
		//
		// - /sys is sysfs, a window on the kernel's objects: its folders
		//   have no way to make a file (EACCES), or it is mounted
		//   read-only, as in most containers (EROFS).
		{name: "handout into /sys", args: []string{"handout", "-o", "/sys/stappen.html"},
			want: want{exitFail, []string{
				nl.T("error.no_permission", i18n.Data{"Dir": "/sys"}),
				nl.T("error.cannot_write", i18n.Data{"Path": "/sys/stappen.html"}),
			}, "Kies een andere"},
			notMade: "/sys/stappen.html", linux: true},
		// - a file used as a folder: ENOTDIR, whoever asks. The message
		//   names the "folder".
		{name: "handout into a file as folder", args: []string{"handout", "-o", filepath.Join(aFile, "stappen.html")},
			want:  want{exitFail, []string{nl.T("error.dir_is_file", i18n.Data{"Dir": aFile})}, "geen map"},
			linux: true},
		// - /dev/full: a device, which even --force does not replace or
		//   open.
		{name: "handout onto a device", args: []string{"handout", "-o", "/dev/full", "--force"},
			want:  want{exitFail, []string{nl.T("error.file_not_regular", i18n.Data{"Path": "/dev/full"})}, "geen gewoon bestand"},
			linux: true},
		// - /proc is procfs, a window on the running processes: its
		//   folders cannot hold a new file, and open(O_CREAT) says ENOENT,
		//   "no such file or directory", though the folder /proc is there.
		//   The program must not tell the person that /proc does not exist.
		{name: "handout into /proc", args: []string{"handout", "-o", "/proc/stappen.html"},
			want: want{exitFail, []string{
				nl.T("error.no_permission", i18n.Data{"Dir": "/proc"}),
				nl.T("error.cannot_write", i18n.Data{"Path": "/proc/stappen.html"}),
			}, "Kies een andere"},
			linux: true},

		{name: "wizard with stdin from /dev/null", args: nil,
			want: want{exitFail, []string{nl.T("error.no_terminal")}, "terminalvenster"}},
		{name: "wizard with stdin from a pipe", args: nil, stdin: &pipe,
			want: want{exitFail, []string{nl.T("error.no_terminal")}, "terminalvenster"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.linux && runtime.GOOS != "linux" {
				t.Skip("needs Linux's /sys, /proc and /dev/full")
			}
			for _, m := range c.want.messages {
				if !strings.Contains(m, c.want.word) {
					t.Fatalf("the test is wrong: %q is not a word of %q", c.want.word, m)
				}
			}
			env := []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
			code, stdout, stderr := runBuilt(t, env, c.stdin, c.args...)
			if code != c.want.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, c.want.code, stderr)
			}
			said := strings.TrimSpace(stderr)
			matched := false
			for _, m := range c.want.messages {
				matched = matched || said == m
			}
			if !matched {
				t.Errorf("the program says:\n  %s\nwant one of:\n  %s", said, strings.Join(c.want.messages, "\n  "))
			}
			if !strings.Contains(said, c.want.word) {
				t.Errorf("the message has no %q: not the Dutch sentence expected: %s", c.want.word, said)
			}
			if strings.Contains(said, "\n") {
				t.Errorf("more than one line on standard error:\n%s", said)
			}
			if stdout != "" {
				t.Errorf("standard output should be empty after a mistake, it has:\n%s", stdout)
			}
			if goErrors.MatchString(stdout + stderr) {
				t.Errorf("a Go error string reached the person:\n%s%s", stdout, stderr)
			}
			if c.notMade != "" {
				if _, err := os.Stat(c.notMade); err == nil {
					t.Errorf("%s was made", c.notMade)
				}
			}
			if c.args == nil {
				for _, hint := range []string{"bezwaarwijzer text", "bezwaarwijzer --accessible"} {
					if !strings.Contains(said, hint) {
						t.Errorf("the message does not point to %q: %s", hint, said)
					}
				}
			}
		})
	}
}

// TestWizardInATinyWindow: in a window of 30 by 10 the wizard asks for a
// larger one, in Dutch and nothing else, and q then j, or Ctrl+C twice,
// still stop it, leaving a clean shell line. A person who cannot make the
// window larger (a fixed console, a kiosk) must not be stuck.
func TestWizardInATinyWindow(t *testing.T) {
	nl := i18n.MustNew("nl")
	ask := nl.T("window.too_small", i18n.Data{"Width": wizard.MinWidth, "Height": wizard.MinHeight})
	for _, c := range []struct {
		name string
		keys []string
	}{
		{"q then j", []string{"q", "j"}},
		{"Ctrl+C twice", []string{"C-c", "C-c"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir()}
			term := startProgram(t, 30, 10, env, "--no-browser")
			screen := term.waitFor(ask)
			if got := normalise(screen); got != normalise(ask) {
				t.Errorf("the window shows more than the request to make it larger:\n%s", shown(screen))
			}
			for i, l := range strings.Split(screen, "\n") {
				if len([]rune(strings.TrimRight(l, " "))) > 30 {
					t.Errorf("line %d is wider than the window: %q", i+1, l)
				}
			}
			if leftovers.MatchString(screen) {
				t.Errorf("escape sequences on the screen as text:\n%q", shown(screen))
			}

			term.keys(c.keys...)
			code := term.stopped(2 * time.Second)
			if code < 0 {
				t.Fatalf("%s did not stop the wizard in a window too small for it; the screen:\n%s",
					c.name, shown(term.screen(false)))
			}
			if code != 0 {
				t.Errorf("exit %d after stopping, want 0", code)
			}
		})
	}
}
