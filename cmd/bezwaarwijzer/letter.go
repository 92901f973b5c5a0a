package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	uiletter "github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// letterOptions are what `letter` is asked: the details, as typed, and
// the file.
type letterOptions struct {
	*session
	Kind, Org, Accounts, Contact, Place, Signer, Function string // --kind, --org, ...
	Output                                                string // -o, --output; "" is standard output
	Force                                                 bool   // --force

	// KindGiven is set when --kind was given, even empty.
	KindGiven bool
	// Ask is set unless both --org and --accounts were given: then nothing
	// is asked, and a script may run it.
	Ask bool
	// ctx stops the questions from outside.
	ctx context.Context
}

// kindValues are the values --kind takes for each kind of organisation:
// the English word and the Dutch one, as the commands have Dutch aliases.
var kindValues = []struct{ kind, en, nl string }{
	{content.KindPublic, "public", "overheid"},
	{content.KindAssociation, "association", "vereniging"},
}

// parseKind returns the kind of organisation a --kind value names, in
// either language and any case.
func parseKind(value string) (string, bool) {
	v := strings.ToLower(strings.TrimSpace(value))
	for _, k := range kindValues {
		if v == k.en || v == k.nl {
			return k.kind, true
		}
	}
	return "", false
}

// kindWords are the --kind values for a message in the person's language:
// Public and Association in it, Others those of the other language.
func (s *session) kindWords() i18n.Data {
	word := func(en, nl string) string {
		if s.t.Lang() == "nl" {
			return nl
		}
		return en
	}
	var others []string
	for _, k := range kindValues {
		if s.t.Lang() == "nl" {
			others = append(others, k.en)
		} else {
			others = append(others, k.nl)
		}
	}
	return i18n.Data{
		"Public":      word(kindValues[0].en, kindValues[0].nl),
		"Association": word(kindValues[1].en, kindValues[1].nl),
		"Others":      s.t.Or(others),
	}
}

// newCmdLetter is `letter`: an organisation's objection letter. With
// --org and --accounts it needs no questions, so it can be scripted;
// without them it asks.
func newCmdLetter(s *session, runF func(*letterOptions) error) *cobra.Command {
	opts := &letterOptions{session: s}
	cmd := &cobra.Command{
		Use:     "letter",
		Aliases: []string{"brief"},
		Short:   "cmd.letter.short",
		Example: "cmd.letter.example",
		Args:    s.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.KindGiven = cmd.Flags().Changed("kind")
			opts.Ask = !(cmd.Flags().Changed("org") && cmd.Flags().Changed("accounts"))
			opts.ctx = cmd.Context()
			return runWith(opts, runF, letterRun)
		},
	}
	flags := cmd.Flags()
	flags.StringVar(&opts.Kind, "kind", "", "flag.kind")
	flags.StringVar(&opts.Org, "org", "", "flag.org")
	flags.StringVar(&opts.Accounts, "accounts", "", "flag.accounts")
	flags.StringVar(&opts.Contact, "contact", "", "flag.contact")
	flags.StringVar(&opts.Place, "place", "", "flag.place")
	flags.StringVar(&opts.Signer, "signer", "", "flag.signer")
	flags.StringVar(&opts.Function, "function", "", "flag.function")
	flags.StringVarP(&opts.Output, "output", "o", "", "flag.output_letter")
	flags.BoolVar(&opts.Force, "force", false, "flag.force")
	return cmd
}

// letterFlagNames name the flag of each field, for messages.
var letterFlagNames = map[letter.Field]string{
	letter.FieldKind: "--kind", letter.FieldOrg: "--org", letter.FieldAccounts: "--accounts", letter.FieldContact: "--contact",
	letter.FieldPlace: "--place", letter.FieldSigner: "--signer", letter.FieldFunction: "--function",
}

func letterRun(f *letterOptions) error {
	s, t := f.session, f.t
	// A kind that is not known is said first, with the ones that are:
	// whatever else is given or asked, the letter's reasons hang on it.
	kind := ""
	if f.KindGiven {
		var ok bool
		if kind, ok = parseKind(f.Kind); !ok {
			data := s.kindWords()
			data["Kind"] = typed.Echo(f.Kind)
			return usage("--kind: " + t.T("letter_cmd.kind_unknown", data))
		}
	}
	var d letter.Details
	var err error
	if f.Ask {
		if err := s.onScreen(); err != nil {
			return err
		}
		t = s.t
		// A file that is there is said before the questions, not after:
		// the answers would be lost with the letter.
		if f.Output != "" && !f.Force {
			if _, err := os.Lstat(f.Output); err == nil {
				return usage(t.T("error.file_exists", i18n.Data{"Path": typed.EchoPath(f.Output)}))
			}
		}
		d, err = s.askLetter(f.ctx, f, kind)
	} else {
		d, err = s.letterFromFlags(f, kind)
	}
	if err != nil {
		return err
	}

	// The advice is for the person, not part of the letter: it goes to
	// standard error, so that the letter alone can be piped.
	advice := s.g.Organisation.Advice
	fprintln(s.stderr, advice.Title)
	for _, l := range prose.Wrap(advice.Body, 72, "-") {
		fprintln(s.stderr, l)
	}
	fprintln(s.stderr, "")

	text := uiletter.Text(t, s.g, d, s.clock())
	page := func() ([]byte, error) {
		var b bytes.Buffer
		err := uiletter.HTML(&b, t, s.g, d, s.clock())
		return b.Bytes(), err
	}
	if f.Output == "" {
		s.printf("%s", text)
		// Whoever was asked for the details is offered to keep the
		// letter, below it, as the wizard offers; a kiosk keeps nothing.
		if f.Ask && !s.kiosk {
			return s.offerLetter(f.ctx, text, page)
		}
		return nil
	}
	data := []byte(text)
	switch strings.ToLower(filepath.Ext(f.Output)) {
	case ".html", ".htm":
		if data, err = page(); err != nil {
			return failed(t.T("error.unexpected"))
		}
	}
	if err := s.writeNew(f.Output, data, f.Force); err != nil {
		return err
	}
	fprintln(s.stderr, t.T("letter_cmd.written", i18n.Data{"Path": typed.EchoPath(f.Output)}))
	return nil
}

// letterFromFlags takes the letter's details from the flags. A mistake is
// a usage error, with every flag that is wrong; what is probably a mistake
// (an account on another site) is said, but the letter is made: the
// organisation may mean it, and a script should not stop on it.
//
// Without --kind the letter is not made: its reasons depend on the kind,
// and neither kind's fit the other. A public body's would have an
// association claim a public task; an association's would call a
// municipality's residents its members and leave out its own reasons.
// So a script is told to say which, rather than given a letter that may
// be wrong.
func (s *session) letterFromFlags(f *letterOptions, kind string) (letter.Details, error) {
	t := s.t
	d := letter.Draft{Kind: kind, Org: f.Org, Accounts: letter.AppsOf(s.g).Parse(f.Accounts), Contact: f.Contact, Place: f.Place,
		Signer: f.Signer, Function: f.Function}
	// Checked as given, before cleaning, so that a name too long is said,
	// not cut without a word.
	if problems := d.Check(); len(problems) > 0 {
		var msgs []string
		for _, p := range problems {
			msg := t.T(p.MessageID, p.Data)
			if p.Field == letter.FieldKind {
				msg = t.T("letter_cmd.kind_missing", s.kindWords())
			}
			msgs = append(msgs, letterFlagNames[p.Field]+": "+msg)
		}
		return letter.Details{}, usage(strings.Join(msgs, "\n"))
	}
	if warnings := d.Warnings(t, s.g); len(warnings) > 0 {
		for _, w := range warnings {
			fprintln(s.stderr, letterFlagNames[w.Field]+": "+t.T(w.MessageID, w.Data))
		}
		fprintln(s.stderr, t.T("letter_cmd.warning_made"))
		fprintln(s.stderr, "")
	}
	return d.Details(), nil
}

// askLetter asks for the letter's details, filled in with the flags that
// were given. The questions take the whole screen, under the wizard's
// rules: stopped from outside, nothing is written.
func (s *session) askLetter(ctx context.Context, f *letterOptions, kind string) (letter.Details, error) {
	t := s.t
	if !s.interactive() {
		return letter.Details{}, usage(t.T("error.letter_needs_flags"))
	}
	in := uiletter.Input{Kind: kind, Org: f.Org, Contact: f.Contact, Place: f.Place, Signer: f.Signer, Function: f.Function,
		Accounts: letter.AppsOf(s.g).Parse(f.Accounts)}
	form := uiletter.NewForm(t, s.g, s.useASCII(), in)
	if _, err := s.fullScreen(ctx, form); err != nil {
		return letter.Details{}, s.fullScreenFailed(err)
	}
	d, err := form.Details()
	switch {
	case errors.Is(err, uiletter.ErrAborted):
		return letter.Details{}, failed(t.T("letter_cmd.aborted"))
	case err != nil:
		return letter.Details{}, failed(t.T("error.wizard"))
	}
	return d, nil
}

// offerLetter asks what to do with the letter on the screen: save it,
// copy it, or nothing more.
func (s *session) offerLetter(ctx context.Context, text string, page func() ([]byte, error)) error {
	offer := uiletter.NewOffer(s.t, uiletter.OfferOptions{
		Text:        text,
		Page:        page,
		WriteFile:   s.fileWriter(),
		Clipboard:   s.clipboard,
		DefaultName: s.t.T("letter_cmd.default_name"),
		ASCII:       s.useASCII(),
	})
	if _, err := s.fullScreen(ctx, offer); err != nil {
		return s.fullScreenFailed(err)
	}
	return nil
}

// fullScreenFailed is what the command says when a face on the terminal
// ended other than by the person: stopped from outside, or broken.
func (s *session) fullScreenFailed(err error) error {
	var st *stopped
	if errors.As(err, &st) {
		return st
	}
	return failed(s.t.T("error.wizard"))
}
