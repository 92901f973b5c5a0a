package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/browser"
	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/clipboard"
	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/files"
	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/linkcheck"
	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/tempfiles"
	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/forms"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/wizard"
)

// app is the program with its side effects: the terminal, the environment,
// the clock and the browser. Tests make one with stubs.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	clock          func() time.Time
	browser        browser.Opener
	clipboard      copier
	// canBrowse reports whether a browser can start here at all.
	canBrowse func() bool
	// interactive reports whether the wizard has a terminal to draw on.
	interactive func() bool
	// columns is the width of the terminal standard output goes to, 0
	// when it goes elsewhere or the width is unknown (see helpWidth).
	columns func() int
	// linkChecker is for check-links, the one command that uses the
	// network; tests point it elsewhere.
	linkChecker linkcheck.Checker
	// environ decides the colours of printed output (NO_COLOR, TERM).
	environ func() []string
	// consoleASCII is set where the console can show only ASCII (an old
	// Windows console with a raster font).
	consoleASCII bool
	// writeFile writes the files a person asks for (files.Write when
	// nil); tempDir is where a printable page goes when no file is named
	// (the system's temporary folder when ""). Tests keep both in a
	// folder of their own.
	writeFile func(path string, data []byte, overwrite bool) error
	tempDir   string
	// exePath finds the program itself, for the address file beside it;
	// nil looks nowhere (tests).
	exePath func() (string, error)

	// t is the words of the language run decided, for the last words
	// after it (see waitForEnter).
	t *i18n.Translator
}

// copier takes text to paste elsewhere: the system's clipboard, or a test's.
type copier interface {
	Copy(text string) error
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
		columns: func() int {
			if !term.IsTerminal(os.Stdout.Fd()) {
				return 0
			}
			width, _, err := term.GetSize(os.Stdout.Fd())
			if err != nil {
				return 0
			}
			return width
		},
		environ:   os.Environ,
		writeFile: files.Write,
		exePath:   os.Executable,
	}
}

// translator is the words of the last run, or before one, the
// environment's language: for the last words after it (see waitForEnter).
func (a *app) translator() *i18n.Translator {
	if a.t != nil {
		return a.t
	}
	lang, _ := i18n.Detect("", a.getenv)
	return i18n.MustNew(lang)
}

// session is one run of the command line, and what its commands share:
// the language, decided once, and the words and the guide in it; standard
// output; the clock; the global flags; the address file. Each command's
// own flags and arguments are in its options (openOptions, textOptions,
// handoutOptions, letterOptions, checkLinksOptions), with the session that
// runs it.
type session struct {
	*app
	t *i18n.Translator
	g *content.Guide

	// stdout is the app's, through a writer that keeps its first error.
	stdout *checkedOutput

	// clock is the app's clock, or with --now one that runs from that time.
	clock func() time.Time

	// lang is the language, decided once before the command line is
	// parsed, and the one every face gets. The --lang flag itself is
	// parsed into nothing. langGiven is set when --lang decided it.
	lang      string
	langGiven bool

	// The global flags: the root command's, which every command has.
	now        string
	noBrowser  bool
	practice   bool
	kiosk      bool
	idle       time.Duration
	idleFlag   idleFlag
	accessible bool
	ascii      bool

	// temporary are pages written to the temporary folder in this run.
	temporary tempfiles.Files

	// addressFile is the address file in use, or nil; addressPath is
	// where it is, or would be (see findAddressFile).
	addressFile  *forms.File
	addressPath  string
	addressGiven bool // --forms was given
	// addressRefused says why a file was not used, as said on standard
	// error; nil when none was refused.
	addressRefused []string

	// languages are the words and guides loaded in this run (see load).
	languages struct {
		sync.Mutex
		byLang map[string]*language
	}
}

// language is the words and the guide in one language, each read when
// first needed and then kept for the run. The guide is read as it is
// inside the program (parsed), and the address file is laid over it once
// it is known (g).
type language struct {
	t      func() *i18n.Translator
	parsed func() (*content.Guide, error)
	g      *content.Guide
}

// run runs the command line and returns the exit code. Every message a
// person reads is in their language, and no error is a Go string.
func (a *app) run(ctx context.Context, args []string) int {
	// Double-clicking the .exe is how a library starts the wizard; cobra
	// would refuse that with "This is a command line tool".
	cobra.MousetrapHelpText = ""

	s := &session{app: a, stdout: &checkedOutput{w: a.stdout}, clock: a.clock}
	root := newCmdRoot(s)
	// The language decides the words of the help and of every error, so it
	// is decided before the command line is parsed, and only here.
	asked := glanceAt(root, args)
	lang, err := i18n.Detect(asked.lang, a.getenv)
	if err != nil {
		fallback, _ := i18n.Detect("", a.getenv)
		t := s.useLanguage(fallback)
		fprintln(a.stderr, t.T("error.unknown_lang", i18n.Data{"Lang": typed.Echo(asked.lang), "Known": t.Or(i18n.Languages)}))
		return exitUsage
	}
	s.startReading(lang)
	s.useLanguage(lang)
	s.langGiven = asked.lang != ""
	if !asked.help {
		if err := s.findAddressFile(asked); err != nil {
			fprintln(a.stderr, message(s.t, err))
			return exitCode(err)
		}
	}
	if s.g, err = s.loadGuide(lang); err != nil {
		fprintln(a.stderr, s.t.T("error.unexpected"))
		return exitFail
	}
	a.browser = allowing(a.browser, s.g.Allow)
	err = s.execute(ctx, root, args, asked)
	// Output that could not be written is lost work, whatever the command;
	// unless the command has said what went wrong, this says it.
	if s.stdout.lost() != nil && !said(err) {
		err = failed(s.t.T("error.cannot_print"))
	}
	if err != nil {
		fprintln(a.stderr, message(s.t, err))
	}
	return exitCode(err)
}

// allowing gives the system's browser the allow-list of the guide this
// run loaded, to check every form's address against once more before it
// opens it. A test's opener checks against the built-in list itself.
func allowing(o browser.Opener, allow address.AllowList) browser.Opener {
	if sys, ok := o.(browser.System); ok {
		sys.Allow = allow
		return sys
	}
	return o
}

// useLanguage makes lang the run's language: its words are loaded, and
// from now on every sentence, that of SIGQUIT too, is in it.
func (s *session) useLanguage(lang string) *i18n.Translator {
	s.lang = lang
	s.t = s.translator(lang)
	s.app.t = s.t
	quitSignals.say(s.t.T("app.stopped"))
	return s.t
}

// translator returns the words in lang, loaded the first time this run
// asks for them. lang is one the run decided on (i18n.Detect), or one a
// face switched to (i18n.Languages): never unknown.
func (s *session) translator(lang string) *i18n.Translator {
	s.languages.Lock()
	l := s.inLanguage(lang)
	s.languages.Unlock()
	return l.t()
}

// loadGuide returns the guide in lang, with the address file's addresses
// and routes laid over it when one is in use: read the first time this
// run asks for it, or begun by startReading.
func (s *session) loadGuide(lang string) (*content.Guide, error) {
	s.languages.Lock()
	defer s.languages.Unlock()
	l := s.inLanguage(lang)
	if l.g == nil {
		g, err := l.parsed()
		if err != nil {
			return nil, err
		}
		g.UseAddressFile(s.addressFile)
		l.g = g
	}
	return l.g, nil
}

// startReading reads the guide in lang in the background, while the
// words are read and the address file is looked for: each takes a
// millisecond or two, and a short command is all start-up.
func (s *session) startReading(lang string) {
	s.languages.Lock()
	l := s.inLanguage(lang)
	s.languages.Unlock()
	go l.parsed() // loadGuide says what went wrong, if anything
}

// load returns the words and the guide in lang: what a face is given for
// each language it speaks (the person may switch). The command line loads
// each once a run and keeps them here, not in the packages that parse
// them: a kiosk starts over often, no face changes them, and so nothing
// is parsed twice or kept where the run cannot see it.
func (s *session) load(lang string) (*i18n.Translator, *content.Guide, error) {
	if !slices.Contains(i18n.Languages, lang) {
		return nil, nil, fmt.Errorf("%w: %q", i18n.ErrUnknownLanguage, lang)
	}
	g, err := s.loadGuide(lang)
	if err != nil {
		return nil, nil, err
	}
	return s.translator(lang), g, nil
}

// inLanguage is the run's entry for lang, made when first asked for. The
// caller holds the lock.
func (s *session) inLanguage(lang string) *language {
	if s.languages.byLang == nil {
		s.languages.byLang = map[string]*language{}
	}
	l, ok := s.languages.byLang[lang]
	if !ok {
		l = &language{
			t:      sync.OnceValue(func() *i18n.Translator { return i18n.MustNew(lang) }),
			parsed: sync.OnceValues(func() (*content.Guide, error) { return content.Load(lang) }),
		}
		s.languages.byLang[lang] = l
	}
	return l
}

// execute runs the command line in the session's language.
func (s *session) execute(ctx context.Context, root *cobra.Command, args []string, asked glance) error {
	// Never nil: cobra would read os.Args instead.
	root.SetArgs(append([]string{}, args...))
	switch {
	case asked.help:
		cmd, _, err := root.Find(asked.helpFor)
		if err != nil || cmd == nil {
			cmd = root
		}
		s.printHelp(cmd)
		return nil
	case asked.completion != "":
		// cobra's hidden command for shell completion answers in English;
		// this program offers no completion, so it is a command it does
		// not know.
		return usage(s.t.T("error.unknown_command", i18n.Data{"Command": typed.Echo(asked.completion)}))
	}
	// cobra alone: the help and every message are ours, in the person's
	// language, and run prints what went wrong as plain text.
	root.Version = versionString(s.t)
	if len(commit) >= 7 {
		root.Version += " (" + commit[:7] + ")"
	}
	return root.ExecuteContext(ctx)
}

// newCmdRoot builds the commands. Their words (what each is for, what
// each flag does, the examples) are message IDs: the tree is built before the language
// is decided, as glanceAt reads the command line with it, and only the
// help says them, in the person's language (printHelp).
func newCmdRoot(s *session) *cobra.Command {
	root := &cobra.Command{
		Use:     "bezwaarwijzer",
		Short:   "cmd.root.short",
		Example: "cmd.root.example",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usage(s.t.T("error.unknown_command", i18n.Data{"Command": typed.Echo(args[0])}))
			}
			return nil
		},
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error { return s.checkFlags(cmd) },
		// The root command is the wizard; its flags are the global ones,
		// in the session.
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
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return flagError(s.t, err) })
	root.CompletionOptions.DisableDefaultCmd = true

	flags := root.PersistentFlags()
	flags.String("lang", "", "flag.lang") // read by glanceAt, not here
	flags.StringVar(&s.now, "now", "", "flag.now")
	flags.BoolVar(&s.noBrowser, "no-browser", false, "flag.no_browser")
	flags.BoolVar(&s.accessible, "accessible", accessibleFromEnv(s.getenv), "flag.accessible")
	flags.BoolVar(&s.ascii, "ascii", false, "flag.ascii")
	flags.BoolVar(&s.kiosk, "kiosk", false, "flag.kiosk")
	s.idle, s.idleFlag = wizard.DefaultIdle, idleFlag{d: &s.idle}
	flags.Var(&s.idleFlag, "idle", "flag.idle")
	// The address file, read by glanceAt like --lang: the guide is loaded
	// with it before the command runs.
	flags.String("forms", "", "flag.forms")

	root.AddCommand(
		newCmdOpen(s, nil),
		newCmdText(s, nil),
		newCmdHandout(s, nil),
		newCmdLetter(s, nil),
		newCmdCheckLinks(s, nil),
	)
	// Help is ours, in the person's language, however it is asked for:
	// glanceAt finds it first, and these are there should cobra find it.
	helpFor := func(c *cobra.Command, _ []string) { s.printHelp(c) }
	root.SetHelpCommand(&cobra.Command{
		Use: "help", Hidden: true, Args: cobra.ArbitraryArgs,
		Run: func(_ *cobra.Command, args []string) {
			cmd, _, err := root.Find(args)
			if err != nil || cmd == nil {
				cmd = root
			}
			s.printHelp(cmd)
		},
	})
	root.InitDefaultHelpCmd()
	root.SetHelpFunc(helpFor)
	for _, c := range root.Commands() {
		c.SetFlagErrorFunc(root.FlagErrorFunc())
		c.SetHelpFunc(helpFor)
	}
	return root
}

// checkFlags checks the global flags together, then sets the clock.
func (s *session) checkFlags(cmd *cobra.Command) error {
	if cmd.Flags().Changed("idle") {
		switch n := s.idleFlag.noUnit; {
		case n > 0:
			return usage(s.t.T("error.idle_no_unit", i18n.Data{
				"Value": n, "Arg": fmt.Sprintf("%dm", n), "Span": s.t.N("banner.minutes", n),
			}))
		case !s.kiosk:
			return usage(s.t.T("error.idle_without_kiosk"))
		case s.idle < time.Second:
			return usage(s.t.T("error.idle_too_short"))
		}
	}
	return s.setClock()
}

// idleFlag is --idle, a duration such as 3m. A whole number without a unit
// ("5") is put aside rather than refused here, so that checkFlags can say
// which unit to add; pflag's own refusal only says that the value is wrong.
type idleFlag struct {
	d      *time.Duration
	noUnit int // the number typed without a unit, or 0
}

func (f *idleFlag) String() string { return f.d.String() }
func (f *idleFlag) Type() string   { return "duration" }

func (f *idleFlag) Set(s string) error {
	f.noUnit = 0
	d, err := time.ParseDuration(s)
	if err == nil {
		*f.d = d
		return nil
	}
	if n, ok := wholeNumber(s); ok && n > 0 {
		f.noUnit = n
		return nil
	}
	return err
}

// wholeNumber reads s when it is only digits, and not too many of them.
func wholeNumber(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 6 || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n, true
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
		return usage(s.t.T("error.no_args", i18n.Data{"Command": cmd.Name(), "Arg": typed.Echo(args[0])}))
	}
	return nil
}

// runWith runs a command: with runF when one is given (a test that looks
// at the options), else with run.
func runWith[O any](opts O, runF, run func(O) error) error {
	if runF != nil {
		return runF(opts)
	}
	return run(opts)
}

// setClock reads --now: practice mode, with the clock running from the
// time given, so the countdown still moves.
func (s *session) setClock() error {
	if s.now == "" {
		return nil
	}
	at, err := content.ParseTime(s.now, s.g.Deadline.Zone)
	if err != nil {
		return usage(s.t.T("error.bad_now", i18n.Data{"Value": typed.Echo(s.now)}))
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

func (s *session) printf(format string, args ...any) {
	_, _ = fmt.Fprintf(s.stdout, format, args...)
}
