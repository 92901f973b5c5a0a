package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// KeyMap holds every key of the wizard. A key means the same on every
// screen; the help line shows the keys that work on the current one, from
// these same bindings, in the person's language.
type KeyMap struct {
	Next       key.Binding // Enter: go on
	Open       key.Binding // Enter on the first step: open the form
	Choose     key.Binding // Enter on a question: take the answer
	Back       key.Binding // Esc: one screen back
	Return     key.Binding // Enter on a page outside the walk: back to it
	Quit       key.Binding // q, Ctrl+C: ask whether to stop
	Move       key.Binding // arrows: move between options
	Toggle     key.Binding // space: tick an app
	Scroll     key.Binding // page up and down, when a text is longer than the window
	PrevField  key.Binding // Shift+Tab: the question before, in a form of several
	Copy       key.Binding // c: copy the sample reason, or the letter
	Save       key.Binding // s: save the letter
	CopyLetter key.Binding // c: copy the letter
	Read       key.Binding // arrows and page keys: read on, in a long text
	QuitTyping key.Binding // Ctrl+C: stop, where q is a letter
	Route      key.Binding // m: show the route inside the app
	AnyKey     key.Binding // any key: yes, still here (kiosk)
	Yes        key.Binding // j or y: yes, in a dialog (which says what yes does there)
	No         key.Binding // n or Esc: no, in a dialog
	Suspend    key.Binding // Ctrl+Z: to the background, until the shell's fg
	QuitNow    key.Binding // Ctrl+\: stop at once, as SIGQUIT does

	Huh *huh.KeyMap
}

// NewKeyMap builds the keys with their help in the translator's language.
func NewKeyMap(t *i18n.Translator, ascii bool) KeyMap {
	arrows := t.T("keys.arrows")
	if ascii {
		arrows = t.T("keys.arrows_ascii")
	}
	enter, esc := t.T("keys.enter"), t.T("keys.esc")
	k := KeyMap{
		Next:       key.NewBinding(key.WithKeys("enter"), key.WithHelp(enter, t.T("keys.next"))),
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp(enter, t.T("keys.open"))),
		Choose:     key.NewBinding(key.WithKeys("enter"), key.WithHelp(enter, t.T("keys.choose"))),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp(esc, t.T("keys.back"))),
		Return:     key.NewBinding(key.WithKeys("enter"), key.WithHelp(enter, t.T("keys.back"))),
		Quit:       key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", t.T("keys.quit"))),
		Move:       key.NewBinding(key.WithKeys("up", "down"), key.WithHelp(arrows, t.T("keys.move"))),
		Toggle:     key.NewBinding(key.WithKeys("space", "x"), key.WithHelp(t.T("keys.space"), t.T("keys.toggle"))),
		Scroll:     key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp(t.T("keys.pages"), t.T("keys.scroll"))),
		PrevField:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t.T("keys.prev_field"))),
		Copy:       key.NewBinding(key.WithKeys("c"), key.WithHelp("c", t.T("keys.copy"))),
		Save:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", t.T("keys.save"))),
		CopyLetter: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", t.T("keys.copy_letter"))),
		Read:       key.NewBinding(key.WithKeys("up", "down", "pgup", "pgdown"), key.WithHelp(arrows, t.T("keys.read"))),
		QuitTyping: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("Ctrl+C", t.T("keys.quit"))),
		Route:      key.NewBinding(key.WithKeys("m"), key.WithHelp("m", t.T("keys.route"))),
		AnyKey:     key.NewBinding(key.WithKeys(), key.WithHelp(t.T("keys.any"), t.T("keys.still_here"))),
		Yes:        key.NewBinding(key.WithKeys("j", "J", "y", "Y"), key.WithHelp(t.T("keys.yes_key"), t.T("keys.yes"))),
		No:         key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp(t.T("keys.no_key"), t.T("keys.no"))),
		Suspend:    key.NewBinding(key.WithKeys("ctrl+z")),
		QuitNow:    key.NewBinding(key.WithKeys("ctrl+\\")),
	}
	k.Huh = huhKeys(k)
	return k
}

// huhKeys gives huh's questions the wizard's keys. Esc, q and Ctrl+C never
// reach a question (the wizard takes them first); filtering, which needs
// typing, and huh's own back key are off, so no key means two things.
func huhKeys(k KeyMap) *huh.KeyMap {
	m := huh.NewDefaultKeyMap()
	off := key.NewBinding(key.WithKeys(), key.WithDisabled())

	m.Select.Next = k.Choose
	m.Select.Submit = k.Choose
	m.Select.Prev = off
	m.Select.Up = key.NewBinding(key.WithKeys("up"), key.WithHelp(k.Move.Help().Key, k.Move.Help().Desc))
	m.Select.Down = key.NewBinding(key.WithKeys("down"))
	m.Select.Filter = off
	m.Select.SetFilter = off
	m.Select.ClearFilter = off
	m.Select.HalfPageUp, m.Select.HalfPageDown = off, off
	m.Select.GotoTop, m.Select.GotoBottom = off, off
	m.Select.Left, m.Select.Right = off, off

	// Typing: Enter goes to the next question; Shift+Tab back to the one
	// before, within a form of several.
	m.Input.Next = key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp(k.Next.Help().Key, k.Next.Help().Desc))
	m.Input.Submit = key.NewBinding(key.WithKeys("enter"), key.WithHelp(k.Next.Help().Key, k.Next.Help().Desc))
	m.Input.Prev = key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp(k.PrevField.Help().Key, k.PrevField.Help().Desc))
	m.Input.AcceptSuggestion = off
	m.Note.Next = key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp(k.Next.Help().Key, k.Next.Help().Desc))
	m.Note.Submit = m.Note.Next
	m.Note.Prev = off
	m.Quit = key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", k.Quit.Help().Desc))

	m.MultiSelect.Next = k.Choose
	m.MultiSelect.Submit = k.Choose
	m.MultiSelect.Prev = off
	m.MultiSelect.Toggle = k.Toggle
	m.MultiSelect.Up = key.NewBinding(key.WithKeys("up"), key.WithHelp(k.Move.Help().Key, k.Move.Help().Desc))
	m.MultiSelect.Down = key.NewBinding(key.WithKeys("down"))
	m.MultiSelect.Filter = off
	m.MultiSelect.SetFilter = off
	m.MultiSelect.ClearFilter = off
	m.MultiSelect.HalfPageUp, m.MultiSelect.HalfPageDown = off, off
	m.MultiSelect.GotoTop, m.MultiSelect.GotoBottom = off, off
	m.MultiSelect.SelectAll, m.MultiSelect.SelectNone = off, off
	return m
}

// QuitNowMsg is Ctrl+\ outside a kiosk: the program that runs the face
// stops at once, as it stops on SIGQUIT, and gives the terminal back.
type QuitNowMsg struct{}

// jobKey is what Ctrl+Z and Ctrl+\ do on a full screen, as in any
// terminal program: Ctrl+Z puts the program in the background (the
// shell's fg brings it back), Ctrl+\ stops it. The terminal is in raw
// mode, so they arrive as keys, not as the signals a shell would send. A
// kiosk leaves neither way out open: there they do nothing at all. used
// reports whether the message was one of these keys.
func (k KeyMap) jobKey(msg tea.Msg, kiosk bool) (cmd tea.Cmd, used bool) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	switch {
	case key.Matches(press, k.Suspend):
		if kiosk {
			return nil, true
		}
		return tea.Suspend, true
	case key.Matches(press, k.QuitNow):
		if kiosk {
			return nil, true
		}
		return func() tea.Msg { return QuitNowMsg{} }, true
	}
	return nil, false
}
