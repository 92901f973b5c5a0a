package ui

import (
	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/flow"
)

// newWelcomePage is the first screen: what the program does, and after the
// date what objecting still does; then begin, more information, the other
// language, or stop.
func newWelcomePage(c *common) page {
	g := c.g
	body := g.Welcome.Body
	if g.Deadline.CountdownAt(c.now).Passed {
		body += "\n\n" + g.Deadline.Note
	}
	text := newTextPage(c, g.Welcome.Title, body)
	items := []menuItem{
		{c.t.T("welcome.begin"), startMsg{content.AudiencePerson}},
		{c.t.T("welcome.organisation"), startMsg{content.AudienceOrganisation}},
		{c.t.T("welcome.info"), gotoMsg{to: flow.Screen{Kind: flow.Info}}},
		{c.t.T("welcome.language"), switchLangs{}},
	}
	// A kiosk cannot be left: no choice to stop.
	if !c.opts.Kiosk {
		items = append(items, menuItem{c.t.T("welcome.stop"), stopMsg{}})
	}
	return newMenuPage(c, text, items)
}
