package wizard

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/qr"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/tui"
)

// qrGap is the space between the code and the words beside it.
const qrGap = 3

// minWords is the narrowest column of words beside the code worth reading.
const minWords = 28

// windowPage is a page that can take the whole window for a while: the
// phone step, to show its QR code alone where the window holds the code
// but not the words beside it. The wizard tells it the window's size,
// draws its lines alone, above the key help, while it has the window, and
// lets Esc give the window back before Esc goes back a screen.
type windowPage interface {
	page
	setWindow(width, height int)
	hasWindow() bool
	giveBackWindow()
}

// phoneCode is the QR code of a form's address on the phone step: drawn
// for this terminal, beside the words or alone on the whole window.
type phoneCode struct {
	c       *common
	address string
	show    key.Binding // g: the code alone, on the whole window
	invert  key.Binding // i: the code turned around, light for dark

	// The code as last drawn, and what it was drawn for: the terminal may
	// tell its colours after the page is made.
	drawnFor *tui.CodeLook
	drawn    []string // nil when it cannot be drawn
	width    int      // of the code, in cells

	alone                     bool // the person asked for the code alone
	windowWidth, windowHeight int
}

func newPhoneCode(c *common, address string) *phoneCode {
	t := c.t
	return &phoneCode{
		c: c, address: address,
		show:   key.NewBinding(key.WithKeys("g"), key.WithHelp("g", t.T("qr.key_show"))),
		invert: key.NewBinding(key.WithKeys("i"), key.WithHelp("i", t.T("qr.key_invert"))),
	}
}

// lines returns the code's lines as the screen shows them, and its width
// in cells; ok is false when it cannot be drawn.
func (q *phoneCode) lines() (lines []string, width int, ok bool) {
	look := q.c.styles.Code
	if q.drawnFor == nil || *q.drawnFor != look {
		q.drawnFor, q.drawn = &look, nil
		if code, err := qr.Terminal(q.address, look.Look(q.c.opts.ASCII)); err == nil {
			q.width = lipgloss.Width(code)
			if !look.Plain {
				code = q.c.styles.QR.Render(code)
			}
			q.drawn = strings.Split(code, "\n")
		}
	}
	return q.drawn, q.width, q.drawn != nil
}

// fitsAlone reports whether the window holds the code alone, with an
// empty line and the key help under it.
func (q *phoneCode) fitsAlone() bool {
	w, h, err := qr.Size(q.address, q.c.opts.ASCII)
	return err == nil && w+margin <= q.windowWidth && h+2 <= q.windowHeight
}

// invertable reports whether i can turn the code around: only where it
// takes the terminal's own colours, which may be either way round.
func (q *phoneCode) invertable() bool { return q.c.styles.Code.Plain }

// phoneLines draws the phone step with a QR code: the code on the left, so
// the person can point their phone's camera at it, and on the right the
// step, the instruction and the address in parts, to type over. It reports
// false when the window has no room for it, or the code cannot be drawn;
// the step then shows the address alone.
//
// The words are as wide as the text column at most; the code and the gap
// beside it may take the rest of the window.
func (p *stepPage) phoneLines(width, height int) ([]string, bool) {
	q := p.code
	if q == nil || p.route {
		return nil, false
	}
	codeLines, codeWidth, ok := q.lines()
	if !ok {
		return nil, false
	}
	right := min(max(q.windowWidth-2*margin, width)-codeWidth-qrGap, width)
	if right < minWords || len(codeLines) > height {
		return nil, false
	}
	words := p.codeWords(right, false)
	if len(words) > height {
		// Without the empty lines between its parts, the words may still
		// fit beside the code.
		words = p.codeWords(right, true)
	}
	if len(words) > height {
		return nil, false
	}
	gap := strings.Repeat(" ", qrGap)
	lines := make([]string, max(len(codeLines), len(words)))
	for i := range lines {
		left := strings.Repeat(" ", codeWidth)
		if i < len(codeLines) {
			left = codeLines[i]
		}
		if i < len(words) && words[i] != "" {
			lines[i] = left + gap + words[i]
		} else {
			lines[i] = left
		}
	}
	return lines, true
}

// codeWords are the words beside the code, width wide: the step, the
// instruction, the address in parts with its digits in groups and its
// date, and how to see the route. Tight leaves out the empty lines
// between them.
func (p *stepPage) codeWords(width int, tight bool) []string {
	c, s, a := p.c, p.c.styles, p.screen.Address
	var words []string
	add := func(style lipgloss.Style, text string) {
		for _, l := range prose.WrapLine(text, width) {
			words = append(words, style.Render(l))
		}
	}
	gap := func() {
		if !tight {
			words = append(words, "")
		}
	}
	add(s.Progress, p.progress)
	add(s.Title, p.title)
	for _, note := range p.screen.Notes {
		words = append(words, "")
		add(s.Text, note)
	}
	words = append(words, "")
	add(s.Text, c.t.T("step.scan"))
	if p.code.invertable() {
		add(s.Text, c.t.T("qr.invert_hint"))
	}
	gap()
	add(s.Text, c.t.T("step.type_parts"))
	for _, part := range a.Parts {
		add(s.Title, part)
	}
	words = append(words, p.digitLines(width)...)
	add(s.Text, a.Checked)
	gap()
	add(s.Text, c.t.T("step.link_fails"))
	return words
}

// offersCodeAlone reports whether g shows the code alone: where it does
// not fit beside the words, but the window holds it.
func (p *stepPage) offersCodeAlone() bool {
	if p.code == nil || p.route || p.code.alone {
		return false
	}
	if _, ok := p.phoneLines(p.width, p.height); ok {
		return false
	}
	return p.code.fitsAlone()
}

// codeShown reports whether the code is on screen: beside the words, or
// alone.
func (p *stepPage) codeShown() bool {
	if p.hasWindow() {
		return true
	}
	_, ok := p.phoneLines(p.width, p.height)
	return ok
}

// codeKey handles the keys of the QR code; it reports whether the key was
// one of them.
func (p *stepPage) codeKey(msg tea.KeyPressMsg) bool {
	q := p.code
	switch {
	case q == nil:
		return false
	case key.Matches(msg, q.show) && (p.offersCodeAlone() || p.hasWindow()):
		q.alone = !q.alone
		return true
	case key.Matches(msg, q.invert) && q.invertable() && p.codeShown():
		p.c.styles.Code.DarkInk = !p.c.styles.Code.DarkInk
		return true
	}
	return false
}

// codeHelp are the keys of the QR code that work now.
func (p *stepPage) codeHelp() []key.Binding {
	var h []key.Binding
	if p.offersCodeAlone() {
		h = append(h, p.code.show)
	}
	if p.code != nil && p.code.invertable() && p.codeShown() {
		h = append(h, p.code.invert)
	}
	return h
}

// codeAloneHint is the line under the address that says how to see the
// code, where g shows it.
func (p *stepPage) codeAloneHint(width int) []string {
	if !p.offersCodeAlone() {
		return nil
	}
	return p.wrap(p.c.t.T("qr.show_hint"), width)
}

func (p *stepPage) setWindow(width, height int) {
	if p.code != nil {
		p.code.windowWidth, p.code.windowHeight = width, height
	}
}

// hasWindow reports whether the code is shown alone: asked for, and the
// window (perhaps made smaller since) still holds it.
func (p *stepPage) hasWindow() bool {
	return p.code != nil && p.code.alone && !p.route && p.code.fitsAlone()
}

func (p *stepPage) giveBackWindow() { p.code.alone = false }

// aloneView is the code alone, for the whole window.
func (p *stepPage) aloneView() string {
	lines, _, _ := p.code.lines()
	return strings.Join(lines, "\n")
}
