package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// newConfirmPage asks "Stoppen?" before the program stops, because q or
// Ctrl+C can be pressed by mistake. Going on is the first choice.
func newConfirmPage(c *common) page {
	text := newTextPage(c, c.t.T("quit.title"), c.t.T("quit.body"))
	return &confirmPage{newMenuPage(c, text, []menuItem{
		{c.t.T("quit.no"), closeConfirm{}},
		{c.t.T("quit.yes"), stopMsg{}},
	})}
}

// closeConfirm closes the question and goes on where the person was.
type closeConfirm struct{}

type confirmPage struct{ *menuPage }

func (p *confirmPage) Help() []key.Binding {
	k := p.c.keys
	return []key.Binding{k.Choose, k.Move, k.Yes, k.No}
}

func (p *confirmPage) Update(msg tea.Msg) (page, tea.Cmd) {
	_, cmd := p.menuPage.Update(msg)
	return p, cmd
}
