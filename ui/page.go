package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/flow"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// page is one screen of the wizard. It draws only its own part: the wizard
// draws the banner above it and the key help below it.
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

// common is what every page shares: the words, the looks, the keys, the
// answers so far and the clock.
type common struct {
	opts    Options
	t       *i18n.Translator
	g       *content.Guide
	styles  Styles
	keys    KeyMap
	answers *flow.Answers
	now     time.Time
	// audience is who walks: a person, or an organisation for its accounts.
	audience string
	// copied is set once something is put on the clipboard.
	copied *bool
}

// Messages that pages send to the wizard.
type (
	nextMsg     struct{}                  // go on to the next screen of the walk
	gotoMsg     struct{ to flow.Screen }  // go to a screen outside the walk
	backMsg     struct{}                  // go back one screen
	stopMsg     struct{}                  // leave the program
	restartMsg  struct{}                  // start over with nothing remembered
	switchLangs struct{}                  // the other language
	startMsg    struct{ audience string } // begin the walk, as a person or an organisation
	openMsg     struct{ key, app string }
	openedMsg   struct {
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
// lines a screen adds. Enter goes on. A text longer than the window scrolls,
// with a line that says there is more.
type textPage struct {
	c        *common
	progress string
	title    string
	body     string
	extra    func(width int) []string // lines under the body, drawn at each width
	next     key.Binding              // the key that goes on, and its help
	onNext   tea.Msg                  // where it goes: the next screen, unless set

	width, height, offset int
}

func newTextPage(c *common, title, body string) *textPage {
	return &textPage{c: c, title: title, body: body, next: c.keys.Next, onNext: nextMsg{}}
}

func (p *textPage) Init() tea.Cmd { return nil }

func (p *textPage) SetSize(width, height int) {
	p.width, p.height = width, height
	p.offset = min(p.offset, p.maxOffset())
}

func (p *textPage) Update(msg tea.Msg) (page, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(msg, p.next):
			return p, send(p.onNext)
		case msg.String() == "pgdown" || msg.String() == "down":
			p.offset = min(p.offset+p.step(msg.String()), p.maxOffset())
		case msg.String() == "pgup" || msg.String() == "up":
			p.offset = max(p.offset-p.step(msg.String()), 0)
		}
	}
	return p, nil
}

func (p *textPage) step(k string) int {
	if strings.HasPrefix(k, "pg") {
		return max(p.height-2, 1)
	}
	return 1
}

func (p *textPage) Help() []key.Binding {
	if p.maxOffset() > 0 {
		return []key.Binding{p.next, p.c.keys.Scroll}
	}
	return []key.Binding{p.next}
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
		lines = append(lines, "")
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
	return lines
}

func (p *textPage) maxOffset() int {
	if p.height <= 0 {
		return 0
	}
	return max(len(p.lines())-p.height, 0)
}

func (p *textPage) View() string {
	return strings.Join(scroll(p.c, p.lines(), p.height, p.offset), "\n")
}

// scroll shows the part of lines that fits in height from offset. When more
// follows below, the last line says so instead.
func scroll(c *common, lines []string, height, offset int) []string {
	if height <= 0 || len(lines) <= height {
		return lines
	}
	if offset >= len(lines)-height {
		return lines[len(lines)-height:]
	}
	shown := append([]string(nil), lines[offset:offset+height-1]...)
	return append(shown, c.styles.Progress.Render(c.t.T("page.more_below")))
}
