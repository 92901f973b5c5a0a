package wizard

import (
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
)

// newWelcomePage is the first screen, in the model's words: what the
// program does, and the notes (after the date what objecting still does,
// an address file in use or refused); then the choices.
func newWelcomePage(c *common, sc walk.Screen) page {
	text := newTextPage(c, sc.Title, sc.Text)
	// The notes are asked for again when the clock has moved, not once: a
	// practice clock set just before the date passes it while the page is
	// open, and then the page says what a fresh start would.
	notes, at := sc.Notes, c.now
	text.extra = func(width int) []string {
		if !at.Equal(c.now) {
			notes, at = c.screen(walk.Place{Kind: walk.Welcome}, walk.CanOpen).Notes, c.now
		}
		return noteLines(notes, width, c.styles.Bullet)
	}
	return newMenuPage(c, text, menuItems(sc.Choices))
}

// cursorOnLanguage puts the cursor on the other languages, on a fresh
// welcome screen.
func (w *wizard) cursorOnLanguage() {
	p, ok := w.page.(*menuPage)
	if !ok || w.screen.Kind != walk.Welcome {
		return
	}
	for i, it := range p.items {
		if _, ok := it.msg.(chooseLanguageMsg); ok {
			p.setCursor(i)
		}
	}
}
