package wizard

import (
	tea "charm.land/bubbletea/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// printIn prints the steps in lang, as chosen after "print the steps".
type printIn struct{ lang string }

// printLanguages are the languages the steps can be printed in: the
// screen's first, then every other, Arabic too (paper shows it where a
// terminal cannot). A volunteer walks in Dutch and prints in Turkish.
func printLanguages(screen string) []string {
	langs := []string{screen}
	for _, lang := range i18n.Languages {
		if lang != screen {
			langs = append(langs, lang)
		}
	}
	return langs
}

// askPrintLanguage asks, after "print the steps", in which language: a
// small choice over the done screen, each language in its own name. Enter
// at once prints in the screen's language; Esc goes back.
func (w *wizard) askPrintLanguage() tea.Cmd {
	var items []menuItem
	for _, lang := range printLanguages(w.c.t.Lang()) {
		items = append(items, menuItem{i18n.Name(lang), printIn{lang: lang}})
	}
	text := newTextPage(w.c, w.c.t.T("print.which_language"), "")
	return w.push(&languageChoice{newMenuPage(w.c, text, items)})
}

// printChosen closes the choice and prints in the language chosen.
func (w *wizard) printChosen(msg printIn) tea.Cmd {
	if n := len(w.dialogs); n > 0 {
		if _, ok := w.dialogs[n-1].(*languageChoice); ok {
			w.dialogs = w.dialogs[:n-1]
		}
	}
	return w.print(msg.lang)
}
