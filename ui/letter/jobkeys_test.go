package letter

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/tui"
)

// Ctrl+Z and Ctrl+\ in the letter command's questions mean what they mean
// in the wizard (ui/wizard, jobkeys_test.go): the terminal is in raw mode,
// so they reach the program as keys, and the form asks the program that
// runs it to go to the background or to stop.

var (
	ctrlZ         = tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl}
	ctrlBackslash = tea.KeyPressMsg{Code: '\\', Mod: tea.ModCtrl}
	ctrlC         = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
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

func TestJobKeysInTheLetterForm(t *testing.T) {
	tr := i18n.MustNew("nl")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	f := NewForm(tr, g, false, Input{Org: "Gemeente Testdorp"})
	f.Init()
	f.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := f.View(); !v.AltScreen || !strings.Contains(ansi.Strip(v.Content), g.Organisation.Form.Org) {
		t.Errorf("the form is not drawn on the whole screen:\n%s", ansi.Strip(v.Content))
	}

	_, cmd := f.Update(ctrlZ)
	if _, ok := result(cmd).(tea.SuspendMsg); !ok {
		t.Errorf("Ctrl+Z gives %T, want a request to suspend", result(cmd))
	}
	_, cmd = f.Update(ctrlBackslash)
	if _, ok := result(cmd).(tui.QuitNowMsg); !ok {
		t.Errorf(`Ctrl+\ gives %T, want a request to stop at once`, result(cmd))
	}
	// Ended before the person was done (stopped from outside): nothing
	// of what was asked may be used.
	if _, err := f.Details(); !errors.Is(err, ErrNotDone) {
		t.Errorf("details of an unfinished form: %v, want ErrNotDone", err)
	}
	// Ctrl+C is the person's own way out.
	_, cmd = f.Update(ctrlC)
	if _, ok := result(cmd).(tea.QuitMsg); !ok {
		t.Errorf("Ctrl+C gives %T, want the end of the program", result(cmd))
	}
	if _, err := f.Details(); !errors.Is(err, ErrAborted) {
		t.Errorf("details after Ctrl+C: %v, want ErrAborted", err)
	}
}
