package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"

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
	// Ten frames a second: a screen follows a key within 100 ms, and the
	// renderer, which wakes for every frame, costs next to nothing while
	// the wizard waits (at Bubble Tea's 60 it costs more than a kiosk
	// should spend waiting; see README, performance).
	opts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithFPS(10)}
	if profile, ok := s.colorProfile(); ok {
		opts = append(opts, tea.WithColorProfile(profile))
	}
	// The wizard handles the signals that stop it from outside itself, so
	// that it gives the terminal back, forgets a kiosk's pages, and then
	// says how it ended: SIGTERM (kill, a shutdown; on Windows, closing the
	// console window), SIGHUP (the terminal closed), SIGINT (kill -INT:
	// Ctrl+C in the wizard is a key).
	opts = append(opts, tea.WithoutSignalHandler())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGHUP, os.Interrupt)
	defer signal.Stop(sigs)
	p := tea.NewProgram(m, opts...)
	done := make(chan struct{})
	got := make(chan os.Signal, 1)
	go func() {
		select {
		case sig := <-sigs:
			got <- sig
			p.Quit()
		case <-done:
		}
	}()
	_, err = p.Run()
	close(done)
	if s.kiosk {
		s.temporary.removeAll()
	}
	select {
	case sig := <-got:
		return &stopped{sig: sig, msg: s.t.T("app.stopped")}
	default:
	}
	if err != nil && !errors.Is(err, tea.ErrInterrupted) && !errors.Is(err, context.Canceled) {
		return failed(s.t.T("error.wizard"))
	}
	return nil
}

// stopped is the wizard stopped by a signal from outside: a short sentence,
// and the exit code a shell gives a program that a signal ended (143 for
// SIGTERM), so that a script or a kiosk's supervisor can tell it from done
// (0) and failed (1).
type stopped struct {
	sig os.Signal
	msg string
}

func (e *stopped) Error() string { return e.msg }

// runAccessible walks the guide line by line, for screen readers. It needs
// no terminal: its input may come from anywhere.
func (s *session) runAccessible() error {
	// The terminal stays in its normal (cooked) mode here, so Ctrl+C, Ctrl+\
	// and, in a kiosk, Ctrl+Z arrive as signals; the walk decides what they
	// do (accessible.Signals). Outside a kiosk Ctrl+Z is not caught: the
	// shell suspends the program as usual.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, accessible.Signals(s.kiosk)...)
	defer signal.Stop(sigs)
	writeFile := savefile.Write
	if s.kiosk {
		writeFile = nil // a kiosk writes nothing to disk
	}
	err := accessible.Run(accessible.Options{
		Lang: s.lang, Clock: s.clock, Practice: s.practice,
		Browser: s.browser, CanBrowse: s.mayBrowse(),
		In: s.stdin, Out: s.stdout, Terminal: accessible.IsTerminal(s.stdin),
		WriteFile: writeFile,
		Kiosk:     s.kiosk, Idle: s.idle, Signals: sigs,
	})
	var stop *accessible.Stopped
	var bad *accessible.ReadError
	switch {
	case errors.As(err, &stop):
		return &stopped{sig: stop.Signal, msg: translator(stop.Lang, s.t).T("app.stopped")}
	case errors.As(err, &bad) && errors.Is(err, accessible.ErrLineTooLong):
		return failed(translator(bad.Lang, s.t).T("lines.line_too_long"))
	case errors.As(err, &bad):
		return failed(translator(bad.Lang, s.t).T("lines.cannot_read"))
	case err != nil:
		return failed(s.t.T("error.unexpected"))
	}
	return nil
}

// translator is lang's translator: the line-by-line walk may have switched
// language, and says how it ended in the language it was in.
func translator(lang string, fallback *i18n.Translator) *i18n.Translator {
	if t, err := i18n.New(lang); err == nil {
		return t
	}
	return fallback
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
