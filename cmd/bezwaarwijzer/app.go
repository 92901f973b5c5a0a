package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"charm.land/fang/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/browser"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/clipboard"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/linkcheck"
)

// app is the program with its side effects: the terminal, the environment,
// the clock and the browser. Tests make one with stubs.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	clock          func() time.Time
	browser        browser.Opener
	clipboard      ui.Clipboard
	// canBrowse reports whether a browser can start here at all.
	canBrowse func() bool
	// interactive reports whether the wizard has a terminal to draw on.
	interactive func() bool
	// linkChecker is for check-links, the one command that uses the
	// network; tests point it elsewhere.
	linkChecker linkcheck.Checker
	// environ decides the colours of printed output (NO_COLOR, TERM).
	environ func() []string
	// consoleASCII is set where the console can show only ASCII (an old
	// Windows console with a raster font).
	consoleASCII bool
}

func newApp() *app {
	return &app{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		getenv:    os.Getenv,
		clock:     time.Now,
		browser:   browser.System{},
		clipboard: clipboard.System{},
		canBrowse: func() bool { return browser.Here(os.Getenv) },
		interactive: func() bool {
			return term.IsTerminal(os.Stdin.Fd()) && term.IsTerminal(os.Stdout.Fd())
		},
		environ: os.Environ,
	}
}

// session is one run: the language, the guide, and the global flags.
type session struct {
	*app
	t *i18n.Translator
	g *content.Guide

	// clock is the app's clock, or with --now one that runs from that time.
	clock func() time.Time

	lang       string
	now        string
	noBrowser  bool
	practice   bool
	kiosk      bool
	idle       time.Duration
	accessible bool
	ascii      bool

	// temporary are pages written to the temporary folder in this run.
	temporary temporaryFiles
}

// run runs the command line and returns the exit code. Every message a
// person reads is in their language, and no error is a Go string.
func (a *app) run(ctx context.Context, args []string) int {
	// Double-clicking the .exe is how a library starts the wizard; cobra
	// would refuse that with "This is a command line tool".
	cobra.MousetrapHelpText = ""

	// The language decides the words of the help and of every error, so it
	// is read before the command line is parsed.
	fallback, _ := i18n.Detect("", a.getenv)
	requested := flagValue(args, "lang")
	lang, err := i18n.Detect(requested, a.getenv)
	if err != nil {
		t := i18n.MustNew(fallback)
		fprintln(a.stderr, t.T("error.unknown_lang", i18n.Data{"Lang": requested, "Known": t.Or(i18n.Languages)}))
		return exitUsage
	}
	s := &session{app: a, t: i18n.MustNew(lang), lang: lang, clock: a.clock}
	quitSignals.say(s.t.T("app.stopped"))
	if s.g, err = content.Load(lang); err != nil {
		fprintln(a.stderr, s.t.T("error.unexpected"))
		return exitFail
	}

	root := s.newRoot()
	// Never nil: cobra would read os.Args instead.
	root.SetArgs(append([]string{}, args...))
	if cmd, ok := helpRequested(root, args); ok {
		s.printHelp(cmd)
		return exitOK
	}
	err = fang.Execute(ctx, root,
		fang.WithVersion(versionString(s.t)),
		fang.WithCommit(commit),
		fang.WithoutCompletions(),
		fang.WithoutManpage(),
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
			fprintln(w, message(s.t, err))
		}),
	)
	return exitCode(err)
}

// newRoot builds the commands, their words in the session's language.
func (s *session) newRoot() *cobra.Command {
	t := s.t
	root := &cobra.Command{
		Use:   "bezwaarwijzer",
		Short: t.T("cmd.root.short"),
		Example: "  bezwaarwijzer\n  bezwaarwijzer --lang en\n  bezwaarwijzer --now 2025-05-20\n" +
			"  bezwaarwijzer open facebook",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usage(t.T("error.unknown_command", i18n.Data{"Command": args[0]}))
			}
			return nil
		},
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error { return s.checkFlags(cmd) },
		RunE: func(cmd *cobra.Command, _ []string) error {
			return s.runWizard(cmd.Context())
		},
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(s.stdin)
	root.SetOut(s.stdout)
	root.SetErr(s.stderr)
	root.SetVersionTemplate("{{.Name}} {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return flagError(t, err) })

	flags := root.PersistentFlags()
	flags.StringVar(&s.lang, "lang", s.lang, t.T("flag.lang"))
	flags.StringVar(&s.now, "now", "", t.T("flag.now"))
	flags.BoolVar(&s.noBrowser, "no-browser", false, t.T("flag.no_browser"))
	flags.BoolVar(&s.accessible, "accessible", accessibleFromEnv(s.getenv), t.T("flag.accessible"))
	flags.BoolVar(&s.ascii, "ascii", false, t.T("flag.ascii"))
	flags.BoolVar(&s.kiosk, "kiosk", false, t.T("flag.kiosk"))
	flags.DurationVar(&s.idle, "idle", ui.DefaultIdle, t.T("flag.idle"))

	root.AddCommand(s.newOpenCmd(), s.newTextCmd(), s.newHandoutCmd(), s.newLetterCmd(), s.newCheckLinksCmd())
	for _, c := range root.Commands() {
		c.SetFlagErrorFunc(root.FlagErrorFunc())
	}
	return root
}

// checkFlags checks the global flags together, then sets the clock.
func (s *session) checkFlags(cmd *cobra.Command) error {
	if cmd.Flags().Changed("idle") {
		switch {
		case !s.kiosk:
			return usage(s.t.T("error.idle_without_kiosk"))
		case s.idle < time.Second:
			return usage(s.t.T("error.idle_too_short"))
		}
	}
	return s.setClock()
}

// accessibleFromEnv reads ACCESSIBLE, as huh and gum do: a true value
// ("1", "true", "yes", "on") turns the line-by-line mode on.
func accessibleFromEnv(getenv func(string) string) bool {
	switch strings.ToLower(strings.TrimSpace(getenv("ACCESSIBLE"))) {
	case "1", "true", "yes", "on", "y", "ja", "j":
		return true
	}
	return false
}

// noArgs refuses arguments, in the person's language.
func (s *session) noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usage(s.t.T("error.no_args", i18n.Data{"Command": cmd.Name(), "Arg": args[0]}))
	}
	return nil
}

// setClock reads --now: practice mode, with the clock running from the
// time given, so the countdown still moves.
func (s *session) setClock() error {
	if s.now == "" {
		return nil
	}
	at, err := content.ParseTime(s.now, s.g.Deadline.Zone)
	if err != nil {
		return usage(s.t.T("error.bad_now", i18n.Data{"Value": s.now}))
	}
	real := s.clock
	start := real()
	s.clock = func() time.Time { return at.Add(real().Sub(start)) }
	s.practice = true
	return nil
}

// mayBrowse reports whether a browser may be opened: not with --no-browser,
// and not where none can start.
func (s *session) mayBrowse() bool {
	return !s.noBrowser && s.canBrowse()
}

// flagValue finds a flag's value in the raw arguments ("--lang en" or
// "--lang=en"), before the command line is parsed.
func flagValue(args []string, name string) string {
	for i, a := range args {
		switch {
		case a == "--":
			return ""
		case a == "--"+name && i+1 < len(args):
			return args[i+1]
		case strings.HasPrefix(a, "--"+name+"="):
			return strings.TrimPrefix(a, "--"+name+"=")
		}
	}
	return ""
}

// helpRequested reports whether the arguments ask for help (-h, --help, or
// "help" first), and for which command. The help is ours, in the person's
// language, rather than cobra's or fang's English.
func helpRequested(root *cobra.Command, args []string) (*cobra.Command, bool) {
	end := slices.Index(args, "--")
	if end < 0 {
		end = len(args)
	}
	asked := slices.Contains(args[:end], "-h") || slices.Contains(args[:end], "--help")
	if len(args) > 0 && args[0] == "help" {
		asked, args = true, args[1:]
	}
	if !asked {
		return nil, false
	}
	cmd, _, err := root.Find(args)
	if err != nil || cmd == nil {
		cmd = root
	}
	return cmd, true
}

func (s *session) printf(format string, args ...any) {
	_, _ = fmt.Fprintf(s.stdout, format, args...)
}
