package main

import (
	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/plaintext"
)

// newTextCmd is `text`: the whole guide as plain text on standard output.
func (s *session) newTextCmd() *cobra.Command {
	var platforms []string
	cmd := &cobra.Command{
		Use:     "text",
		Aliases: []string{"tekst"},
		Short:   s.t.T("cmd.text.short"),
		Example: "  bezwaarwijzer text\n  bezwaarwijzer text --platform instagram > stappen.txt",
		Args:    s.noArgs,
		RunE: func(*cobra.Command, []string) error {
			ids, err := s.platformIDs(platforms)
			if err != nil {
				return err
			}
			err = plaintext.Write(s.stdout, plaintext.Options{T: s.t, Guide: s.g, Apps: ids, Now: s.clock(), Practice: s.practice})
			if err != nil {
				return failed(s.t.T("error.cannot_print"))
			}
			return nil
		},
	}
	cmd.Flags().StringSliceVar(&platforms, "platform", nil, s.t.T("flag.platform"))
	return cmd
}
