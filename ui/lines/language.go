package lines

import (
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// chooseLanguage asks which of the other languages, each in its own name,
// when there is more than one; Enter alone takes the first. It returns ""
// when the person goes back.
func (w *walker) chooseLanguage() (string, error) {
	var others, labels []string
	var names [][]string
	for _, lang := range i18n.ScreenLanguages() {
		if lang != w.t.Lang() {
			others, labels = append(others, lang), append(labels, i18n.Name(lang))
			names = append(names, []string{i18n.Name(lang), lang})
		}
	}
	if len(others) == 1 {
		return others[0], nil
	}
	w.line("")
	w.text(w.t.T("language.choose"))
	w.list(labels, nil)
	w.line("")
	n, err := w.number(namesOf(w.t.Lang(), names), 0)
	if err != nil || n < 0 {
		return "", err
	}
	return others[n], nil
}
