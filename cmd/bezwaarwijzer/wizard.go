package main

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/accessible"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/savefile"
)

// runWizard starts the wizard on the terminal, or line by line.
func (s *session) runWizard(ctx context.Context) error {
	if s.accessible || s.dumbTerminal() {
		return s.runAccessible()
	}
	if !s.interactive() {
		return failed(s.t.T("error.no_terminal"))
	}
	m, err := ui.New(s.wizardOptions())
	if err != nil {
		return failed(s.t.T("error.unexpected"))
	}
	final, err := s.fullScreen(ctx, m)
	var st *stopped
	if errors.As(err, &st) {
		// Said in the language the person chose last.
		if w, ok := final.(*ui.Model); ok {
			if t, err := i18n.New(w.Lang()); err == nil {
				st.msg = t.T("app.stopped")
			}
		}
		return st
	}
	if err != nil && !errors.Is(err, tea.ErrInterrupted) && !errors.Is(err, context.Canceled) {
		return failed(s.t.T("error.wizard"))
	}
	return nil
}

// runAccessible walks the guide line by line, for screen readers. It needs
// no terminal: its input may come from anywhere.
func (s *session) runAccessible() error {
	err := accessible.Run(accessible.Options{
		Lang: s.lang, Clock: s.clock, Practice: s.practice,
		Browser: s.browser, CanBrowse: s.mayBrowse(),
		In: s.stdin, Out: s.stdout,
		WriteFile: savefile.Write,
	})
	if err != nil {
		return failed(s.t.T("error.unexpected"))
	}
	return nil
}

// printSteps makes the printable page in the wizard's language (which the
// person may have switched) and opens it.
func (s *session) printSteps(lang string, apps []string) (path string, opened bool, err error) {
	t, err := i18n.New(lang)
	if err != nil {
		return "", false, err
	}
	g, err := content.Load(lang)
	if err != nil {
		return "", false, err
	}
	page, err := s.renderHandout(t, g, apps)
	if err != nil {
		return "", false, err
	}
	return s.showHandout(page)
}

func (s *session) wizardOptions() ui.Options {
	return ui.Options{
		Lang:      s.lang,
		Clock:     s.clock,
		Practice:  s.practice,
		Browser:   s.browser,
		CanBrowse: s.mayBrowse(),
		Clipboard: s.clipboard,
		ASCII:     s.useASCII(),
		Kiosk:     s.kiosk,
		Idle:      s.idle,
		Print:     s.printSteps,
		WriteFile: savefile.Write,
		OnReset: func() {
			if s.kiosk {
				s.temporary.removeAll()
			}
		},
	}
}
