package wizard

import (
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
	uiletter "github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
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
func testOptions(lang string, now time.Time) (Options, *fakeBrowser) {
	stub := &fakeBrowser{}
	print := func(string, []string) (string, bool, error) { return "/tmp/bezwaarwijzer-123456.html", false, nil }
	return Options{Lang: lang, Clock: fixedClock(now), Browser: stub, CanBrowse: true, Print: print, Letter: uiletter.Layout{}}, stub
}

// fakeBrowser records the forms it is asked to open, for tests. It refuses
// what the system's opener refuses, an address off the allow-list, and
// records only what that one would have opened. The wizard opens from a
// command's goroutine, hence the lock.
type fakeBrowser struct {
	Err error

	mu     sync.Mutex
	opened []string
}

// Open checks form as the system's opener does, records it, and returns
// b.Err.
func (b *fakeBrowser) Open(form address.Checked) error {
	checked, err := content.AllowList().Check(form.String())
	if err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.opened = append(b.opened, checked.String())
	return b.Err
}

// Opened returns the addresses opened so far.
func (b *fakeBrowser) Opened() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.opened...)
}

// probe wraps the wizard and keeps the last frame it drew, as a person
// would read it: the waits below look at what is on screen, not at the
// renderer's stream of changes.
//
// It counts the keys it was given, and which of them the last frame
// shows: a wait after a key press never reads a frame from before it.
type probe struct {
	*Model
	mu    sync.Mutex
	last  string
	raw   string // the last frame with its escape codes
	keys  int    // key presses handled
	drawn int    // key presses handled when the last frame was drawn
}

func (p *probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := p.Model.Update(msg)
	if _, ok := msg.(tea.KeyPressMsg); ok {
		p.mu.Lock()
		p.keys++
		p.mu.Unlock()
	}
	return p, cmd
}

func (p *probe) View() tea.View {
	v := p.Model.View()
	p.mu.Lock()
	p.last = ansi.Strip(v.Content)
	p.raw = v.Content
	p.drawn = p.keys
	p.mu.Unlock()
	return v
}

// frame returns the last frame and the number of keys it shows.
func (p *probe) frame() (string, int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.last, p.drawn
}

func (p *probe) screen() string {
	s, _ := p.frame()
	return s
}

func (p *probe) rawScreen() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.raw
}

// session is a running wizard in a test terminal.
type session struct {
	t    *testing.T
	tm   *teatest.TestModel
	p    *probe
	sent int // key presses sent
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
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
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
		s.sent++
	}
}

// typeText types text, a key press per letter.
func (s *session) typeText(text string) {
	for _, r := range text {
		s.press(string(r))
	}
}

// waitFor waits until a frame drawn after every key sent so far shows
// text, and returns it.
func (s *session) waitFor(text string) string {
	s.t.Helper()
	if screen, ok := s.waitWithin(5*time.Second, text); ok {
		return screen
	}
	s.t.Fatalf("the screen never showed %q; it shows:\n%s", text, s.p.screen())
	return ""
}

// waitWithin is waitFor that reports failure instead of stopping the test.
func (s *session) waitWithin(d time.Duration, text string) (string, bool) {
	s.t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if screen, drawn := s.p.frame(); drawn >= s.sent && strings.Contains(screen, text) {
			// A key may lead to a message that changes the screen once
			// more (Enter to the next page): let it land, then read again.
			time.Sleep(20 * time.Millisecond)
			return s.p.screen(), true
		}
		time.Sleep(5 * time.Millisecond)
	}
	return s.p.screen(), false
}

// settle waits until a frame shows every key sent so far, and returns it.
func (s *session) settle() string {
	s.t.Helper()
	return s.waitFor("")
}

// pressUntil presses key until the screen shows text, at most n times:
// Enter shows the rest of a long text before it goes on.
func (s *session) pressUntil(key, text string, n int) string {
	s.t.Helper()
	for range n {
		s.press(key)
		// The key's own frame comes first; the screen it leads to (a
		// message of its command) a moment later, or not at all.
		s.settle()
		if screen, ok := s.waitWithin(150*time.Millisecond, text); ok {
			return screen
		}
	}
	return s.waitFor(text)
}

// pressAndWait presses a key and waits for text.
func (s *session) pressAndWait(key, text string) string {
	s.t.Helper()
	s.press(key)
	return s.waitFor(text)
}
