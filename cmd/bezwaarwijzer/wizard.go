package main

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui"
)

// runWizard starts the wizard on the terminal.
func (s *session) runWizard(ctx context.Context) error {
	if !s.interactive() {
		return failed(s.t.T("error.no_terminal"))
	}
	m, err := ui.New(s.wizardOptions())
	if err != nil {
		return failed(s.t.T("error.unexpected"))
	}
	p := tea.NewProgram(m, tea.WithContext(ctx))
	if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrInterrupted) && !errors.Is(err, context.Canceled) {
		return failed(s.t.T("error.wizard"))
	}
	return nil
}

func (s *session) wizardOptions() ui.Options {
	return ui.Options{
		Lang:      s.lang,
		Clock:     s.clock,
		Practice:  s.practice,
		Browser:   s.browser,
		CanBrowse: s.mayBrowse(),
		Clipboard: s.clipboard,
		Kiosk:     s.kiosk,
		Idle:      s.idle,
	}
}
