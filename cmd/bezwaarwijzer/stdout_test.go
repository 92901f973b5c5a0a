package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// testdorpFlags are the letter's details as flags, so that it needs no
// questions.
var testdorpFlags = []string{"letter", "--kind", "overheid", "--org", "Gemeente Testdorp", "--accounts", "@testdorp", "--place", "Testdorp"}

// lastLine is the last line a command said: the letter's advice comes
// before it on standard error.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// TestOutputThatCannotBeWritten: standard output to /dev/full, where every
// write fails as on a full disk. Whatever the command, the output is not
// lost without a word: exit 1 and one Dutch sentence on standard error.
func TestOutputThatCannotBeWritten(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("needs Linux's /dev/full")
	}
	bin := built(t)
	want := i18n.MustNew("nl").T("error.cannot_print")
	for _, args := range [][]string{
		testdorpFlags,
		{"open", "facebook", "--no-browser"},
		{"open", "instagram"}, // no DISPLAY: the address and the code are printed
		{"handout"},           // the page is kept in TMPDIR, its place printed
		{"text"},
		{"--help"},
		{"open", "--help"},
		{"--version"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer full.Close()
			cmd := exec.Command(bin, args...)
			cmd.Env = []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
			var errOut bytes.Buffer
			cmd.Stdout, cmd.Stderr = full, &errOut
			err = cmd.Run()
			code := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				code = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != exitFail || lastLine(errOut.String()) != want {
				t.Errorf("exit %d, stderr %q; want exit 1 and %q", code, errOut.String(), want)
			}
			if goErrors.MatchString(errOut.String()) {
				t.Errorf("a Go error reached the person: %s", errOut.String())
			}
		})
	}
}
