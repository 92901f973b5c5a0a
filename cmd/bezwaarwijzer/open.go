package main

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/dated"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/plaintext"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/qr"
)

// newOpenCmd is `open PLATFORM`: the fast path for a volunteer, straight to
// one app's objection form.
func (s *session) newOpenCmd() *cobra.Command {
	t := s.t
	return &cobra.Command{
		Use:     "open PLATFORM",
		Aliases: []string{"openen"},
		Short:   t.T("cmd.open.short"),
		Example: "  bezwaarwijzer open facebook\n  bezwaarwijzer open instagram --no-browser",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usage(t.T("error.open_args", i18n.Data{"Known": s.knownPlatforms()}))
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error { return s.open(args[0]) },
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

func (s *session) open(name string) error {
	app, err := s.platform(name)
	if err != nil {
		return err
	}
	t := s.t
	if inUse := dated.InUse(t, s.g); inUse != "" {
		s.printf("%s\n\n", strings.Join(prose.WrapLine(inUse, plaintext.Width), "\n"))
	}
	if !s.mayBrowse() {
		s.printAddress(app, t.T("open.type_address", i18n.Data{"App": app.Name}))
		s.printCode(app)
		s.printRoute(app)
		return nil
	}
	if err := s.browser.Open(app.Form); err != nil {
		s.printAddress(app, t.T("open.failed", i18n.Data{"App": app.Name}))
		s.printCode(app)
		s.printRoute(app)
		return failed(t.T("open.failed_hint"))
	}
	s.printAddress(app, t.T("open.opened", i18n.Data{"App": app.Name}))
	s.printCode(app)
	return nil
}

// printAddress prints an app's form address to type over, and when it
// was last checked.
func (s *session) printAddress(app content.App, intro string) {
	s.printf("%s\n\n  %s\n", intro, app.Form.String())
	if d := prose.GroupDigits(app.Form.String()); d != "" {
		s.printf("  %s\n", s.t.T("step.digits", i18n.Data{"Digits": d}))
	}
	for _, l := range prose.WrapLine(dated.Checked(s.t, app.FormChecked), plaintext.Width-2) {
		s.printf("  %s\n", l)
	}
}

// printCode prints the address as a QR code, for the person's own phone.
// To scan, it must come out as dark modules on a light field:
//   - on a terminal with colours, white on black, whatever its theme;
//   - on one without (NO_COLOR), in the terminal's own colours, the right
//     way round for its background, which the terminal is asked for;
//   - into a file or a pipe, as plain characters, printed cells light.
//
// On a terminal the ASCII drawing is made of solid reversed cells.
func (s *session) printCode(app content.App) {
	look := qr.Look{ASCII: s.useASCII()}
	profile := s.outputProfile()
	if profile >= colorprofile.ASCII {
		look.Reverse = true
	}
	if profile == colorprofile.ASCII {
		look.DarkInk = !s.darkBackground()
	}
	code, err := qr.Terminal(app.Form.String(), look)
	if err != nil {
		return
	}
	s.printf("\n")
	if profile >= colorprofile.ANSI {
		w := colorprofile.NewWriter(s.stdout, s.environ())
		style := lipgloss.NewStyle().Foreground(lipgloss.Color("15")).Background(lipgloss.Color("0"))
		_, _ = fmt.Fprintln(w, style.Render(code))
	} else {
		s.printf("%s\n", code)
	}
	s.printf("%s\n", s.t.T("open.scan"))
}

// printRoute prints the route inside the app, for when the link does not
// work (FACTS H10), how old it is (H5), and the last way in (H13).
func (s *session) printRoute(app content.App) {
	s.printf("\n%s\n", s.t.T("step.route_intro", i18n.Data{"App": app.Name}))
	for i, line := range app.Menu {
		s.printf("  %d. %s\n", i+1, line)
	}
	for _, text := range []string{dated.RouteNote(s.t, s.g, app), dated.LastWay(s.g)} {
		s.printf("\n%s\n", strings.Join(prose.Wrap(text, plaintext.Width, "-"), "\n"))
	}
}
