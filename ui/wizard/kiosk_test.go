package wizard

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// kiosk is a kiosk-mode model with a clock the test moves by hand.
type kiosk struct {
	t   *testing.T
	m   *Model
	now time.Time
}

func newKiosk(t *testing.T, lang string) *kiosk {
	t.Helper()
	k := &kiosk{t: t, now: weekBefore}
	opts, _ := testOptions(lang, weekBefore)
	opts.Kiosk = true
	opts.Clock = func() time.Time { return k.now }
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	k.m = m
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return k
}

func (k *kiosk) screen() string { return ansi.Strip(k.m.View().Content) }

// wait moves the clock and delivers the idle timer's message, as the timer
// would.
func (k *kiosk) wait(d time.Duration) {
	k.now = k.now.Add(d)
	k.m.Update(idleMsg{seq: k.m.idleSeq})
}

func (k *kiosk) key(name string) { k.m.Update(keyMsg(name)) }

// midWalk puts the kiosk's wizard on a step, with answers, as if a person
// were halfway.
func (k *kiosk) midWalk() *wizard {
	w := k.m.w
	w.answers = walk.Answers{Apps: []string{"facebook", "whatsapp"}, Where: content.RouteComputer}
	w.goTo(walk.Place{Kind: walk.Step, App: "facebook", Index: 2})
	w.opened["facebook"] = true
	return w
}

func TestKioskAsksAfterIdleThenStartsOver(t *testing.T) {
	k := newKiosk(t, "nl")
	tr := k.m.w.c.t
	before := k.midWalk()
	k.key("down") // a key: the idle time starts now

	k.wait(DefaultIdle - time.Second)
	if strings.Contains(k.screen(), tr.T("kiosk.still_there")) {
		t.Fatal("asked before the idle time was up")
	}
	k.wait(time.Second)
	screen := k.screen()
	if !strings.Contains(screen, tr.T("kiosk.still_there")) || !strings.Contains(flat(screen), tr.N("kiosk.countdown", 30)) {
		t.Fatalf("after %v no question with 30 seconds:\n%s", DefaultIdle, screen)
	}
	k.wait(time.Second)
	if !strings.Contains(flat(k.screen()), tr.N("kiosk.countdown", 29)) {
		t.Errorf("the countdown does not count:\n%s", k.screen())
	}
	k.wait(29 * time.Second)

	if k.m.w == before {
		t.Fatal("the wizard was not replaced by a new one")
	}
	w := k.m.w
	if len(w.answers.Apps) != 0 || len(w.history) != 0 || len(w.opened) != 0 || w.screen.Kind != walk.Welcome {
		t.Errorf("something was remembered: answers %+v, history %v, opened %v, screen %v", w.answers, w.history, w.opened, w.screen)
	}
	if !strings.Contains(k.screen(), w.c.g.Welcome.Title) {
		t.Errorf("not back at the welcome screen:\n%s", k.screen())
	}
}

func TestKioskAnyKeyKeepsThePerson(t *testing.T) {
	k := newKiosk(t, "en")
	w := k.midWalk()
	k.wait(DefaultIdle)
	k.key("x")
	if k.m.w != w || w.screen.Kind != walk.Step || w.screen.Index != 2 {
		t.Fatalf("a key while asking did not keep the person where they were: %v", w.screen)
	}
	if strings.Contains(k.screen(), w.c.t.T("kiosk.still_there")) {
		t.Errorf("still asking after a key:\n%s", k.screen())
	}
	// The key answered the question and did nothing else: "x" did not tick
	// or go anywhere, and the idle time starts again.
	k.wait(DefaultIdle - time.Second)
	if k.m.w != w {
		t.Error("started over before a new idle time was up")
	}
}

func TestKioskQuitKeysStartOver(t *testing.T) {
	for _, keys := range [][]string{{"q", "j"}, {"ctrl+c", "ctrl+c"}, {"q", "enter"}} {
		t.Run(strings.Join(keys, "+"), func(t *testing.T) {
			k := newKiosk(t, "nl")
			w := k.midWalk()
			k.key(keys[0])
			if !strings.Contains(k.screen(), w.c.t.T("kiosk.quit_title")) {
				t.Fatalf("no question after %s:\n%s", keys[0], k.screen())
			}
			if keys[1] == "enter" {
				// The first choice is to go on.
				_, cmd := k.m.Update(keyMsg("enter"))
				drain(k.m, cmd)
				if k.m.w != w || len(w.dialogs) > 0 {
					t.Fatalf("enter on the question did not go on")
				}
				return
			}
			_, cmd := k.m.Update(keyMsg(keys[1]))
			if msgs := drain(k.m, cmd); hasQuit(msgs) {
				t.Fatal("a kiosk left the program")
			}
			if k.m.w == w || !strings.Contains(k.screen(), k.m.w.c.g.Welcome.Title) {
				t.Errorf("not started over:\n%s", k.screen())
			}
		})
	}
}

// drain runs a command and the commands it leads to, feeding their
// messages to the model; it skips timers. It returns the messages.
func drain(m *Model, cmd tea.Cmd) []tea.Msg {
	var msgs []tea.Msg
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		done := make(chan tea.Msg, 1)
		go func() { done <- c() }()
		select {
		case msg := <-done:
			if batch, ok := msg.(tea.BatchMsg); ok {
				queue = append(queue, batch...)
				continue
			}
			msgs = append(msgs, msg)
			if _, ok := msg.(tea.QuitMsg); ok {
				continue
			}
			_, next := m.Update(msg)
			queue = append(queue, next)
		case <-time.After(50 * time.Millisecond):
			// A timer: not part of what the key did.
		}
	}
	return msgs
}

func hasQuit(msgs []tea.Msg) bool {
	for _, m := range msgs {
		if _, ok := m.(tea.QuitMsg); ok {
			return true
		}
	}
	return false
}

func TestKioskResetsTheLanguage(t *testing.T) {
	k := newKiosk(t, "nl")
	k.m.Update(switchLangs{})
	if k.m.w.c.t.Lang() != "en" {
		t.Fatal("the language did not switch")
	}
	k.wait(DefaultIdle)
	k.wait(stillThereFor)
	if got := k.m.w.c.t.Lang(); got != "nl" {
		t.Errorf("after starting over the language is %s, want the kiosk's nl", got)
	}
}

func TestKioskOffersThePhoneFirstAndNoStop(t *testing.T) {
	k := newKiosk(t, "nl")
	w := k.m.w
	tr, g := w.c.t, w.c.g
	if strings.Contains(k.screen(), tr.T("welcome.stop")) {
		t.Errorf("a kiosk offers to stop:\n%s", k.screen())
	}
	w.answers = walk.Answers{Apps: []string{"facebook"}}
	w.goTo(walk.Place{Kind: walk.Where})
	screen := k.screen()
	phone, computer := g.Questions[content.QuestionWhere].Options[1].Label, g.Questions[content.QuestionWhere].Options[0].Label
	if !strings.Contains(screen, "> "+phone) || strings.Index(screen, phone) > strings.Index(screen, computer) {
		t.Errorf("the phone is not offered first:\n%s", screen)
	}
	if w.answers.Where != content.RoutePhone {
		t.Errorf("the answer under the cursor is %q, want phone", w.answers.Where)
	}
}

func TestKioskDoneAsksToLogOut(t *testing.T) {
	k := newKiosk(t, "nl")
	w := k.midWalk()
	w.goTo(walk.Place{Kind: walk.Done})
	screen := flat(k.screen())
	if !strings.Contains(screen, flat(w.c.t.T("done.log_out_kiosk", i18n.Data{"Apps": "Facebook"}))) {
		t.Errorf("the done screen does not ask to log out and close the browser:\n%s", k.screen())
	}
	if strings.Contains(screen, w.c.t.T("done.stop")) {
		t.Errorf("a kiosk offers to stop:\n%s", k.screen())
	}
}

// TestNotKioskNeverIdles: outside kiosk mode nothing happens after a pause.
func TestNotKioskNeverIdles(t *testing.T) {
	opts, _ := testOptions("nl", weekBefore)
	m, _ := New(opts)
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	w := m.w
	m.Update(idleMsg{seq: m.idleSeq})
	if m.w != w || strings.Contains(ansi.Strip(m.View().Content), w.c.t.T("kiosk.still_there")) {
		t.Error("an idle message did something outside kiosk mode")
	}
}
