// Package tui holds what the full-screen faces share, the wizard
// (ui/wizard) and the letter command's questions (ui/letter): every key,
// with its help in the person's language, and every style. A key means
// the same, and a screen looks the same, in both.
package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// KeyMap holds every key of the wizard. A key means the same on every
// screen; the help line shows the keys that work on the current one, from
// these same bindings, in the person's language. Keys are matched only
// through these bindings.
type KeyMap struct {
	// Enter, with the words for what it does on the screen shown.
	Next   key.Binding // go on
	Open   key.Binding // on the first step: open the form
	Choose key.Binding // take the highlighted answer
	Tick   key.Binding // tick the highlighted app
	ReadOn key.Binding // show the text not yet shown: Enter never skips it

	Back       key.Binding // Esc, Backspace, ←: one screen back
	BackTyping key.Binding // Esc: one screen back, where Backspace and ← edit the text
	Quit       key.Binding // q, Ctrl+C: ask whether to stop
	QuitTyping key.Binding // Ctrl+C: the same, where q is a letter

	Up, Down         key.Binding // the choice above or below; or the text a line
	PageUp, PageDown key.Binding // the text a page
	Move             key.Binding // for the help line: ↑/↓ between choices
	Scroll           key.Binding // for the help line: PgUp/PgDn, when there is more text
	Read             key.Binding // for the help line: the arrows and page keys, in a text

	Toggle     key.Binding // space: tick an app, or take the tick away
	Copy       key.Binding // c: copy the sample reason
	CopyLetter key.Binding // c: copy the letter
	Save       key.Binding // s: save the letter
	Route      key.Binding // m: show the route inside the app
	Yes        key.Binding // j, y or e (Turkish evet): yes, in a dialog (which says what yes does there)
	No         key.Binding // n, h (Turkish hayır) or Esc: no, in a dialog
	Suspend    key.Binding // Ctrl+Z: to the background, until the shell's fg
	QuitNow    key.Binding // Ctrl+\: stop at once, as SIGQUIT does

	// The letter command asks with a huh form (ui/letter's Form): these
	// are its keys, the same as the wizard's.
	PrevField key.Binding // Shift+Tab: the question before
	Huh       *huh.KeyMap
}

// NewKeyMap builds the keys with their help in the translator's language.
func NewKeyMap(t *i18n.Translator, ascii bool) KeyMap {
	arrows := t.T("keys.arrows")
	if ascii {
		arrows = t.T("keys.arrows_ascii")
	}
	enter, esc := t.T("keys.enter"), t.T("keys.esc")
	withEnter := func(desc string) key.Binding {
		return key.NewBinding(key.WithKeys("enter"), key.WithHelp(enter, desc))
	}
	k := KeyMap{
		Next:       withEnter(t.T("keys.next")),
		Open:       withEnter(t.T("keys.open")),
		Choose:     withEnter(t.T("keys.choose")),
		Tick:       withEnter(t.T("keys.tick")),
		ReadOn:     withEnter(t.T("keys.read_on")),
		Back:       key.NewBinding(key.WithKeys("esc", "backspace", "left"), key.WithHelp(esc, t.T("keys.back"))),
		BackTyping: key.NewBinding(key.WithKeys("esc"), key.WithHelp(esc, t.T("keys.back"))),
		Quit:       key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", t.T("keys.quit"))),
		QuitTyping: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp(t.T("keys.ctrl_c"), t.T("keys.quit"))),
		Up:         key.NewBinding(key.WithKeys("up")),
		Down:       key.NewBinding(key.WithKeys("down")),
		PageUp:     key.NewBinding(key.WithKeys("pgup")),
		PageDown:   key.NewBinding(key.WithKeys("pgdown")),
		Move:       key.NewBinding(key.WithKeys("up", "down"), key.WithHelp(arrows, t.T("keys.move"))),
		Scroll:     key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp(t.T("keys.pages"), t.T("keys.scroll"))),
		Read:       key.NewBinding(key.WithKeys("up", "down", "pgup", "pgdown"), key.WithHelp(arrows, t.T("keys.read"))),
		Toggle:     key.NewBinding(key.WithKeys("space"), key.WithHelp(t.T("keys.space"), t.T("keys.toggle"))),
		Copy:       key.NewBinding(key.WithKeys("c"), key.WithHelp("c", t.T("keys.copy"))),
		CopyLetter: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", t.T("keys.copy_letter"))),
		Save:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", t.T("keys.save"))),
		Route:      key.NewBinding(key.WithKeys("m"), key.WithHelp("m", t.T("keys.route"))),
		Yes:        key.NewBinding(key.WithKeys("j", "J", "y", "Y", "e", "E"), key.WithHelp(t.T("keys.yes_key"), t.T("keys.yes"))),
		No:         key.NewBinding(key.WithKeys("n", "N", "h", "H", "esc"), key.WithHelp(t.T("keys.no_key"), t.T("keys.no"))),
		Suspend:    key.NewBinding(key.WithKeys("ctrl+z")),
		QuitNow:    key.NewBinding(key.WithKeys("ctrl+\\")),
		PrevField:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t.T("keys.prev_field"))),
	}
	k.Huh = huhKeys(k)
	return k
}

// huhKeys gives the letter command's huh form the wizard's keys: Enter
// goes on, Shift+Tab back, Ctrl+C stops; nothing else means two things.
func huhKeys(k KeyMap) *huh.KeyMap {
	m := huh.NewDefaultKeyMap()
	next := key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp(k.Next.Help().Key, k.Next.Help().Desc))
	m.Input.Next = next
	m.Input.Submit = key.NewBinding(key.WithKeys("enter"), key.WithHelp(k.Next.Help().Key, k.Next.Help().Desc))
	m.Input.Prev = k.PrevField
	m.Input.AcceptSuggestion = key.NewBinding(key.WithDisabled())
	m.Note.Next = next
	m.Note.Submit = next
	m.Note.Prev = key.NewBinding(key.WithDisabled())
	m.Quit = key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", k.Quit.Help().Desc))
	return m
}

// QuitNowMsg is Ctrl+\ outside a kiosk: the program that runs the face
// stops at once, as it stops on SIGQUIT, and gives the terminal back.
type QuitNowMsg struct{}

// JobKey is what Ctrl+Z and Ctrl+\ do on a full screen, as in any
// terminal program: Ctrl+Z puts the program in the background (the
// shell's fg brings it back), Ctrl+\ stops it. The terminal is in raw
// mode, so they arrive as keys, not as the signals a shell would send. A
// kiosk leaves neither way out open: there they do nothing at all. used
// reports whether the message was one of these keys.
func (k KeyMap) JobKey(msg tea.Msg, kiosk bool) (cmd tea.Cmd, used bool) {
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
