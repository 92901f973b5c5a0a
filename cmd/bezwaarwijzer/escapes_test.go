package main

import (
	"os/exec"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// unsafeRune reports whether r does something on a terminal, or hides or
// turns text: a control character other than a line break, or a format
// character (bidi controls among them).
func unsafeRune(r rune) bool {
	return (unicode.Is(unicode.Cc, r) && r != '\n') || unicode.Is(unicode.Cf, r) || r == utf8.RuneError
}

// TestValuesAreEchoedClean: a value from the command line repeated in a
// message comes back without escape sequences, control characters or bidi
// controls, and a very long one shortened, through the built program.
func TestValuesAreEchoedClean(t *testing.T) {
	nl := i18n.MustNew("nl")
	long := strings.Repeat("a", 5000)
	short := strings.Repeat("a", 39) + "…"
	title := "\x1b]2;X\a"
	for _, c := range []struct {
		name string
		args []string
		code int
		want string // the whole message
	}{
		{"open, a window title", []string{"open", title}, exitUsage,
			nl.T("error.unknown_platform", i18n.Data{"Platform": "", "Known": "facebook of instagram"})},
		{"open, a long name", []string{"open", long}, exitUsage,
			nl.T("error.unknown_platform", i18n.Data{"Platform": short, "Known": "facebook of instagram"})},
		{"--platform, 5000 characters", []string{"text", "--platform", long}, exitUsage,
			nl.T("error.unknown_platform", i18n.Data{"Platform": short, "Known": "facebook of instagram"})},
		{"--platform, bidi", []string{"handout", "--platform", "\u202ekoobecaf"}, exitUsage,
			nl.T("error.unknown_platform", i18n.Data{"Platform": "koobecaf", "Known": "facebook of instagram"})},
		{"--lang", []string{"--lang", "\x1b[2J\x1b[31men"}, exitUsage,
			nl.T("error.unknown_lang", i18n.Data{"Lang": "en", "Known": nl.Or(i18n.Languages)})},
		{"--lang, long", []string{"--lang", long}, exitUsage,
			nl.T("error.unknown_lang", i18n.Data{"Lang": short, "Known": nl.Or(i18n.Languages)})},
		{"--now", []string{"--now", "\u009b2Jmorgen" + title}, exitUsage,
			nl.T("error.bad_now", i18n.Data{"Value": "morgen"})},
		{"an unknown command", []string{"\x1b[31mtwitter"}, exitUsage,
			nl.T("error.unknown_command", i18n.Data{"Command": "twitter"})},
		{"an unknown command, long", []string{long}, exitUsage,
			nl.T("error.unknown_command", i18n.Data{"Command": short})},
		{"an unknown flag", []string{"--\x1b]2;X\afrob\x1b[0m"}, exitUsage,
			nl.T("error.unknown_flag", i18n.Data{"Flag": "--frob"})},
		{"a word too many", []string{"text", "meer\x1b[2J\u2066"}, exitUsage,
			nl.T("error.no_args", i18n.Data{"Command": "text", "Arg": "meer"})},
		{"letter --contact", []string{"letter", "--kind", "overheid", "--org", "X", "--accounts", "@x", "--contact", title + "nee"}, exitUsage,
			"--contact: " + nl.T("letter.contact_invalid", i18n.Data{"Value": "nee"})},
		{"letter --contact, long", []string{"letter", "--kind", "vereniging", "--org", "X", "--accounts", "@x", "--contact", long}, exitUsage,
			"--contact: " + nl.T("letter.contact_too_long", i18n.Data{"Max": 254})},
		{"letter --kind", []string{"letter", "--kind", "\x1b[2Jgemeente" + title, "--org", "X", "--accounts", "@x"}, exitUsage,
			"--kind: " + nl.T("letter_cmd.kind_unknown", i18n.Data{"Kind": "gemeente", "Public": "overheid", "Association": "vereniging", "Others": "public of association"})},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runBuilt(t, []string{"LANG=nl_NL.UTF-8"}, nil, c.args...)
			if code != c.code || strings.TrimSpace(stderr) != c.want {
				t.Errorf("exit %d, said\n  %q\nwant exit %d and\n  %q", code, stderr, c.code, c.want)
			}
			if i := strings.IndexFunc(stdout+stderr, unsafeRune); i >= 0 {
				t.Errorf("the output has %q: %q", []rune((stdout + stderr)[i:])[0], stdout+stderr)
			}
			if len(stderr) > 300 {
				t.Errorf("the message is %d bytes long", len(stderr))
			}
		})
	}
}

// TestNoWindowTitleFromTheCommandLine: in a real terminal, a platform name
// that is an escape sequence (OSC 2, which sets the window's title) is
// repeated as text without it: the title stays, and the screen shows the
// plain message.
func TestNoWindowTitleFromTheCommandLine(t *testing.T) {
	needTool(t, "tmux", "apt-get install tmux")
	nl := i18n.MustNew("nl")
	env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir()}
	term := startProgram(t, 80, 24, env, "open", "\x1b]2;GEKAAPT\a")
	screen, ok := term.waitWithin(10*time.Second, "EXIT=")
	if !ok {
		t.Fatalf("the program did not end:\n%s", shown(screen))
	}
	want := nl.T("error.unknown_platform", i18n.Data{"Platform": "", "Known": "facebook of instagram"})
	if !strings.Contains(normalise(screen), normalise(want)) || !strings.Contains(screen, "EXIT=2") {
		t.Errorf("the screen does not show %q and exit 2:\n%s", want, shown(screen))
	}
	out, err := exec.Command("tmux", "display-message", "-p", "-t", term.name, "#{pane_title}").Output()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "GEKAAPT") {
		t.Errorf("the command line set the window's title: %q", out)
	}
}
