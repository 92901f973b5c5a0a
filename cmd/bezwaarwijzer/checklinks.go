package main

import (
	"context"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"

	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/linkcheck"
	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// checkLinksOptions are what `check-links` is asked: nothing but to run.
type checkLinksOptions struct {
	*session
	// ctx stops the checks from outside.
	ctx context.Context
}

// newCmdCheckLinks is `check-links`: for a volunteer before a session, do
// the sites of the form addresses still answer? The only command that
// uses the network.
func newCmdCheckLinks(s *session, runF func(*checkLinksOptions) error) *cobra.Command {
	opts := &checkLinksOptions{session: s}
	return &cobra.Command{
		Use:     "check-links",
		Aliases: []string{"controleer"},
		Short:   "cmd.check_links.short",
		Args:    s.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.ctx = cmd.Context()
			return runWith(opts, runF, checkLinksRun)
		},
	}
}

// checkLinks reports one of four outcomes per form: the site answers; it
// sends the person on, and where to; the page is not found or gone; or it
// could not be reached. It never says that a form works: a page that
// answers may be a login page.
func checkLinksRun(opts *checkLinksOptions) error {
	s, t := opts.session, opts.t
	apps := s.g.FormApps()
	forms := make([]address.Checked, len(apps))
	for i, app := range apps {
		forms[i] = app.Form
	}
	s.printf("%s\n\n", t.T("links.intro"))
	if inUse := walk.InUse(t, s.g); inUse != "" {
		s.printf("%s\n\n", inUse)
	}
	checker := s.linkChecker
	checker.UserAgent = "bezwaarwijzer/" + versionString(t) + " (check-links)"
	// Every address, and every one a site sends on to, is checked against
	// the guide's allow-list before it is asked for.
	checker.Allow = s.g.Allow
	results, err := checker.Check(opts.ctx, forms)
	if err != nil {
		return failed(t.T("links.no_curl"))
	}
	failures, redirected := 0, 0
	var moved []movedForm
	for i, r := range results {
		data := i18n.Data{"App": apps[i].Name, "Status": r.Status, "Seconds": int(linkcheck.Timeout.Seconds())}
		s.printf("%s\n  %s\n", verdict(t, r, data), r.Address.String())
		s.printf("  %s\n", walk.CheckedSentence(t, apps[i].FormChecked))
		if r.Location != "" {
			s.printf("  %s\n", t.T("links.location", i18n.Data{"Address": r.Location}))
		}
		s.printf("\n")
		switch r.Outcome {
		case linkcheck.Answers:
		case linkcheck.Redirected:
			redirected++
			moved = append(moved, movedForm{apps[i], r})
		case linkcheck.Gone:
			failures++
			moved = append(moved, movedForm{apps[i], r})
		default:
			failures++
		}
	}
	if redirected > 0 {
		s.printf("%s\n", t.T("links.check_redirected"))
	}
	if len(moved) > 0 {
		s.sayHowToMove(moved)
	}
	if failures > 0 {
		return failed(t.T("links.some_fail", opts.exampleApps()))
	}
	if redirected == 0 {
		s.printf("%s\n", t.T("links.all_answer"))
	}
	return nil
}

// movedForm is a form that may have moved: its site sends the person on,
// or says the page is gone.
type movedForm struct {
	app    content.App
	result linkcheck.Result
}

// sayHowToMove tells a volunteer how to put a moved form's new address in
// the address file: which file, where, and the lines to write in it.
func (s *session) sayHowToMove(moved []movedForm) {
	t := s.t
	s.printf("\n%s\n", t.T("forms.moved", i18n.Data{"Path": typed.EchoPath(s.addressFileTarget())}))
	var notes []string
	for _, m := range moved {
		address := ""
		if m.result.Outcome == linkcheck.Redirected {
			address = m.result.Location
			notes = append(notes, t.T("forms.moved_redirected", i18n.Data{"App": m.app.Name}))
		} else {
			notes = append(notes, t.T("forms.moved_gone", i18n.Data{"App": m.app.Name}))
		}
		s.printf("\n")
		for _, line := range s.addressFileLines(m.app.ID, address) {
			s.printf("  %s\n", line)
		}
	}
	s.printf("\n")
	for _, note := range notes {
		s.printf("%s\n", note)
	}
	if s.addressGiven {
		s.printf("%s\n\n", t.T("forms.moved_after_flag"))
	} else {
		s.printf("%s\n\n", t.T("forms.moved_after_beside"))
	}
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
