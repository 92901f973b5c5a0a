package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/tui"
)

// How the program ends, or waits in the background, when it is told to
// from outside, and what Ctrl+Z and Ctrl+\ do on a full screen. The rules
// are the same for every face that takes the whole screen (the wizard, the
// letter's questions), and for SIGQUIT in every command: never a Go
// goroutine dump, always the terminal as it was, and an exit code that
// says how the program ended.

// stopped is a face stopped by a signal from outside, or by Ctrl+\: a
// short sentence, and the exit code a shell gives a program that a signal
// ended (143 for SIGTERM, 129 for SIGHUP, 131 for SIGQUIT), so that a
// script or a kiosk's supervisor can tell it from done (0) and failed (1).
type stopped struct {
	sig os.Signal
	msg string
}

func (e *stopped) Error() string { return e.msg }

// fullScreen runs a Bubble Tea model on the terminal, and returns the
// model as it ended. The program's rules hold while it runs:
//
//   - SIGTERM, SIGHUP, SIGINT and SIGQUIT from outside, and Ctrl+\ (the
//     model's tui.QuitNowMsg), stop it: the terminal is given back as it was
//     (the alternate screen left, the cursor shown, focus reports, bracketed
//     paste and the keyboard protocols off), and the error is a *stopped
//     with the sentence in the session's language.
//   - Ctrl+Z (the model's tea.Suspend) and SIGTSTP from outside put it in
//     the background, with the terminal given back, when a shell can bring
//     it back; SIGCONT takes the terminal again and draws the screen anew,
//     also after a SIGSTOP that the program could not see coming.
//   - A kiosk forgets its temporary pages, however the program ends.
//
// Keys are the model's business: a kiosk's model never asks to suspend or
// to stop.
func (s *session) fullScreen(ctx context.Context, m tea.Model) (tea.Model, error) {
	if s.kiosk {
		defer s.temporary.RemoveAll()
	}
	r := &runner{continued: make(chan struct{}, 1)}

	// SIGQUIT comes through the program's one receiver of it, which
	// otherwise stops the program at once.
	quit := make(chan os.Signal, 1)
	defer claimQuit(quit)()
	// SIGTERM: kill, a shutdown; on Windows, closing the console window.
	// SIGHUP: the terminal closed. SIGINT: kill -INT; Ctrl+C on a full
	// screen is a key.
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGHUP, os.Interrupt)
	defer signal.Stop(sigs)
	jobs := make(chan os.Signal, 4)
	notifyJobControl(jobs)
	defer signal.Stop(jobs)

	// Ten frames a second: a screen follows a key within 100 ms, and the
	// renderer, which wakes for every frame, costs next to nothing while
	// the program waits (at Bubble Tea's 60 it costs more than a kiosk
	// should spend waiting; see README, performance).
	opts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithFPS(10), tea.WithoutSignalHandler(), tea.WithFilter(r.filter)}
	if profile, ok := s.colorProfile(); ok {
		opts = append(opts, tea.WithColorProfile(profile))
	}
	p := tea.NewProgram(m, opts...)
	r.p = p

	done := make(chan struct{})
	go func() {
		for {
			select {
			case sig := <-sigs:
				r.stop(sig)
			case sig := <-quit:
				r.stop(sig)
			case sig := <-jobs:
				r.jobSignal(sig)
			case <-done:
				return
			}
		}
	}()
	final, err := p.Run()
	close(done)
	if sig := r.stoppedBy(); sig != nil {
		return final, &stopped{sig: sig, msg: s.t.T("app.stopped")}
	}
	return final, err
}

// runner is what fullScreen keeps while its program runs.
type runner struct {
	p *tea.Program

	mu  sync.Mutex
	sig os.Signal // what stopped the program, first come

	// paused is set while the program waits in the background for SIGCONT,
	// which then goes to continued rather than draw the screen anew.
	paused    atomic.Bool
	continued chan struct{}
}

// pauseMsg asks the program to go to the background: the whole job, as
// Ctrl+Z in a shell does, or only this program, as SIGTSTP sent to it.
type pauseMsg struct{ job bool }

// retakeMsg asks the program to take the terminal again and draw anew:
// it was stopped without notice, and a shell may have changed the terminal
// meanwhile.
type retakeMsg struct{}

// stop ends the program for a signal. It never waits: the program may be
// in the background, and ends once it is continued.
func (r *runner) stop(sig os.Signal) {
	r.mu.Lock()
	if r.sig == nil {
		r.sig = sig
	}
	r.mu.Unlock()
	go r.p.Quit()
}

func (r *runner) stoppedBy() os.Signal {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sig
}

// jobSignal handles SIGTSTP and SIGCONT from outside.
func (r *runner) jobSignal(sig os.Signal) {
	if isContinue(sig) {
		if r.paused.CompareAndSwap(true, false) {
			r.continued <- struct{}{}
			return
		}
		// Stopped by SIGSTOP, which no program sees: the terminal may be
		// out of raw mode and its screen drawn over.
		go r.p.Send(retakeMsg{})
		return
	}
	if !r.paused.Load() {
		go r.p.Send(pauseMsg{job: false})
	}
}

// filter turns the requests to suspend and to stop into what the runner
// does about them, before the model or Bubble Tea sees them. Bubble Tea's
// own suspend sends SIGTSTP to the process group and waits for SIGCONT; a
// program that catches SIGTSTP cannot stop that way, so the runner does it
// itself.
func (r *runner) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg := msg.(type) {
	case tea.SuspendMsg:
		return r.pause(true)
	case pauseMsg:
		return r.pause(msg.job)
	case tui.QuitNowMsg:
		r.stop(syscall.SIGQUIT)
		return nil
	case retakeMsg:
		// Bubble Tea gives the terminal back and takes it again around a
		// command that does nothing: raw mode, the screen drawn anew.
		return tea.Exec(nothing{}, afterPause)()
	}
	return msg
}

// pause puts the program in the background, where a shell with job
// control can bring it back. Without one (a terminal window that started
// the program itself) nothing could bring it back, so it stays.
func (r *runner) pause(job bool) tea.Msg {
	if !jobControl() {
		return nil
	}
	return tea.Exec(&background{r: r, job: job}, afterPause)()
}

func afterPause(error) tea.Msg { return tea.ResumeMsg{} }

// background is the time in the background, run by Bubble Tea as it runs
// another program: with the terminal given back before, and taken again
// after.
type background struct {
	r   *runner
	job bool
}

func (b *background) Run() error {
	settle()
	b.r.paused.Store(true)
	if err := stopProcess(b.job); err != nil {
		b.r.paused.Store(false)
		return err
	}
	<-b.r.continued
	return nil
}

func (*background) SetStdin(io.Reader)  {}
func (*background) SetStdout(io.Writer) {}
func (*background) SetStderr(io.Writer) {}

// nothing is a command that does nothing, but let the renderer settle.
type nothing struct{}

func (nothing) Run() error          { settle(); return nil }
func (nothing) SetStdin(io.Reader)  {}
func (nothing) SetStdout(io.Writer) {}
func (nothing) SetStderr(io.Writer) {}

// settle gives Bubble Tea's renderer, just told to stop, the moment it
// needs to stop its ticker. It stops it after it was told to, without
// being waited for; a renderer started again before that waits for a
// stopped ticker, and the screen is never drawn again
// (charmbracelet/bubbletea#1778, in v2.1.1 too).
func settle() { time.Sleep(settleTime) }

const settleTime = 30 * time.Millisecond

// The program's one receiver of SIGQUIT. Go's own answer to SIGQUIT is a
// dump of every goroutine, which no person should see: from the start of
// main, SIGQUIT says that the program stopped and exits with 131, unless a
// face has claimed it to handle it itself.
var quitSignals = &quitRelay{}

// quitRelay receives SIGQUIT for the whole program and hands it on.
type quitRelay struct {
	mu       sync.Mutex
	claimant chan<- os.Signal
	sentence string
	// pending is set when SIGQUIT came before the sentence.
	pending bool
	out     io.Writer
	exit    func(int)
}

// listen starts the relay: until a face claims SIGQUIT, it writes the
// sentence to out and exits with 131. A SIGQUIT that comes before the
// sentence (before run has decided the language, a millisecond or two)
// waits for it: the program says it stopped in the person's language.
func (q *quitRelay) listen(out io.Writer, exit func(int)) {
	q.mu.Lock()
	q.out, q.exit = out, exit
	q.mu.Unlock()
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGQUIT)
	go func() {
		for sig := range c {
			q.deliver(sig)
		}
	}()
}

// deliver hands sig to the claimant, or stops the program.
func (q *quitRelay) deliver(sig os.Signal) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.claimant != nil {
		select {
		case q.claimant <- sig:
		default: // one is waiting already
		}
		return
	}
	if q.sentence == "" {
		q.pending = true
		return
	}
	q.stop()
}

// stop says the sentence and exits. The caller holds the lock.
func (q *quitRelay) stop() {
	if q.exit == nil {
		return
	}
	fprintln(q.out, q.sentence)
	q.exit(128 + int(syscall.SIGQUIT))
}

// say sets the sentence, once the session knows the person's language,
// and stops the program if a SIGQUIT was waiting for it.
func (q *quitRelay) say(sentence string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.sentence = sentence
	if q.pending && q.claimant == nil {
		q.stop()
	}
}

// claimQuit hands SIGQUIT to c until release is called: the program then
// no longer stops on it by itself. A face that handles SIGQUIT itself
// claims it, and must not call signal.Notify for SIGQUIT as well: then the
// signal would also stop the program. c should be buffered; a signal that
// finds it full is dropped, as the one before it is still waiting there.
// One face claims at a time; the last claim wins until released.
func claimQuit(c chan<- os.Signal) (release func()) {
	return quitSignals.claim(c)
}

func (q *quitRelay) claim(c chan<- os.Signal) func() {
	q.mu.Lock()
	before := q.claimant
	q.claimant = c
	q.mu.Unlock()
	return func() {
		q.mu.Lock()
		q.claimant = before
		q.mu.Unlock()
	}
}
