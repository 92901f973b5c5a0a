package wizard

import (
	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/dated"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// welcomeLanguage is the place of the other languages on the welcome menu:
// after switching, the cursor stands on it again.
const welcomeLanguage = 4

// newWelcomePage is the first screen: what the program does, and after the
// date what objecting still does; then begin, on behalf of an
// organisation, straight to the questions (for a volunteer who knows the
// explanations), more information, the other language, or stop.
func newWelcomePage(c *common) page {
	g := c.g
	text := newTextPage(c, g.Welcome.Title, g.Welcome.Body)
	// The note is decided as the page is drawn, not once: a practice clock
	// set just before the date passes it while the page is open, and then
	// the page says what a fresh start would.
	text.extra = func(width int) []string {
		var lines []string
		if g.Deadline.CountdownAt(c.now).Passed {
			lines = prose.Wrap(g.Deadline.Note, width, c.styles.Bullet)
		}
		// An address file in use is said once, here; one that was refused
		// says why, since the wizard covers where the command line said it.
		for _, say := range append([]string{dated.InUse(c.t, g)}, c.opts.AddressRefused...) {
			if say != "" {
				if len(lines) > 0 {
					lines = append(lines, "")
				}
				lines = append(lines, prose.WrapLine(say, width)...)
			}
		}
		return lines
	}
	items := []menuItem{
		{c.t.T("welcome.begin"), startMsg{audience: content.AudiencePerson}},
		{c.t.T("welcome.organisation"), startMsg{audience: content.AudienceOrganisation}},
		{c.t.T("welcome.quick"), startMsg{audience: content.AudiencePerson, quick: true}},
		{c.t.T("welcome.info"), gotoMsg{to: walk.Place{Kind: walk.Info}}},
		{walk.OtherLanguageNames(c.t.Lang()), chooseLanguageMsg{}},
	}
	// A kiosk cannot be left: no choice to stop.
	if !c.opts.Kiosk {
		items = append(items, menuItem{c.t.T("welcome.stop"), stopMsg{}})
	}
	return newMenuPage(c, text, items)
}

// cursorOnLanguage puts the cursor on the other languages, on a fresh
// welcome screen.
func (w *wizard) cursorOnLanguage() {
	if p, ok := w.page.(cursorPage); ok && w.screen.Kind == walk.Welcome {
		p.setCursor(welcomeLanguage)
	}
}
