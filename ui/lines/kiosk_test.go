package lines

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	uiletter "github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
)

// The line-by-line mode in a kiosk (DESIGN.md, "Kiosk mode"), and how a
// walk ends outside one: by a signal, at the end of the input, or on input
// that cannot be read.

// walkToDone walks a person from the welcome screen to the done screen:
// Instagram, in the app.
func walkToDone(l *live, g *content.Guide) {
	l.t.Helper()
	l.typed("1")
	for _, p := range g.Explain {
		l.waitFor(p.Title)
		l.typed("")
	}
	l.waitFor(g.Questions[content.QuestionApps].Title)
	l.typed("2")
	l.waitFor(g.Questions[content.QuestionWhere].Title)
	l.typed("3")
	tr := i18n.MustNew("nl")
	steps := g.StepsFor(content.RouteApp, content.AudiencePerson)
	for i := range steps {
		l.waitFor(tr.T("step.progress", i18n.Data{"App": "Instagram", "N": i + 1, "Total": len(steps)}))
		l.typed("")
	}
	for _, p := range g.More {
		l.waitFor(p.Title)
		l.typed("")
	}
}

// TestKioskOffersNoStop: a kiosk's welcome and done screens have no stop
// choice, and no prompt tells a visitor how to stop; outside a kiosk they
// do (so the test can see them).
func TestKioskOffersNoStop(t *testing.T) {
	g, tr := words(t, "nl")
	stopChoice := func(n int) string { return "\n" + string(rune('0'+n)) + ". " + tr.T("welcome.stop") + "\n" }
	for _, kiosk := range []bool{false, true} {
		l := startLive(t, Options{Kiosk: kiosk})
		welcome := l.waitFor(tr.T("acc.prompt_number", i18n.Data{"Max": map[bool]int{false: 5, true: 4}[kiosk]}))
		walkToDone(l, g)
		done := l.waitFor(tr.T("acc.prompt_number", i18n.Data{"Max": map[bool]int{false: 3, true: 2}[kiosk]}))
		out := l.out.String()
		if got := strings.Contains(welcome, stopChoice(5)); got == kiosk {
			t.Errorf("kiosk %v: a stop choice on the welcome screen: %v\n%s", kiosk, got, welcome)
		}
		if got := strings.Contains(done, stopChoice(3)); got == kiosk {
			t.Errorf("kiosk %v: a stop choice on the done screen: %v\n%s", kiosk, got, done)
		}
		if got := strings.Contains(out, tr.T("acc.prompt_next")); got == kiosk {
			t.Errorf("kiosk %v: the prompt that says s stops: %v", kiosk, got)
		}
		if kiosk && !strings.Contains(out, tr.T("lines.prompt_next_kiosk")) {
			t.Error("the kiosk's prompt does not say what s does there")
		}
		l.stillRunning()
	}
}

// TestKioskStopWordStartsOver: in a kiosk the word for stop asks whether
// to start over; no keeps the walk where it was, yes starts over with
// everything forgotten.
func TestKioskStopWordStartsOver(t *testing.T) {
	g, tr := words(t, "nl")
	l := startLive(t, Options{Kiosk: true})
	l.typed("1")
	l.waitFor(g.Explain[0].Title)
	l.typed("s")
	l.waitFor(tr.T("lines.restart_sure"))
	l.typed("nee")
	l.waitFor(tr.T("lines.prompt_next_kiosk"))
	l.typed("")
	l.waitFor(g.Explain[1].Title)
	l.typed("stop")
	l.waitFor(tr.T("lines.restart_sure"))
	l.typed("ja")
	l.waitFor(tr.T("lines.started_over"))
	l.waitFor(g.Welcome.Title)
	l.typed("1")
	l.waitFor(g.Explain[0].Title)
	if strings.Contains(l.out.String(), tr.T("acc.stop_sure")) {
		t.Error("a kiosk asked whether to stop")
	}
	l.stillRunning()
}

// TestKioskSavesNothing: the organisation's letter is shown in a kiosk,
// but never saved: no question, no file. Outside a kiosk it is offered.
func TestKioskSavesNothing(t *testing.T) {
	_, tr := words(t, "nl")
	for _, kiosk := range []bool{false, true} {
		l := startLive(t, Options{Kiosk: kiosk})
		l.typed("2", "", "1", "Gemeente Testdorp", "facebook.com/gemeentetestdorp", "@gemeentetestdorp", "communicatie@testdorp.nl", "Testdorp", "", "", "")
		l.waitFor("Namens Gemeente Testdorp")
		if kiosk {
			l.waitFor(tr.T("lines.prompt_next_kiosk"))
			l.typed("")
			l.waitFor(tr.T("lines.prompt_next_kiosk"))
		} else {
			l.waitFor(tr.T("acc.save_letter"))
			l.typed("ja", "brief.txt")
			l.waitFor(tr.T("acc.prompt_next"))
		}
		asked := strings.Contains(l.out.String(), tr.T("acc.save_letter"))
		if asked == kiosk || (l.writes.Load() > 0) == kiosk {
			t.Errorf("kiosk %v: asked to save %v, files written %d", kiosk, asked, l.writes.Load())
		}
	}
}

// TestKioskEndOfInputStartsOver: on a terminal, Ctrl+D (the end of the
// input) starts a kiosk over, in the language it started in, and reading
// goes on.
func TestKioskEndOfInputStartsOver(t *testing.T) {
	g, tr := words(t, "nl")
	en, _ := words(t, "en")
	l := startLive(t, Options{Kiosk: true, Terminal: true})
	l.waitFor(g.Welcome.Title)
	l.typed("1")
	l.waitFor(g.Explain[0].Title)
	l.ctrlD()
	l.waitFor(tr.T("lines.started_over"))
	l.waitFor(g.Welcome.Title)
	l.typed("4", "1") // another language: English
	l.waitFor(en.Welcome.Title)
	l.ctrlD()
	l.waitFor(i18n.MustNew("en").T("lines.started_over"))
	l.waitFor(g.Welcome.Title) // Dutch again: the language is forgotten too
	l.typed("1")
	l.waitFor(g.Explain[0].Title)
	l.stillRunning()
}

// TestKioskEndOfInputNotATerminal: where the input is no terminal, its end
// is for good. The kiosk starts over once, then waits without reading
// again (so it does not spin) and without leaving; Ctrl+C still works.
func TestKioskEndOfInputNotATerminal(t *testing.T) {
	g, tr := words(t, "nl")
	l := startLive(t, Options{Kiosk: true})
	l.typed("1")
	l.waitFor(g.Explain[0].Title)
	l.ctrlD()
	l.waitFor(tr.T("lines.started_over"))
	l.waitFor(tr.T("acc.prompt_number", i18n.Data{"Max": 4}))
	reads := l.keys.reads.Load()
	select {
	case l.keys.lines <- []byte("1\n"):
		t.Error("the kiosk read again after the end of an input that is no terminal")
	case <-time.After(200 * time.Millisecond):
	}
	if got := l.keys.reads.Load(); got != reads {
		t.Errorf("%d reads after the end of the input", got-reads)
	}
	l.stillRunning()
	l.signal(os.Interrupt)
	l.waitFor(tr.T("lines.started_over"))
	l.waitFor(g.Welcome.Title)
	l.stillRunning()
}

// TestKioskCalmEndOfInput: an input that ends before anyone typed leaves a
// kiosk at its welcome screen, saying nothing: there is nothing to forget.
func TestKioskCalmEndOfInput(t *testing.T) {
	g, tr := words(t, "nl")
	l := startLive(t, Options{Kiosk: true})
	l.waitFor(g.Welcome.Title)
	l.ctrlD()
	l.signal(os.Interrupt) // before or after the end of the input: either way one sentence
	l.waitFor(tr.T("lines.started_over"))
	if n := strings.Count(l.out.String(), tr.T("lines.started_over")); n != 1 {
		t.Errorf("started over %d times, want once (for Ctrl+C only)", n)
	}
}

// TestKioskIdle: with nothing to forget, the kiosk never asks "Ben je er
// nog?". Once the person has left the welcome screen, it asks after Idle
// without a line; a line answers it and the walk goes on where it was; no
// line within 30 seconds starts it over, calm again.
func TestKioskIdle(t *testing.T) {
	g, tr := words(t, "nl")
	idle := 2 * time.Minute
	l := startLive(t, Options{Kiosk: true, Idle: idle})
	l.waitFor(tr.T("acc.prompt_number", i18n.Data{"Max": 4}))
	if n := l.timers.count(idle); n != 0 {
		t.Fatalf("the fresh welcome screen set %d idle timers: it must be calm", n)
	}
	l.typed("7") // not a choice: still nothing to forget
	l.waitFor(tr.T("acc.prompt_number", i18n.Data{"Max": 4}))
	if n := l.timers.count(idle); n != 0 {
		t.Fatalf("the welcome screen set %d idle timers after a wrong number", n)
	}

	l.typed("1")
	l.waitFor(g.Explain[0].Title)
	l.waitFor(tr.T("lines.prompt_next_kiosk"))
	l.timers.fire(t, idle)
	asked := l.waitFor(tr.N("lines.still_there_help", 30, i18n.Data{}))
	if !strings.Contains(asked, tr.T("kiosk.still_there")) {
		t.Errorf("no %q in:\n%s", tr.T("kiosk.still_there"), asked)
	}
	l.typed("") // still here
	again := l.waitFor(tr.T("lines.prompt_next_kiosk"))
	if strings.Contains(again, g.Explain[1].Title) {
		t.Error("the answer to 'Ben je er nog?' also went on to the next screen")
	}
	l.typed("")
	l.waitFor(g.Explain[1].Title)
	l.waitFor(tr.T("lines.prompt_next_kiosk"))

	l.timers.fire(t, idle)
	l.waitFor(tr.T("kiosk.still_there"))
	l.timers.fire(t, stillThereFor)
	l.waitFor(tr.T("lines.started_over"))
	l.waitFor(g.Welcome.Title)
	l.waitFor(tr.T("acc.prompt_number", i18n.Data{"Max": 4}))
	before := l.timers.count(idle)
	l.typed("7")
	l.waitFor(tr.T("acc.prompt_number", i18n.Data{"Max": 4}))
	if n := l.timers.count(idle); n != before {
		t.Errorf("the welcome screen after starting over set %d idle timers: it must be calm", n-before)
	}
	l.stillRunning()
}

// TestKioskIdleAfterLanguage: a language chosen is something to forget:
// the kiosk asks, and starts over in the language it started in.
func TestKioskIdleAfterLanguage(t *testing.T) {
	g, _ := words(t, "nl")
	en, enT := words(t, "en")
	l := startLive(t, Options{Kiosk: true})
	l.typed("4", "1")
	l.waitFor(en.Welcome.Title)
	l.waitFor(enT.T("acc.prompt_number", i18n.Data{"Max": 4}))
	l.timers.fire(t, DefaultIdle)
	l.waitFor(enT.T("kiosk.still_there"))
	l.timers.fire(t, stillThereFor)
	l.waitFor(enT.T("lines.started_over"))
	l.waitFor(g.Welcome.Title)
}

// TestCtrlCInAKiosk: Ctrl+C starts a kiosk over, at any question.
func TestCtrlCInAKiosk(t *testing.T) {
	g, tr := words(t, "nl")
	l := startLive(t, Options{Kiosk: true, Terminal: true})
	l.typed("2", "", "2", "Stichting Kiosktest")
	l.waitFor(g.App("facebook").Accounts)
	l.signal(os.Interrupt)
	l.waitFor(tr.T("lines.started_over"))
	l.waitFor(g.Welcome.Title)
	l.typed("2", "")
	l.waitFor(g.Organisation.Form.Kind)
	// The kind chosen before is forgotten too: Enter alone does not
	// keep it, a number is asked for.
	l.typed("")
	l.waitFor(tr.T("acc.not_a_number", i18n.Data{"Max": len(content.OrgKinds)}))
	l.typed("1")
	l.waitFor(g.Organisation.Form.Org)
	if strings.Contains(l.waitFor(tr.T("lines.back_restart")), "Kiosktest") {
		t.Error("the organisation's name was kept after starting over")
	}
	l.stillRunning()
}

// TestInterruptOutsideAKiosk: outside a kiosk Ctrl+C stops the walk with
// the signal, in the language the walk is in, to say that it stopped.
func TestInterruptOutsideAKiosk(t *testing.T) {
	en, _ := words(t, "en")
	l := startLive(t, Options{})
	l.typed("4", "1")
	l.waitFor(en.Welcome.Title)
	l.signal(os.Interrupt)
	var stopped *Stopped
	if err := l.result(); !errors.As(err, &stopped) || stopped.Signal != os.Interrupt || stopped.Lang != "en" {
		t.Fatalf("Run = %v, want Stopped by interrupt, in English", err)
	}
}

// TestEndOfInputOutsideAKiosk: the end of the input stops the walk, and it
// says so; it is no failure.
func TestEndOfInputOutsideAKiosk(t *testing.T) {
	g, tr := words(t, "nl")
	var out strings.Builder
	err := Run(Options{Letter: uiletter.Layout{}, Lang: "nl", Clock: time.Now, In: strings.NewReader("1\n"), Out: &out})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	s := out.String()
	if !strings.Contains(s, g.Explain[0].Title) || !strings.HasSuffix(strings.TrimSpace(s), tr.T("lines.input_ended")) {
		t.Errorf("the walk did not say it stopped at the end of the input:\n%s", s)
	}
}

// TestReadErrors: outside a kiosk, input that cannot be read ends the walk
// with a ReadError, not quietly as if the person had finished.
func TestReadErrors(t *testing.T) {
	long := strings.Repeat("a", 70<<10)
	for _, c := range []struct {
		name string
		in   io.Reader
		want error
	}{
		{"a line of 70 KiB", strings.NewReader("1\n" + long + "\n"), ErrLineTooLong},
		{"a line of 70 KiB without an end", strings.NewReader("1\n" + long), ErrLineTooLong},
		{"a folder", io.MultiReader(strings.NewReader("1\n"), iotest.ErrReader(errIsDir)), errIsDir},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out strings.Builder
			err := Run(Options{Letter: uiletter.Layout{}, Lang: "nl", Clock: time.Now, In: c.in, Out: &out})
			var re *ReadError
			if !errors.As(err, &re) || !errors.Is(err, c.want) || re.Lang != "nl" {
				t.Errorf("Run = %v, want a ReadError for %v", err, c.want)
			}
		})
	}
}

var errIsDir = errors.New("read /: is a directory")

// TestKioskLongLineStartsOver: in a kiosk a line too long to read starts
// over, and the lines after it are read.
func TestKioskLongLineStartsOver(t *testing.T) {
	g, tr := words(t, "nl")
	l := startLive(t, Options{Kiosk: true, Terminal: true})
	l.typed("1")
	l.waitFor(g.Explain[0].Title)
	long := []byte(strings.Repeat("a", 4096))
	for range maxLine/len(long) + 2 {
		l.keys.give(long)
	}
	l.waitFor(tr.T("lines.started_over"))
	l.keys.give([]byte("still the long line\n"))
	l.typed("1")
	l.waitFor(g.Explain[0].Title)
	if n := strings.Count(l.out.String(), tr.T("acc.not_a_number", i18n.Data{"Max": 4})); n != 0 {
		t.Errorf("the rest of the long line was read as an answer")
	}
}

// TestLineSplitter: lines as typed, with or without a carriage return, the
// last one without a line ending, reading after an end of input, and a
// line that is too long skipped up to its end.
func TestLineSplitter(t *testing.T) {
	type got struct {
		line string
		err  error
	}
	long := strings.Repeat("x", maxLine+1)
	chunks := [][]byte{[]byte("1\r\n2\n"), []byte("ha"), []byte("lf\n"), nil, []byte("na EOF"), nil, []byte(long + "\nrest\n")}
	i := 0
	r := readerFunc(func(p []byte) (int, error) {
		if i >= len(chunks) {
			return 0, io.EOF
		}
		c := chunks[i]
		i++
		if c == nil {
			return 0, io.EOF
		}
		return copy(p, c), nil // the test's chunks fit
	})
	s := &lineSplitter{r: bufioSized(r)}
	want := []got{{"1", nil}, {"2", nil}, {"half", nil}, {"", io.EOF}, {"na EOF", nil}, {"", ErrLineTooLong}, {"rest", nil}, {"", io.EOF}}
	for _, w := range want {
		line, err := s.next()
		if line != w.line || !errors.Is(err, w.err) {
			t.Fatalf("next() = %d bytes %.20q, %v; want %q, %v", len(line), line, err, w.line, w.err)
		}
	}
}

type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }

// bufioSized hands out a reader's chunks in pieces no larger than the
// splitter's buffer, as a real input would.
func bufioSized(r io.Reader) io.Reader {
	var rest []byte
	return readerFunc(func(p []byte) (int, error) {
		if len(rest) == 0 {
			buf := make([]byte, 2*maxLine)
			n, err := r.Read(buf)
			if n == 0 {
				return 0, err
			}
			rest = buf[:n]
		}
		n := copy(p, rest)
		rest = rest[n:]
		return n, nil
	})
}

// TestKioskDoneSaysLogOut: where a kiosk opened the form in its browser,
// the done screen asks the person to log out and close the browser, as
// the wizard's does.
func TestKioskDoneSaysLogOut(t *testing.T) {
	g, tr := words(t, "nl")
	l := startLive(t, Options{Kiosk: true})
	// Facebook, on this computer: by its name, as a kiosk puts the phone
	// first.
	l.typed(toFirstStep(g, "1", routeLabel(g, content.RouteComputer))...)
	l.waitFor(tr.T("acc.open_now", i18n.Data{"App": "Facebook"}))
	l.typed("ja")
	for range g.StepsFor(content.RouteComputer, content.AudiencePerson) {
		l.waitFor(tr.T("lines.prompt_next_kiosk"))
		l.typed("")
	}
	for range g.More {
		l.waitFor(tr.T("lines.prompt_next_kiosk"))
		l.typed("")
	}
	l.waitFor(g.Done.Title)
	l.waitFor(tr.T("done.log_out_kiosk", i18n.Data{"Apps": "Facebook"}))
	l.waitFor(tr.T("acc.prompt_number", i18n.Data{"Max": 2}))
}
