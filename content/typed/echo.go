package typed

import (
	"strings"
	"unicode/utf8"
)

// EchoMax is how many characters (runes) of a value a message repeats: a
// word typed wrong is recognised by far fewer, and a page pasted by mistake
// must not fill the screen.
const EchoMax = 40

// PathMax is how many characters of a file's name a message repeats: two
// lines of a terminal. It is more than EchoMax, because a person must find
// the file by it, and folders in Windows can have long names.
const PathMax = 160

// ellipsis marks where a value was cut.
const ellipsis = "…"

// Echo makes a value from the command line safe to repeat in a message: it
// is cleaned as Clean does, and a value longer than EchoMax characters is
// cut, ending in "…" to show that more was typed.
func Echo(s string) string {
	c := Clean(s, EchoMax+1)
	if utf8.RuneCountInString(c) <= EchoMax {
		return c
	}
	head := []rune(c)[:EchoMax-1]
	return strings.TrimRight(string(head), " ") + ellipsis
}

// EchoPath is Echo for a file's name: cleaned the same way, but longer, and
// cut at its start, because its end (the file itself) is what a person
// looks for.
func EchoPath(path string) string {
	c := Clean(path, len(path))
	r := []rune(c)
	if len(r) <= PathMax {
		return c
	}
	return ellipsis + strings.TrimLeft(string(r[len(r)-(PathMax-1):]), " ")
}
