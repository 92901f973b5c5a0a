package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/open"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/plaintext"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// openOptions are what `open` is asked: the app.
type openOptions struct {
	*session
	Platform string // the argument
}

// newCmdOpen is `open APP`: the fast path for a volunteer, straight
// to one app's objection form.
func newCmdOpen(s *session, runF func(*openOptions) error) *cobra.Command {
	opts := &openOptions{session: s}
	return &cobra.Command{
		Use:     "open",
		Aliases: []string{"openen"},
		// The help says what goes after open in the person's language.
		Annotations: map[string]string{argsAnnotation: "help.arg.app"},
		Short:       "cmd.open.short",
		Example:     "cmd.open.example",
		Args: func(_ *cobra.Command, args []string) error {
			// A language open cannot show is said first: the example
			// under the count would only lead to that refusal.
			if err := s.onScreen(); err != nil {
				return err
			}
			if len(args) != 1 {
				return usage(s.t.T("error.open_args", i18n.Data{"Known": s.knownPlatforms(), "App": s.exampleApps()["App"]}))
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Platform = args[0]
			return runWith(opts, runF, openRun)
		},
	}
}

// knownPlatforms lists the apps with a form, for messages: "facebook of
// instagram".
func (s *session) knownPlatforms() string {
	var ids []string
	for _, app := range s.g.FormApps() {
		ids = append(ids, app.ID)
	}
	return s.t.Or(ids)
}

// platform finds an app with a form by its name, in any case. An app the
// guide knows without a form (WhatsApp) gets its own page in the message:
// what to do instead.
func (s *session) platform(name string) (content.App, error) {
	for _, app := range s.g.Apps {
		if !strings.EqualFold(app.ID, strings.TrimSpace(name)) {
			continue
		}
		if !app.HasForm() {
			// Wrapped as the page under it is.
			said := s.t.T("error.no_form", i18n.Data{"App": app.Name, "Known": s.knownPlatforms()})
			return content.App{}, usage(strings.Join(prose.WrapLine(said, plaintext.Width), "\n") +
				"\n\n" + plaintext.Page(app.Page.Title, app.Page.Body))
		}
		return app, nil
	}
	return content.App{}, usage(s.t.T("error.unknown_platform", i18n.Data{"Platform": typed.Echo(name), "Known": s.knownPlatforms()}))
}

func openRun(opts *openOptions) error {
	s := opts.session
	if err := s.onScreen(); err != nil {
		return err
	}
	app, err := s.platform(opts.Platform)
	if err != nil {
		return err
	}
	o := open.Options{T: s.t, Guide: s.g, App: app, ASCII: s.useASCII(), Profile: s.outputProfile(),
		Environ: s.environ(), DarkBackground: s.darkBackground}
	// Output that cannot be written is said once the command ends (see
	// checkedOutput), as for every command.
	_ = open.Intro(s.stdout, o)
	if !s.mayBrowse() {
		_ = open.Write(s.stdout, o, open.NoBrowser)
		return nil
	}
	if err := s.browser.Open(app.Form); err != nil {
		_ = open.Write(s.stdout, o, open.Failed)
		return failed(s.t.T("open.failed_hint"))
	}
	_ = open.Write(s.stdout, o, open.Opened)
	return nil
}
