package main

import (
	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/linkcheck"
)

// newCheckLinksCmd is `check-links`: for a volunteer before a session, do
// the sites of the form addresses still answer? The only command that uses
// the network.
func (s *session) newCheckLinksCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "check-links",
		Aliases: []string{"controleer"},
		Short:   s.t.T("cmd.check_links.short"),
		Args:    s.noArgs,
		RunE:    func(cmd *cobra.Command, _ []string) error { return s.checkLinks(cmd) },
	}
}

// checkLinks reports one of four outcomes per form: the site answers; it
// sends the person on, and where to; the page is not found or gone; or it
// could not be reached. It never says that a form works: a page that
// answers may be a login page.
func (s *session) checkLinks(cmd *cobra.Command) error {
	t := s.t
	apps := s.g.FormApps()
	forms := make([]address.Checked, len(apps))
	for i, app := range apps {
		forms[i] = app.Form
	}
	s.printf("%s\n\n", t.T("links.intro"))
	checker := s.linkChecker
	checker.UserAgent = "bezwaarwijzer/" + versionString(t) + " (check-links)"
	results, err := checker.Check(cmd.Context(), forms)
	if err != nil {
		return failed(t.T("links.no_curl"))
	}
	failures, redirected := 0, 0
	for i, r := range results {
		data := i18n.Data{"App": apps[i].Name, "Status": r.Status, "Seconds": int(linkcheck.Timeout.Seconds())}
		s.printf("%s\n  %s\n", verdict(t, r, data), r.Address.String())
		if r.Location != "" {
			s.printf("  %s\n", t.T("links.location", i18n.Data{"Address": r.Location}))
		}
		s.printf("\n")
		switch r.Outcome {
		case linkcheck.Answers:
		case linkcheck.Redirected:
			redirected++
		default:
			failures++
		}
	}
	if redirected > 0 {
		s.printf("%s\n", t.T("links.check_redirected"))
	}
	if failures > 0 {
		return failed(t.T("links.some_fail"))
	}
	if redirected == 0 {
		s.printf("%s\n", t.T("links.all_answer"))
	}
	return nil
}

// verdict says a result in the person's language.
func verdict(t *i18n.Translator, r linkcheck.Result, data i18n.Data) string {
	switch r.Outcome {
	case linkcheck.Answers:
		return t.T("links.answers", data)
	case linkcheck.Redirected:
		return t.T("links.redirected", data)
	case linkcheck.Gone:
		return t.T("links.gone", data)
	}
	switch r.Reason {
	case linkcheck.TimedOut:
		return t.T("links.timeout", data)
	case linkcheck.Insecure:
		return t.T("links.insecure", data)
	case linkcheck.ErrorStatus:
		return t.T("links.error_status", data)
	case linkcheck.ToHTTP:
		return t.T("links.to_http", data)
	case linkcheck.OffList:
		return t.T("links.off_list", data)
	case linkcheck.Unsafe:
		return t.T("links.unsafe", data)
	case linkcheck.TooMany:
		return t.T("links.too_many", data)
	case linkcheck.Refused:
		return t.T("links.refused", data)
	}
	return t.T("links.no_answer", data)
}
