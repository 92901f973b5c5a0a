package wizard

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// chooseLanguageMsg asks which language the screen speaks.
type chooseLanguageMsg struct{}

// askLanguage shows the languages a terminal offers, each in its own
// name, over the welcome screen; the screen's is where the cursor starts.
// Choosing it, or Esc, goes back.
func (w *wizard) askLanguage() tea.Cmd {
	var items []menuItem
	for _, lang := range i18n.ScreenLanguages() {
		var msg tea.Msg = switchLangs{lang: lang}
		if lang == w.c.t.Lang() {
			msg = closeConfirm{}
		}
		items = append(items, menuItem{i18n.Name(lang), msg})
	}
	menu := &languageChoice{newMenuPage(w.c, newTextPage(w.c, w.c.t.T("language.choose"), ""), items)}
	for i, lang := range i18n.ScreenLanguages() {
		if lang == w.c.t.Lang() {
			menu.setCursor(i)
		}
	}
	return w.push(menu)
}

// languageChoice is a small choice of language over a page: the welcome
// screen's, or the print's. Esc goes back, and its help line says so.
type languageChoice struct {
	*menuPage
}

func (l *languageChoice) Help() []key.Binding {
	return append(l.menuPage.Help(), l.c.keys.BackTyping)
}

func (l *languageChoice) Update(msg tea.Msg) (page, tea.Cmd) {
	_, cmd := l.menuPage.Update(msg)
	return l, cmd
}
