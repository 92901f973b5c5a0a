package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// dialog is a question over the page with two answers, such as "Stoppen?"
// or "Dit bestand bestaat al". Each answer carries what it does and the
// words for it, on the menu and in the help line: j or y gives yes, n or
// Esc gives no, Enter the answer highlighted. No comes first, because the
// key that opened the question may have been pressed by mistake.
//
// A dialog does what its own answers say and nothing else, so a new one
// cannot stop the program unless its yes says so.
type dialog struct {
	*menuPage
	title   string
	yes, no answer
	// stops is set on the question whether to stop (in a kiosk: to start
	// over). There Ctrl+C a second time says yes, as it does in most
	// programs; in any other dialog Ctrl+C asks that question first.
	stops bool
}

// answer is one answer to a dialog.
type answer struct {
	label string  // on the menu: "Ja, vervang het"
	help  string  // in the help line, after its key: "vervangen"
	msg   tea.Msg // what choosing it does
}

func newDialog(c *common, title, body string, yes, no answer) *dialog {
	text := newTextPage(c, title, body)
	menu := newMenuPage(c, text, []menuItem{{no.label, no.msg}, {yes.label, yes.msg}})
	return &dialog{menuPage: menu, title: title, yes: yes, no: no}
}

// newQuitDialog asks "Stoppen?" before the program stops, because q or
// Ctrl+C can be pressed by mistake. In a kiosk, which never stops, it asks
// whether to start over for the next person.
func newQuitDialog(c *common) *dialog {
	t := c.t
	goOn := answer{t.T("quit.no"), t.T("dialog.go_on"), closeConfirm{}}
	var d *dialog
	if c.opts.Kiosk {
		goOn.label = t.T("kiosk.quit_no")
		d = newDialog(c, t.T("kiosk.quit_title"), t.T("kiosk.quit_body"),
			answer{t.T("kiosk.quit_yes"), t.T("kiosk.quit_yes_key"), resetMsg{}}, goOn)
	} else {
		d = newDialog(c, t.T("quit.title"), t.T("quit.body"),
			answer{t.T("quit.yes"), t.T("quit.yes_key"), stopMsg{}}, goOn)
	}
	d.stops = true
	return d
}

// closeConfirm closes the question and goes on where the person was.
type closeConfirm struct{}

// yesKey and noKey are the keys that answer, with this dialog's words.
func (d *dialog) yesKey() key.Binding {
	b := d.c.keys.Yes
	b.SetHelp(b.Help().Key, d.yes.help)
	return b
}

func (d *dialog) noKey() key.Binding {
	b := d.c.keys.No
	b.SetHelp(b.Help().Key, d.no.help)
	return b
}

// answerFor is the message of the answer a key gives, if it gives one.
func (d *dialog) answerFor(msg tea.KeyPressMsg) (tea.Msg, bool) {
	switch {
	case key.Matches(msg, d.yesKey()):
		return d.yes.msg, true
	case key.Matches(msg, d.noKey()):
		return d.no.msg, true
	}
	return nil, false
}

// Help puts the answers' keys before the arrows: a narrow window drops the
// last keys of the help line first.
func (d *dialog) Help() []key.Binding {
	k := d.c.keys
	h := []key.Binding{k.Choose, d.yesKey(), d.noKey(), k.Move}
	if d.text.maxOffset() > 0 {
		h = append(h, k.Scroll)
	}
	return h
}

func (d *dialog) Update(msg tea.Msg) (page, tea.Cmd) {
	_, cmd := d.menuPage.Update(msg)
	return d, cmd
}
