package wizard

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

var errNoOpener = errors.New("no browser opener wired")

// noBreak is a no-break space: words joined by it wrap as one.
const noBreak = "\u00a0"

// stepPage is one step of the objection for one app: "Facebook, stap 2 van
// 7". Its words are the model's: the step's own, and what it needs beside
// them, the form's address, the route in the app or the sample reason.
// The page lays them out, and decides what fits: the QR code, the route
// beside the address, or behind m.
type stepPage struct {
	*textPage
	at     walk.Place
	action string      // what the step does (content.Action...): its keys
	screen walk.Screen // the step in words, for what became of the form
	key    string      // what this step is about (walk.Place.Key)
	opened bool        // the form is open in the browser
	failed error       // opening the browser failed
	route  bool        // the person asked to see the route in the app
	// roomy is set when the phone step has room for the route in the app
	// beside the address, so that it shows without asking.
	roomy bool
	// compact is set when the window is too small for the step's words and
	// its address together.
	compact bool
	// qr is set while the phone step shows its QR code: all of it fits.
	qr     bool
	copied *error
	code   *phoneCode // the QR code of the address, on the phone step
	// letter is the organisation's letter, for the step where it may be
	// pasted.
	letter func() string
}

func (w *wizard) newStepPage(s walk.Place) page {
	c := w.c
	key := s.Key(c.audience)
	p := &stepPage{
		textPage: newTextPage(c, "", ""),
		at:       s, key: key, opened: w.openedNow[key], letter: w.letterText,
	}
	if steps := w.steps(); s.Index >= 0 && s.Index < len(steps) {
		p.action = steps[s.Index].Action
	}
	p.extra = p.extraLines
	// What became of copying stays in view, under the text.
	p.footer = func(width int) []string {
		if p.screen.CopyLetter {
			return p.copiedLines("org.copied", "org.copy_maybe", width)
		}
		return p.copiedLines("step.copied", "step.copy_maybe", width)
	}
	p.ask()
	if p.action == content.ActionAddress && p.screen.Address != nil {
		p.code = newPhoneCode(c, p.screen.Address.Full.String())
	}
	return p
}

// opening is what can become, or became, of the form here.
func (p *stepPage) opening() walk.Opening {
	switch {
	case !p.c.opts.CanBrowse:
		return walk.NoBrowser
	case p.failed != nil:
		return walk.OpenFailed
	case p.opened:
		return walk.FormOpen
	}
	return walk.CanOpen
}

// ask asks the model for the step's words as they stand now: where the
// form cannot open, its words say what to do instead.
func (p *stepPage) ask() {
	p.screen = p.c.screen(p.at, p.opening())
	p.progress, p.title = p.screen.Progress, p.screen.Title
	p.setBody()
}

// setBody puts the step's words in the text, where they have room.
//
// Once the person asks for the route in the app, it takes the place of the
// step's words: they have chosen the other way, and both do not fit.
//
// In a window too small for both, the words give way to the address too:
// that is what the step cannot do without.
func (p *stepPage) setBody() {
	p.body = p.screen.Text
	if p.route || p.compact {
		p.body = ""
	}
}

// canOpen reports whether Enter opens the browser on this step.
func (p *stepPage) canOpen() bool {
	return p.action == content.ActionOpen && p.c.opts.CanBrowse && p.failed == nil
}

func (p *stepPage) Update(msg tea.Msg) (page, tea.Cmd) {
	switch msg := msg.(type) {
	case openedMsg:
		if msg.key == p.key {
			p.opened, p.failed = msg.err == nil, msg.err
			p.ask()
		}
		return p, nil
	case copiedMsg:
		p.copied = &msg.err
		return p, nil
	case tea.KeyPressMsg:
		if p.codeKey(msg) {
			return p, nil
		}
		k := p.c.keys
		switch {
		case key.Matches(msg, k.Next):
			switch {
			case p.readOn():
				return p, nil
			case p.canOpen() && !p.opened:
				return p, send(openMsg{key: p.key, app: p.at.App})
			}
			return p, send(nextMsg{})
		case key.Matches(msg, k.Route) && p.showsRouteKey():
			p.route = !p.route
			p.setBody()
			return p, nil
		case key.Matches(msg, k.Copy) && p.copies() != "":
			return p, copyText(p.c, p.copies())
		}
		p.scrollKey(msg, true)
	}
	return p, nil
}

// readOn shows more of the step first, unless all of it is in view.
func (p *stepPage) readOn() bool { return !p.qr && p.textPage.readOn() }

// copies is what c copies on this step: the sample reason, where a copy
// on this computer helps, or the organisation's letter; or nothing.
func (p *stepPage) copies() string {
	switch {
	case p.screen.Reason != nil && p.screen.Reason.Copy:
		return p.screen.Reason.Text
	case p.screen.CopyLetter && p.letter != nil:
		return p.letter()
	}
	return ""
}

// hasOpen reports whether the route in the app is shown because m asked
// for it: Esc closes it.
func (p *stepPage) hasOpen() bool { return p.route && p.showsRouteKey() }

// closeOpen closes the route asked for, and shows the step's words again.
func (p *stepPage) closeOpen() {
	p.route = false
	p.setBody()
}

func (p *stepPage) showsRouteKey() bool {
	return p.screen.Address != nil && p.screen.Route != nil && !p.routeShown()
}

func (p *stepPage) Help() []key.Binding {
	k := p.c.keys
	var h []key.Binding
	switch {
	case !p.qr && p.text.unread():
		h = append(h, k.ReadOn)
	case p.canOpen() && !p.opened:
		h = append(h, k.Open)
	default:
		h = append(h, k.Next)
	}
	h = append(h, p.codeHelp()...)
	if p.hasWindow() {
		return h
	}
	if p.showsRouteKey() {
		h = append(h, k.Route)
	}
	switch {
	case p.copies() == "":
	case p.screen.CopyLetter:
		h = append(h, k.CopyLetter)
	default:
		h = append(h, k.Copy)
	}
	if !p.qr && p.text.overflows() {
		h = append(h, k.Read)
	}
	return h
}

// extraLines are the lines under the step's words: the notes, then what
// the step needs.
func (p *stepPage) extraLines(width int) []string {
	sc, s := p.screen, p.c.styles
	lines := noteLines(sc.Notes, width, s.Bullet)
	if len(lines) > 0 {
		lines = append(lines, "")
	}
	switch {
	case sc.Address != nil:
		lines = append(lines, p.formLines(width)...)
	case sc.Route != nil:
		lines = append(lines, p.routeLines(width)...)
	case sc.Reason != nil:
		if sc.Reason.TypeOver != "" {
			lines = append(lines, p.wrap(sc.Reason.TypeOver, width)...)
		}
		lines = append(lines, p.wrap(sc.Reason.Label, width)...)
		lines = append(lines, boxed(s.Quote, sc.Reason.Text, width)...)
	case sc.CopyLetter:
		if p.copies() != "" {
			lines = append(lines, p.wrap(p.c.t.T("step.copy_letter"), width)...)
		}
	}
	if p.route && sc.Address != nil && !p.routeShown() {
		lines = append(lines, "")
		lines = append(lines, p.routeLines(width)...)
	}
	return lines
}

// copiedLines say that something was copied, and how to paste it; or
// that copying may have failed.
func (p *stepPage) copiedLines(done, maybe string, width int) []string {
	s := p.c.styles
	switch {
	case p.copied == nil:
		return nil
	case *p.copied == nil:
		return p.wrapStyled(s.Status, p.c.t.T(done, pasteData(p.c)), width)
	}
	return p.wrapStyled(s.Warning, p.c.t.T(maybe), width)
}

// routeShown reports whether the step shows the route without asking: the
// open step when the browser cannot open here, the phone step when there
// is room.
func (p *stepPage) routeShown() bool {
	switch p.action {
	case content.ActionOpen:
		return !p.canOpen() && p.roomy
	case content.ActionAddress:
		return p.roomy
	}
	return false
}

// View draws the phone step with its QR code where there is room for it.
func (p *stepPage) View() string {
	if p.hasWindow() {
		return p.aloneView()
	}
	if lines, ok := p.phoneLines(p.width, p.height); ok {
		return strings.Join(lines, "\n")
	}
	return p.textPage.View()
}

// SetSize also decides whether the phone step has room for the route.
func (p *stepPage) SetSize(width, height int) {
	p.roomy, p.compact, p.qr = false, false, false
	p.setBody()
	p.textPage.SetSize(width, height)
	if p.screen.Address != nil {
		if height > 0 && len(p.lines()) > height {
			p.compact = true
			p.setBody()
			p.textPage.SetSize(width, height)
		}
	}
	if p.action == content.ActionAddress && !p.route {
		if _, ok := p.phoneLines(width, height); ok {
			p.qr = true
			return // the code and the address; the route is behind m
		}
		p.roomy = true
		p.roomy = height <= 0 || len(p.lines()) <= height
		p.textPage.SetSize(width, height)
	}
	// Where the form cannot open here, the route shows beside the address
	// when there is room for it, with its date and the last way in;
	// otherwise it is behind m.
	if p.action == content.ActionOpen && !p.canOpen() && !p.route {
		p.roomy = true
		p.roomy = height <= 0 || len(p.lines()) <= height
		p.textPage.SetSize(width, height)
	}
}

// formLines are what the step says of the form: what to do with its
// address (that it did not or cannot open stands out), the address, what
// became of it, and the route in the app beside it where there is room,
// or how to see it (FACTS H10).
func (p *stepPage) formLines(width int) []string {
	a, s := p.screen.Address, p.c.styles
	var lines []string
	// Once the route is asked for on the phone step, it is the way.
	if a.Lead != "" && (p.action != content.ActionAddress || !p.route) {
		if a.LeadWarns {
			lines = p.wrapStyled(s.Warning, a.Lead, width)
		} else {
			lines = p.wrap(a.Lead, width)
		}
	}
	lines = append(lines, p.addressLines(width)...)
	lines = append(lines, p.codeAloneHint(width)...)
	if p.screen.Status != "" {
		lines = append(lines, p.wrapStyled(s.Status, s.Done+" "+p.screen.Status, width)...)
	}
	switch {
	case p.roomy:
		lines = append(lines, "")
		lines = append(lines, p.routeLines(width)...)
	case !p.route && p.screen.Status == "":
		lines = append(lines, p.wrap(p.c.t.T("step.link_fails"), width)...)
	}
	return lines
}

// addressLines show the form's address in a box, the digits at its end in
// groups of three, which are the hardest part to type over, and when the
// address was checked.
func (p *stepPage) addressLines(width int) []string {
	a, s := p.screen.Address, p.c.styles
	address := a.Full.String()
	if lipgloss.Width(address) > width-s.Address.GetHorizontalFrameSize() {
		// Never break an address in the middle of a word or number: in a
		// narrow window it goes in its parts, one under the other.
		address = strings.Join(a.Parts, "\n")
	}
	lines := boxed(s.Address, address, width)
	lines = append(lines, p.digitLines(width)...)
	// Meta moves its forms (FACTS H12): how old the address is.
	return append(lines, p.wrap(a.Checked, width)...)
}

// digitLines are the digits at the end of the address in groups. The
// groups stay on one line: a group alone on the next line is easily
// missed while typing. They are joined by no-break spaces while the line
// is wrapped, and by spaces when shown.
func (p *stepPage) digitLines(width int) []string {
	a := p.screen.Address
	if a.Digits == "" {
		return nil
	}
	var lines []string
	joined := strings.ReplaceAll(a.Digits, " ", noBreak)
	for _, l := range p.wrap(a.DigitsLabel+" "+joined, width) {
		lines = append(lines, strings.ReplaceAll(l, noBreak, " "))
	}
	return lines
}

// routeLines are the way to the objection inside the app, numbered, with
// how old it is (FACTS H5) and the last way in when both the link and the
// route fail (H13).
func (p *stepPage) routeLines(width int) []string {
	r := p.screen.Route
	var lines []string
	if r.Intro != "" {
		lines = p.wrap(r.Intro, width)
	}
	for i, item := range r.Steps {
		lines = append(lines, hanging(fmt.Sprintf("%d.", i+1), item, width)...)
	}
	lines = append(lines, "")
	lines = append(lines, p.wrap(r.Note, width)...)
	lines = append(lines, "")
	return append(lines, prose.Wrap(r.LastWay, width, p.c.styles.Bullet)...)
}

func (p *stepPage) wrap(text string, width int) []string {
	return prose.WrapLine(text, width)
}

func (p *stepPage) wrapStyled(style lipgloss.Style, text string, width int) []string {
	lines := prose.WrapLine(text, width)
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}

// boxed draws text in a box when it fits the width, and plainly when the
// window is too narrow for the box: an address must never be cut.
func boxed(style lipgloss.Style, text string, width int) []string {
	inner := width - style.GetHorizontalFrameSize()
	if lipgloss.Width(text) <= inner {
		return strings.Split(style.Render(text), "\n")
	}
	if inner >= 20 {
		return strings.Split(style.Width(width).Render(text), "\n")
	}
	return prose.WrapLine(text, width)
}
