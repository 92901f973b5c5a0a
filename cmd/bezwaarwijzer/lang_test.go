package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestGlance: the command line is read before it runs as cobra will read
// it: --lang in any place and form, help however it is asked for, and the
// hidden completion command, but not a word after "--" or a value taken
// for a flag.
func TestGlance(t *testing.T) {
	for _, c := range []struct {
		args       []string
		lang       string
		help       bool
		helpFor    []string
		completion string
	}{
		{args: nil},
		{args: []string{"--lang", "EN"}, lang: "EN"},
		{args: []string{"--lang= en "}, lang: " en "},
		{args: []string{"open", "facebook", "--lang", "nl-NL"}, lang: "nl-NL"},
		{args: []string{"--lang", "en", "--lang", "nl"}, lang: "nl"},
		{args: []string{"--frobnicate", "--lang", "en"}, lang: "en"},
		{args: []string{"--kiosk", "--lang", "en"}, lang: "en"},
		{args: []string{"--", "--lang", "en"}},
		{args: []string{"letter", "--org", "--lang"}},
		{args: []string{"--help"}, help: true, helpFor: []string{}},
		{args: []string{"--help=true"}, help: true, helpFor: []string{}},
		{args: []string{"--help=false"}},
		{args: []string{"-vh"}, help: true, helpFor: []string{}},
		{args: []string{"openen", "-h"}, help: true, helpFor: []string{"open"}},
		{args: []string{"--kiosk", "help", "brief"}, help: true, helpFor: []string{"letter"}},
		{args: []string{"help", "twitter"}, help: true, helpFor: []string{}},
		{args: []string{"--lang", "en", "help"}, lang: "en", help: true, helpFor: []string{}},
		{args: []string{"__complete", "x"}, completion: "__complete"},
		{args: []string{"--kiosk", "__completeNoDesc"}, completion: "__completeNoDesc"},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			var out, errOut bytes.Buffer
			a, _ := testApp(nil, nil, true, &out, &errOut)
			g := glanceAt(newCmdRoot(&session{app: a}), c.args)
			if g.lang != c.lang || g.help != c.help || !slices.Equal(g.helpFor, c.helpFor) || g.completion != c.completion {
				t.Errorf("glance = %+v, want lang %q help %v for %q completion %q", g, c.lang, c.help, c.helpFor, c.completion)
			}
			if out.Len()+errOut.Len() > 0 {
				t.Errorf("a glance said something: %q %q", out.String(), errOut.String())
			}
		})
	}
}

// TestHelpHoweverAsked: every way cobra knows to ask for help gives ours,
// in the person's language, never fang's English.
func TestHelpHoweverAsked(t *testing.T) {
	nl := i18n.MustNew("nl")
	for _, args := range [][]string{
		{"--help=true"}, {"-h=1"}, {"-vh"}, {"--kiosk", "help"}, {"--no-browser", "help", "open"}, {"open", "--help=1"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := run(t, env{"LANG": "nl_NL.UTF-8"}, nil, true, args...)
			if r.code != exitOK || !strings.Contains(r.stdout, nl.T("help.usage")) || !strings.Contains(normalise(r.stdout), normalise(nl.T("flag.lang"))) {
				t.Errorf("exit %d, stdout:\n%s\nstderr: %s", r.code, r.stdout, r.stderr)
			}
			for _, english := range []string{"USAGE", "FLAGS", "COMMANDS", "help for", "Help about"} {
				if strings.Contains(r.stdout, english) {
					t.Errorf("help has %q:\n%s", english, r.stdout)
				}
			}
		})
	}
}

// TestCompletionCommandIsUnknown: cobra's hidden __complete answers in
// English; here it is a command the program does not know, said in the
// person's language.
func TestCompletionCommandIsUnknown(t *testing.T) {
	nl := i18n.MustNew("nl")
	for _, args := range [][]string{{"__complete", "x"}, {"__complete"}, {"--kiosk", "__completeNoDesc", "open", ""}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, stdout, stderr := runBuilt(t, []string{"LANG=nl_NL.UTF-8"}, nil, args...)
			want := nl.T("error.unknown_command", i18n.Data{"Command": args[slices.IndexFunc(args, func(a string) bool { return strings.HasPrefix(a, "__") })]})
			if code != exitUsage || strings.TrimSpace(stderr) != want || stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and %q", code, stdout, stderr, want)
			}
		})
	}
}

// TestPressEnterInTheChosenLanguage: after a double-click on Windows the
// window asks for Enter in the language of --lang, not the system's.
func TestPressEnterInTheChosenLanguage(t *testing.T) {
	for _, c := range []struct {
		env  env
		args []string
		want string
	}{
		{env{"LANG": "nl_NL.UTF-8"}, []string{"--lang", "EN", "--version"}, "en"},
		{env{"LANG": "en_GB.UTF-8"}, []string{"--lang", " nl ", "--version"}, "nl"},
		{env{"LANG": "en_GB.UTF-8"}, []string{"--version"}, "en"},
		{env{"LANG": "nl_NL.UTF-8"}, []string{"--lang", "xx"}, "nl"},
	} {
		var out, errOut bytes.Buffer
		a, _ := testApp(c.env, nil, true, &out, &errOut)
		a.run(context.Background(), c.args)
		out.Reset()
		a.stdin = strings.NewReader("\n")
		waitForEnter(a)
		if want := i18n.MustNew(c.want).T("app.press_enter"); strings.TrimSpace(out.String()) != want {
			t.Errorf("%v %v: %q, want %q", c.env, c.args, out.String(), want)
		}
	}
}

// languageCases are the ways a person may ask for a language that the
// language detection accepts; each must reach every face as that language.
var languageCases = []struct {
	name string
	env  []string
	args []string
	lang string
}{
	{"--lang EN", []string{"LANG=nl_NL.UTF-8"}, []string{"--lang", "EN"}, "en"},
	{"--lang ' en '", []string{"LANG=nl_NL.UTF-8"}, []string{"--lang", " en "}, "en"},
	{"LANG=en_GB.UTF-8", []string{"LANG=en_GB.UTF-8"}, nil, "en"},
	{"--lang nl-NL", []string{"LANG=en_GB.UTF-8"}, []string{"--lang", "nl-NL"}, "nl"},
}

// TestOneLanguageInTheWizard: the wizard and the kiosk start in the
// language asked for, however it was written, in a real terminal.
func TestOneLanguageInTheWizard(t *testing.T) {
	for _, c := range languageCases {
		for _, kiosk := range []bool{false, true} {
			name := c.name
			args := c.args
			if kiosk {
				name += " --kiosk"
				args = append(slices.Clone(args), "--kiosk")
			}
			t.Run(name, func(t *testing.T) {
				g, _ := content.Load(c.lang)
				env := append([]string{"TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir()}, c.env...)
				term := startProgram(t, 80, 24, env, append(args, "--no-browser")...)
				screen, ok := term.waitWithin(10*time.Second, g.Welcome.Title)
				if !ok {
					t.Fatalf("the wizard does not show %q; the screen:\n%s", g.Welcome.Title, shown(screen))
				}
				if strings.Contains(screen, "EXIT=") {
					t.Errorf("the wizard stopped:\n%s", shown(screen))
				}
			})
		}
	}
}

// TestOneLanguageLineByLine: the line-by-line mode, through a pipe, in the
// language asked for, however it was written.
func TestOneLanguageLineByLine(t *testing.T) {
	bin := built(t)
	for _, c := range languageCases {
		t.Run(c.name, func(t *testing.T) {
			g, _ := content.Load(c.lang)
			other, _ := content.Load(map[string]string{"nl": "en", "en": "nl"}[c.lang])
			cmd := exec.Command(bin, append(c.args, "--accessible")...)
			cmd.Env = append([]string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}, c.env...)
			cmd.Stdin = strings.NewReader("\n")
			var out, errOut bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errOut
			err := cmd.Run()
			if err != nil || errOut.Len() > 0 {
				t.Errorf("exit: %v; stderr: %s", err, errOut.String())
			}
			if !strings.Contains(out.String(), g.Welcome.Title) || strings.Contains(out.String(), other.Welcome.Title) {
				t.Errorf("not in %s:\n%s", c.lang, out.String())
			}
		})
	}
}
