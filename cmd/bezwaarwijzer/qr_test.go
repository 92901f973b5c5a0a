package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/qr/qrtest"
)

// The QR code as a phone sees it: the tests below paint what tmux shows,
// cell by cell in the colours the terminal would use, and decode the
// picture of the whole window.

// pane is a kind of terminal window: the colours tmux gives the pane
// (which tmux also answers when a program asks for its background colour)
// and the theme the picture is painted in. A pane without a style of its
// own answers nothing; it stands for a terminal that does not answer, such
// as the Windows console, in the theme given.
type pane struct {
	name  string
	style string
	theme qrtest.Theme
}

var (
	lightPane = pane{"light", "bg=white,fg=black", qrtest.Light}
	darkPane  = pane{"dark", "bg=black,fg=white", qrtest.Dark}
	// silentDark and silentLight answer nothing.
	silentDark  = pane{"silent dark", "", qrtest.Dark}
	silentLight = pane{"silent light", "", qrtest.Light}
)

// startPane runs the built program in a tmux window of this kind, styled
// before the program starts, so that its first question is answered.
func startPane(t *testing.T, p pane, width, height int, env []string, args ...string) *terminal {
	t.Helper()
	needTool(t, "tmux", "apt-get install tmux")
	ready := filepath.Join(t.TempDir(), "ready")
	line := "while [ ! -e " + shq(ready) + " ]; do sleep 0.05; done; " +
		programLine(env, quoteArgs(append([]string{built(t)}, args...)...))
	term := startShell(t, width, height, line)
	if p.style != "" {
		if out, err := exec.Command("tmux", "set-option", "-t", term.name, "window-style", p.style).CombinedOutput(); err != nil {
			t.Fatalf("tmux set-option: %v: %s", err, out)
		}
	}
	if err := os.WriteFile(ready, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	return term
}

// scan decodes the QR code in the window, as a phone pointed at a
// terminal of this theme would.
func (term *terminal) scan(theme qrtest.Theme) (string, error) {
	term.t.Helper()
	out, err := exec.Command("tmux", "capture-pane", "-p", "-e", "-N", "-t", term.name).Output()
	if err != nil {
		term.t.Fatalf("capture-pane: %v", err)
	}
	return qrtest.DecodeScreen(string(out), theme)
}

// scansAs waits a moment for the window to show a code that says want.
func (term *terminal) scansAs(theme qrtest.Theme, want string) bool {
	term.t.Helper()
	var got string
	var err error
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if got, err = term.scan(theme); err == nil && got == want {
			return true
		}
	}
	if err == nil {
		term.t.Errorf("the code says %q, want %q", got, want)
	}
	return false
}

// scansNoMore waits a moment for the window to show no code that scans.
func (term *terminal) scansNoMore(theme qrtest.Theme) bool {
	term.t.Helper()
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if _, err := term.scan(theme); err != nil {
			return true
		}
	}
	return false
}

// toPhoneStep walks from the welcome screen to the phone step for
// Facebook, and waits until its address shows.
func toPhoneStep(term *terminal, tr *i18n.Translator, g *content.Guide) {
	term.t.Helper()
	term.waitFor(g.Welcome.Title)
	term.keys("Enter")
	for _, p := range g.Explain {
		term.waitFor(p.Title)
		term.keys("Enter")
	}
	term.waitFor(g.Questions[content.QuestionApps].Title)
	term.keys("Space")
	term.waitFor("[x] " + g.App("facebook").Name)
	term.keys("Enter")
	term.waitFor(g.Questions[content.QuestionWhere].Title)
	for range optionIndex(term.t, g, content.QuestionWhere, content.RoutePhone) {
		term.keys("Down")
	}
	term.waitFor("> " + optionLabel(term.t, g, content.QuestionWhere, content.RoutePhone))
	term.keys("Enter")
	steps := g.StepsFor(content.RoutePhone, content.AudiencePerson)
	term.waitFor(tr.T("step.progress", i18n.Data{"App": "Facebook", "N": 1, "Total": len(steps)}))
	term.waitFor("712876720715583")
}

// wizardEnv is the environment of the wizard in these tests.
func wizardEnv(t *testing.T, lang string, extra ...string) []string {
	locale := map[string]string{"nl": "nl_NL.UTF-8", "en": "en_US.UTF-8", "tr": "tr_TR.UTF-8"}[lang]
	return append([]string{"LANG=" + locale, "TERM=xterm-256color", "HOME=" + t.TempDir(), "PATH=/usr/local/bin:/usr/bin:/bin"}, extra...)
}

// TestPhoneCodeScansOnScreen: on the phone step the QR code scans from the
// screen as a phone sees it: in the ASCII look at 200x50, in colour and
// without (NO_COLOR) on a light and a dark terminal; and in the normal look
// at 80x24 without colour on both.
func TestPhoneCodeScansOnScreen(t *testing.T) {
	needTool(t, "tmux", "apt-get install tmux")
	for _, c := range []struct {
		name          string
		lang          string
		width, height int
		pane          pane
		env           []string
		args          []string
	}{
		{"ascii, colour", "nl", 200, 50, silentDark, nil, []string{"--ascii"}},
		{"ascii, colour, light terminal", "en", 200, 50, lightPane, nil, []string{"--ascii"}},
		{"ascii, NO_COLOR, light terminal", "nl", 200, 50, lightPane, []string{"NO_COLOR=1"}, []string{"--ascii"}},
		{"ascii, NO_COLOR, dark terminal", "en", 200, 50, darkPane, []string{"NO_COLOR=1"}, []string{"--ascii"}},
		{"ascii by the locale, NO_COLOR, light terminal", "nl", 200, 50, lightPane, []string{"NO_COLOR=1", "LC_ALL=nl_NL.ISO-8859-1"}, nil},
		{"NO_COLOR, light terminal", "nl", 80, 24, lightPane, []string{"NO_COLOR=1"}, nil},
		{"NO_COLOR, dark terminal", "en", 80, 24, darkPane, []string{"NO_COLOR=1"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			tr := i18n.MustNew(c.lang)
			g, err := content.Load(c.lang)
			if err != nil {
				t.Fatal(err)
			}
			term := startPane(t, c.pane, c.width, c.height, wizardEnv(t, c.lang, c.env...), append([]string{"--no-browser"}, c.args...)...)
			toPhoneStep(term, tr, g)
			if !term.scansAs(c.pane.theme, g.App("facebook").Form.String()) {
				t.Errorf("the code on the phone step does not scan on a %s terminal:\n%s", c.pane.name, shown(term.screen(false)))
			}
		})
	}
}

// TestPhoneCodeTurnsAround: on a light terminal that does not say its
// colours, without colour, the code comes out inverted at first; the step
// says to press i, and i turns it around so that it scans.
func TestPhoneCodeTurnsAround(t *testing.T) {
	needTool(t, "tmux", "apt-get install tmux")
	for _, lang := range i18n.ScreenLanguages() {
		t.Run(lang, func(t *testing.T) {
			tr := i18n.MustNew(lang)
			g, err := content.Load(lang)
			if err != nil {
				t.Fatal(err)
			}
			form := g.App("facebook").Form.String()
			term := startPane(t, silentLight, 80, 24, wizardEnv(t, lang, "NO_COLOR=1"), "--no-browser")
			toPhoneStep(term, tr, g)
			screen := normalise(term.screen(false))
			for _, want := range []string{tr.T("qr.invert_hint"), "i " + tr.T("qr.key_invert")} {
				if !strings.Contains(screen, want) {
					t.Errorf("the step does not say %q:\n%s", want, shown(term.screen(false)))
				}
			}
			if got, err := term.scan(qrtest.Light); err == nil {
				t.Fatalf("the code scans (%q) before i: this test cannot show that i helps", got)
			}
			term.keys("i")
			if !term.scansAs(qrtest.Light, form) {
				t.Errorf("after i the code does not scan on a light terminal:\n%s", shown(term.screen(false)))
			}
			// A second i turns it back.
			term.keys("i")
			if !term.scansNoMore(qrtest.Light) {
				t.Error("a second i did not turn the code back")
			}
		})
	}
}

// TestPhoneCodeAlone: in a window that holds the ASCII code but not the
// words beside it, the step says to press g; g shows the code alone, which
// scans, and Esc gives the step back.
func TestPhoneCodeAlone(t *testing.T) {
	needTool(t, "tmux", "apt-get install tmux")
	tr := i18n.MustNew("nl")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	form := g.App("facebook").Form.String()
	term := startPane(t, darkPane, 80, 40, wizardEnv(t, "nl", "NO_COLOR=1"), "--no-browser", "--ascii")
	toPhoneStep(term, tr, g)
	term.waitFor(tr.T("qr.show_hint"))
	term.waitFor("g " + tr.T("qr.key_show"))
	if got, err := term.scan(qrtest.Dark); err == nil {
		t.Fatalf("a code (%q) is already on screen; this test needs a window too narrow for it beside the words", got)
	}
	term.keys("g")
	if !term.scansAs(qrtest.Dark, form) {
		t.Fatalf("g did not show a code that scans:\n%s", shown(term.screen(false)))
	}
	term.keys("Escape")
	term.waitFor(tr.T("qr.show_hint"))
	steps := g.StepsFor(content.RoutePhone, content.AudiencePerson)
	term.waitFor(tr.T("step.progress", i18n.Data{"App": "Facebook", "N": 1, "Total": len(steps)}))
}

// TestOpenCodeScansOnScreen: the code `open` prints scans from the screen:
// in colour and without, on a light and a dark terminal, in ASCII and not.
func TestOpenCodeScansOnScreen(t *testing.T) {
	needTool(t, "tmux", "apt-get install tmux")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		pane pane
		env  []string
		args []string
	}{
		{"ascii, colour", silentDark, nil, []string{"--ascii"}},
		{"ascii, colour, light terminal", lightPane, nil, []string{"--ascii"}},
		{"ascii, NO_COLOR, light terminal", lightPane, []string{"NO_COLOR=1"}, []string{"--ascii"}},
		{"ascii, NO_COLOR, dark terminal", darkPane, []string{"NO_COLOR=1"}, []string{"--ascii"}},
		{"NO_COLOR, light terminal", lightPane, []string{"NO_COLOR=1"}, nil},
		{"NO_COLOR, dark terminal", darkPane, []string{"NO_COLOR=1"}, nil},
		{"colour, light terminal", lightPane, nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, app := range []string{"facebook", "instagram"} {
				args := append([]string{"open", app, "--no-browser"}, c.args...)
				term := startPane(t, c.pane, 200, 60, wizardEnv(t, "nl", c.env...), args...)
				term.waitFor("EXIT=0")
				if !term.scansAs(c.pane.theme, g.App(app).Form.String()) {
					t.Errorf("open %s: the code does not scan on a %s terminal:\n%s", app, c.pane.name, shown(term.screen(false)))
				}
			}
		})
	}
}
