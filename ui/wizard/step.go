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
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/dated"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

var errNoOpener = errors.New("no browser opener wired")

// noBreak is a no-break space: words joined by it wrap as one.
const noBreak = "\u00a0"

// stepPage is one step of the objection for one app: "Facebook, stap 2 van
// 7". Beside the words it shows what the step needs: the form's address,
// the route in the app, or the sample reason.
type stepPage struct {
	*textPage
	app    *content.App
	step   content.Step
	key    string // what this step is about (walk.Place.Key)
	fill   *strings.Replacer
	first  bool
	opened bool  // the form is open in the browser
	failed error // opening the browser failed
	route  bool  // the person asked to see the route in the app
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
	steps := w.steps()
	step := steps[s.Index]
	app := c.g.App(s.App)
	account := ""
	if c.audience == content.AudienceOrganisation && s.Account < len(w.answers.Accounts) {
		account = w.answers.Accounts[s.Account].Name.String()
	}
	fill := strings.NewReplacer("{app}", app.Name, "{url}", app.Form.String(), "{account}", account)
	key := s.Key(c.audience)
	p := &stepPage{
		textPage: newTextPage(c, fill.Replace(step.Title), ""),
		app:      app, step: step, fill: fill, first: s.Index == 0, opened: w.openedNow[key], key: key,
		letter: w.letterText,
	}
	p.progress = c.t.T("step.progress", i18n.Data{"App": app.Name, "N": s.Index + 1, "Total": len(steps)})
	if account != "" {
		p.progress = c.t.T("step.progress_org", i18n.Data{"App": app.Name, "Account": account, "N": s.Index + 1, "Total": len(steps)})
	}
	p.extra = p.extraLines
	// What became of copying stays in view, under the text.
	p.footer = func(width int) []string {
		if p.step.Action == content.ActionLetter {
			return p.copiedLines("org.copied", "org.copy_maybe", width)
		}
		return p.copiedLines("step.copied", "step.copy_maybe", width)
	}
	p.setBody()
	if step.Action == content.ActionAddress {
		p.code = newPhoneCode(c, app.Form.String())
	}
	return p
}

// setBody leaves out the step's words where they say that the form opens
// by itself, when it cannot: the address and the route say what to do.
//
// Once the person asks for the route in the app, it takes the place of the
// step's words: they have chosen the other way, and both do not fit.
//
// In a window too small for both, the words give way to the address too:
// that is what the step cannot do without.
func (p *stepPage) setBody() {
	p.body = p.fill.Replace(p.step.Body)
	if (p.step.Action == content.ActionOpen && !p.canOpen()) || p.route || p.compact {
		p.body = ""
	}
}

// canOpen reports whether Enter opens the browser on this step.
func (p *stepPage) canOpen() bool {
	return p.step.Action == content.ActionOpen && p.c.opts.CanBrowse && p.failed == nil
}

func (p *stepPage) Update(msg tea.Msg) (page, tea.Cmd) {
	switch msg := msg.(type) {
	case openedMsg:
		if msg.key == p.key {
			p.opened, p.failed = msg.err == nil, msg.err
			p.setBody()
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
				return p, send(openMsg{key: p.key, app: p.app.ID})
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

// copies is what c copies on this step: the sample reason, where the form
// is filled in on this computer, or the organisation's letter; or nothing.
// On a phone, or in the app, a copy on this computer is of no use: there
// the reason is shown to type over.
func (p *stepPage) copies() string {
	switch p.step.Action {
	case content.ActionReason:
		if p.c.audience == content.AudienceOrganisation || p.c.answers.Route() == content.RouteComputer {
			return p.c.g.Reason
		}
	case content.ActionLetter:
		if p.letter != nil {
			return p.letter()
		}
	}
	return ""
}

func (p *stepPage) showsRouteKey() bool {
	return (p.step.Action == content.ActionOpen || p.step.Action == content.ActionAddress) && !p.routeShown()
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
	case p.step.Action == content.ActionLetter:
		h = append(h, k.CopyLetter)
	default:
		h = append(h, k.Copy)
	}
	if !p.qr && p.text.overflows() {
		h = append(h, k.Read)
	}
	return h
}

// notes are what the first step of an app says before its own words:
// that the steps are here for an app that lives on this one (Threads on
// Instagram), or that they count for a linked app too.
func (p *stepPage) notes() []string {
	c := p.c
	if !p.first || c.audience != content.AudiencePerson {
		return nil
	}
	var notes []string
	for _, via := range c.answers.ReachedVia(c.g, p.app.ID) {
		notes = append(notes, c.t.T("step.via", i18n.Data{"App": p.app.Name, "Via": via.Name}))
	}
	for _, other := range c.answers.CoveredByLinked(c.g) {
		notes = append(notes, c.t.T("step.linked", i18n.Data{"App": p.app.Name, "Other": other.Name}))
	}
	return notes
}

// extraLines are the lines under the step's words, for its action.
func (p *stepPage) extraLines(width int) []string {
	c, s := p.c, p.c.styles
	var lines []string
	for _, note := range p.notes() {
		lines = append(lines, prose.WrapLine(note, width)...)
		lines = append(lines, "")
	}
	switch p.step.Action {
	case content.ActionOpen:
		lines = append(lines, p.openLines(width)...)
	case content.ActionAddress:
		if !p.route {
			lines = append(lines, p.wrap(c.t.T("step.type_on_phone"), width)...)
		}
		lines = append(lines, p.addressLines(width)...)
		lines = append(lines, p.codeAloneHint(width)...)
		switch {
		case p.roomy:
			lines = append(lines, "")
			lines = append(lines, p.routeLines(width)...)
		case !p.route:
			lines = append(lines, p.wrap(c.t.T("step.link_fails"), width)...)
		}
	case content.ActionMenu:
		lines = append(lines, p.routeLines(width)...)
	case content.ActionReason:
		if p.copies() == "" {
			lines = append(lines, p.wrap(c.t.T("step.type_reason"), width)...)
		}
		lines = append(lines, boxed(s.Quote, c.g.Reason, width)...)
	case content.ActionLetter:
		if p.copies() != "" {
			lines = append(lines, p.wrap(c.t.T("step.copy_letter"), width)...)
		}
	}
	if p.route && p.step.Action != content.ActionMenu && !p.routeShown() {
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
	switch p.step.Action {
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
	if p.step.Action == content.ActionOpen || p.step.Action == content.ActionAddress {
		if height > 0 && len(p.lines()) > height {
			p.compact = true
			p.setBody()
			p.textPage.SetSize(width, height)
		}
	}
	if p.step.Action == content.ActionAddress && !p.route {
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
	if p.step.Action == content.ActionOpen && !p.canOpen() && !p.route {
		p.roomy = true
		p.roomy = height <= 0 || len(p.lines()) <= height
		p.textPage.SetSize(width, height)
	}
}

func (p *stepPage) openLines(width int) []string {
	c, s := p.c, p.c.styles
	switch {
	case p.opened:
		lines := p.addressLines(width)
		return append(lines, p.wrapStyled(s.Status, s.Done+" "+c.t.T("step.opened"), width)...)
	case p.canOpen() && p.route:
		return p.addressLines(width)
	case p.canOpen():
		lines := p.addressLines(width)
		return append(lines, p.wrap(c.t.T("step.link_fails"), width)...)
	}
	// No browser here, or it failed: the address to type, and the route
	// in the app one key away (FACTS H10), as on the phone step: with its
	// date and the last way in, both do not fit one screen.
	why := c.t.T("step.no_browser")
	if p.failed != nil {
		why = c.t.T("step.open_failed")
	}
	lines := p.wrapStyled(s.Warning, why, width)
	lines = append(lines, p.addressLines(width)...)
	switch {
	case p.roomy:
		lines = append(lines, "")
		lines = append(lines, p.routeLines(width)...)
	case !p.route:
		lines = append(lines, p.wrap(c.t.T("step.link_fails"), width)...)
	}
	return lines
}

// addressLines show the form's address in a box, and the digits at its end
// in groups of three, which are the hardest part to type over.
func (p *stepPage) addressLines(width int) []string {
	c, s := p.c, p.c.styles
	address := p.app.Form.String()
	if lipgloss.Width(address) > width-s.Address.GetHorizontalFrameSize() {
		// Never break an address in the middle of a word or number: in a
		// narrow window it goes in its parts, one under the other.
		address = strings.Join(addressParts(address), "\n")
	}
	lines := boxed(s.Address, address, width)
	if digits := prose.GroupDigits(p.app.Form.String()); digits != "" {
		// The groups stay on one line: a group alone on the next line is
		// easily missed while typing. They are joined by no-break spaces
		// while the line is wrapped, and by spaces when shown.
		joined := strings.ReplaceAll(digits, " ", noBreak)
		for _, l := range p.wrap(c.t.T("step.digits", i18n.Data{"Digits": joined}), width) {
			lines = append(lines, strings.ReplaceAll(l, noBreak, " "))
		}
	}
	// Meta moves its forms (FACTS H12): how old the address is.
	return append(lines, p.wrap(dated.Checked(c.t, p.app.FormChecked), width)...)
}

// routeLines are the way to the objection inside the app, numbered.
func (p *stepPage) routeLines(width int) []string {
	c := p.c
	var lines []string
	// On the step in the app, the step's own words introduce the route.
	if p.step.Action != content.ActionMenu {
		lines = p.wrap(c.t.T("step.route_intro", i18n.Data{"App": p.app.Name}), width)
	}
	for i, item := range p.app.Menu {
		lines = append(lines, hanging(fmt.Sprintf("%d.", i+1), item, width)...)
	}
	// How old the route is (FACTS H5), and the last way in when both the
	// link and the route fail (H13).
	lines = append(lines, "")
	lines = append(lines, p.wrap(dated.RouteNote(c.t, c.g, *p.app), width)...)
	lines = append(lines, "")
	return append(lines, prose.Wrap(dated.LastWay(c.g), width, c.styles.Bullet)...)
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
