package ui

import (
	"strings"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// newInfoPage is "more information": the background in plain words, then
// the sources every claim comes from. It is outside the walk; Esc returns.
func newInfoPage(c *common) page {
	g := c.g
	p := newTextPage(c, g.Info.Title, g.Info.Body)
	var list strings.Builder
	for _, s := range g.Sources {
		list.WriteString("- " + s.Name + ": " + s.What + "\n")
	}
	p.extra = func(width int) []string {
		lines := []string{c.styles.Title.Render(c.t.T("info.sources"))}
		return append(lines, prose.Wrap(list.String(), width, c.styles.Bullet)...)
	}
	// Enter has nowhere to go from here but back where the person was.
	p.next, p.onNext = c.keys.Return, backMsg{}
	return p
}
