package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/flow"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// newDonePage is the last screen: a checklist of what was done and what is
// left to do, the closing words, then start over, more information, or
// stop. The checklist comes first: it is what this person did.
//
// What to keep (the confirmation) is said only after an objection.
func newDonePage(c *common, checklist, printApps []string, printed string, objected bool) page {
	text := newTextPage(c, c.g.Done.Title, "")
	text.extra = func(width int) []string {
		var lines []string
		for _, item := range checklist {
			// Wrap under the item's text, past its mark.
			// Wrap under the item's text, past its mark, counted in
			// columns: a styled mark has escape codes, "•" three bytes.
			mark, rest, _ := strings.Cut(item, " ")
			indent := strings.Repeat(" ", ansi.StringWidth(mark)+1)
			for i, l := range prose.WrapLine(rest, width-len(indent)) {
				if i == 0 {
					lines = append(lines, mark+" "+l)
				} else {
					lines = append(lines, indent+l)
				}
			}
		}
		if printed != "" {
			lines = append(lines, prose.WrapLine(printed, width)...)
		}
		words := c.g.Done.Body
		if objected {
			words = c.g.Done.Objected
		}
		lines = append(lines, "")
		return append(lines, prose.Wrap(words, width, c.styles.Bullet)...)
	}
	var items []menuItem
	if len(printApps) > 0 {
		items = append(items, menuItem{c.t.T("done.print"), printMsg{}})
	}
	items = append(items,
		menuItem{c.t.T("done.again"), restartMsg{}},
		menuItem{c.t.T("done.info"), gotoMsg{to: flow.Screen{Kind: flow.Info}}},
	)
	if !c.opts.Kiosk {
		items = append(items, menuItem{c.t.T("done.stop"), stopMsg{}})
	}
	return newMenuPage(c, text, items)
}
