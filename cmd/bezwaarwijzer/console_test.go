package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestDoubleClickIsAllowed: cobra's refusal to run from Explorer is off
// whenever the program runs, since a double-click is how libraries start it.
func TestDoubleClickIsAllowed(t *testing.T) {
	cobra.MousetrapHelpText = "This is a command line tool."
	run(t, nil, nil, true, "--version")
	if cobra.MousetrapHelpText != "" {
		t.Errorf("cobra would still refuse a double-click: %q", cobra.MousetrapHelpText)
	}
}

// TestWaitForEnter: a console opened for the program stays open, in the
// person's language, until Enter.
func TestWaitForEnter(t *testing.T) {
	for lang, env := range map[string]env{"nl": {"LANG": "nl_NL.UTF-8"}, "en": {"LANG": "en_GB.UTF-8"}} {
		var out bytes.Buffer
		a := &app{stdin: strings.NewReader("\n"), stdout: &out, getenv: func(k string) string { return env[k] }}
		waitForEnter(a)
		if want := i18n.MustNew(lang).T("app.press_enter"); !strings.Contains(out.String(), want) {
			t.Errorf("%s: %q does not say %q", lang, out.String(), want)
		}
	}
}

// TestConsoleASCII: where the console can show only ASCII, the program
// draws with ASCII.
func TestConsoleASCII(t *testing.T) {
	s := &session{app: &app{getenv: func(string) string { return "" }, consoleASCII: true}}
	if !s.useASCII() {
		t.Error("an ASCII-only console does not get the ASCII look")
	}
}
