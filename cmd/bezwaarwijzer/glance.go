package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// glance is what a command line asks for that must be known before it
// runs: the language its messages are in, the address file the guide is
// loaded with, whether it asks for help (which is ours, not cobra's or
// fang's English), and whether it names cobra's hidden completion command.
type glance struct {
	// lang is --lang as typed, "" when not given.
	lang string
	// forms is --forms as typed; formsGiven is set when it was given.
	forms      string
	formsGiven bool
	// help is set when help is asked for, helpFor names the command
	// (empty for the program itself).
	help    bool
	helpFor []string
	// completion is cobra's completion command's name, when given.
	completion string
}

// glance reads the command line the way cobra will, with every command and
// flag known, but runs nothing: it parses it on a copy of the commands,
// made with the words of lang. So "--lang en", "--lang=EN", a flag after
// the command, and a value that only looks like a flag are read as cobra
// reads them, and the language is decided once, before anything is said.
// A flag the command does not know is passed over here; cobra says so
// when it runs.
func (a *app) glance(lang string, args []string) glance {
	quiet := *a
	quiet.stdout, quiet.stderr = io.Discard, io.Discard
	s := &session{app: &quiet, stdout: &checkedOutput{w: io.Discard}, t: i18n.MustNew(lang), lang: lang, clock: a.clock}
	root := s.newRoot()
	cmd, rest, err := root.Find(args)
	if err != nil || cmd == nil {
		return glance{}
	}
	cmd.FParseErrWhitelist.UnknownFlags = true
	cmd.InitDefaultHelpFlag()
	parseErr := cmd.ParseFlags(rest)

	var g glance
	if f := cmd.Flags().Lookup("lang"); f != nil && f.Changed {
		g.lang = f.Value.String()
	}
	if f := cmd.Flags().Lookup("forms"); f != nil && f.Changed {
		g.forms, g.formsGiven = f.Value.String(), true
	}
	if parseErr != nil {
		return g // cobra will say what is wrong
	}
	positional := cmd.Flags().Args()
	if help, _ := cmd.Flags().GetBool("help"); help {
		g.help, g.helpFor = true, names(cmd)
		return g
	}
	switch {
	case cmd.Name() == "help":
		target, _, err := root.Find(positional)
		if err != nil || target == nil {
			target = root
		}
		g.help, g.helpFor = true, names(target)
	case cmd == root && len(positional) > 0 &&
		(positional[0] == cobra.ShellCompRequestCmd || positional[0] == cobra.ShellCompNoDescRequestCmd):
		g.completion = positional[0]
	}
	return g
}

// names are the names of cmd and its parents, without the program's.
func names(cmd *cobra.Command) []string {
	var path []string
	for c := cmd; c.HasParent(); c = c.Parent() {
		path = append([]string{c.Name()}, path...)
	}
	return path
}
