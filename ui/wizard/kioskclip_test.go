package wizard

import (
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
)

// clipboard is a Clipboard stub that remembers every text it was given.
type clipboard struct {
	mu    sync.Mutex
	texts []string
}

func (c *clipboard) Copy(text string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.texts = append(c.texts, text)
	return nil
}

func (c *clipboard) got() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.texts)
}

// terminalClipboard is what the messages put on the terminal's clipboard
// (OSC 52), in order: Bubble Tea's own message for it is not exported.
func terminalClipboard(msgs []tea.Msg) []string {
	var texts []string
	for _, m := range msgs {
		if fmt.Sprintf("%T", m) == "tea.setClipboardMsg" {
			texts = append(texts, reflect.ValueOf(m).String())
		}
	}
	return texts
}

// clipModel is a wizard with a clipboard stub and a clock the test moves.
type clipModel struct {
	m    *Model
	clip *clipboard
	now  time.Time
}

func newClipModel(t *testing.T, kiosk bool) *clipModel {
	t.Helper()
	return newClipModelIn(t, kiosk, "nl")
}

func newClipModelIn(t *testing.T, kiosk bool, lang string) *clipModel {
	t.Helper()
	c := &clipModel{clip: &clipboard{}, now: weekBefore}
	opts, _ := testOptions(lang, weekBefore)
	opts.Kiosk = kiosk
	opts.Clipboard = c.clip
	opts.Clock = func() time.Time { return c.now }
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	c.m = m
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return c
}

// do sends a message and runs what follows from it, and returns the
// messages that came of it.
func (c *clipModel) do(msg tea.Msg) []tea.Msg {
	_, cmd := c.m.Update(msg)
	return drain(c.m, cmd)
}

func (c *clipModel) keys(names ...string) []tea.Msg {
	var msgs []tea.Msg
	for _, n := range names {
		msgs = append(msgs, c.do(keyMsg(n))...)
	}
	return msgs
}

// copyReason goes to the step with the sample reason, on this computer
// (on a phone there is nothing to copy), and copies it with c.
func (c *clipModel) copyReason(t *testing.T) []tea.Msg {
	t.Helper()
	w := c.m.w
	w.answers = walk.Answers{Apps: []string{"facebook"}, Where: content.RouteComputer}
	steps := w.c.g.StepsFor(content.RouteComputer, content.AudiencePerson)
	i := slices.IndexFunc(steps, func(s content.Step) bool { return s.Action == content.ActionReason })
	w.goTo(walk.Place{Kind: walk.Step, App: "facebook", Index: i})
	return c.keys("c")
}

// copyLetter goes to an organisation's letter and copies it with c.
func (c *clipModel) copyLetter() []tea.Msg {
	w := c.m.w
	w.c.audience = content.AudienceOrganisation
	w.answers = answersOf(letter.Draft{Org: "Gemeente Testdorp", Accounts: letter.ParseAccounts("@testdorp", "instagram")})
	w.goTo(walk.Place{Kind: walk.Letter})
	return c.keys("c")
}

// TestKioskClearsWhatWasCopied: what a visitor copied in a kiosk (the
// sample reason, the letter) is taken off both clipboards, the terminal's
// and the system's, when the kiosk starts over: by the quit keys, by
// Ctrl+C twice, from the done screen, and after the idle question.
func TestKioskClearsWhatWasCopied(t *testing.T) {
	for _, c := range []struct {
		name      string
		copy      func(*clipModel, *testing.T) []tea.Msg
		startOver func(*clipModel) []tea.Msg
	}{
		{"reason, q j", (*clipModel).copyReason, func(c *clipModel) []tea.Msg { return c.keys("q", "j") }},
		{"letter, q j", func(c *clipModel, _ *testing.T) []tea.Msg { return c.copyLetter() }, func(c *clipModel) []tea.Msg { return c.keys("q", "j") }},
		{"reason, Ctrl+C twice", (*clipModel).copyReason, func(c *clipModel) []tea.Msg { return c.keys("ctrl+c", "ctrl+c") }},
		{"reason, again from the done screen", (*clipModel).copyReason, func(c *clipModel) []tea.Msg { return c.do(restartMsg{}) }},
		{"letter, idle", func(c *clipModel, _ *testing.T) []tea.Msg { return c.copyLetter() }, func(c *clipModel) []tea.Msg {
			c.now = c.now.Add(DefaultIdle)
			c.do(idleMsg{seq: c.m.idleSeq})
			c.now = c.now.Add(stillThereFor)
			return c.do(idleMsg{seq: c.m.idleSeq})
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			k := newClipModel(t, true)
			w := k.m.w
			copied := terminalClipboard(c.copy(k, t))
			if len(copied) != 1 || copied[0] == "" || !slices.Equal(k.clip.got(), copied) {
				t.Fatalf("copying put %q on the terminal's clipboard and %q on the system's; want the same text on both", copied, k.clip.got())
			}
			msgs := c.startOver(k)
			if k.m.w == w {
				t.Fatal("the kiosk did not start over")
			}
			if got := terminalClipboard(msgs); !slices.Equal(got, []string{""}) {
				t.Errorf("starting over put %q on the terminal's clipboard, want it emptied once", got)
			}
			if got := k.clip.got(); len(got) != 2 || got[1] != "" {
				t.Errorf("the system's clipboard was given %q, want the copy and then nothing", got)
			}
			// The next visitor copies nothing: starting over again leaves
			// the clipboard alone.
			msgs = k.keys("q", "j")
			if got := terminalClipboard(msgs); len(got) != 0 || len(k.clip.got()) != 2 {
				t.Errorf("starting over after a visitor who copied nothing touched the clipboard: %q, %q", got, k.clip.got())
			}
		})
	}
}

// TestClipboardKeptOutsideAKiosk: outside kiosk mode, starting over from
// the done screen leaves the clipboard as it is: it is the person's own.
func TestClipboardKeptOutsideAKiosk(t *testing.T) {
	k := newClipModel(t, false)
	k.copyReason(t)
	msgs := k.do(restartMsg{})
	msgs = append(msgs, k.keys("q", "n")...)
	if got := terminalClipboard(msgs); len(got) != 0 || len(k.clip.got()) != 1 {
		t.Errorf("outside a kiosk the clipboard was touched: terminal %q, system %q", got, k.clip.got())
	}
}
