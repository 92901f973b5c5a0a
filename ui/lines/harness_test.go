package lines

import (
	"bytes"
	"context"
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
	uiletter "github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
)

// A walk that a test drives while it runs: typing lines and Ctrl+D as on a
// terminal, sending signals, and firing the kiosk's timers by hand. Every
// step waits for the walk, so nothing depends on how fast it runs; the
// time limits only turn a hang into a failure.

// hangAfter is how long a test waits for the walk before it calls it hung.
const hangAfter = 20 * time.Second

// keyboard is input as a terminal gives it: one read returns one line, or
// nothing for an end of input (Ctrl+D), and reading can go on after that.
type keyboard struct {
	t     *testing.T
	lines chan []byte
	reads atomic.Int32
}

func (k *keyboard) Read(p []byte) (int, error) {
	k.reads.Add(1)
	b, ok := <-k.lines
	if !ok || b == nil {
		return 0, io.EOF
	}
	return copy(p, b), nil
}

// give hands b to the walk's next read, and waits until it is read.
func (k *keyboard) give(b []byte) {
	k.t.Helper()
	select {
	case k.lines <- b:
	case <-time.After(hangAfter):
		k.t.Fatalf("the walk did not read %q", b)
	}
}

// fakeTimers is the kiosk's clock: a timer fires only when the test says.
type fakeTimers struct {
	mu     sync.Mutex
	timers []fakeTimer
}

type fakeTimer struct {
	d time.Duration
	c chan time.Time
}

func (f *fakeTimers) After(d time.Duration) <-chan time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := make(chan time.Time, 1)
	f.timers = append(f.timers, fakeTimer{d, c})
	return c
}

// count is how many timers of d were set so far.
func (f *fakeTimers) count(d time.Duration) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, tm := range f.timers {
		if tm.d == d {
			n++
		}
	}
	return n
}

// fire fires the last timer of d that was set: the one the walk waits on.
func (f *fakeTimers) fire(t *testing.T, d time.Duration) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := len(f.timers) - 1; i >= 0; i-- {
		if f.timers[i].d == d {
			select {
			case f.timers[i].c <- time.Time{}:
			default:
				t.Fatalf("the last timer of %v fired before", d)
			}
			return
		}
	}
	t.Fatalf("no timer of %v was set", d)
}

// syncBuffer is the walk's output, read by the test while it is written.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// live is one walk running.
type live struct {
	t      *testing.T
	keys   *keyboard
	out    *syncBuffer
	sigs   chan os.Signal
	timers *fakeTimers
	cancel context.CancelFunc
	ended  chan error
	seen   int // output up to here was looked at by waitFor
	writes atomic.Int32
}

// startLive starts a walk in Dutch with o's kiosk settings; the test's
// keyboard, signals, timers and output replace o's.
func startLive(t *testing.T, o Options) *live {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	l := &live{
		t: t, keys: &keyboard{t: t, lines: make(chan []byte)}, out: &syncBuffer{},
		sigs: make(chan os.Signal), timers: &fakeTimers{}, cancel: cancel, ended: make(chan error, 1),
	}
	if o.Lang == "" {
		o.Lang = "nl"
	}
	o.Clock = func() time.Time { return weekBefore }
	o.Browser, o.CanBrowse = &fakeBrowser{}, true
	o.Letter = uiletter.Layout{}
	o.In, o.Out, o.Signals, o.After, o.Context = l.keys, l.out, l.sigs, l.timers.After, ctx
	o.WriteFile = func(string, []byte, bool) error {
		l.writes.Add(1)
		return nil
	}
	go func() { l.ended <- Run(o) }()
	t.Cleanup(func() {
		cancel()
		close(l.keys.lines)
		select {
		case <-l.ended:
		case <-time.After(hangAfter):
			t.Error("the walk did not end when it was told to")
		}
	})
	return l
}

// typed types lines, each with Enter.
func (l *live) typed(lines ...string) {
	l.t.Helper()
	for _, s := range lines {
		l.keys.give([]byte(s + "\n"))
	}
}

// ctrlD is Ctrl+D on an empty line: an end of input.
func (l *live) ctrlD() {
	l.t.Helper()
	l.keys.give(nil)
}

// signal sends sig, and waits until the walk has taken it.
func (l *live) signal(sig os.Signal) {
	l.t.Helper()
	select {
	case l.sigs <- sig:
	case <-time.After(hangAfter):
		l.t.Fatalf("the walk did not take %v", sig)
	}
}

// waitFor waits until the output shows text after what was seen before,
// and returns the output from there up to and including text. Text may be
// wrapped over lines in the output.
func (l *live) waitFor(text string) string {
	l.t.Helper()
	words := strings.Fields(text)
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	re := regexp.MustCompile(strings.Join(words, `\s+`))
	deadline := time.Now().Add(hangAfter)
	for {
		out := l.out.String()
		if m := re.FindStringIndex(out[l.seen:]); m != nil {
			part := out[l.seen : l.seen+m[1]]
			l.seen += m[1]
			return part
		}
		if time.Now().After(deadline) {
			l.t.Fatalf("the walk never said %q after:\n%s", text, out[l.seen:])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// result waits for the walk to end by itself, and returns its error.
func (l *live) result() error {
	l.t.Helper()
	select {
	case err := <-l.ended:
		l.ended <- err // for the cleanup
		return err
	case <-time.After(hangAfter):
		l.t.Fatal("the walk did not end")
		return nil
	}
}

// stillRunning fails when the walk has ended by itself.
func (l *live) stillRunning() {
	l.t.Helper()
	select {
	case err := <-l.ended:
		l.ended <- err
		l.t.Fatalf("the walk ended (%v); a kiosk never ends", err)
	default:
	}
}

// fakeBrowser records the forms it is asked to open, for tests. It refuses
// what the system's opener refuses, an address off the allow-list, and
// records only what that one would have opened. The wizard opens from a
// command's goroutine, hence the lock.
type fakeBrowser struct {
	Err error

	mu     sync.Mutex
	opened []string
}

// Open checks form as the system's opener does, records it, and returns
// b.Err.
func (b *fakeBrowser) Open(form address.Checked) error {
	checked, err := content.AllowList().Check(form.String())
	if err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.opened = append(b.opened, checked.String())
	return b.Err
}

// Opened returns the addresses opened so far.
func (b *fakeBrowser) Opened() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.opened...)
}
