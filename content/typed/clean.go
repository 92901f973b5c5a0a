// Package typed makes text that a person typed safe to show: on a
// terminal, on the clipboard, in a letter and in a message that repeats a
// value from the command line. Such text may not move the cursor, clear the
// screen, set the window's title, write to the clipboard, hide text or turn
// text around, and a value pasted by mistake may not fill the screen.
package typed

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Control characters the cleaner acts on by name.
const (
	bel = 0x07
	can = 0x18 // cancels a sequence
	sub = 0x1a // cancels a sequence
	esc = 0x1b

	// The 8-bit (C1) forms of ESC [ and the other introducers, written as
	// runes: some terminals act on them.
	c1DCS = 0x90
	c1SOS = 0x98
	c1CSI = 0x9b
	c1OSC = 0x9d
	c1PM  = 0x9e
	c1APC = 0x9f
)

// state is where the cleaner is in an escape sequence.
type state int

const (
	ground   state = iota // text
	escape                // after ESC
	escInter              // ESC and intermediate bytes, such as ESC ( B
	csi                   // a control sequence: ESC [ 2 J
	str                   // a string (OSC, DCS, SOS, PM, APC) up to its end
)

// Clean makes typed text safe to show on a terminal, to copy and to print,
// as one line of at most max characters (runes):
//
//   - escape sequences go whole, with their bodies: CSI ("\x1b[2J" clears
//     the screen), OSC ("\x1b]52;c;…" writes the clipboard, OSC 8 makes a
//     hidden link), DCS, SOS, PM and APC, also in their 8-bit C1 forms, as
//     a terminal would read them; a lone ESC goes too;
//   - every other control character goes, except that line breaks, tabs and
//     every other kind of white space become a space;
//   - format characters (Unicode Cf) go: bidi overrides and isolates that
//     turn text around, zero-width characters that hide in a name, the byte
//     order mark and the tag characters that smuggle invisible text;
//   - invalid UTF-8 goes;
//   - runs of spaces become one space, with none at either end;
//   - the text is cut after max runes, never within a rune.
//
// Letters with accents, as in "Súdwest-Fryslân", stay as they are.
// Clean(Clean(s, max), max) == Clean(s, max).
func Clean(s string, max int) string {
	var b strings.Builder
	st := ground
	count := 0     // runes written
	space := false // a space is due before the next rune
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == utf8.RuneError && n == 1 {
			continue // not UTF-8
		}
		var inSeq bool
		if st, inSeq = sequence(st, r); inSeq {
			continue
		}
		switch {
		case unicode.IsSpace(r):
			space = true
		case unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r):
			// Dropped, without a space: it was not there for the eye.
		default:
			gap := 0
			if space && count > 0 {
				gap = 1
			}
			if count+gap+1 > max {
				return b.String()
			}
			if gap > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			count += gap + 1
			space = false
		}
	}
	return b.String()
}

// sequence feeds one rune to the escape-sequence reader. It returns the
// new state and whether r is part of a sequence; if not, r is text. The
// rules follow a terminal's parser (ECMA-48 and the VT500 state machine)
// closely enough that what a terminal would act on is never text here:
// ESC, CAN, SUB and the C1 introducers act in any state, a string ends at
// BEL or ST (ESC \ or U+009C), and a rune that cannot belong to a sequence
// breaks it off and is text again.
func sequence(st state, r rune) (state, bool) {
	switch {
	case r == esc:
		return escape, true
	case r == can || r == sub:
		return ground, true
	case r == c1CSI:
		return csi, true
	case r == c1OSC || r == c1DCS || r == c1SOS || r == c1PM || r == c1APC:
		return str, true
	case r >= 0x80 && r <= 0x9f:
		// Any other C1 control, ST among them: it ends a sequence and is
		// never text.
		return ground, true
	}
	switch st {
	case escape:
		switch {
		case r == '[':
			return csi, true
		case r == ']' || r == 'P' || r == 'X' || r == '^' || r == '_':
			return str, true
		case r >= 0x20 && r <= 0x2f:
			return escInter, true
		case r >= 0x30 && r <= 0x7e:
			return ground, true // ESC 7, ESC c, and ESC \ (ST)
		}
	case escInter:
		switch {
		case r >= 0x20 && r <= 0x2f:
			return escInter, true
		case r >= 0x30 && r <= 0x7e:
			return ground, true
		}
	case csi:
		switch {
		case r >= 0x20 && r <= 0x3f: // parameters and intermediates
			return csi, true
		case r >= 0x40 && r <= 0x7e: // the final byte
			return ground, true
		}
	case str:
		if r == bel {
			return ground, true
		}
		return str, true
	}
	return ground, false
}
