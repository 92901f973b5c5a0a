package main

import (
	"io"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// glance is what a command line asks for that must be known before it
// runs: the language its messages are in, the address file the guide is
// loaded with, whether it asks for help (which is ours, not cobra's
// English), and whether it names cobra's hidden completion command.
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

// glanceAt reads the command line before it runs, with a flag set of its
// own that passes over flags it does not know: cobra says so when it runs.
// The set knows every flag of root's commands by its shape (with a value
// or without), so a value is read as cobra reads it: "--lang en", "--lang=EN"
// and a flag after the command are the language, "--org --lang" is a name,
// and "--kiosk help" asks for help.
func glanceAt(root *cobra.Command, args []string) glance {
	fs := pflag.NewFlagSet(root.Name(), pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.ParseErrorsWhitelist.UnknownFlags = true
	fs.Usage = func() {}
	lang := fs.String("lang", "", "")
	forms := fs.String("forms", "", "")
	help := fs.BoolP("help", "h", false, "")
	fs.BoolP("version", "v", false, "")
	for _, c := range append([]*cobra.Command{root}, root.Commands()...) {
		c.PersistentFlags().VisitAll(func(f *pflag.Flag) { shapeOf(fs, f) })
		c.Flags().VisitAll(func(f *pflag.Flag) { shapeOf(fs, f) })
	}
	parseErr := fs.Parse(args)

	var g glance
	if fs.Changed("lang") {
		g.lang = *lang
	}
	if fs.Changed("forms") {
		g.forms, g.formsGiven = *forms, true
	}
	if parseErr != nil {
		return g // cobra will say what is wrong
	}
	positional := fs.Args()
	switch {
	case len(positional) > 0 && (positional[0] == cobra.ShellCompRequestCmd || positional[0] == cobra.ShellCompNoDescRequestCmd):
		g.completion = positional[0]
	case *help:
		g.help, g.helpFor = true, commandNames(root, positional)
	case len(positional) > 0 && positional[0] == "help":
		g.help, g.helpFor = true, commandNames(root, positional[1:])
	}
	return g
}

// shapeOf adds a flag to fs by its shape alone, unless fs has it: its
// value goes nowhere.
func shapeOf(fs *pflag.FlagSet, f *pflag.Flag) {
	if fs.Lookup(f.Name) != nil {
		return
	}
	short := f.Shorthand
	if fs.ShorthandLookup(short) != nil {
		short = ""
	}
	if f.Value.Type() == "bool" {
		fs.BoolP(f.Name, short, false, "")
	} else {
		fs.StringP(f.Name, short, "", "")
	}
}

// commandNames names the command the words name, as cobra finds it by
// its name or an alias, without the program's name: empty for the
// program itself, or for a word it does not know.
func commandNames(root *cobra.Command, words []string) []string {
	cmd, _, err := root.Find(words)
	if err != nil || cmd == nil {
		cmd = root
	}
	var path []string
	for c := cmd; c.HasParent(); c = c.Parent() {
		path = append([]string{c.Name()}, path...)
	}
	return path
}
