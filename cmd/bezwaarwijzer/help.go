package main

import (
	"fmt"
	"os"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// printHelp writes a command's help in the person's language. Commands and
// flags keep their English names (with Dutch aliases); everything said
// about them is translated: a command's Short and a flag's Usage are
// message IDs (see newCmdRoot), said here, and so is the name of what
// goes after a command (argsAnnotation). Every line fits the terminal's
// width (helpWidth): a description goes on under itself.
func (s *session) printHelp(cmd *cobra.Command) {
	t, apps := s.t, s.exampleApps()
	width := s.helpWidth()
	w := colorprofile.NewWriter(s.stdout, os.Environ())
	head := lipgloss.NewStyle().Bold(true)
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	// indented writes s after indent, and goes on under its start.
	indented := func(indent, s string) {
		for _, l := range prose.WrapLine(s, width-len(indent)) {
			line("%s%s", indent, l)
		}
	}
	// table writes names and what they do in two columns; a description
	// that does not fit goes on under the description, not under the name.
	type row struct{ name, desc string }
	table := func(rows []row) {
		names := 0
		for _, r := range rows {
			names = max(names, ansi.StringWidth(r.name))
		}
		indent := 2 + names + 2
		for _, r := range rows {
			for i, l := range prose.WrapLine(r.desc, max(width-indent, minDescWidth)) {
				if i == 0 {
					line("  %s%s  %s", r.name, strings.Repeat(" ", names-ansi.StringWidth(r.name)), l)
				} else {
					line("%s%s", strings.Repeat(" ", indent), l)
				}
			}
		}
	}

	indented("", t.T(cmd.Short, apps))
	line("")
	line("%s", head.Render(t.T("help.usage")))
	if cmd.HasParent() {
		indented("  ", cmd.Parent().Name()+" "+use(t, cmd))
	} else {
		indented("  ", cmd.Name()+" "+t.T("help.usage_line"))
	}
	if len(cmd.Aliases) > 0 {
		indented("  ", "("+t.T("help.alias")+": "+strings.Join(cmd.Aliases, ", ")+")")
	}

	if subs := visibleCommands(cmd); len(subs) > 0 {
		line("")
		line("%s", head.Render(t.T("help.commands")))
		var rows []row
		for _, c := range subs {
			desc := t.T(c.Short, apps)
			if len(c.Aliases) > 0 {
				desc += " (" + t.T("help.alias") + ": " + strings.Join(c.Aliases, ", ") + ")"
			}
			rows = append(rows, row{use(t, c), desc})
		}
		table(rows)
	}

	line("")
	line("%s", head.Render(t.T("help.flags")))
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
	table(rows)

	if cmd.Example != "" {
		line("")
		line("%s", head.Render(t.T("help.examples")))
		for _, l := range strings.Split(t.T(cmd.Example, apps), "\n") {
			for _, l := range wrapCommand(l, width) {
				line("%s", l)
			}
		}
	}
	if !cmd.HasParent() {
		line("")
		indented("", t.T("help.exit_codes"))
	}
	_, _ = fmt.Fprint(w, b.String())
}

// The help's width: the terminal's, or helpDefaultWidth when the output is
// no terminal (a file, a pipe) or its width is unknown; never narrower
// than helpLeastWidth, where the columns would leave too little room.
const (
	helpDefaultWidth = 80
	helpLeastWidth   = 60
	// minDescWidth keeps a description readable next to a long name.
	minDescWidth = 20
)

// helpWidth is the width the help is laid out in (see helpDefaultWidth).
func (s *session) helpWidth() int {
	columns := 0
	if s.columns != nil {
		columns = s.columns()
	}
	if columns <= 0 {
		return helpDefaultWidth
	}
	return max(columns, helpLeastWidth)
}

// argsAnnotation names the message that says what goes after a command
// ("APP"), for the help's usage line: in the person's language.
const argsAnnotation = "args"

// use is a command as its usage line says it: its name, and what goes
// after it in the person's language.
func use(t *i18n.Translator, c *cobra.Command) string {
	if id := c.Annotations[argsAnnotation]; id != "" {
		return c.Name() + " " + t.T(id)
	}
	return c.Name()
}

// wrapCommand lays an example command out in lines of at most width
// cells, as a shell reads it: a line that goes on ends in " \\", the next
// is indented further, and an option stays on one line with its value
// (--org "Gemeente Testdorp"). A line that fits stays as it is.
func wrapCommand(command string, width int) []string {
	if ansi.StringWidth(command) <= width {
		return []string{command}
	}
	indent := command[:len(command)-len(strings.TrimLeft(command, " "))]
	more := indent + "    "
	if strings.HasPrefix(indent, "      ") { // already a continued line
		more = indent
	}
	var lines []string
	current := ""
	for _, word := range withValues(shellWords(strings.TrimSpace(command))) {
		switch {
		case current == "":
			current = indent + word
		case ansi.StringWidth(current)+1+ansi.StringWidth(word)+len(" \\") <= width:
			current += " " + word
		case word == "\\" && ansi.StringWidth(current)+2 <= width:
			current += " " + word
		default:
			lines = append(lines, current+" \\")
			current = more + word
		}
	}
	return append(lines, current)
}

// withValues joins each option to the value after it: "-o letter.html"
// reads best on one line.
func withValues(words []string) []string {
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		if strings.HasPrefix(w, "-") && i+1 < len(words) && !strings.HasPrefix(words[i+1], "-") && words[i+1] != "\\" {
			w += " " + words[i+1]
			i++
		}
		out = append(out, w)
	}
	return out
}

// shellWords cuts a command at the spaces outside quotes.
func shellWords(command string) []string {
	var words []string
	var word strings.Builder
	var quote rune
	for _, r := range command {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '"' || r == '\'':
			quote = r
		case r == ' ':
			if word.Len() > 0 {
				words = append(words, word.String())
				word.Reset()
			}
			continue
		}
		word.WriteRune(r)
	}
	if word.Len() > 0 {
		words = append(words, word.String())
	}
	return words
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
