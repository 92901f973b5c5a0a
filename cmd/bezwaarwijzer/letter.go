package main

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// letterFlags are the letter command's flags.
type letterFlags struct {
	org, accounts, contact, place, out string
	force                              bool
}

// newLetterCmd is `letter`: an organisation's objection letter. With
// --org and --accounts it needs no questions, so it can be scripted;
// without them it asks.
func (s *session) newLetterCmd() *cobra.Command {
	var f letterFlags
	cmd := &cobra.Command{
		Use:     "letter",
		Aliases: []string{"brief"},
		Short:   s.t.T("cmd.letter.short"),
		Example: "  bezwaarwijzer letter\n" +
			"  bezwaarwijzer letter --org \"Gemeente Testdorp\" --accounts \"facebook.com/testdorp,@testdorp\" \\\n" +
			"      --contact communicatie@testdorp.nl --place Testdorp -o brief.html",
		Args: s.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return s.letter(cmd, f) },
	}
	flags := cmd.Flags()
	flags.StringVar(&f.org, "org", "", s.t.T("flag.org"))
	flags.StringVar(&f.accounts, "accounts", "", s.t.T("flag.accounts"))
	flags.StringVar(&f.contact, "contact", "", s.t.T("flag.contact"))
	flags.StringVar(&f.place, "place", "", s.t.T("flag.place"))
	flags.StringVarP(&f.out, "output", "o", "", s.t.T("flag.output_letter"))
	flags.BoolVar(&f.force, "force", false, s.t.T("flag.force"))
	return cmd
}

// letterFlagNames name the flag of each field, for messages.
var letterFlagNames = map[letter.Field]string{
	letter.FieldOrg: "--org", letter.FieldAccounts: "--accounts", letter.FieldContact: "--contact", letter.FieldPlace: "--place",
}

func (s *session) letter(cmd *cobra.Command, f letterFlags) error {
	t := s.t
	var d letter.Details
	if cmd.Flags().Changed("org") && cmd.Flags().Changed("accounts") {
		d = letter.Details{Org: f.org, Accounts: letter.ParseAccounts(f.accounts, ""), Contact: f.contact, Place: f.place}
		// Check what was given before cleaning, so that a name too long is
		// said, not cut without a word.
		if problems := d.Check(); len(problems) > 0 {
			var msgs []string
			for _, p := range problems {
				msgs = append(msgs, letterFlagNames[p.Field]+": "+t.T(p.MessageID, p.Data))
			}
			return usage(strings.Join(msgs, "\n"))
		}
		d = d.Cleaned()
	} else {
		if !s.interactive() {
			return usage(t.T("error.letter_needs_flags"))
		}
		in := ui.LetterInput{Org: f.org, Contact: f.contact, Place: f.place}
		for _, acc := range letter.ParseAccounts(f.accounts, "") {
			if acc.App == "instagram" {
				in.Instagram = join(in.Instagram, acc.Name)
			} else {
				in.Facebook = join(in.Facebook, acc.Name)
			}
		}
		// The questions take the whole screen, under the wizard's rules:
		// stopped from outside, nothing is written.
		form := ui.NewLetterForm(t, s.g, s.useASCII(), in)
		if _, err := s.fullScreen(cmd.Context(), form); err != nil {
			var st *stopped
			if errors.As(err, &st) {
				return st
			}
			return failed(t.T("error.wizard"))
		}
		var err error
		if d, err = form.Details(); err != nil {
			if errors.Is(err, ui.ErrAborted) {
				return failed(t.T("letter_cmd.aborted"))
			}
			return failed(t.T("error.wizard"))
		}
	}

	// The advice is for the person, not part of the letter: it goes to
	// standard error, so that the letter alone can be piped.
	advice := s.g.Organisation.Advice
	fprintln(s.stderr, advice.Title)
	for _, l := range prose.Wrap(advice.Body, 72, "-") {
		fprintln(s.stderr, l)
	}
	fprintln(s.stderr, "")

	if f.out == "" {
		s.printf("%s", letter.Text(t, s.g, d, s.clock()))
		return nil
	}
	var data bytes.Buffer
	switch strings.ToLower(filepath.Ext(f.out)) {
	case ".html", ".htm":
		if err := letter.HTML(&data, t, s.g, d, s.clock()); err != nil {
			return failed(t.T("error.unexpected"))
		}
	default:
		data.WriteString(letter.Text(t, s.g, d, s.clock()))
	}
	if err := s.writeNew(f.out, data.Bytes(), f.force); err != nil {
		return err
	}
	fprintln(s.stderr, t.T("letter_cmd.written", i18n.Data{"Path": typed.EchoPath(f.out)}))
	return nil
}

func join(list, item string) string {
	if list == "" {
		return item
	}
	return list + ", " + item
}
