package main

import (
	"errors"
	"fmt"
	"strings"
	"syscall"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Exit codes, as the command-line contract says.
const (
	exitOK    = 0
	exitFail  = 1 // something failed while running; the message says what to do
	exitUsage = 2 // the command line is wrong
)

// usageError is a mistake on the command line: exit 2. Its message is a
// whole sentence in the person's language.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// failure is something that went wrong while running: exit 1. Its message
// says, in the person's language, what happened and what to do.
type failure struct{ msg string }

func (e *failure) Error() string { return e.msg }

func usage(msg string) error  { return &usageError{msg: msg} }
func failed(msg string) error { return &failure{msg: msg} }
func exitCode(err error) int {
	var u *usageError
	var st *stopped
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &u):
		return exitUsage
	case errors.As(err, &st):
		if n, ok := st.sig.(syscall.Signal); ok {
			return 128 + int(n)
		}
	}
	return exitFail
}

// flagError turns cobra's and pflag's English errors about flags into a
// sentence in the person's language.
func flagError(t *i18n.Translator, err error) error {
	s := err.Error()
	name := ""
	if i := strings.Index(s, "--"); i >= 0 {
		name = strings.Fields(s[i:])[0]
	} else if i := strings.Index(s, "'"); i >= 0 {
		name = "-" + strings.Trim(strings.Fields(s[i:])[0], "'")
	}
	// The name is what was typed: it is repeated cleaned, and short.
	name = typed.Echo(strings.Trim(name, `:,"'`))
	switch {
	case strings.HasPrefix(s, "unknown flag"), strings.HasPrefix(s, "unknown shorthand flag"):
		return usage(t.T("error.unknown_flag", i18n.Data{"Flag": name}))
	case strings.HasPrefix(s, "flag needs an argument"):
		return usage(t.T("error.flag_needs_value", i18n.Data{"Flag": name}))
	}
	return usage(t.T("error.bad_flag", i18n.Data{"Flag": name}))
}

// said reports whether err is one of ours, with a sentence that says what
// went wrong.
func said(err error) bool {
	var u *usageError
	var f *failure
	var st *stopped
	return errors.As(err, &u) || errors.As(err, &f) || errors.As(err, &st)
}

// message is what a person reads for an error that is not ours: a
// sentence in their language, never a Go error string.
func message(t *i18n.Translator, err error) string {
	var u *usageError
	var f *failure
	var st *stopped
	switch {
	case errors.As(err, &st):
		return st.msg
	case errors.As(err, &u):
		return u.msg
	case errors.As(err, &f):
		return f.msg
	}
	return t.T("error.unexpected")
}

func fprintln(w interface{ Write([]byte) (int, error) }, s string) {
	_, _ = fmt.Fprintln(w, s)
}
