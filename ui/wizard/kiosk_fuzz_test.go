package wizard

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/tui"
)

// The kiosk fuzz presses random keys, lets time pass and changes the
// window, straight into the kiosk's model (Update and View, no terminal),
// and checks what a library needs of a kiosk: no key ever leaves the
// program or suspends it, nothing panics, nothing is written to disk, and
// every frame fits the window.

// fuzzKeys are the keys the fuzz presses: every key a visitor might leave
// by, the keys that walk the wizard, and letters to type.
var fuzzKeys = []struct {
	name string
	key  tea.KeyPressMsg
}{
	{"q", tea.KeyPressMsg{Code: 'q', Text: "q"}},
	{"Q", tea.KeyPressMsg{Code: 'q', ShiftedCode: 'Q', Mod: tea.ModShift, Text: "Q"}},
	{"esc", tea.KeyPressMsg{Code: tea.KeyEscape}},
	{"ctrl+c", tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}},
	{"ctrl+d", tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl}},
	{"ctrl+z", tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl}},
	{`ctrl+\`, tea.KeyPressMsg{Code: '\\', Mod: tea.ModCtrl}},
	{"ctrl+q", tea.KeyPressMsg{Code: 'q', Mod: tea.ModCtrl}},
	{"alt+f4", tea.KeyPressMsg{Code: tea.KeyF4, Mod: tea.ModAlt}},
	{"enter", tea.KeyPressMsg{Code: tea.KeyEnter}},
	{"space", tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}},
	{"up", tea.KeyPressMsg{Code: tea.KeyUp}},
	{"down", tea.KeyPressMsg{Code: tea.KeyDown}},
	{"left", tea.KeyPressMsg{Code: tea.KeyLeft}},
	{"right", tea.KeyPressMsg{Code: tea.KeyRight}},
	{"pgup", tea.KeyPressMsg{Code: tea.KeyPgUp}},
	{"pgdown", tea.KeyPressMsg{Code: tea.KeyPgDown}},
	{"home", tea.KeyPressMsg{Code: tea.KeyHome}},
	{"end", tea.KeyPressMsg{Code: tea.KeyEnd}},
	{"tab", tea.KeyPressMsg{Code: tea.KeyTab}},
	{"shift+tab", tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}},
	{"backspace", tea.KeyPressMsg{Code: tea.KeyBackspace}},
	{"delete", tea.KeyPressMsg{Code: tea.KeyDelete}},
	{"j", tea.KeyPressMsg{Code: 'j', Text: "j"}},
	{"y", tea.KeyPressMsg{Code: 'y', Text: "y"}},
	{"n", tea.KeyPressMsg{Code: 'n', Text: "n"}},
	{"c", tea.KeyPressMsg{Code: 'c', Text: "c"}},
	{"s", tea.KeyPressMsg{Code: 's', Text: "s"}},
	{"m", tea.KeyPressMsg{Code: 'm', Text: "m"}},
	{"x", tea.KeyPressMsg{Code: 'x', Text: "x"}},
	{"@", tea.KeyPressMsg{Code: '@', Text: "@"}},
	{".", tea.KeyPressMsg{Code: '.', Text: "."}},
	{"1", tea.KeyPressMsg{Code: '1', Text: "1"}},
	{"é", tea.KeyPressMsg{Code: 'é', Text: "é"}},
	{"ctrl+u", tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}},
}

// Bytes above the keys are the other things that happen to a kiosk.
const (
	opIdle   = 0xE0 // 0xE0-0xEF: time passes, and the idle timer fires
	opTick   = 0xF0 // 0xF0-0xF7: the banner's clock ticks
	opResize = 0xF8 // 0xF8-0xFF: the window changes size; the next 2 bytes say to what
)

// idleSteps are how long the time passes, by the low bits of an idle byte.
var idleSteps = []time.Duration{time.Second, 5 * time.Second, 29 * time.Second, stillThereFor, DefaultIdle - time.Second, DefaultIdle, time.Hour, 0}

// kioskFuzz is one run of the fuzz: a kiosk, its clock, and what happened.
type kioskFuzz struct {
	t             *testing.T
	m             *Model
	now           time.Time
	width, height int
	done          []string // what happened so far, to say in a failure
	wrote         []string
}

func newKioskFuzz(t *testing.T, flags byte) *kioskFuzz {
	f := &kioskFuzz{t: t, now: weekBefore}
	lang := "nl"
	if flags&1 != 0 {
		lang = "en"
	}
	opts, _ := testOptions(lang, weekBefore)
	opts.Kiosk = true
	opts.ASCII = flags&2 != 0
	opts.CanBrowse = flags&4 != 0
	opts.Clock = func() time.Time { return f.now }
	opts.Clipboard = &clipboard{}
	// A kiosk offers no saving; the fuzz sees that it writes nothing.
	opts.WriteFile = func(path string, _ []byte, _ bool) error {
		f.wrote = append(f.wrote, path)
		return nil
	}
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	f.m = m
	f.done = append(f.done, fmt.Sprintf("start %s ascii=%v browser=%v", lang, opts.ASCII, opts.CanBrowse))
	f.deliver(nil, m.Init())
	return f
}

// send gives the model a message, and the messages its commands lead to,
// as the program would.
func (f *kioskFuzz) send(msg tea.Msg) {
	queue := []tea.Msg{msg}
	for n := 0; len(queue) > 0; n++ {
		if n > 500 {
			f.fail("one event led to more than 500 messages")
		}
		msg, queue = queue[0], queue[1:]
		_, cmd := f.m.Update(msg)
		queue = f.deliver(queue, cmd)
	}
	if len(f.wrote) > 0 {
		f.fail(fmt.Sprintf("a kiosk wrote to disk: %v", f.wrote))
	}
}

// deliver runs a command and adds what it sends to the queue. Timers are
// left out: the fuzz decides when time passes. A message that would leave
// or suspend the program fails the fuzz.
func (f *kioskFuzz) deliver(queue []tea.Msg, cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return queue
	}
	if name := funcName(cmd); strings.Contains(name, "bubbletea/v2.Tick.func") || strings.Contains(name, "cursor.(*Model).Blink.func") {
		return queue
	}
	msg := f.call(cmd)
	switch msg := msg.(type) {
	case nil:
		return queue
	case tea.BatchMsg:
		for _, c := range msg {
			queue = f.deliver(queue, c)
		}
		return queue
	case tea.QuitMsg:
		f.fail("the kiosk quit (tea.Quit)")
	case tea.SuspendMsg:
		f.fail("the kiosk suspended itself (tea.Suspend)")
	case tea.InterruptMsg:
		f.fail("the kiosk was interrupted (tea.Interrupt)")
	case tui.QuitNowMsg:
		f.fail("the kiosk asked to stop at once (Ctrl+\\)")
	}
	// Sequences, and the program's own messages (the clipboard, the
	// window title), are not exported: run the first, drop the second.
	v := reflect.ValueOf(msg)
	if v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
		for i := range v.Len() {
			queue = f.deliver(queue, v.Index(i).Interface().(tea.Cmd))
		}
		return queue
	}
	if t := v.Type(); t.PkgPath() == "charm.land/bubbletea/v2" && !unicode.IsUpper([]rune(t.Name())[0]) {
		return queue
	}
	return append(queue, msg)
}

// call runs a command, which must answer at once: a command that waits
// is a timer the fuzz does not know.
func (f *kioskFuzz) call(cmd tea.Cmd) tea.Msg {
	type result struct {
		msg   tea.Msg
		panic any
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- result{panic: p}
			}
		}()
		done <- result{msg: cmd()}
	}()
	select {
	case r := <-done:
		if r.panic != nil {
			f.fail(fmt.Sprintf("a command panicked: %v", r.panic))
		}
		return r.msg
	case <-time.After(2 * time.Second):
		f.fail("a command did not answer within 2 s; if it is a timer, leave it out in deliver: " + funcName(cmd))
	}
	return nil
}

func funcName(cmd tea.Cmd) string {
	return runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
}

func (f *kioskFuzz) fail(what string) {
	f.t.Helper()
	f.t.Fatalf("%s, after:\n  %s\nthe screen:\n%s", what, strings.Join(f.done, "\n  "), ansi.Strip(f.m.View().Content))
}

// fits checks that the frame is no larger than the window.
func (f *kioskFuzz) fits() {
	f.t.Helper()
	content := f.m.View().Content
	if f.width == 0 {
		return
	}
	lines := strings.Split(content, "\n")
	if len(lines) > f.height {
		f.fail(fmt.Sprintf("the frame has %d lines, the window %d", len(lines), f.height))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > f.width {
			f.fail(fmt.Sprintf("line %d is %d wide, the window %d: %q", i+1, w, f.width, ansi.Strip(l)))
		}
	}
}

func (f *kioskFuzz) resize(w, h int) {
	f.width, f.height = w, h
	f.done = append(f.done, fmt.Sprintf("window %dx%d", w, h))
	f.send(tea.WindowSizeMsg{Width: w, Height: h})
}

// play runs the events the bytes stand for: a byte of flags, the window's
// size, then keys, time passing, ticks and sizes.
func (f *kioskFuzz) play(data []byte) {
	next := func() byte {
		if len(data) == 0 {
			return 0
		}
		b := data[0]
		data = data[1:]
		return b
	}
	f.resize(int(next())%200+1, int(next())%80+1)
	f.fits()
	for events := 0; len(data) > 0 && events < 200; events++ {
		b := next()
		switch {
		case b >= opResize:
			f.resize(int(next())%200+1, int(next())%80+1)
		case b >= opTick:
			f.now = f.now.Add(time.Duration(b-opTick) * 24 * time.Hour)
			f.done = append(f.done, "tick")
			f.send(tickMsg{seq: f.m.tick})
		case b >= opIdle:
			f.now = f.now.Add(idleSteps[b&7])
			seq := f.m.idleSeq
			if b&8 != 0 {
				seq-- // a timer that was replaced
			}
			f.done = append(f.done, fmt.Sprintf("idle +%v", idleSteps[b&7]))
			f.send(idleMsg{seq: seq})
		default:
			k := fuzzKeys[int(b)%len(fuzzKeys)]
			f.done = append(f.done, k.name)
			f.send(k.key)
		}
		f.fits()
	}
}

// fuzzInput writes events as the fuzz reads them: the flags, the window,
// then key names, "idle:N" (N an index in idleSteps), "tick" and "size:WxH".
func fuzzInput(flags byte, width, height int, events ...string) []byte {
	data := []byte{flags, byte(width - 1), byte(height - 1)}
	for _, e := range events {
		var n, w, h int
		switch {
		case e == "tick":
			data = append(data, opTick+1)
		case strings.HasPrefix(e, "idle:"):
			fmt.Sscanf(e, "idle:%d", &n)
			data = append(data, opIdle+byte(n))
		case strings.HasPrefix(e, "size:"):
			fmt.Sscanf(e, "size:%dx%d", &w, &h)
			data = append(data, opResize, byte(w-1), byte(h-1))
		default:
			i := 0
			for i < len(fuzzKeys) && fuzzKeys[i].name != e {
				i++
			}
			if i == len(fuzzKeys) {
				panic("fuzzInput: no key " + e)
			}
			data = append(data, byte(i))
		}
	}
	return data
}

// FuzzKioskNeverLeaves: whatever a visitor presses, and whatever the
// window and the time do, a kiosk never leaves or suspends the program,
// never panics, writes nothing, and fits its frames in the window.
func FuzzKioskNeverLeaves(f *testing.F) {
	leaving := []string{"q", "Q", "esc", "ctrl+c", "ctrl+d", "ctrl+z", `ctrl+\`, "ctrl+q", "alt+f4"}
	for _, k := range leaving {
		f.Add(fuzzInput(0, 80, 24, k, "j", k, k, "y", k, "enter", k, "down", "enter"))
	}
	f.Add(fuzzInput(1, 80, 24, "ctrl+c", "ctrl+c", "ctrl+c", "ctrl+c"))
	// The walk to a step, copying the reason, then the quit keys.
	f.Add(fuzzInput(4, 80, 24, "enter", "enter", "enter", "enter", "enter", "enter", "space", "enter", "enter",
		"enter", "enter", "c", "q", "j", "ctrl+d", "ctrl+z", `ctrl+\`))
	// An organisation's walk to its letter, in a kiosk: s does not save.
	f.Add(fuzzInput(0, 80, 24, "down", "enter", "enter", "x", "enter", "x", "@", "x", "enter", "enter",
		"x", "enter", "x", "enter", "enter", "s", "c", "q", "n", "ctrl+c", "j"))
	// Idle, the question, a key; idle and starting over; tiny windows.
	f.Add(fuzzInput(2, 60, 18, "enter", "idle:5", "idle:0", "x", "idle:5", "idle:3", "q", "size:30x10", "q", "j", "idle:6"))
	f.Add(fuzzInput(1, 1, 1, "q", "size:59x17", "ctrl+c", "size:200x80", "ctrl+c", "tick", "esc"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		k := newKioskFuzz(t, data[0])
		k.play(data[1:])
	})
}
