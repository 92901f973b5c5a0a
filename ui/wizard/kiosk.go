package wizard

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// Kiosk mode, for a shared laptop in a library: after a pause the program
// asks whether the person is still there, and then starts over with every
// answer forgotten. It never leaves the program.

// DefaultIdle is how long a kiosk waits for a key before asking.
const DefaultIdle = 3 * time.Minute

// stillThereFor is how long the question "Ben je er nog?" waits.
const stillThereFor = 30 * time.Second

// idleMsg wakes the kiosk to look at how long it has been idle.
type idleMsg struct{ seq int }

// resetMsg starts the kiosk over: the language it started in, a new wizard.
type resetMsg struct{}

// isInput reports whether a message is the person doing something.
func isInput(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.MouseClickMsg, tea.MouseWheelMsg, tea.PasteMsg:
		return true
	}
	return false
}

// kioskUpdate handles what kiosk mode adds. It reports whether the message
// was used up, so the wizard does not see it.
func (m *Model) kioskUpdate(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case idleMsg:
		if msg.seq != m.idleSeq {
			return nil, true
		}
		return m.checkIdle(), true
	case resetMsg:
		return m.reset(), true
	}
	if !isInput(msg) {
		return nil, false
	}
	m.lastInput = m.opts.Clock()
	if !m.askUntil.IsZero() {
		// Any key answers "yes, still here"; it does nothing else.
		m.askUntil = time.Time{}
		m.w.update(stillHereMsg{})
		return m.scheduleIdle(m.opts.Idle), true
	}
	return nil, false
}

// checkIdle asks "Ben je er nog?" once the kiosk has been idle long enough,
// counts the question down, and starts over when nobody answers. With
// nothing to forget it never asks: the next visitor finds the welcome
// screen, not a countdown.
func (m *Model) checkIdle() tea.Cmd {
	now := m.opts.Clock()
	if !m.askUntil.IsZero() {
		if !now.Before(m.askUntil) {
			return m.reset()
		}
		m.w.update(stillThereMsg{left: m.askUntil.Sub(now)})
		return m.scheduleIdle(min(time.Second, m.askUntil.Sub(now)))
	}
	idle := now.Sub(m.lastInput)
	if idle < m.opts.Idle {
		return m.scheduleIdle(m.opts.Idle - idle)
	}
	if !m.remembers() {
		// A cursor moved or a question opened on the welcome screen is
		// put right without a word.
		return m.reset()
	}
	m.askUntil = now.Add(stillThereFor)
	m.w.update(stillThereMsg{left: stillThereFor})
	return m.scheduleIdle(time.Second)
}

// remembers reports whether the kiosk holds anything of the last visitor:
// the wizard's answers and screens, or another language than it started in.
func (m *Model) remembers() bool {
	return m.w.remembers() || m.opts.Lang != m.home.Lang
}

// reset starts over as if the kiosk had just been started: the language it
// was started in, a new wizard, nothing remembered.
func (m *Model) reset() tea.Cmd {
	m.askUntil = time.Time{}
	forget := m.forgetCopied()
	m.opts = m.home
	cmd := m.restart(m.opts)
	if m.opts.OnReset != nil {
		m.opts.OnReset()
	}
	m.lastInput = m.opts.Clock()
	return tea.Batch(forget, cmd, m.scheduleIdle(m.opts.Idle))
}

// forgetCopied empties the clipboard when this visitor copied something
// (the letter, the sample reason), so that the next one does not find it
// there. Both clipboards that copyText fills are emptied: the system's, and
// the terminal's (an empty OSC 52, which xterm and its kin take as "clear";
// tmux ignores it, so there the system's clipboard is what counts).
func (m *Model) forgetCopied() tea.Cmd {
	if !m.w.copied {
		return nil
	}
	clip := m.opts.Clipboard
	return tea.Batch(tea.SetClipboard(""), func() tea.Msg {
		if clip != nil {
			// A failure is told to no one: the visitor who copied has
			// gone, and the next one has nothing to do about it.
			_ = clip.Copy("")
		}
		return nil
	})
}

func (m *Model) scheduleIdle(after time.Duration) tea.Cmd {
	m.idleSeq++
	seq := m.idleSeq
	return tea.Tick(after, func(time.Time) tea.Msg { return idleMsg{seq: seq} })
}
