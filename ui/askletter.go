package ui

import (
	"errors"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
)

// ErrAborted is returned by LetterForm.Details when the person stopped the
// form with Ctrl+C.
var ErrAborted = errors.New("aborted")

// ErrNotDone is returned by LetterForm.Details when the form ended before
// the person was done: nothing that was asked may be used.
var ErrNotDone = errors.New("not done")

// LetterInput is what the organisation typed, as typed: the command line's
// flags fill it in advance.
type LetterInput struct {
	Org, Facebook, Instagram, Contact, Place string
}

// LetterForm asks an organisation for its letter's details, with huh, in
// the person's language and with the wizard's keys. Each problem shows
// next to its field. It is a Bubble Tea model: the command runs it on the
// terminal as it runs the wizard, so that the same rules hold for keys and
// signals. Once it has ended, Details says what was asked.
type LetterForm struct {
	form *huh.Form
	in   *LetterInput
	keys KeyMap
}

// NewLetterForm makes the form, filled in with what the command line gave.
func NewLetterForm(t *i18n.Translator, g *content.Guide, ascii bool, given LetterInput) *LetterForm {
	in := &given
	f := g.Organisation.Form
	keys := NewKeyMap(t, ascii)
	styles := NewStyles(ascii)
	// problem is what is wrong with a field now, in words, or "".
	problem := func(field letter.Field) string {
		for _, p := range inputDetails(*in).Check() {
			if p.Field == field {
				return t.T(p.MessageID, p.Data)
			}
		}
		return ""
	}
	// Each field says what is wrong with it under its own help line, once
	// the person has tried to go on: attempts changes with every try, so
	// huh draws the description again.
	attempts := map[letter.Field]*int{}
	input := func(title, help string, value *string, max int, field letter.Field, checked bool) *huh.Input {
		n := new(int)
		attempts[field] = n
		f := huh.NewInput()
		f.WithTheme(huh.ThemeFunc(func(bool) *huh.Styles { return styles.Huh }))
		f.Title(title).Value(value)
		if max > 0 {
			f.CharLimit(max)
		}
		if !checked {
			return f.Description(help)
		}
		return f.
			DescriptionFunc(func() string {
				if *n == 0 {
					return help
				}
				if msg := problem(field); msg != "" {
					return help + "\n" + styles.Warning.Render("! "+msg)
				}
				return help
			}, n).
			Validate(func(string) error {
				*n++
				if msg := problem(field); msg != "" {
					return errors.New(msg)
				}
				return nil
			})
	}
	form := huh.NewForm(huh.NewGroup(
		huh.NewNote().Title(f.Title),
		input(f.Org, f.OrgHelp, &in.Org, letter.MaxOrg, letter.FieldOrg, true),
		input(f.Facebook, f.FacebookHelp, &in.Facebook, 0, letter.FieldAccounts, false),
		input(f.Instagram, f.InstagramHelp, &in.Instagram, 0, letter.FieldAccounts, true),
		input(f.Contact, f.ContactHelp, &in.Contact, letter.MaxContact, letter.FieldContact, true),
		input(f.Place, f.PlaceHelp, &in.Place, letter.MaxPlace, letter.FieldPlace, true),
	)).WithKeyMap(keys.Huh).WithTheme(huh.ThemeFunc(func(bool) *huh.Styles { return styles.Huh })).WithShowErrors(false)
	// Done or stopped with Ctrl+C, the form ends the program; State says
	// which.
	form.SubmitCmd = tea.Quit
	form.CancelCmd = tea.Quit
	return &LetterForm{form: form, in: in, keys: keys}
}

// Init starts the form.
func (f *LetterForm) Init() tea.Cmd { return f.form.Init() }

// Update hands every message to the form, but Ctrl+Z and Ctrl+\, which
// mean here what they mean in the wizard.
func (f *LetterForm) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, used := f.keys.jobKey(msg, false); used {
		return f, cmd
	}
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		// huh counts its questions' height without the empty line above
		// the key help: one line less, so that the help stays on screen.
		size.Height--
		msg = size
	}
	m, cmd := f.form.Update(msg)
	if form, ok := m.(*huh.Form); ok {
		f.form = form
	}
	return f, cmd
}

// View draws the form on the whole window, which it gives back at the end.
func (f *LetterForm) View() tea.View {
	v := tea.NewView(f.form.View())
	v.AltScreen = true
	return v
}

// Details returns the letter's details once the form is done: ErrAborted
// when the person stopped it with Ctrl+C, ErrNotDone when it ended
// otherwise (stopped from outside).
func (f *LetterForm) Details() (letter.Details, error) {
	switch f.form.State {
	case huh.StateCompleted:
		return inputDetails(*f.in).Cleaned(), nil
	case huh.StateAborted:
		return letter.Details{}, ErrAborted
	}
	return letter.Details{}, ErrNotDone
}

// inputDetails turns what was typed into the letter's details.
func inputDetails(in LetterInput) letter.Details {
	d := letter.Details{Org: in.Org, Contact: in.Contact, Place: in.Place}
	d.Accounts = append(letter.ParseAccounts(in.Facebook, "facebook"), letter.ParseAccounts(in.Instagram, "instagram")...)
	return d
}
