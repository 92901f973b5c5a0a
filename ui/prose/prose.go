// Package prose lays out the guide's plain texts in lines: paragraphs and
// bullets as content.Blocks reads them, wrapped to a width. Every face of
// the program (the wizard, plain text, the line-by-line mode, the printed
// page) lays the texts out through it.
package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
)

// Wrap lays a text out in lines of at most width cells: a blank line between
// paragraphs and around lists, bullets with a hanging indent. bullet is the
// mark drawn before each item ("•" or "-").
func Wrap(text string, width int, bullet string) []string {
	var lines []string
	blocks := content.Blocks(text)
	for i, b := range blocks {
		if i > 0 && (!b.Bullet || b.First) {
			lines = append(lines, "")
		}
		if !b.Bullet {
			lines = append(lines, WrapLine(b.Text, width)...)
			continue
		}
		indent := strings.Repeat(" ", ansi.StringWidth(bullet)+1)
		for j, l := range WrapLine(b.Text, width-len(indent)) {
			if j == 0 {
				lines = append(lines, bullet+" "+l)
			} else {
				lines = append(lines, indent+l)
			}
		}
	}
	return lines
}

// WrapLine wraps one line of text at the spaces between words. A word is
// broken only when it is longer than the line (a long address): then after
// a slash where it can, so that its parts stay whole. A word that fits is
// never broken, so "facebook.com/gemeentetestdorp" moves to the next line
// whole rather than break at its slash.
func WrapLine(text string, width int) []string {
	if width < 1 {
		width = 1
	}
	var lines []string
	line, lineWidth := "", 0
	for _, word := range strings.Split(text, " ") {
		w := ansi.StringWidth(word)
		switch {
		case line != "" && lineWidth+1+w <= width:
			line, lineWidth = line+" "+word, lineWidth+1+w
			continue
		case line != "" || lineWidth > 0:
			lines = append(lines, line)
		}
		line, lineWidth = word, w
		if w > width {
			parts := strings.Split(ansi.Wrap(word, width, "/"), "\n")
			lines = append(lines, parts[:len(parts)-1]...)
			line = parts[len(parts)-1]
			lineWidth = ansi.StringWidth(line)
		}
	}
	return append(lines, line)
}

// GroupDigits is walk.GroupDigits, for the faces that do not yet take
// their screens from the model.
func GroupDigits(address string) string { return walk.GroupDigits(address) }

// asciiFor are the characters the guide and the screen use that have an
// ASCII look of their own; letters with accents lose the accent.
var asciiFor = map[rune]string{
	'–': "-", '—': "-", '‘': "'", '’': "'", '“': `"`, '”': `"`, '…': "...",
	'·': "|", '•': "-", '→': "->", '←': "<-", '↑': "^", '↓': "v", '✓': "OK",
	'█': "#", '▀': "\"", '▄': ",", 'ß': "ss", 'æ': "ae", 'ø': "o", '€': "EUR",
	// Turkish: the dotless i has no accent to drop.
	'ı': "i",
}

// ASCII returns s with every character outside ASCII replaced: accents
// dropped ("vóór" becomes "voor"), known marks by their ASCII look, the
// rest by "?". Escape sequences are ASCII already and pass unchanged. It is
// for terminals that cannot show anything else (old Windows consoles with
// raster fonts, a locale that is not UTF-8).
func ASCII(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
			// An accent, split off by NFD: dropped.
		default:
			if a, ok := asciiFor[r]; ok {
				b.WriteString(a)
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
