//go:build !windows

package console

// SetUp: terminals outside Windows take UTF-8 as their locale says;
// the locale decides the ASCII look (the command's useASCII).
func SetUp(func(string) string) (asciiOnly bool) { return false }

// StartedByDoubleClick: outside Windows a program is started from a
// terminal, which stays open.
func StartedByDoubleClick() bool { return false }
