package lines

import (
	"errors"
	"io"
	"os"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Waiting for a line, and what can happen meanwhile: a signal, the end of
// the input, a read error, and in a kiosk a pause. Outside kiosk mode these
// end the walk, each in its own way; a kiosk never ends, it starts over.

// errStartOver starts a kiosk over: a new walk, everything forgotten.
var errStartOver = errors.New("start over")

// Stopped is a walk stopped by a signal, outside kiosk mode: Ctrl+C or
// Ctrl+\ on the terminal, or kill. Lang is the walk's language then, for
// the sentence that says it stopped.
type Stopped struct {
	Signal os.Signal
	Lang   string
}

func (e *Stopped) Error() string { return "stopped by " + e.Signal.String() }

// ReadError is input that cannot be read, outside kiosk mode: a line longer
// than maxLine (ErrLineTooLong), or standard input that is no text, such as
// a folder. Lang is the walk's language then.
type ReadError struct {
	Err  error
	Lang string
}

func (e *ReadError) Error() string { return "read input: " + e.Err.Error() }
func (e *ReadError) Unwrap() error { return e.Err }

// readLine prints the prompt and waits for a line. A kiosk that waits
// Idle without a line asks "Ben je er nog?"; a line answers it and the
// prompt comes again, no line within 30 seconds starts it over.
func (w *walker) readLine(prompt string) (string, error) {
	// Each timer is set before what it times is printed, so that what is
	// printed shows that the timer runs.
	idle := w.idleTimer()
	w.prompt(prompt)
	var answerBy <-chan time.Time // set while "Ben je er nog?" waits
	done := w.o.Context.Done()
	for {
		select {
		case <-done:
			return "", errStop
		default:
		}
		select {
		case r := <-w.in.next():
			w.in.pending = false
			if r.err != nil {
				if err := w.inputFailed(r.err); err != nil {
					return "", err
				}
				continue
			}
			if answerBy != nil {
				// The line answers "Ben je er nog?", and nothing else.
				answerBy, idle = nil, w.idleTimer()
				w.line("")
				w.prompt(prompt)
				continue
			}
			return r.line, nil
		case sig := <-w.o.Signals:
			if isContinue(sig) && !w.o.Kiosk {
				// Back after Ctrl+Z and fg: where was I?
				w.line("")
				w.prompt(prompt)
				continue
			}
			if err := w.signalled(sig); err != nil {
				return "", err
			}
		case <-idle:
			idle = nil
			answerBy = w.o.After(stillThereFor)
			w.line("")
			w.prompt(w.t.T("kiosk.still_there") + " " + w.t.N("lines.still_there_help", int(stillThereFor/time.Second), i18n.Data{}))
		case <-answerBy:
			return "", w.startOver()
		case <-done:
			return "", errStop
		}
	}
}

// inputFailed decides what an end of input or a read error does; nil goes
// on waiting. Outside a kiosk the end of the input is a stop, said in a
// sentence, and a read error ends the walk with a *ReadError. A kiosk
// starts over instead; where reading cannot go on (input that is no
// terminal, or broken), it waits without input from then on, so that it
// neither leaves nor spins, and says nothing when there is nothing to
// forget.
func (w *walker) inputFailed(err error) error {
	if !w.o.Kiosk {
		if errors.Is(err, io.EOF) {
			w.line("")
			w.text(w.t.T("lines.input_ended"))
			return errStop
		}
		return &ReadError{Err: err, Lang: w.t.Lang()}
	}
	canGoOn := errors.Is(err, ErrLineTooLong) || (errors.Is(err, io.EOF) && w.o.Terminal)
	if !canGoOn {
		w.in.gone = true
		if w.fresh() {
			return nil
		}
	}
	return w.startOver()
}

// signalled decides what a signal does; nil goes on waiting. In a kiosk
// Ctrl+C (SIGINT) starts over and every other signal does nothing, for no
// key may leave a kiosk. Elsewhere a signal stops the walk, except the
// suspend of Ctrl+Z, which the system does by itself.
func (w *walker) signalled(sig os.Signal) error {
	switch {
	case w.o.Kiosk && sig == os.Interrupt:
		return w.startOver()
	case w.o.Kiosk, isSuspend(sig), isContinue(sig):
		return nil
	}
	// The terminal echoed ^C or ^\ where the next line would start: the
	// sentence that says it stopped goes on a line of its own.
	w.line("")
	return &Stopped{Signal: sig, Lang: w.t.Lang()}
}

// confirmStop asks before the word for stop acts: outside a kiosk it
// stops the walk, in a kiosk it starts over, for a kiosk does not stop.
func (w *walker) confirmStop() error {
	question := w.t.T("acc.stop_sure")
	if w.o.Kiosk {
		question = w.t.T("lines.restart_sure")
	}
	yes, err := w.yesNo(question, false)
	switch {
	case err != nil:
		return err
	case !yes:
		return nil
	case w.o.Kiosk:
		return w.startOver()
	}
	return errStop
}

// startOver says, in one sentence, that the kiosk starts over with
// everything forgotten; Run then starts a new walk.
func (w *walker) startOver() error {
	w.line("")
	w.prompt(w.t.T("lines.started_over")) // the welcome screen follows
	return errStartOver
}

// idleTimer is the kiosk's pause before it asks "Ben je er nog?"; nil
// (never) outside a kiosk, and on a fresh start.
func (w *walker) idleTimer() <-chan time.Time {
	if !w.o.Kiosk || w.fresh() {
		return nil
	}
	return w.o.After(w.o.Idle)
}

// fresh reports whether there is nothing to forget: the welcome screen of a
// start, in the language the program started in. Then a kiosk never asks
// "Ben je er nog?": the next visitor walks up to a calm welcome screen.
func (w *walker) fresh() bool {
	return !w.started && w.t.Lang() == w.o.Lang
}
