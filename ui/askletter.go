package ui

import (
	"errors"

	"charm.land/huh/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
)

// ErrAborted is returned by AskDetails when the person stops the form.
var ErrAborted = errors.New("aborted")

// LetterInput is what the organisation typed, as typed: the command line's
// flags fill it in advance.
type LetterInput struct {
	Org, Facebook, Instagram, Contact, Place string
}

// AskDetails asks an organisation for its letter's details, with huh, in
// the person's language and with the wizard's keys. Each problem shows
// next to its field. It needs a terminal.
func AskDetails(t *i18n.Translator, g *content.Guide, ascii bool, in LetterInput) (letter.Details, error) {
	f := g.Organisation.Form
	keys := NewKeyMap(t, ascii)
	styles := NewStyles(ascii)
	// problem is what is wrong with a field now, in words, or "".
	problem := func(field letter.Field) string {
		for _, p := range inputDetails(in).Check() {
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
	if err := form.Run(); err != nil {
		if errors.Is(err, huh.ErrUserAborted) {
			return letter.Details{}, ErrAborted
		}
		return letter.Details{}, err
	}
	return inputDetails(in).Cleaned(), nil
}

// inputDetails turns what was typed into the letter's details.
func inputDetails(in LetterInput) letter.Details {
	d := letter.Details{Org: in.Org, Contact: in.Contact, Place: in.Place}
	d.Accounts = append(letter.ParseAccounts(in.Facebook, "facebook"), letter.ParseAccounts(in.Instagram, "instagram")...)
	return d
}
