package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/browser"
	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/qr/qrtest"
)

// result is what a run of the command line left behind.
type result struct {
	code           int
	stdout, stderr string
	opened         []string
}

// env is an environment for a test run; LANG is empty unless set.
type env map[string]string

// testApp is the program with stubs: environment e, a browser that opens
// nothing (and fails with browserErr), a fixed clock, no terminal, and
// output caught in the buffers.
func testApp(e env, browserErr error, canBrowse bool, stdout, stderr *bytes.Buffer) (*app, *browser.Stub) {
	stub := &browser.Stub{Err: browserErr}
	return &app{
		stdin: strings.NewReader(""), stdout: stdout, stderr: stderr,
		getenv:      func(k string) string { return e[k] },
		clock:       func() time.Time { return time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC) },
		browser:     stub,
		canBrowse:   func() bool { return canBrowse },
		interactive: func() bool { return false },
		environ:     func() []string { return nil },
	}, stub
}

// run runs the command line on testApp.
func run(t *testing.T, e env, browserErr error, canBrowse bool, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	a, stub := testApp(e, browserErr, canBrowse, &stdout, &stderr)
	code := a.run(context.Background(), args)
	return result{code, stdout.String(), stderr.String(), stub.Opened()}
}

// goErrors are pieces of English that only Go, cobra or pflag write: none
// may reach a person.
var goErrors = regexp.MustCompile(`(?i)unknown flag|unknown shorthand|invalid argument|accepts \d+ arg|panic|goroutine|Error:|flag needs|\.go:\d+`)

func TestExitCodesAndMessages(t *testing.T) {
	nl := i18n.MustNew("nl")
	en := i18n.MustNew("en")
	cases := []struct {
		name   string
		env    env
		args   []string
		code   int
		stderr string // a part of the message the person reads
	}{
		{"unknown flag", nil, []string{"--frobnicate"}, exitUsage, nl.T("error.unknown_flag", i18n.Data{"Flag": "--frobnicate"})},
		{"unknown shorthand", nil, []string{"-z"}, exitUsage, nl.T("error.unknown_flag", i18n.Data{"Flag": "-z"})},
		{"unknown flag in English", nil, []string{"--lang", "en", "--frobnicate"}, exitUsage, en.T("error.unknown_flag", i18n.Data{"Flag": "--frobnicate"})},
		{"flag without value", nil, []string{"--now"}, exitUsage, nl.T("error.flag_needs_value", i18n.Data{"Flag": "--now"})},
		{"bad --lang", nil, []string{"--lang", "de"}, exitUsage, `"de"`},
		{"bad --lang names the languages", nil, []string{"--lang=fr"}, exitUsage, nl.Or(i18n.Languages)},
		{"bad --lang in the person's language", env{"LANG": "en_GB.UTF-8"}, []string{"--lang", "de"}, exitUsage, en.T("error.unknown_lang", i18n.Data{"Lang": "de", "Known": en.Or(i18n.Languages)})},
		{"bad --now", nil, []string{"--now", "gisteren"}, exitUsage, nl.T("error.bad_now", i18n.Data{"Value": "gisteren"})},
		{"bad --now date", nil, []string{"--now", "2025-13-40", "open", "facebook"}, exitUsage, "2025-13-40"},
		{"unknown command", nil, []string{"twitter"}, exitUsage, nl.T("error.unknown_command", i18n.Data{"Command": "twitter"})},
		{"unknown platform", nil, []string{"open", "twitter"}, exitUsage, nl.T("error.unknown_platform", i18n.Data{"Platform": "twitter", "Known": "facebook of instagram"})},
		{"unknown platform, Dutch alias", nil, []string{"openen", "tiktok"}, exitUsage, "facebook of instagram"},
		{"open without platform", nil, []string{"open"}, exitUsage, nl.T("error.open_args", i18n.Data{"Known": "facebook of instagram", "App": "facebook"})},
		{"open with two platforms", nil, []string{"open", "facebook", "instagram"}, exitUsage, "facebook of instagram"},
		{"wizard without a terminal", nil, nil, exitFail, nl.T("error.no_terminal")},
		{"wizard without a terminal, English", nil, []string{"--lang", "en"}, exitFail, en.T("error.no_terminal")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.env, nil, true, c.args...)
			if r.code != c.code {
				t.Errorf("exit code %d, want %d; stderr: %s", r.code, c.code, r.stderr)
			}
			if !strings.Contains(r.stderr, c.stderr) {
				t.Errorf("stderr %q does not say %q", r.stderr, c.stderr)
			}
			if goErrors.MatchString(r.stderr + r.stdout) {
				t.Errorf("a Go error string reached the person:\n%s%s", r.stdout, r.stderr)
			}
			if len(r.opened) > 0 {
				t.Errorf("a failed command opened %v", r.opened)
			}
		})
	}
}

func TestOpenOpensTheExactForm(t *testing.T) {
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	for _, app := range g.FormApps() {
		for _, name := range []string{app.ID, strings.ToUpper(app.ID)} {
			t.Run(name, func(t *testing.T) {
				r := run(t, nil, nil, true, "open", name)
				if r.code != exitOK {
					t.Fatalf("exit %d: %s", r.code, r.stderr)
				}
				if !slices.Equal(r.opened, []string{app.Form.String()}) {
					t.Errorf("opened %v, want exactly %s", r.opened, app.Form.String())
				}
				if !strings.Contains(r.stdout, app.Form.String()) {
					t.Errorf("the address is not printed:\n%s", r.stdout)
				}
				if got := decodePrinted(t, r.stdout); got != app.Form.String() {
					t.Errorf("the printed code says %q, want %q", got, app.Form.String())
				}
			})
		}
	}
	t.Run("alias openen", func(t *testing.T) {
		r := run(t, nil, nil, true, "openen", "instagram")
		if r.code != exitOK || !slices.Equal(r.opened, []string{g.App("instagram").Form.String()}) {
			t.Errorf("exit %d, opened %v", r.code, r.opened)
		}
	})
}

func TestOpenWithoutBrowser(t *testing.T) {
	g, _ := content.Load("en")
	fb := g.App("facebook")
	for name, c := range map[string]struct {
		args      []string
		canBrowse bool
	}{
		"--no-browser":  {[]string{"--lang", "en", "open", "facebook", "--no-browser"}, true},
		"no display":    {[]string{"--lang", "en", "open", "facebook"}, false},
		"flag in front": {[]string{"--no-browser", "--lang", "en", "open", "facebook"}, true},
	} {
		t.Run(name, func(t *testing.T) {
			r := run(t, nil, nil, c.canBrowse, c.args...)
			if r.code != exitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if len(r.opened) != 0 {
				t.Errorf("opened %v", r.opened)
			}
			for _, want := range append([]string{fb.Form.String(), "712 876 720 715 583"}, fb.Menu...) {
				if !strings.Contains(r.stdout, want) {
					t.Errorf("stdout misses %q:\n%s", want, r.stdout)
				}
			}
			if got := decodePrinted(t, r.stdout); got != fb.Form.String() {
				t.Errorf("the printed code says %q, want %q", got, fb.Form.String())
			}
		})
	}
}

func TestOpenWhenTheBrowserFails(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	r := run(t, nil, errors.New("exec: \"xdg-open\": executable file not found"), true, "open", "instagram")
	if r.code != exitFail {
		t.Errorf("exit %d, want %d", r.code, exitFail)
	}
	if !strings.Contains(r.stdout, g.App("instagram").Form.String()) || !strings.Contains(r.stdout, g.App("instagram").Menu[0]) {
		t.Errorf("no address or route to fall back on:\n%s", r.stdout)
	}
	if !strings.Contains(r.stderr, nl.T("open.failed_hint")) {
		t.Errorf("stderr %q does not say what to do", r.stderr)
	}
	if strings.Contains(r.stdout+r.stderr, "xdg-open") {
		t.Errorf("the Go error reached the person")
	}
}

func TestHelpIsInThePersonsLanguage(t *testing.T) {
	for _, c := range []struct {
		lang string
		args []string
	}{
		{"nl", []string{"--help"}},
		{"nl", []string{"-h"}},
		{"nl", []string{"help"}},
		{"en", []string{"--lang", "en", "--help"}},
		{"nl", []string{"open", "--help"}},
		{"en", []string{"help", "open", "--lang=en"}},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			tr := i18n.MustNew(c.lang)
			r := run(t, nil, nil, true, c.args...)
			if r.code != exitOK {
				t.Errorf("exit %d", r.code)
			}
			for _, want := range []string{tr.T("help.usage"), tr.T("help.flags"), tr.T("flag.lang"), tr.T("flag.no_browser")} {
				// A description may go on over lines.
				if !strings.Contains(normalise(r.stdout), normalise(want)) {
					t.Errorf("help misses %q:\n%s", want, r.stdout)
				}
			}
			for _, english := range []string{"USAGE", "FLAGS", "Help about", "Available Commands"} {
				if strings.Contains(r.stdout, english) {
					t.Errorf("help has %q:\n%s", english, r.stdout)
				}
			}
		})
	}
}

func TestVersion(t *testing.T) {
	r := run(t, nil, nil, true, "--version")
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "bezwaarwijzer ") {
		t.Errorf("exit %d, stdout %q", r.code, r.stdout)
	}
	if strings.Contains(r.stdout, "unknown") {
		t.Errorf("version in English: %q", r.stdout)
	}
}

func TestLanguageFromEnvironment(t *testing.T) {
	nl, en := i18n.MustNew("nl"), i18n.MustNew("en")
	for _, c := range []struct {
		env  env
		args []string
		want string
	}{
		{env{"LANG": "en_US.UTF-8"}, nil, en.T("error.no_terminal")},
		{env{"LANG": "en_US.UTF-8", "LC_ALL": "nl_NL.UTF-8"}, nil, nl.T("error.no_terminal")},
		{env{"LANG": "de_DE.UTF-8"}, nil, nl.T("error.no_terminal")},
		{env{"LANG": "en_US.UTF-8"}, []string{"--lang", "nl"}, nl.T("error.no_terminal")},
	} {
		r := run(t, c.env, nil, true, c.args...)
		if !strings.Contains(r.stderr, c.want) {
			t.Errorf("env %v args %v: stderr %q, want %q", c.env, c.args, r.stderr, c.want)
		}
	}
}

// decodePrinted finds the QR code in printed output and decodes it.
func decodePrinted(t *testing.T, out string) string {
	t.Helper()
	var rows []string
	for _, l := range strings.Split(out, "\n") {
		if l != "" && strings.ContainsRune("█▀▄", []rune(l)[0]) {
			rows = append(rows, l)
		}
	}
	text, err := qrtest.DecodeTerminal(strings.Join(rows, "\n"))
	if err != nil {
		t.Fatalf("no code that scans in the output: %v\n%s", err, out)
	}
	return text
}

// The built program, as a person starts it.

var (
	buildOnce sync.Once
	binary    string
	buildErr  error
)

// built builds the program once for the tests that run it for real.
func built(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "bezwaarwijzer-test")
		if err != nil {
			buildErr = err
			return
		}
		binary = filepath.Join(dir, "bezwaarwijzer")
		if runtime.GOOS == "windows" {
			binary += ".exe"
		}
		out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("build: %v", buildErr)
	}
	return binary
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binary != "" {
		_ = os.RemoveAll(filepath.Dir(binary))
	}
	os.Exit(code)
}

// TestBuiltProgram runs the real binary: the exit codes and messages of
// the command-line contract, with no browser and a Dutch environment.
func TestBuiltProgram(t *testing.T) {
	bin := built(t)
	nl := i18n.MustNew("nl")
	cases := []struct {
		args   []string
		code   int
		output string
	}{
		{[]string{"--frob"}, exitUsage, nl.T("error.unknown_flag", i18n.Data{"Flag": "--frob"})},
		{[]string{"--lang", "xx"}, exitUsage, `"xx"`},
		{[]string{"--now", "morgen"}, exitUsage, nl.T("error.bad_now", i18n.Data{"Value": "morgen"})},
		{[]string{"open", "tiktok"}, exitUsage, "facebook of instagram"},
		{[]string{"open", "facebook", "--no-browser"}, exitOK, "https://www.facebook.com/help/contact/712876720715583"},
		{[]string{"--help"}, exitOK, nl.T("help.usage")},
		{nil, exitFail, nl.T("error.no_terminal")},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			cmd := exec.Command(bin, c.args...)
			cmd.Env = []string{"LANG=nl_NL.UTF-8", "PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			err := cmd.Run()
			code := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				code = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != c.code {
				t.Errorf("exit %d, want %d: %s", code, c.code, out.String())
			}
			if !strings.Contains(out.String(), c.output) {
				t.Errorf("output %q misses %q", out.String(), c.output)
			}
			if goErrors.MatchString(out.String()) {
				t.Errorf("a Go error string reached the person:\n%s", out.String())
			}
		})
	}
}

// TestHelpShowsNoMessageIDs: every command's help, in every language, says
// what each flag takes in words; a message ID never shows (a flag whose
// argument's name was never written showed "help.arg.forms").
func TestHelpShowsNoMessageIDs(t *testing.T) {
	id := regexp.MustCompile(`\b(help|flag|cmd|error|keys)\.[a-z_.]+`)
	for _, lang := range i18n.Languages {
		for _, cmd := range []string{"", "open", "text", "handout", "letter", "check-links"} {
			args := []string{"--lang", lang, "--help"}
			if cmd != "" {
				args = append([]string{cmd}, args...)
			}
			r := run(t, nil, nil, true, args...)
			if m := id.FindString(r.stdout); m != "" {
				t.Errorf("%s %q: the help shows the message ID %q:\n%s", lang, cmd, m, r.stdout)
			}
		}
	}
}
