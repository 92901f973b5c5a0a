package main

import (
	"strings"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// onScreen makes sure a face that draws on the terminal (the wizard, the
// line-by-line mode, open, the letter's questions) speaks a language the
// terminal can show (i18n.OnScreen). A language asked for with --lang
// that it cannot show is a command line error, said in that language and
// in Dutch, for the volunteer beside the person: the page and the text
// are there in it. A locale in such a language was not asked for here,
// so it is treated as a locale the program does not speak: Dutch.
func (s *session) onScreen() error {
	if i18n.OnScreen(s.lang) {
		return nil
	}
	if !s.langGiven {
		s.useLanguage(i18n.Default)
		g, err := s.loadGuide(i18n.Default)
		if err != nil {
			return failed(s.t.T("error.unexpected"))
		}
		s.g = g
		return nil
	}
	data := i18n.Data{"Lang": s.lang}
	said := []string{s.t.T("error.lang_not_on_screen", data)}
	if s.lang != i18n.Default {
		said = append(said, s.translator(i18n.Default).T("error.lang_not_on_screen", data))
	}
	return usage(strings.Join(said, "\n"))
}
