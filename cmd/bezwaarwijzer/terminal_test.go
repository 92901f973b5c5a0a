package main

import (
	"github.com/charmbracelet/x/ansi"

	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// needTool skips a test when a tool beyond Go is missing, with the way to
// install it; under CI=true the test fails instead, because CI installs it.
func needTool(t *testing.T, tool, install string) {
	t.Helper()
	if _, err := exec.LookPath(tool); err == nil {
		return
	}
	msg := fmt.Sprintf("%s is not installed (%s); this test drives the program through it", tool, install)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// terminal is the built program running in a real terminal: a tmux window
// of a given size.
type terminal struct {
	t    *testing.T
	name string
}

// startTerminal starts the built program in a tmux window. env is the
// whole environment of the program.
func startTerminal(t *testing.T, width, height int, env []string, args ...string) *terminal {
	t.Helper()
	needTool(t, "tmux", "apt-get install tmux")
	bin := built(t)
	name := fmt.Sprintf("bw%d", time.Now().UnixNano())
	command := "env -i " + strings.Join(env, " ") + " " + bin + " " + strings.Join(args, " ") + "; echo EXIT=$?; sleep 30"
	var out []byte
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		// Right after the last session closes, the server is shutting
		// down and a new session fails: "server exited unexpectedly".
		out, err = exec.Command("tmux", "new-session", "-d", "-s", name, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height), command).CombinedOutput()
		if err == nil {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("tmux: %v: %s", err, out)
	}
	term := &terminal{t: t, name: name}
	t.Cleanup(func() { _ = exec.Command("tmux", "kill-session", "-t", name).Run() })
	return term
}

// keys types keys, by tmux's names ("Enter", "Escape", "q", "C-c"); "-l"
// types the next argument as literal text.
func (term *terminal) keys(keys ...string) {
	term.t.Helper()
	for i := 0; i < len(keys); i++ {
		args := []string{"send-keys", "-t", term.name, keys[i]}
		if keys[i] == "-l" && i+1 < len(keys) {
			i++
			args = []string{"send-keys", "-t", term.name, "-l", keys[i]}
		}
		if err := exec.Command("tmux", args...).Run(); err != nil {
			term.t.Fatalf("send-keys %v: %v", args, err)
		}
		time.Sleep(60 * time.Millisecond)
	}
}

// screen returns what the window shows; with escapes, its colours too.
func (term *terminal) screen(escapes bool) string {
	term.t.Helper()
	args := []string{"capture-pane", "-p", "-t", term.name}
	if escapes {
		args = append(args, "-e")
	}
	out, err := exec.Command("tmux", args...).Output()
	if err != nil {
		term.t.Fatalf("capture-pane: %v", err)
	}
	return string(out)
}

// waitFor waits until the window shows text, and returns the screen.
func (term *terminal) waitFor(text string) string {
	term.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if s := term.screen(false); strings.Contains(strings.Join(strings.Fields(s), " "), text) {
			return s
		}
		time.Sleep(50 * time.Millisecond)
	}
	term.t.Fatalf("the terminal never showed %q; it shows:\n%s", text, term.screen(false))
	return ""
}

// colourCode matches a select-graphic-rendition code that sets a colour:
// foreground or background, basic, bright, 256 or true colour. The codes
// for "default colour" (39, 49) set none.
var colourCode = regexp.MustCompile(`\x1b\[([0-9;]*)m`)

func coloured(screen string) []string {
	var found []string
	for _, m := range colourCode.FindAllStringSubmatch(screen, -1) {
		for _, p := range strings.Split(m[1], ";") {
			switch {
			case p == "39", p == "49":
			case len(p) == 2 && (p[0] == '3' || p[0] == '4' || p[0] == '9'):
				found = append(found, m[0])
			case len(p) == 3 && p[0] == '1' && p[1] == '0':
				found = append(found, m[0])
			}
		}
	}
	return found
}

// TestNoColourOnScreen: with NO_COLOR set to any non-empty value, the
// wizard in a real terminal shows no colour at all; without it, it does
// (so the check can see colour when there is some).
func TestNoColourOnScreen(t *testing.T) {
	g, _ := content.Load("nl")
	base := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir()}
	for _, c := range []struct {
		name   string
		env    []string
		colour bool
	}{
		{"NO_COLOR=1", append(base, "NO_COLOR=1"), false},
		{"NO_COLOR=yes", append(base, "NO_COLOR=yes"), false},
		{"no NO_COLOR", base, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			term := startTerminal(t, 80, 24, c.env, "--now", "2025-05-20")
			term.waitFor(g.Welcome.Title)
			term.keys("Enter")
			term.waitFor(g.Explain[0].Title)
			found := coloured(term.screen(true))
			if c.colour && len(found) == 0 {
				t.Error("no colour found even without NO_COLOR: the check sees nothing")
			}
			if !c.colour && len(found) > 0 {
				t.Errorf("colour codes on screen with %s: %q", c.name, found)
			}
		})
	}
}

// TestAccessibleThroughTheProgram: a screen-reader user finishes the walk
// with piped input through the real program, by --accessible, by
// ACCESSIBLE=1, and on a terminal that cannot move its cursor.
func TestAccessibleThroughTheProgram(t *testing.T) {
	bin := built(t)
	g, _ := content.Load("nl")
	nl := i18n.MustNew("nl")
	steps := g.StepsFor(content.RouteApp, content.AudiencePerson)
	input := []string{"1"}
	for range g.Explain {
		input = append(input, "")
	}
	input = append(input, "2", "3") // Instagram, in the app
	for range steps {
		input = append(input, "")
	}
	input = append(input, "", "3") // more, then stop
	for _, c := range []struct {
		name string
		args []string
		env  []string
	}{
		{"--accessible", []string{"--accessible"}, nil},
		{"ACCESSIBLE=1", nil, []string{"ACCESSIBLE=1"}},
		{"TERM=dumb", nil, []string{"TERM=dumb"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(bin, c.args...)
			cmd.Env = append([]string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}, c.env...)
			cmd.Stdin = strings.NewReader(strings.Join(input, "\n") + "\n")
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Run(); err != nil {
				t.Fatalf("exit: %v\n%s", err, out.String())
			}
			s := out.String()
			for _, want := range []string{g.Welcome.Title, g.App("instagram").Menu[0], g.Done.Title, nl.T("done.walked")} {
				if !strings.Contains(s, want) {
					t.Errorf("output misses %q", want)
				}
			}
			if strings.ContainsRune(s, '\x1b') {
				t.Error("escape codes in the line-by-line mode")
			}
		})
	}
	t.Run("input ends early", func(t *testing.T) {
		cmd := exec.Command(bin, "--accessible")
		cmd.Env = []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir()}
		cmd.Stdin = strings.NewReader("1\n")
		out, err := cmd.CombinedOutput()
		if err != nil || goErrors.Match(out) {
			t.Errorf("exit %v, output:\n%s", err, out)
		}
	})
}

// TestTextCommand: text prints the whole guide in both languages, no wider
// than 72 columns and without escape codes when piped.
func TestTextCommand(t *testing.T) {
	for _, lang := range content.Languages {
		g, _ := content.Load(lang)
		r := run(t, nil, nil, true, "text", "--lang", lang)
		if r.code != exitOK {
			t.Fatalf("%s: exit %d: %s", lang, r.code, r.stderr)
		}
		for _, want := range []string{g.Welcome.Title, g.Explain[len(g.Explain)-1].Title, g.App("facebook").Form.String(), g.App("instagram").Menu[5], g.More[0].Title, g.Sources[0].Name} {
			// A long name may be wrapped over two lines.
			if !strings.Contains(normalise(r.stdout), normalise(want)) {
				t.Errorf("%s: text misses %q", lang, want)
			}
		}
		for _, l := range strings.Split(r.stdout, "\n") {
			// Columns, not runes: Arabic vowel marks take no column.
			if ansi.StringWidth(l) > 72 || strings.ContainsRune(l, '\x1b') {
				t.Errorf("%s: line %q", lang, l)
			}
		}
	}
	r := run(t, nil, nil, true, "tekst", "--platform", "facebook")
	if r.code != exitOK || strings.Contains(r.stdout, "instagram.com") {
		t.Errorf("tekst --platform facebook: exit %d, instagram in it", r.code)
	}
}

func TestASCIIDecision(t *testing.T) {
	for _, c := range []struct {
		env  env
		flag bool
		want bool
	}{
		{env{"LANG": "nl_NL.UTF-8"}, false, false},
		{env{"LANG": "nl_NL.utf8"}, false, false},
		{env{"LANG": "nl_NL.ISO-8859-1"}, false, true},
		{env{"LC_ALL": "C"}, false, true},
		{env{"LC_CTYPE": "en_US.UTF-8", "LANG": "C"}, false, false},
		{env{}, false, false},
		{env{"LANG": "nl_NL.UTF-8"}, true, true},
	} {
		s := &session{app: &app{getenv: func(k string) string { return c.env[k] }}, ascii: c.flag}
		if got := s.useASCII(); got != c.want {
			t.Errorf("env %v --ascii=%v: ASCII %v, want %v", c.env, c.flag, got, c.want)
		}
	}
}
