package main

import (
	"bytes"

	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/handout"
)

// handoutOptions are what `handout` is asked: the apps, and the file.
type handoutOptions struct {
	*session
	Output    string   // -o, --output; "" opens the page from a temporary file
	Platforms []string // --platform
	Force     bool     // --force
}

// newCmdHandout is `handout`: a printable page with the steps, to take
// home.
func newCmdHandout(s *session, runF func(*handoutOptions) error) *cobra.Command {
	opts := &handoutOptions{session: s}
	cmd := &cobra.Command{
		Use:     "handout",
		Aliases: []string{"folder"},
		Short:   "cmd.handout.short",
		Example: "cmd.handout.example",
		Args:    s.noArgs,
		RunE:    func(*cobra.Command, []string) error { return runWith(opts, runF, handoutRun) },
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "flag.output_handout")
	cmd.Flags().StringSliceVar(&opts.Platforms, "platform", nil, "flag.platform")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "flag.force")
	return cmd
}

// platformIDs checks the --platform names, and returns their IDs.
func (s *session) platformIDs(names []string) ([]string, error) {
	var ids []string
	for _, name := range names {
		app, err := s.platform(name)
		if err != nil {
			return nil, err
		}
		ids = append(ids, app.ID)
	}
	return ids, nil
}

func handoutRun(opts *handoutOptions) error {
	s, out := opts.session, opts.Output
	ids, err := s.platformIDs(opts.Platforms)
	if err != nil {
		return err
	}
	page, err := s.renderHandout(s.t, s.g, ids)
	if err != nil {
		return err
	}
	t := s.t
	if out != "" {
		if err := s.writeNew(out, page, opts.Force); err != nil {
			return err
		}
		s.printf("%s\n", t.T("printed.written", i18n.Data{"Path": typed.EchoPath(out)}))
		return nil
	}
	path, opened, err := s.showHandout(page)
	if err != nil {
		return err
	}
	if opened {
		s.printf("%s\n", t.T("printed.opened", i18n.Data{"Path": typed.EchoPath(path)}))
	} else {
		s.printf("%s\n", t.T("printed.saved_temp", i18n.Data{"Path": typed.EchoPath(path)}))
	}
	return nil
}

// renderHandout renders the page in the language of t and g, which may be
// another than the command line's: the wizard's, after a switch.
func (s *session) renderHandout(t *i18n.Translator, g *content.Guide, ids []string) ([]byte, error) {
	var b bytes.Buffer
	err := handout.Render(&b, handout.Options{T: t, Guide: g, Apps: ids, Now: s.clock(), Practice: s.practice})
	if err != nil {
		return nil, failed(s.t.T("error.unexpected"))
	}
	return b.Bytes(), nil
}

// showHandout writes a page to a new temporary file and opens it in the
// browser, where it can be printed. Where no browser may open, the file
// stays for the person to open.
func (s *session) showHandout(page []byte) (path string, opened bool, err error) {
	path, err = s.temporary.Write(s.tempDir, page)
	if err != nil {
		return "", false, failed(s.t.T("error.no_temp"))
	}
	if !s.mayBrowse() {
		return path, false, nil
	}
	return path, s.browser.OpenPage(path) == nil, nil
}
