package ui

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/flow"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

var errNoOpener = errors.New("no browser opener wired")

// stepPage is one step of the objection for one app: "Facebook, stap 2 van
// 7". Beside the words it shows what the step needs: the form's address,
// the route in the app, or the sample reason.
type stepPage struct {
	*textPage
	app    *content.App
	step   content.Step
	key    string // what this step is about (flow.Screen.Key)
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
	copied  *error
	code    *phoneCode // the QR code of the address, on the phone step
}

func (w *wizard) newStepPage(s flow.Screen) page {
	c := w.c
	steps := w.steps()
	step := steps[s.Index]
	app := c.g.App(s.App)
	account := ""
	if c.audience == content.AudienceOrganisation && s.Account < len(w.answers.Accounts) {
		account = w.answers.Accounts[s.Account].Name
	}
	fill := strings.NewReplacer("{app}", app.Name, "{url}", app.Form.String(), "{account}", account)
	key := s.Key(c.audience)
	p := &stepPage{
		textPage: newTextPage(c, fill.Replace(step.Title), ""),
		app:      app, step: step, fill: fill, first: s.Index == 0, opened: w.opened[key], key: key,
	}
	p.progress = c.t.T("step.progress", i18n.Data{"App": app.Name, "N": s.Index + 1, "Total": len(steps)})
	if account != "" {
		p.progress = c.t.T("step.progress_org", i18n.Data{"App": app.Name, "Account": account, "N": s.Index + 1, "Total": len(steps)})
	}
	p.extra = p.extraLines
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
		case key.Matches(msg, k.Open) && p.canOpen() && !p.opened:
			return p, send(openMsg{key: p.key, app: p.app.ID})
		case key.Matches(msg, k.Route) && p.showsRouteKey():
			p.route = !p.route
			p.setBody()
			return p, nil
		case key.Matches(msg, k.Copy) && p.step.Action == content.ActionReason:
			return p, p.copyReason()
		}
	}
	_, cmd := p.textPage.Update(msg)
	return p, cmd
}

// copyReason puts the sample reason on the clipboard twice over: through
// the terminal (OSC 52, which works over SSH but not everywhere) and
// through the system's clipboard (which works on Windows and macOS).
func (p *stepPage) copyReason() tea.Cmd { return copyText(p.c, p.c.g.Reason) }

func (p *stepPage) showsRouteKey() bool {
	return (p.step.Action == content.ActionOpen || p.step.Action == content.ActionAddress) && !p.routeShown()
}

func (p *stepPage) Help() []key.Binding {
	k := p.c.keys
	var h []key.Binding
	if p.canOpen() && !p.opened {
		h = append(h, k.Open)
	} else {
		h = append(h, k.Next)
	}
	h = append(h, p.codeHelp()...)
	if p.hasWindow() {
		return h
	}
	if p.showsRouteKey() {
		h = append(h, k.Route)
	}
	if p.step.Action == content.ActionReason {
		h = append(h, k.Copy)
	}
	if p.maxOffset() > 0 {
		h = append(h, k.Scroll)
	}
	return h
}

// extraLines are the lines under the step's words, for its action.
func (p *stepPage) extraLines(width int) []string {
	c, s := p.c, p.c.styles
	var lines []string
	if p.first && c.audience == content.AudiencePerson {
		for _, via := range c.answers.ReachedVia(c.g, p.app.ID) {
			lines = append(lines, prose.WrapLine(c.t.T("step.via", i18n.Data{"App": p.app.Name, "Via": via.Name}), width)...)
			lines = append(lines, "")
		}
		for _, other := range c.answers.CoveredByLinked(c.g) {
			lines = append(lines, prose.WrapLine(c.t.T("step.linked", i18n.Data{"App": p.app.Name, "Other": other.Name}), width)...)
			lines = append(lines, "")
		}
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
		lines = append(lines, boxed(s.Quote, c.g.Reason, width)...)
		if p.copied != nil {
			if *p.copied == nil {
				lines = append(lines, s.Status.Render(c.t.T("step.copied")))
			} else {
				lines = append(lines, p.wrapStyled(s.Warning, c.t.T("step.copy_maybe"), width)...)
			}
		}
	}
	if p.route && p.step.Action != content.ActionMenu && !p.routeShown() {
		lines = append(lines, "")
		lines = append(lines, p.routeLines(width)...)
	}
	return lines
}

// routeShown reports whether the step shows the route without asking: the
// open step when the browser cannot open here, the phone step when there
// is room.
func (p *stepPage) routeShown() bool {
	switch p.step.Action {
	case content.ActionOpen:
		return !p.canOpen()
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
	p.roomy, p.compact = false, false
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
			return // the code and the address; the route is behind m
		}
		p.roomy = true
		p.roomy = height <= 0 || len(p.lines()) <= height
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
	// in the app (FACTS H10).
	why := c.t.T("step.no_browser")
	if p.failed != nil {
		why = c.t.T("step.open_failed")
	}
	lines := p.wrapStyled(s.Warning, why, width)
	lines = append(lines, p.addressLines(width)...)
	lines = append(lines, "")
	return append(lines, p.routeLines(width)...)
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
		lines = append(lines, p.wrap(c.t.T("step.digits", i18n.Data{"Digits": digits}), width)...)
	}
	return lines
}

// routeLines are the way to the objection inside the app, numbered.
func (p *stepPage) routeLines(width int) []string {
	c := p.c
	lines := p.wrap(c.t.T("step.route_intro", i18n.Data{"App": p.app.Name}), width)
	for i, item := range p.app.Menu {
		num := fmt.Sprintf("%d. ", i+1)
		for j, l := range prose.WrapLine(item, width-len(num)) {
			if j == 0 {
				lines = append(lines, num+l)
			} else {
				lines = append(lines, strings.Repeat(" ", len(num))+l)
			}
		}
	}
	return lines
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
