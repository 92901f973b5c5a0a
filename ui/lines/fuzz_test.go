package lines

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	uiletter "github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
)

// Bytes of the fuzzed input that stand for what a person does besides
// typing: the keys that a terminal in its normal mode turns into an end of
// input or a signal, and a pause long enough for a kiosk's timer.
const (
	keyCtrlC     = 0x03
	keyCtrlD     = 0x04
	keyCtrlZ     = 0x1a
	keyCtrlQuit  = 0x1c // Ctrl+\
	pauseForTime = 0x00
)

// maxFuzzInput bounds a walk, so that every input ends in good time.
const maxFuzzInput = 4096

// FuzzLines feeds anything to the line-by-line mode, in a kiosk and not,
// as a person and as an organisation: typed lines, Ctrl+D, Ctrl+C, Ctrl+\,
// Ctrl+Z and, in a kiosk, pauses that let its timers run out. The walk
// never panics and never hangs; outside a kiosk it ends (when the input
// does, or by a signal), a kiosk never ends by itself and never writes a
// file; and nothing it prints holds an escape sequence, a control
// character or broken UTF-8, whatever was typed. Run it with
// go test ./ui/lines -run '^$' -fuzz FuzzLines -fuzztime 30s.
func FuzzLines(f *testing.F) {
	g, err := content.Load("nl")
	if err != nil {
		f.Fatal(err)
	}
	walk := "1\n" + strings.Repeat("\n", len(g.Explain)) + "1\n1\nj\n" + strings.Repeat("\n", 12) + "3\n"
	org := "2\n1\nGemeente Testdorp\nfacebook.com/gemeentetestdorp\n@gemeentetestdorp\ncommunicatie@testdorp.nl\nTestdorp\nJ. de Vries\nburgemeester\n\nja\nbrief.txt\n" + strings.Repeat("\n", 14) + "3\n"
	for _, seed := range []string{
		walk, org,
		"1\ns\nnee\ns\nja\n",
		"4\n1\n\n\nstop\nyes\n",
		"t\n1\nt\nt\n3\n\n",
		"0\n-1\n99999999999999999999\n1\n\n\n\n\n1,2,3,4,5,6\n 2 ; 1 \n",
		"2\n\n\x1b[2J\x1b]52;c;aGk=\x07\u202eevil\n\x1b[31m\xff\n\n\n\n\n",
		"2\n\nGemeente\n\x9b31m\n\x00\x00\n",
		"1\n\x03\n\x04\x1c\x1a1\n\x00\x00\n",
		"1\n\n\x00\n\x00\x00" + walk,
		"\x04\x04\x031\r\n\r\n",
	} {
		for _, kiosk := range []bool{false, true} {
			f.Add(seed, kiosk, false, false, true)
			f.Add(seed, kiosk, true, true, false)
		}
	}
	f.Fuzz(fuzzWalk)
}

// fuzzWalk is one walk of FuzzLines.
func fuzzWalk(t *testing.T, typed string, kiosk, terminal, english, canBrowse bool) {
	if len(typed) > maxFuzzInput {
		typed = typed[:maxFuzzInput]
	}
	// An input that is no terminal ends a kiosk's reading for good,
	// and then it waits for ever, as it must; a terminal's input lets
	// the walk go on to the end of the fuzzed input.
	terminal = terminal || kiosk
	lang, now := "nl", weekBefore
	if english {
		lang, now = "en", time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal)
	timers := &fakeTimers{}
	in := &fuzzInput{data: []byte(typed), kiosk: kiosk, sigs: sigs, timers: timers, ctx: ctx, cancel: cancel}
	out := &syncBuffer{}
	writes := 0
	ended := make(chan error, 1)
	go func() {
		ended <- Run(Options{
			Letter: uiletter.Layout{},
			Lang:   lang, Clock: func() time.Time { return now },
			Browser: &fakeBrowser{}, CanBrowse: canBrowse,
			In: in, Out: out, Terminal: terminal,
			WriteFile: func(string, []byte, bool) error {
				writes++ // Run's goroutine alone writes
				return nil
			},
			Kiosk: kiosk, Signals: sigs, After: timers.After, Context: ctx,
		})
	}()
	var runErr error
	select {
	case runErr = <-ended:
	case <-time.After(hangAfter):
		// A hang detector, not a speed target: a walk of this input
		// takes milliseconds.
		t.Fatalf("the walk did not end on %q", typed)
	}
	cancel()

	var stopped *Stopped
	switch {
	case runErr == nil:
	case !kiosk && errors.As(runErr, &stopped):
	default:
		t.Errorf("Run = %v", runErr)
	}
	if kiosk && writes > 0 {
		t.Errorf("a kiosk wrote %d files", writes)
	}
	s := out.String()
	if !utf8.ValidString(s) {
		t.Errorf("the output is not UTF-8")
	}
	for _, r := range s {
		if r != '\n' && (unicode.Is(unicode.Cc, r) || unicode.In(r, unicode.Bidi_Control)) {
			t.Fatalf("the output has %U:\n%q", r, s)
		}
	}
}

// fuzzInput is the fuzzed input as a terminal gives it: text up to the end
// of a line, and the special bytes as what a person does. Signals go to the
// walk from within a read, when it waits for a line, so the order of what
// happens is the order of the input.
type fuzzInput struct {
	data   []byte
	kiosk  bool
	sigs   chan<- os.Signal
	timers *fakeTimers
	ctx    context.Context
	cancel context.CancelFunc
}

// barrier is a signal that a kiosk ignores: taken, it shows that the walk
// waits for a line with its timers set.
type barrier struct{}

func (barrier) String() string { return "barrier" }
func (barrier) Signal()        {}

func (f *fuzzInput) Read(p []byte) (int, error) {
	for len(f.data) > 0 {
		b := f.data[0]
		switch b {
		case keyCtrlD:
			f.data = f.data[1:]
			return 0, io.EOF
		case keyCtrlC, keyCtrlQuit, keyCtrlZ:
			f.data = f.data[1:]
			sigs := Signals(true) // SIGINT, and on Unix SIGQUIT and SIGTSTP
			sig := sigs[0]
			if b == keyCtrlQuit && len(sigs) > 1 {
				sig = sigs[1]
			}
			if b == keyCtrlZ && len(sigs) > 2 {
				sig = sigs[2]
			}
			if !f.send(sig) {
				return 0, io.EOF
			}
			continue
		case pauseForTime:
			f.data = f.data[1:]
			if f.kiosk {
				if !f.send(barrier{}) {
					return 0, io.EOF
				}
				// The last timer set is the one the walk waits on, if it
				// waits on one; firing an older one does nothing.
				f.timers.fireLast()
			}
			continue
		}
		n := 0
		for n < len(f.data) && n < len(p) {
			c := f.data[n]
			if c == keyCtrlD || c == keyCtrlC || c == keyCtrlQuit || c == keyCtrlZ || c == pauseForTime {
				break
			}
			n++
			if c == '\n' {
				break
			}
		}
		copy(p, f.data[:n])
		f.data = f.data[n:]
		return n, nil
	}
	// All was typed. Outside a kiosk the end of the input ends the walk;
	// a kiosk waits on for ever, so the test ends it.
	if f.kiosk {
		f.cancel()
	}
	return 0, io.EOF
}

// send gives the walk a signal, unless the walk is over.
func (f *fuzzInput) send(sig os.Signal) bool {
	select {
	case f.sigs <- sig:
		return true
	case <-f.ctx.Done():
		return false
	}
}

// fireLast fires the last timer set, whatever its length.
func (f *fakeTimers) fireLast() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if n := len(f.timers); n > 0 {
		select {
		case f.timers[n-1].c <- time.Time{}:
		default: // fired before
		}
	}
}
