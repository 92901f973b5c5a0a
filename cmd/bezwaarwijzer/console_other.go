//go:build !windows

package main

// setUpConsole: terminals outside Windows take UTF-8 as their locale says;
// the locale decides the ASCII look (see useASCII).
func setUpConsole(func(string) string) (asciiOnly bool) { return false }

// startedByDoubleClick: outside Windows a program is started from a
// terminal, which stays open.
func startedByDoubleClick() bool { return false }
