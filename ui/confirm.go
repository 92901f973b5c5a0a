package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// newConfirmPage asks "Stoppen?" before the program stops, because q or
// Ctrl+C can be pressed by mistake. Going on is the first choice. In a
// kiosk the question is whether to start over, which is what stopping
// does there; yes sends stop.
func newConfirmPage(c *common, stop tea.Msg) page {
	prefix := "quit."
	if c.opts.Kiosk {
		prefix = "kiosk.quit_"
	}
	text := newTextPage(c, c.t.T(prefix+"title"), c.t.T(prefix+"body"))
	return &confirmPage{newMenuPage(c, text, []menuItem{
		{c.t.T(prefix + "no"), closeConfirm{}},
		{c.t.T(prefix + "yes"), stop},
	})}
}

// closeConfirm closes the question and goes on where the person was.
type closeConfirm struct{}

type confirmPage struct{ *menuPage }

func (p *confirmPage) Help() []key.Binding {
	k := p.c.keys
	yes := k.Yes
	if p.c.opts.Kiosk {
		yes.SetHelp(yes.Help().Key, p.c.t.T("kiosk.quit_yes_key"))
	}
	return []key.Binding{k.Choose, k.Move, yes, k.No}
}

func (p *confirmPage) Update(msg tea.Msg) (page, tea.Cmd) {
	_, cmd := p.menuPage.Update(msg)
	return p, cmd
}
