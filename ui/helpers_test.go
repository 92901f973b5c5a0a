package ui

import (
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/browser"
)

// Moments for the banner: a week before the date, and the day these tests
// were written, well after it.
var (
	weekBefore = time.Date(2025, 5, 20, 10, 0, 0, 0, amsterdam())
	longAfter  = time.Date(2026, 11, 22, 12, 0, 0, 0, amsterdam())
)

func amsterdam() *time.Location {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		panic(err)
	}
	return loc
}

func fixedClock(t time.Time) func() time.Time { return func() time.Time { return t } }

// testOptions are options for a wizard with a stub browser that can open,
// at a fixed time.
func testOptions(lang string, now time.Time) (Options, *browser.Stub) {
	stub := &browser.Stub{}
	print := func(string, []string) (string, bool, error) { return "/tmp/bezwaarwijzer-123456.html", false, nil }
	return Options{Lang: lang, Clock: fixedClock(now), Browser: stub, CanBrowse: true, Print: print}, stub
}

// probe wraps the wizard and keeps the last frame it drew, as a person
// would read it: the waits below look at what is on screen, not at the
// renderer's stream of changes.
type probe struct {
	*Model
	mu   sync.Mutex
	last string
	raw  string // the last frame with its escape codes
}

func (p *probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := p.Model.Update(msg)
	return p, cmd
}

func (p *probe) View() tea.View {
	v := p.Model.View()
	p.mu.Lock()
	p.last = ansi.Strip(v.Content)
	p.raw = v.Content
	p.mu.Unlock()
	return v
}

func (p *probe) screen() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.last
}

func (p *probe) rawScreen() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.raw
}

// session is a running wizard in a test terminal.
type session struct {
	t  *testing.T
	tm *teatest.TestModel
	p  *probe
}

func start(t *testing.T, opts Options, width, height int) *session {
	t.Helper()
	m, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	p := &probe{Model: m}
	tm := teatest.NewTestModel(t, p,
		teatest.WithInitialTermSize(width, height),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)),
	)
	s := &session{t: t, tm: tm, p: p}
	t.Cleanup(func() {
		_ = tm.Quit()
		tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	})
	return s
}

// keyMsg turns a key name into the key press Bubble Tea would send.
func keyMsg(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	if len([]rune(name)) != 1 {
		panic("keyMsg: no key named " + name)
	}
	r := []rune(name)[0]
	return tea.KeyPressMsg{Code: r, Text: name}
}

// press presses keys, one by one.
func (s *session) press(keys ...string) {
	for _, k := range keys {
		s.tm.Send(keyMsg(k))
	}
}

// waitFor waits until the screen shows text, and returns the screen.
func (s *session) waitFor(text string) string {
	s.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if screen := s.p.screen(); strings.Contains(screen, text) {
			// Let any frame already on its way land, then read again.
			time.Sleep(20 * time.Millisecond)
			return s.p.screen()
		}
		time.Sleep(5 * time.Millisecond)
	}
	s.t.Fatalf("the screen never showed %q; it shows:\n%s", text, s.p.screen())
	return ""
}

// pressAndWait presses a key and waits for text.
func (s *session) pressAndWait(key, text string) string {
	s.t.Helper()
	s.press(key)
	return s.waitFor(text)
}
