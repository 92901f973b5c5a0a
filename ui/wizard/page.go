package wizard

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/tui"
)

// page is one screen of the wizard, or a dialog over it. It draws only its
// own part: the wizard draws the banner above it and the key help below it.
type page interface {
	Init() tea.Cmd
	Update(tea.Msg) (page, tea.Cmd)
	// View returns the page's lines, at most the width and height last set.
	View() string
	// Help returns the keys that work on this page, most important first;
	// the wizard adds Esc and q.
	Help() []key.Binding
	SetSize(width, height int)
}

// typingPage is a page where letters are typed: there q is a letter, and
// Backspace and ← edit the text, not go back.
type typingPage interface{ typing() bool }

// cursorPage is a page with a list of choices. The wizard remembers where
// the cursor stood when the person left, and puts it there again when they
// come back.
type cursorPage interface {
	cursorAt() int
	setCursor(int)
}

// sentencePage is a page whose help line is a sentence rather than keys.
type sentencePage interface{ helpSentence() string }

// common is what every page shares: the words, the looks, the keys, the
// answers so far and the clock.
type common struct {
	opts    Options
	t       *i18n.Translator
	g       *content.Guide
	styles  tui.Styles
	keys    tui.KeyMap
	answers *walk.Answers
	now     time.Time
	// audience is who walks: a person, or an organisation for its accounts.
	audience string
	// copied is set once something is put on the clipboard.
	copied *bool
	// screen is the screen at a place in words, as the model decides it
	// now, with what became of the form there.
	screen func(at walk.Place, opening walk.Opening) walk.Screen
}

// Messages that pages send to the wizard.
type (
	nextMsg     struct{}                // go on to the next screen of the walk
	gotoMsg     struct{ to walk.Place } // go to a screen outside the walk
	backMsg     struct{}                // go back one screen
	stopMsg     struct{}                // leave the program
	restartMsg  struct{}                // start over with nothing remembered
	switchLangs struct{ lang string }   // another language; "" the next one
	// startMsg begins the walk, as a person or an organisation; quick
	// skips the explanations, for a volunteer who knows them.
	startMsg struct {
		audience string
		quick    bool
	}
	openMsg   struct{ key, app string }
	openedMsg struct {
		key string
		err error
	}
	copiedMsg  struct{ err error }
	printMsg   struct{}
	printedMsg struct {
		path   string
		opened bool
		err    error
	}
	tickMsg struct{ seq int }
)

func send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// textPage is a page of text: a title, paragraphs and bullets, and any
// lines a screen adds. A text longer than the window scrolls, and says so.
// Enter shows the rest of a text first; once all of it has been on screen,
// it goes on.
type textPage struct {
	c        *common
	progress string
	title    string
	body     string
	extra    func(width int) []string // lines under the body, drawn at each width
	next     key.Binding              // the key that goes on, and its help
	onNext   tea.Msg                  // where it goes: the next screen, unless set
	// footer are lines under the text that stay in view while it scrolls:
	// what just happened.
	footer func(width int) []string

	text          scrollText
	width, height int
	tight         bool // no empty line under the title
}

// roomyText is the room under which a text that does not fit leaves out
// the empty line under its title: in a small window the title's bold sets
// it off enough, and every line of text counts.
const roomyText = 12

func newTextPage(c *common, title, body string) *textPage {
	return &textPage{c: c, title: title, body: body, next: c.keys.Next, onNext: nextMsg{}, text: newScrollText(c)}
}

func (p *textPage) Init() tea.Cmd { return nil }

// SetSize lays the text out again: at this width, and with what the page
// shows now.
func (p *textPage) SetSize(width, height int) {
	p.width, p.height = width, height
	room := height - footerRows(p.footerLines())
	p.tight = false
	lines := p.lines()
	if len(lines) > room && room < roomyText {
		p.tight = true
		lines = p.lines()
	}
	p.text.set(lines, width, room)
}

// footerLines are the lines under the text, or none.
func (p *textPage) footerLines() []string {
	if p.footer == nil {
		return nil
	}
	return p.footer(p.width)
}

// footerRows is the room footer lines take: an empty line and themselves.
func footerRows(lines []string) int {
	if len(lines) == 0 {
		return 0
	}
	return len(lines) + 1
}

// withFooter puts footer lines under a view, after an empty line.
func withFooter(view []string, footer []string) []string {
	if len(footer) == 0 {
		return view
	}
	return append(append(view, ""), footer...)
}

func (p *textPage) Update(msg tea.Msg) (page, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		if key.Matches(msg, p.next) {
			if p.readOn() {
				return p, nil
			}
			return p, send(p.onNext)
		}
		p.scrollKey(msg, true)
	}
	return p, nil
}

// readOn shows more of a text not yet read to the end, and reports
// whether it did: Enter does that before it goes on.
func (p *textPage) readOn() bool {
	if !p.text.unread() {
		return false
	}
	p.text.scroll(p.text.page())
	return true
}

// scrollKey moves the text for the page keys, and for the arrows when
// they are not the choices'. It reports whether the key was one of them.
func (p *textPage) scrollKey(msg tea.KeyPressMsg, arrows bool) bool {
	k := p.c.keys
	switch {
	case key.Matches(msg, k.PageDown):
		p.text.scroll(p.text.page())
	case key.Matches(msg, k.PageUp):
		p.text.scroll(-p.text.page())
	case arrows && key.Matches(msg, k.Down):
		p.text.scroll(1)
	case arrows && key.Matches(msg, k.Up):
		p.text.scroll(-1)
	default:
		return false
	}
	return true
}

// enterHelp is what Enter does now: show more, or go on.
func (p *textPage) enterHelp() key.Binding {
	if p.text.unread() {
		return p.c.keys.ReadOn
	}
	return p.next
}

func (p *textPage) Help() []key.Binding {
	h := []key.Binding{p.enterHelp()}
	if p.text.overflows() {
		h = append(h, p.c.keys.Read)
	}
	return h
}

func (p *textPage) lines() []string {
	s := p.c.styles
	var lines []string
	if p.progress != "" {
		for _, l := range prose.WrapLine(p.progress, p.width) {
			lines = append(lines, s.Progress.Render(l))
		}
	}
	if p.title != "" {
		for _, l := range prose.WrapLine(p.title, p.width) {
			lines = append(lines, s.Title.Render(l))
		}
		if !p.tight {
			lines = append(lines, "")
		}
	}
	body := prose.Wrap(p.body, p.width, s.Bullet)
	lines = append(lines, body...)
	if p.extra != nil {
		if more := p.extra(p.width); len(more) > 0 {
			if len(body) > 0 {
				lines = append(lines, "")
			}
			lines = append(lines, more...)
		}
	}
	// An empty line at the end is no text to read.
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// newScreenPage is a page of the model's words: its progress, title and
// text, and under them a list with its title and what the screen says
// last.
func newScreenPage(c *common, sc walk.Screen) *textPage {
	p := newTextPage(c, sc.Title, sc.Text)
	p.progress = sc.Progress
	p.extra = func(width int) []string { return listLines(c, sc, width) }
	return p
}

// listLines are a screen's list, each item wrapped under itself, and its
// closing words.
func listLines(c *common, sc walk.Screen, width int) []string {
	var lines []string
	if sc.ListTitle != "" {
		lines = append(lines, c.styles.Title.Render(sc.ListTitle))
	}
	for _, item := range sc.List {
		lines = append(lines, hanging(c.styles.Bullet, item, width)...)
	}
	if sc.Closing != "" {
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, prose.Wrap(sc.Closing, width, c.styles.Bullet)...)
	}
	return lines
}

// noteLines are notes said with a text, each wrapped, an empty line
// between them.
func noteLines(notes []string, width int, bullet string) []string {
	var lines []string
	for _, note := range notes {
		if note == "" {
			continue
		}
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, prose.Wrap(note, width, bullet)...)
	}
	return lines
}

func (p *textPage) View() string {
	return strings.Join(withFooter(p.text.view(), p.footerLines()), "\n")
}

// hanging wraps text under a mark ("•", "[x]", "1."): the lines after the
// first start under the text, past the mark, counted in columns.
func hanging(mark, text string, width int) []string {
	indent := strings.Repeat(" ", ansi.StringWidth(mark)+1)
	lines := prose.WrapLine(text, width-len(indent))
	for i, l := range lines {
		if i == 0 {
			lines[i] = mark + " " + l
		} else {
			lines[i] = indent + l
		}
	}
	return lines
}
