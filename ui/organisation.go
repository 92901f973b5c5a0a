package ui

import (
	"errors"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/flow"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/savefile"
)

// orgInput is what the organisation typed, as typed, so that going back
// shows it again. The answers hold it cleaned.
type orgInput struct {
	Org, Facebook, Instagram, Contact, Place string
}

// details are the organisation's answers as the letter takes them.
func details(a flow.Answers) letter.Details {
	d := letter.Details{Org: a.Org, Contact: a.Contact, Place: a.Place}
	for _, acc := range a.Accounts {
		d.Accounts = append(d.Accounts, letter.Account{Name: acc.Name, App: acc.App})
	}
	return d
}

// typingPage is a page where letters are typed: there q is a letter, not
// the key to stop.
type typingPage interface{ typing() bool }

// inputPage asks one question for the letter, with a line to type in.
type inputPage struct {
	*questionPage
}

func (p *inputPage) typing() bool { return true }

func (p *inputPage) Update(msg tea.Msg) (page, tea.Cmd) {
	_, cmd := p.questionPage.Update(msg)
	return p, cmd
}

// newOrgQuestion builds the question for the letter at index i.
func (w *wizard) newOrgQuestion(i int) page {
	c, f := w.c, w.c.g.Organisation.Form
	in := &w.org
	var title, help string
	var value *string
	max := letter.MaxAccount * letter.MaxAccounts
	switch i {
	case flow.AskOrg:
		title, help, value, max = f.Org, f.OrgHelp, &in.Org, letter.MaxOrg
	case flow.AskFacebook:
		title, help, value = f.Facebook, f.FacebookHelp, &in.Facebook
	case flow.AskInstagram:
		title, help, value = f.Instagram, f.InstagramHelp, &in.Instagram
	case flow.AskContact:
		title, help, value, max = f.Contact, f.ContactHelp, &in.Contact, letter.MaxContact
	default:
		title, help, value, max = f.Place, f.PlaceHelp, &in.Place, letter.MaxPlace
	}
	field := huh.NewInput().
		Title(title).
		Description(help + "\n").
		Value(value).
		CharLimit(max).
		Validate(func(string) error { return w.checkOrg(i) })
	k := c.keys
	q := newQuestionPage(c, field, questionOf(title, help), []key.Binding{k.Next})
	return &inputPage{q}
}

// checkOrg checks the answers so far as typed (not yet cleaned, so a name
// too long or an account too many is said, not cut without a word), and
// returns the problem that belongs to question i, in words. The accounts
// are checked on the second account question: either app may be empty, not
// both. The answers take the cleaned values.
func (w *wizard) checkOrg(i int) error {
	w.setOrgAnswers()
	want := map[int]letter.Field{
		flow.AskOrg: letter.FieldOrg, flow.AskInstagram: letter.FieldAccounts,
		flow.AskContact: letter.FieldContact, flow.AskPlace: letter.FieldPlace,
	}
	field, ok := want[i]
	if !ok {
		return nil
	}
	for _, p := range typedDetails(w.org).Check() {
		if p.Field == field {
			return errors.New(w.c.t.T(p.MessageID, p.Data))
		}
	}
	return nil
}

// typedDetails are the letter's details as typed.
func typedDetails(in orgInput) letter.Details {
	d := letter.Details{Org: in.Org, Contact: in.Contact, Place: in.Place}
	d.Accounts = append(letter.ParseAccounts(in.Facebook, "facebook"), letter.ParseAccounts(in.Instagram, "instagram")...)
	return d
}

// setOrgAnswers cleans what was typed into the answers.
func (w *wizard) setOrgAnswers() {
	d := typedDetails(w.org).Cleaned()
	w.answers.Org, w.answers.Contact, w.answers.Place = d.Org, d.Contact, d.Place
	w.answers.Accounts = nil
	for _, acc := range d.Accounts {
		w.answers.Accounts = append(w.answers.Accounts, flow.Account{Name: acc.Name, App: acc.App})
	}
}

// letterPage shows the letter to read, scrolling, with keys to copy and to
// save it.
type letterPage struct {
	*textPage
	w      *wizard
	status string
}

func (w *wizard) newLetterPage() page {
	c := w.c
	text := letter.Text(c.t, c.g, details(w.answers), c.now)
	p := &letterPage{textPage: newTextPage(c, c.g.Organisation.Letter.Title, ""), w: w, status: w.letterStatus}
	p.extra = func(width int) []string {
		var lines []string
		if p.status != "" {
			lines = append(lines, prose.WrapLine(p.status, width)...)
			lines = append(lines, "")
		}
		// The letter keeps its own lines: it is wrapped for paper.
		for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
			lines = append(lines, prose.WrapLine(l, width)...)
		}
		return lines
	}
	return p
}

func (p *letterPage) Update(msg tea.Msg) (page, tea.Cmd) {
	switch msg := msg.(type) {
	case copiedMsg:
		p.status = p.c.t.T("org.copied")
		if msg.err != nil {
			p.status = p.c.t.T("org.copy_maybe")
		}
		p.w.letterStatus = p.status
		return p, nil
	case tea.KeyPressMsg:
		k := p.c.keys
		switch {
		case key.Matches(msg, k.CopyLetter):
			return p, copyText(p.c, letter.Text(p.c.t, p.c.g, details(p.w.answers), p.c.now))
		case key.Matches(msg, k.Save) && p.canSave():
			return p, p.w.askSave()
		}
	}
	_, cmd := p.textPage.Update(msg)
	return p, cmd
}

// canSave reports whether the letter may be saved: there is a place to
// write it, and it is not a kiosk, which writes nothing to disk.
func (p *letterPage) canSave() bool {
	return p.c.opts.WriteFile != nil && !p.c.opts.Kiosk
}

func (p *letterPage) Help() []key.Binding {
	k := p.c.keys
	h := []key.Binding{k.Next, k.Read}
	if p.canSave() {
		h = append(h, k.Save)
	}
	return append(h, k.CopyLetter)
}

// askSave asks for a file name, over the letter.
func (w *wizard) askSave() tea.Cmd {
	c := w.c
	if w.saveName == "" {
		w.saveName = c.t.T("org.default_name")
	}
	field := huh.NewInput().
		Title(c.t.T("org.save_title")).
		Description(c.t.T("org.save_help") + "\n").
		Value(&w.saveName).
		Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				return errors.New(c.t.T("org.save_no_name"))
			}
			return nil
		})
	k := c.keys
	save := k.Choose
	save.SetHelp(save.Help().Key, c.t.T("org.save_key"))
	// Esc goes back to the letter; Ctrl+C asks whether to stop (q is a
	// letter of the name).
	help := []key.Binding{save, k.Back, k.QuitTyping}
	q := newQuestionPage(c, field, questionOf(c.t.T("org.save_title"), c.t.T("org.save_help")), help)
	q.done = func() tea.Msg { return saveMsg{path: strings.TrimSpace(w.saveName)} }
	w.confirm = &inputPage{q}
	w.layout()
	return w.confirm.Init()
}

// Messages of saving the letter.
type (
	saveMsg struct {
		path      string
		overwrite bool
	}
	savedMsg struct {
		path string
		err  error
	}
)

// save writes the letter, as a printable page for .html and as text
// otherwise; a file that is there is not replaced without asking.
func (w *wizard) save(msg saveMsg) tea.Cmd {
	c := w.c
	d := details(w.answers)
	var data []byte
	switch strings.ToLower(filepath.Ext(msg.path)) {
	case ".html", ".htm":
		var b strings.Builder
		if err := letter.HTML(&b, c.t, c.g, d, c.now); err != nil {
			return send(savedMsg{path: msg.path, err: err})
		}
		data = []byte(b.String())
	default:
		data = []byte(letter.Text(c.t, c.g, d, c.now))
	}
	write := c.opts.WriteFile
	return func() tea.Msg {
		return savedMsg{path: msg.path, err: write(msg.path, data, msg.overwrite)}
	}
}

// saved says what became of the letter, or asks whether to replace a file
// that is already there.
func (w *wizard) saved(msg savedMsg) tea.Cmd {
	c := w.c
	w.confirm = nil
	abs, _ := filepath.Abs(msg.path)
	data := i18n.Data{"Path": abs, "Dir": filepath.Dir(abs)}
	switch {
	case errors.Is(msg.err, savefile.ErrExists):
		// Yes writes the letter over the file; no goes back to the letter.
		w.confirm = newDialog(c, c.t.T("org.exists_title"), c.t.T("org.exists_body", data),
			answer{c.t.T("org.exists_yes"), c.t.T("org.exists_yes_key"), saveMsg{path: msg.path, overwrite: true}},
			answer{c.t.T("org.exists_no"), c.t.T("org.exists_no_key"), closeConfirm{}})
		w.layout()
		return w.confirm.Init()
	case msg.err != nil:
		w.letterStatus = c.t.T(savefile.MessageID(msg.err), data)
	default:
		w.letterStatus = c.t.T("org.saved", data)
	}
	return w.show(w.screen)
}

// copyText puts text on the clipboard, through the terminal and through
// the system, as the sample reason is copied.
func copyText(c *common, text string) tea.Cmd {
	// A kiosk clears what was copied when it starts over.
	*c.copied = true
	clip := c.opts.Clipboard
	return tea.Batch(tea.SetClipboard(text), func() tea.Msg {
		if clip == nil {
			return copiedMsg{err: errors.New("no clipboard")}
		}
		return copiedMsg{err: clip.Copy(text)}
	})
}
