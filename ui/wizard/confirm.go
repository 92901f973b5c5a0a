package wizard

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Dialogs are questions over the page: "Stoppen?", "Ben je er nog?", the
// letter's file name, "Dit bestand bestaat al". They lie on a small stack
// in the wizard, driven by messages: a dialog asked while another is open
// lies on top of it, and closing it shows the one under it again.
type (
	// closeConfirm closes the dialog on top, and goes on where the person
	// was.
	closeConfirm struct{}
	// closeDialogs closes every dialog but "Ben je er nog?", back to the
	// page.
	closeDialogs struct{}
	// stillThereMsg asks, or asks again with the seconds left, whether the
	// person at the kiosk is still there.
	stillThereMsg struct{ left time.Duration }
	// stillHereMsg is the answer: a key was pressed.
	stillHereMsg struct{}
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

// yesKey and noKey are the keys that answer, with this dialog's words. On
// the question whether to stop, Ctrl+C says yes too, and the help says so.
func (d *dialog) yesKey() key.Binding {
	b := d.c.keys.Yes
	label := b.Help().Key
	if d.stops {
		label += "/" + d.c.keys.QuitTyping.Help().Key
	}
	b.SetHelp(label, d.yes.help)
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

// Help puts the answers' keys first: they are what the question is for.
func (d *dialog) Help() []key.Binding {
	return append([]key.Binding{d.yesKey(), d.noKey()}, d.menuPage.Help()...)
}

func (d *dialog) Update(msg tea.Msg) (page, tea.Cmd) {
	_, cmd := d.menuPage.Update(msg)
	return d, cmd
}

// stillThere is the kiosk's question "Ben je er nog?", with the seconds
// left. Any key answers it; its help line says so in a sentence.
type stillThere struct {
	*textPage
}

func newStillThere(c *common, left time.Duration) *stillThere {
	p := &stillThere{newTextPage(c, c.t.T("kiosk.still_there"), "")}
	p.setLeft(left)
	return p
}

// setLeft says how many seconds are left, rounded up: the last second
// reads 1, not 0.
func (p *stillThere) setLeft(left time.Duration) {
	seconds := int((left + time.Second - 1) / time.Second)
	p.body = p.c.t.N("kiosk.countdown", seconds, i18n.Data{})
}

func (p *stillThere) helpSentence() string { return p.c.t.T("kiosk.still_there_help") }

func (p *stillThere) Help() []key.Binding { return nil }

func (p *stillThere) Update(tea.Msg) (page, tea.Cmd) { return p, nil }
