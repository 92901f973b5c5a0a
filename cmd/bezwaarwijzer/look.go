package main

import (
	"runtime"
	"strings"

	"github.com/charmbracelet/colorprofile"

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

// colorProfile is the colour profile for the wizard: none with NO_COLOR,
// else what Bubble Tea finds out about the terminal.
func (s *session) colorProfile() (colorprofile.Profile, bool) {
	if s.noColor() {
		return colorprofile.Ascii, true
	}
	return 0, false
}
