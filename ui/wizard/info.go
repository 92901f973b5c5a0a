package wizard

import (
	"strings"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// newInfoPage is "more information": the background in plain words, then
// the sources every claim comes from. It is outside the walk: Enter goes on
// where the person was, as Esc does, once they have seen all of it.
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
	p.onNext = backMsg{}
	return p
}
