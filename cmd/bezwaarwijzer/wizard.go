package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"slices"
	"syscall"

	tea "charm.land/bubbletea/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	uiletter "github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/lines"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/wizard"
)

// runWizard starts the wizard on the terminal, or line by line.
func (s *session) runWizard(ctx context.Context) error {
	if err := s.onScreen(); err != nil {
		return err
	}
	if s.accessible || s.dumbTerminal() {
		return s.runAccessible(ctx)
	}
	if !s.interactive() {
		return failed(s.t.T("error.no_terminal"))
	}
	m, err := wizard.New(s.wizardOptions())
	if err != nil {
		return failed(s.t.T("error.unexpected"))
	}
	final, err := s.fullScreen(ctx, m)
	var st *stopped
	if errors.As(err, &st) {
		// Said in the language the person chose last.
		if w, ok := final.(*wizard.Model); ok {
			st.msg = s.translatorOr(w.Lang()).T("app.stopped")
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
func (s *session) runAccessible(ctx context.Context) error {
	// The terminal stays in its normal (cooked) mode here, so Ctrl+C, Ctrl+\
	// and, in a kiosk, Ctrl+Z arrive as signals; the walk decides what they
	// do (lines.Signals). Outside a kiosk Ctrl+Z is not caught: the
	// shell suspends the program as usual.
	// SIGQUIT reaches the walk through the program's own relay (see
	// claimQuit): a second Notify would let the relay's fallback end a
	// kiosk that must not end.
	sigs := make(chan os.Signal, 1)
	var others []os.Signal
	for _, sig := range lines.Signals(s.kiosk) {
		if sig != syscall.SIGQUIT {
			others = append(others, sig)
		}
	}
	signal.Notify(sigs, others...)
	defer signal.Stop(sigs)
	defer claimQuit(sigs)()
	writeFile := s.fileWriter()
	if s.kiosk {
		writeFile = nil // a kiosk writes nothing to disk
	}
	err := lines.Run(lines.Options{
		Lang: s.lang, Language: s.load, Clock: s.clock, Practice: s.practice,
		Browser: s.browser, CanBrowse: s.mayBrowse(),
		In: s.stdin, Out: s.stdout, Terminal: lines.IsTerminal(s.stdin),
		Clipboard: s.clipboard, WriteFile: writeFile, Letter: uiletter.Layout{},
		Kiosk: s.kiosk, Idle: s.idle, Signals: sigs, Context: ctx,
	})
	var stop *lines.Stopped
	var bad *lines.ReadError
	switch {
	case errors.As(err, &stop):
		return &stopped{sig: stop.Signal, msg: s.translatorOr(stop.Lang).T("app.stopped")}
	case errors.As(err, &bad) && errors.Is(err, lines.ErrLineTooLong):
		return failed(s.translatorOr(bad.Lang).T("lines.line_too_long"))
	case errors.As(err, &bad):
		return failed(s.translatorOr(bad.Lang).T("lines.cannot_read"))
	case err != nil:
		return failed(s.t.T("error.unexpected"))
	}
	return nil
}

// translatorOr is lang's words, or the run's for a language it does not
// speak: a face may have switched language, and says how it ended in the
// language it was in.
func (s *session) translatorOr(lang string) *i18n.Translator {
	if !slices.Contains(i18n.Languages, lang) {
		return s.t
	}
	return s.translator(lang)
}

// printSteps makes the printable page in the wizard's language (which the
// person may have switched) and opens it.
func (s *session) printSteps(lang string, apps []string) (path string, opened bool, err error) {
	t, g, err := s.load(lang)
	if err != nil {
		return "", false, err
	}
	page, err := s.renderHandout(t, g, apps)
	if err != nil {
		return "", false, err
	}
	return s.showHandout(page)
}

func (s *session) wizardOptions() wizard.Options {
	return wizard.Options{
		Lang:           s.lang,
		Language:       s.load,
		AddressRefused: s.addressRefused,
		Clock:          s.clock,
		Practice:       s.practice,
		Browser:        s.browser,
		CanBrowse:      s.mayBrowse(),
		Clipboard:      s.clipboard,
		ASCII:          s.useASCII(),
		Kiosk:          s.kiosk,
		Idle:           s.idle,
		Print:          s.printSteps,
		WriteFile:      s.fileWriter(),
		Letter:         uiletter.Layout{},
		OnReset: func() {
			if s.kiosk {
				s.temporary.RemoveAll()
			}
		},
	}
}
