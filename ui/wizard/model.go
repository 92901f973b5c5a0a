// Package wizard is the wizard: a Bubble Tea program that explains what Meta
// does, asks which apps a person uses, and walks them through the objection
// one step per screen, under a banner with the deadline.
//
// Model owns the program: the clock, the window size, starting over. The
// wizard inside it owns the walk: which screen is shown, the way back, and
// the answers. Starting over is a new wizard, so nothing of the last person
// stays behind.
package wizard

import (
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// Options are what the command line decides, and the side effects it wires
// in (tests replace them).
type Options struct {
	Lang string
	// Language gives the words and the guide in a language (the person
	// may switch): loaded once per language by the command line, which
	// keeps them, the guide with an address file's addresses. Nil loads
	// the built-in ones anew each time (tests).
	Language func(lang string) (*i18n.Translator, *content.Guide, error)
	// AddressRefused says why an address file was not used, line by line:
	// the welcome screen shows it, since the wizard covers the terminal
	// where the command line said it.
	AddressRefused []string
	// Clock tells the time; nil is the real clock. With --now it runs from
	// the time given.
	Clock func() time.Time
	// Practice is set when the clock was set with --now; the banner says so.
	Practice bool
	Browser  Opener
	// CanBrowse is false with --no-browser, or where no browser can start:
	// then the address is shown to type over.
	CanBrowse bool
	Clipboard Clipboard
	ASCII     bool

	// Kiosk mode: start over after Idle without a key, never leave.
	Kiosk bool
	Idle  time.Duration
	// WriteFile writes a file the person asked for (the letter); an
	// existing file is kept unless overwrite is set, with
	// fileproblem.ErrExists (the system's is cmd/internal/system/files).
	WriteFile func(path string, data []byte, overwrite bool) error
	// Print makes the page with the steps for these apps, in lang, and
	// opens it; it returns where it is, and whether the browser opened.
	Print func(lang string, apps []string) (path string, opened bool, err error)
	// Letter lays out an organisation's letter (ui/letter's Layout).
	Letter letter.Layout
	// OnReset runs when a kiosk starts over, to forget what lies outside
	// the wizard (such as a printed page's file).
	OnReset func()
}

// Opener opens an objection form in the person's browser. The system's
// (cmd/internal/system/browser) checks the address once more, against the
// allow-list, before it opens it.
type Opener interface {
	Open(form address.Checked) error
}

// Clipboard takes text to paste elsewhere.
type Clipboard interface {
	Copy(text string) error
}

// Model is the wizard program.
type Model struct {
	opts          Options
	home          Options // as started: a kiosk returns to these
	w             *wizard
	width, height int
	tick          int // the live tick's number; older ticks are dropped

	// Kiosk mode.
	lastInput time.Time
	askUntil  time.Time // while asking "Ben je er nog?": when to start over
	idleSeq   int
}

// New returns the wizard in opts.Lang, at the welcome screen.
func New(opts Options) (*Model, error) {
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Idle <= 0 {
		opts.Idle = DefaultIdle
	}
	m := &Model{opts: opts, home: opts, lastInput: opts.Clock()}
	w, err := newWizard(opts, opts.Clock())
	if err != nil {
		return nil, err
	}
	m.w = w
	return m, nil
}

// Init starts the clock, and in a kiosk the idle timer. It asks the
// terminal for its background colour: without colour, the QR code must be
// drawn the right way round for it (see tui.CodeLook).
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.w.init(), m.scheduleTick(), tea.RequestBackgroundColor}
	if m.opts.Kiosk {
		cmds = append(cmds, m.scheduleIdle(m.opts.Idle))
	}
	return tea.Batch(cmds...)
}

// Update handles what belongs to the whole program, and hands the rest to
// the wizard.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	// Ctrl+Z and Ctrl+\ first: in a kiosk they do nothing, not even
	// count as a key.
	if cmd, used := m.w.c.keys.JobKey(msg, m.opts.Kiosk); used {
		return m, cmd
	}
	if m.opts.Kiosk {
		if cmd, used := m.kioskUpdate(msg); used {
			return m, cmd
		}
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.w.setSize(m.width, m.height)
		return m, nil
	case tea.ColorProfileMsg:
		m.w.c.styles.Code.Plain = msg.Profile < colorprofile.ANSI
		m.w.c.styles.Code.Bare = msg.Profile < colorprofile.ASCII
		return m, nil
	case tea.BackgroundColorMsg:
		m.w.c.styles.Code.DarkInk = !msg.IsDark()
		return m, nil
	case tickMsg:
		if msg.seq != m.tick {
			return m, nil
		}
		m.w.setNow(m.opts.Clock())
		return m, m.scheduleTick()
	case restartMsg:
		if m.opts.Kiosk {
			// The next person starts where the kiosk started.
			return m, m.reset()
		}
		return m, m.restart(m.opts)
	case switchLangs:
		opts := m.opts
		from := opts.Lang
		opts.Lang = msg.lang
		if !i18n.OnScreen(opts.Lang) {
			opts.Lang = otherLanguage(from)
		}
		cmd := m.restart(opts)
		m.opts = opts
		// The cursor stays on the languages: Enter and a choice switch
		// back.
		m.w.cursorOnLanguage()
		return m, cmd
	case stopMsg:
		return m, tea.Quit
	}
	return m, m.w.update(msg)
}

// Lang is the language the wizard speaks now: the person may have
// switched it.
func (m *Model) Lang() string { return m.opts.Lang }

// restart replaces the wizard with a new one: every answer is forgotten.
func (m *Model) restart(opts Options) tea.Cmd {
	w, err := newWizard(opts, opts.Clock())
	if err != nil {
		// The content is embedded and tested in every language; keep the
		// wizard that works rather than stop.
		return nil
	}
	// The terminal stays the same, and so does the way round the code
	// scans on it.
	w.c.styles.Code = m.w.c.styles.Code
	m.w = w
	m.w.setSize(m.width, m.height)
	return m.w.init()
}

// View draws the wizard on the whole window, which it gives back at the end.
func (m *Model) View() tea.View {
	content := m.w.view()
	if m.opts.ASCII {
		// Whatever the words and marks, nothing but ASCII reaches a
		// terminal that cannot show more.
		content = prose.ASCII(content)
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.WindowTitle = m.w.c.t.T("app.window_title")
	return v
}

// scheduleTick wakes the program when the banner's words change next, and
// not before: a minute before the date, a day after it.
func (m *Model) scheduleTick() tea.Cmd {
	m.tick++
	seq := m.tick
	return tea.Tick(m.tickWait(), func(time.Time) tea.Msg { return tickMsg{seq: seq} })
}

// tickWait is how long the banner's words stay the same.
func (m *Model) tickWait() time.Duration {
	now := m.opts.Clock()
	return m.w.c.g.Deadline.NextChange(now).Sub(now)
}

// otherLanguage is the next language a terminal offers after lang.
func otherLanguage(lang string) string {
	for _, l := range i18n.ScreenLanguages() {
		if l != lang {
			return l
		}
	}
	return lang
}

// load returns the words and the guide in one language: the guide as the
// command line made it (with an address file's addresses), or the
// built-in one.
func load(opts Options, lang string) (*i18n.Translator, *content.Guide, error) {
	if opts.Language != nil {
		return opts.Language(lang)
	}
	t, err := i18n.New(lang)
	if err != nil {
		return nil, nil, err
	}
	g, err := content.Load(lang)
	if err != nil {
		return nil, nil, err
	}
	return t, g, nil
}
