package main

import (
	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/plaintext"
)

// textOptions are what `text` is asked: the apps, or all.
type textOptions struct {
	*session
	Platforms []string // --platform
}

// newCmdText is `text`: the whole guide as plain text on standard output.
func newCmdText(s *session, runF func(*textOptions) error) *cobra.Command {
	opts := &textOptions{session: s}
	cmd := &cobra.Command{
		Use:     "text",
		Aliases: []string{"tekst"},
		Short:   "cmd.text.short",
		Example: "cmd.text.example",
		Args:    s.noArgs,
		RunE:    func(*cobra.Command, []string) error { return runWith(opts, runF, textRun) },
	}
	cmd.Flags().StringSliceVar(&opts.Platforms, "platform", nil, "flag.platform")
	return cmd
}

func textRun(opts *textOptions) error {
	s := opts.session
	ids, err := s.platformIDs(opts.Platforms)
	if err != nil {
		return err
	}
	err = plaintext.Write(s.stdout, plaintext.Options{T: s.t, Guide: s.g, Apps: ids, Now: s.clock(), Practice: s.practice})
	if err != nil {
		return failed(s.t.T("error.cannot_print"))
	}
	return nil
}
