package wizard

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/tui"
)

// Ctrl+Z and Ctrl+\ on a full screen: the terminal is in raw mode, so they
// reach the program as keys. Outside a kiosk they ask the program that runs
// the face to go to the background or to stop; in a kiosk they do nothing.
// What the program then does with the request is tested through the built
// program (cmd/bezwaarwijzer, signals_more_test.go).

var (
	ctrlZ         = tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl}
	ctrlBackslash = tea.KeyPressMsg{Code: '\\', Mod: tea.ModCtrl}
)

// result runs cmd, briefly, and returns its message: nil when there is no
// command or it is a timer.
func result(cmd tea.Cmd) tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		return msg
	case <-time.After(50 * time.Millisecond):
		return nil
	}
}

func TestJobKeysInTheWizard(t *testing.T) {
	opts, _ := testOptions("nl", weekBefore)
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if ctrlZ.String() != "ctrl+z" || ctrlBackslash.String() != `ctrl+\` {
		t.Fatalf("the keys are named %q and %q", ctrlZ.String(), ctrlBackslash.String())
	}

	_, cmd := m.Update(ctrlZ)
	if _, ok := result(cmd).(tea.SuspendMsg); !ok {
		t.Errorf("Ctrl+Z gives %T, want a request to suspend", result(cmd))
	}
	_, cmd = m.Update(ctrlBackslash)
	if _, ok := result(cmd).(tui.QuitNowMsg); !ok {
		t.Errorf(`Ctrl+\ gives %T, want a request to stop at once`, result(cmd))
	}
}

func TestJobKeysDoNothingInAKiosk(t *testing.T) {
	for _, press := range []tea.KeyPressMsg{ctrlZ, ctrlBackslash} {
		t.Run(press.String(), func(t *testing.T) {
			k := newKiosk(t, "nl")
			w := k.midWalk()
			before := k.screen()
			k.now = k.now.Add(time.Minute)
			_, cmd := k.m.Update(press)
			msgs := drain(k.m, cmd)
			for _, msg := range msgs {
				switch msg.(type) {
				case tea.SuspendMsg, tui.QuitNowMsg, tea.QuitMsg, tea.InterruptMsg:
					t.Errorf("%s in a kiosk gives %T: a way out", press, msg)
				}
			}
			if k.m.w != w || len(w.dialogs) > 0 || k.screen() != before {
				t.Errorf("%s in a kiosk changed the screen:\n%s", press, k.screen())
			}
			// Not even a key: the kiosk's idle time runs on.
			if !k.m.lastInput.Equal(weekBefore) {
				t.Errorf("%s counted as a key in a kiosk", press)
			}
		})
	}
}
