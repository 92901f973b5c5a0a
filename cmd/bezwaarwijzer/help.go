package main

import (
	"fmt"
	"os"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// printHelp writes a command's help in the person's language. Commands and
// flags keep their English names (with Dutch aliases); everything said
// about them is translated: a command's Short and a flag's Usage are
// message IDs (see newCmdRoot), said here.
func (s *session) printHelp(cmd *cobra.Command) {
	t, apps := s.t, s.exampleApps()
	w := colorprofile.NewWriter(s.stdout, os.Environ())
	head := lipgloss.NewStyle().Bold(true)
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }

	line("%s", t.T(cmd.Short, apps))
	line("")
	line("%s", head.Render(t.T("help.usage")))
	if cmd.HasParent() {
		line("  %s %s", cmd.Parent().Name(), cmd.Use)
	} else {
		line("  %s %s", cmd.Name(), t.T("help.usage_line"))
	}
	if len(cmd.Aliases) > 0 {
		line("  (%s: %s)", t.T("help.alias"), strings.Join(cmd.Aliases, ", "))
	}

	if subs := visibleCommands(cmd); len(subs) > 0 {
		line("")
		line("%s", head.Render(t.T("help.commands")))
		width := 0
		for _, c := range subs {
			width = max(width, len(c.Use))
		}
		for _, c := range subs {
			desc := t.T(c.Short, apps)
			if len(c.Aliases) > 0 {
				desc += " (" + t.T("help.alias") + ": " + strings.Join(c.Aliases, ", ") + ")"
			}
			line("  %-*s  %s", width, c.Use, desc)
		}
	}

	line("")
	line("%s", head.Render(t.T("help.flags")))
	type row struct{ name, desc string }
	var rows []row
	add := func(f *pflag.Flag) {
		name := "--" + f.Name
		if f.Shorthand != "" {
			name = "-" + f.Shorthand + ", " + name
		}
		if f.Value.Type() != "bool" {
			name += " " + t.T("help.arg."+f.Name)
		}
		rows = append(rows, row{name, t.T(f.Usage, apps)})
	}
	cmd.LocalFlags().VisitAll(add)
	cmd.InheritedFlags().VisitAll(add)
	rows = append(rows, row{"-h, --help", t.T("flag.help")})
	if !cmd.HasParent() {
		rows = append(rows, row{"-v, --version", t.T("flag.version")})
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r.name))
	}
	for _, r := range rows {
		line("  %-*s  %s", width, r.name, r.desc)
	}

	if cmd.Example != "" {
		line("")
		line("%s", head.Render(t.T("help.examples")))
		line("%s", t.T(cmd.Example, apps))
	}
	if !cmd.HasParent() {
		line("")
		line("%s", t.T("help.exit_codes"))
	}
	_, _ = fmt.Fprint(w, b.String())
}

// exampleApps are the apps the help names, from the guide: every app with
// a form (Apps), the first (App), a second (Other, or the first again),
// and where the first's accounts live (Site). The program names no app of
// its own.
func (s *session) exampleApps() i18n.Data {
	apps := s.g.FormApps()
	if len(apps) == 0 {
		return nil
	}
	first, other, site := apps[0], apps[len(apps)-1], ""
	if len(first.Sites) > 0 {
		site = first.Sites[0]
	}
	return i18n.Data{"Apps": s.knownPlatforms(), "App": first.ID, "Other": other.ID, "Site": site}
}

func visibleCommands(cmd *cobra.Command) []*cobra.Command {
	var subs []*cobra.Command
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() {
			subs = append(subs, c)
		}
	}
	return subs
}
