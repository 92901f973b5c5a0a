package main

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// helpCommands are the commands whose help a person asks for.
var helpCommands = []string{"", "open", "text", "handout", "letter"}

// helpArgs is the command line that asks for cmd's help in lang.
func helpArgs(lang, cmd string) []string {
	args := []string{"--lang", lang, "--help"}
	if cmd != "" {
		args = append([]string{cmd}, args...)
	}
	return args
}

// helpIn is cmd's help in lang as the program prints it to a terminal
// of the given width (0: no terminal).
func helpIn(t *testing.T, lang, cmd string, columns int) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	a, _ := testApp(nil, nil, true, &stdout, &stderr)
	a.columns = func() int { return columns }
	if code := a.run(context.Background(), helpArgs(lang, cmd)); code != exitOK || stderr.Len() > 0 {
		t.Fatalf("%s %q --help: exit %d: %s", lang, cmd, code, stderr.String())
	}
	return stdout.String()
}

// helpWords are the help's words in order; the " \" that continues an
// example's line is no word of it.
func helpWords(help string) []string {
	return slices.DeleteFunc(strings.Fields(help), func(w string) bool { return w == `\` })
}

// TestHelpFitsTheWindow: the help fits the terminal's width, 80 columns
// when it is no terminal, never fewer than 60; a description goes on under
// the description, and no word is cut: the help has the same words as in
// a window wide enough for every line.
func TestHelpFitsTheWindow(t *testing.T) {
	for _, lang := range i18n.Languages {
		for _, cmd := range helpCommands {
			wide := helpIn(t, lang, cmd, 1000)
			for _, c := range []struct{ columns, width int }{{0, 80}, {80, 80}, {60, 60}, {30, 60}, {120, 120}} {
				help := helpIn(t, lang, cmd, c.columns)
				for _, l := range strings.Split(help, "\n") {
					if ansi.StringWidth(l) > c.width {
						t.Errorf("%s %q in %d columns: a line of %d: %q", lang, cmd, c.columns, ansi.StringWidth(l), l)
					}
				}
				if !slices.Equal(helpWords(help), helpWords(wide)) {
					t.Errorf("%s %q in %d columns: the words differ from the help in a wide window:\n%s\n---\n%s", lang, cmd, c.columns, help, wide)
				}
			}
		}
	}
	// The longest description goes on under its own column.
	en := i18n.MustNew("en")
	help := helpIn(t, "en", "letter", 0)
	_, rest, _ := strings.Cut(help, "--kind "+en.T("help.arg.kind"))
	lines := strings.Split(rest, "\n")
	column := strings.Index(help, firstWord(en.T("flag.kind")))
	if column < 0 || len(lines) < 2 || !strings.HasPrefix(lines[1], strings.Repeat(" ", column-strings.LastIndex(help[:column], "\n")-1)+"p") {
		t.Errorf("--kind's description does not go on under itself:\n%s", help)
	}
	if ansi.StringWidth(strings.Split(strings.TrimPrefix(wide(t), "\n"), "\n")[0]) <= 80 {
		t.Errorf("the wide help has no long line: the test measures nothing")
	}
}

func firstWord(s string) string { return strings.Fields(s)[0] }

// wide is letter's English help in a wide window, its longest line first.
func wide(t *testing.T) string {
	t.Helper()
	lines := strings.Split(helpIn(t, "en", "letter", 1000), "\n")
	slices.SortFunc(lines, func(a, b string) int { return ansi.StringWidth(b) - ansi.StringWidth(a) })
	return strings.Join(lines, "\n")
}

// TestHelpThroughTheProgram: the built program's help, through a pipe as
// a person may read it (| more), fits 80 columns in nl, en and tr, with
// every word whole; the usage of open names its app in the language.
func TestHelpThroughTheProgram(t *testing.T) {
	for _, lang := range []string{"nl", "en", "tr"} {
		for _, cmd := range helpCommands {
			code, stdout, stderr := runBuilt(t, []string{"HOME=" + t.TempDir()}, nil, helpArgs(lang, cmd)...)
			if code != exitOK || stderr != "" {
				t.Fatalf("%s %q: exit %d: %s", lang, cmd, code, stderr)
			}
			for _, l := range strings.Split(stdout, "\n") {
				if ansi.StringWidth(l) > 80 {
					t.Errorf("%s %q: a line of %d: %q", lang, cmd, ansi.StringWidth(l), l)
				}
			}
			if !slices.Equal(helpWords(stdout), helpWords(helpIn(t, lang, cmd, 1000))) {
				t.Errorf("%s %q: a word is cut:\n%s", lang, cmd, stdout)
			}
		}
		tr := i18n.MustNew(lang)
		_, stdout, _ := runBuilt(t, []string{"HOME=" + t.TempDir()}, nil, helpArgs(lang, "open")...)
		if want := "bezwaarwijzer open " + tr.T("help.arg.app"); !strings.Contains(stdout, want) || (tr.T("help.arg.app") != "PLATFORM" && strings.Contains(stdout, "PLATFORM")) {
			t.Errorf("%s: open's usage is not %q:\n%s", lang, want, stdout)
		}
	}
}

// TestHelpInANarrowWindow: in a terminal of 64 columns the help is laid
// out to fit it: had it 80 columns, the terminal would wrap the lines
// itself, and cut words ("provin" / "ce").
func TestHelpInANarrowWindow(t *testing.T) {
	term := startProgram(t, 64, 60, []string{"LANG=en_GB.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir()}, "letter", "--lang", "en", "--help")
	screen, ok := term.waitWithin(10*time.Second, "EXIT=0")
	if !ok {
		t.Fatalf("the help did not end with exit 0:\n%s", screen)
	}
	en := i18n.MustNew("en")
	if !strings.Contains(normalise(screen), normalise(en.T("flag.kind"))) {
		t.Errorf("the help misses --kind's description, or cut a word:\n%s", screen)
	}
}
