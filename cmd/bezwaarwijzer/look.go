package main

import (
	"runtime"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// noColor reports whether NO_COLOR asks for no colour: present and not
// empty, as no-color.org defines it ("NO_COLOR=0" too).
func (s *session) noColor() bool { return s.getenv("NO_COLOR") != "" }

// dumbTerminal reports whether the terminal cannot move its cursor: there
// the wizard cannot draw, and the line-by-line mode is used instead.
func (s *session) dumbTerminal() bool { return s.getenv("TERM") == "dumb" }

// useASCII reports whether to draw with ASCII only: asked with --ascii, or
// a locale that names another character set than UTF-8 (on Unix; Windows
// consoles are handled where the console is set up).
func (s *session) useASCII() bool {
	if s.ascii || s.consoleASCII {
		return true
	}
	if runtime.GOOS == "windows" {
		return false
	}
	charset, set := i18n.Charset(s.getenv)
	if !set || charset == "" {
		return false
	}
	cs := strings.ToLower(strings.ReplaceAll(charset, "-", ""))
	return cs != "utf8"
}

// outputProfile is what printed output can show: colours, only
// attributes such as reverse video (NO_COLOR), or nothing but text (a file,
// a pipe, TERM=dumb).
func (s *session) outputProfile() colorprofile.Profile {
	profile := colorprofile.Detect(s.stdout, s.environ())
	if s.noColor() {
		profile = min(profile, colorprofile.ASCII)
	}
	return profile
}

// darkBackground asks the terminal whether its background is dark. It
// says yes when it cannot tell: most terminals are dark, and the Windows
// console, which does not answer, starts dark. Only a terminal is asked,
// never a pipe, which would swallow what is piped in.
func (s *session) darkBackground() bool {
	in, ok := s.stdin.(term.File)
	if !ok || !term.IsTerminal(in.Fd()) || !term.IsTerminal(s.stdout.Fd()) {
		return true
	}
	return lipgloss.HasDarkBackground(in, s.stdout)
}

// colorProfile is the colour profile for the wizard: none with NO_COLOR,
// else what Bubble Tea finds out about the terminal.
func (s *session) colorProfile() (colorprofile.Profile, bool) {
	if s.noColor() {
		return colorprofile.Ascii, true
	}
	return 0, false
}
