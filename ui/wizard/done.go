package wizard

import (
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// newDonePage is the last screen, in the model's words: the checklist of
// what was done and what is left to do, the closing words, then the
// choices. The checklist comes first: it is what this person did.
func (w *wizard) newDonePage(sc walk.Screen) page {
	c := w.c
	text := newTextPage(c, sc.Title, "")
	text.extra = func(width int) []string {
		lines := checklistLines(c, sc.Checklist, width)
		lines = append(lines, "")
		return append(lines, prose.Wrap(sc.Closing, width, c.styles.Bullet)...)
	}
	p := newMenuPage(c, text, menuItems(sc.Choices))
	// Under the choices, in view however long the text: what became of
	// the printed page.
	p.footer = func(width int) []string {
		if w.printed == "" {
			return nil
		}
		style := c.styles.Status
		if w.printFailed {
			style = c.styles.Warning
		}
		var lines []string
		for _, l := range prose.WrapLine(w.printed, width) {
			lines = append(lines, style.Render(l))
		}
		return lines
	}
	return p
}

// checklistLines are the checklist's lines, each under its mark ("[x]",
// "[ ]", "•", "!") and wrapped under its words; what matters most (a
// kiosk's log-out) stands out.
func checklistLines(c *common, checks []walk.Check, width int) []string {
	s := c.styles
	var lines []string
	for _, check := range checks {
		mark := s.NoCheck
		switch check.Mark {
		case walk.Ticked:
			mark = s.Check
		case walk.ToDo:
			mark = s.Bullet
		case walk.Urgent:
			mark = "!"
		}
		wrapped := hanging(mark, check.Text, width)
		if check.Mark == walk.Urgent {
			for i, l := range wrapped {
				wrapped[i] = s.Warning.Render(l)
			}
		}
		lines = append(lines, wrapped...)
	}
	return lines
}
