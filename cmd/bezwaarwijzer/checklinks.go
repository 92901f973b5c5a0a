package main

import (
	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/linkcheck"
)

// newCheckLinksCmd is `check-links`: for a volunteer before a session, does
// every form address still answer? The only command that uses the network.
func (s *session) newCheckLinksCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "check-links",
		Aliases: []string{"controleer"},
		Short:   s.t.T("cmd.check_links.short"),
		Args:    s.noArgs,
		RunE:    func(cmd *cobra.Command, _ []string) error { return s.checkLinks(cmd) },
	}
}

func (s *session) checkLinks(cmd *cobra.Command) error {
	t := s.t
	apps := s.g.FormApps()
	addresses := make([]string, len(apps))
	for i, app := range apps {
		addresses[i] = app.Form
	}
	s.printf("%s\n\n", t.T("links.intro"))
	checker := s.linkChecker
	checker.UserAgent = "bezwaarwijzer/" + versionString(t) + " (check-links)"
	results, err := checker.Check(cmd.Context(), addresses)
	if err != nil {
		return failed(t.T("links.no_curl"))
	}
	failures := 0
	for i, r := range results {
		data := i18n.Data{"App": apps[i].Name, "Status": r.Status, "Seconds": int(linkcheck.Timeout.Seconds())}
		var verdict string
		switch {
		case r.OK():
			verdict = t.T("links.ok", data)
		case r.TimedOut:
			verdict = t.T("links.timeout", data)
		case r.Err != nil:
			verdict = t.T("links.no_answer", data)
		case r.Status == 404 || r.Status == 410:
			verdict = t.T("links.not_found", data)
		default:
			verdict = t.T("links.error_status", data)
		}
		if !r.OK() {
			failures++
		}
		s.printf("%s\n  %s\n", verdict, r.Address)
	}
	s.printf("\n")
	if failures > 0 {
		return failed(t.T("links.some_fail"))
	}
	s.printf("%s\n", t.T("links.all_ok"))
	return nil
}
