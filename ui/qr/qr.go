// Package qr turns a web form's address into a QR code, so that a person
// using the wizard can open the objection form on their own phone instead
// of typing the address over. It draws the code as plain text for the
// terminal and as an inline SVG element for the printable HTML handout.
//
// The drawing is done here, into strings, rather than by a terminal QR
// library: those libraries write to the terminal and probe it (some read
// stdin), which would fight with the wizard's own terminal handling.
package qr

import (
	"fmt"
	"strings"

	"rsc.io/qr"
)

const (
	// terminalQuiet is the light border, in modules, drawn around the
	// terminal code. The standard asks for 4, but every row costs screen
	// space at 80x24 and phone scanners reliably accept 2, provided the
	// border really comes out light (see Terminal).
	terminalQuiet = 2

	// svgQuiet is the standard quiet zone; paper has room for it.
	svgQuiet = 4
)

// encode encodes text at error correction level first, or at the other
// level when that gives a smaller code. Paper asks for M: a printed sheet
// can be smudged or folded. A screen asks for L: it is clean, and every
// module row costs a line of a 24-line window, so the smallest code wins.
// A form address (about 50 bytes) is version 3 at L (29 modules) and
// version 4 at M (33 modules).
func encode(text string, first qr.Level) (*qr.Code, error) {
	code, err := qr.Encode(text, first)
	if err != nil {
		other := qr.L
		if first == qr.L {
			other = qr.M
		}
		if code, err = qr.Encode(text, other); err != nil {
			return nil, fmt.Errorf("qr: cannot encode %d bytes: %w", len(text), err)
		}
	}
	return code, nil
}

// grid is a code with its quiet zone, indexed so that the border needs no
// special cases.
type grid struct {
	code  *qr.Code
	quiet int
	n     int // modules per side, quiet zone included
}

func newGrid(code *qr.Code, quiet int) grid {
	return grid{code: code, quiet: quiet, n: code.Size + 2*quiet}
}

// dark reports whether the module at (x, y) is dark. Coordinates outside the
// code, including the quiet zone, are light, as the standard requires.
func (g grid) dark(x, y int) bool {
	return g.code.Black(x-g.quiet, y-g.quiet)
}

// Look is how Terminal draws a code for a terminal.
type Look struct {
	// ASCII draws with ASCII characters only (see Terminal).
	ASCII bool

	// DarkInk prints the dark modules and leaves the light ones blank, for
	// a terminal that shows dark text on a light background: there a
	// blank cell is light. Without it the light modules are printed, for
	// light text on a dark background, or for a caller that paints the
	// code light on dark in colours of its own.
	DarkInk bool

	// Reverse, with ASCII, prints a module as two spaces in reverse video
	// instead of "##": a solid cell in the text colour, where "#" leaves
	// most of the cell blank and a scanner may look right between two of
	// them. The escape codes (SGR 7 and 27) switch only reverse video on
	// and off, so colours the caller sets around the code stay. Only for
	// a terminal: in a file or a pipe the code would be blank.
	Reverse bool
}

// Escape codes for reverse video on and off.
const (
	reverseOn  = "\x1b[7m"
	reverseOff = "\x1b[27m"
)

// Terminal returns the code for text drawn as lines of text, joined with
// "\n" and without a trailing newline. Every line is the same width in
// cells (see Size), and carries no escape codes but those of Look.Reverse,
// so the caller can style and place it freely.
//
// The printed cells take the terminal's text colour and the blank ones its
// background colour, so which modules are printed must follow the
// terminal (see Look.DarkInk). Printing the light modules suits a dark
// background, the usual case, and a caller that paints the code light on
// dark itself: then the light quiet zone, 2 modules around the code, is
// printed too, so the code stands out from the dark around it. Printing
// the dark modules suits a light background: the quiet zone is blank, and
// light like the rest of the screen. The wrong choice shows the code
// inverted; many phone cameras read that too, but not all (zxing only when
// asked to).
//
// Normally each character cell holds two modules stacked vertically using
// half blocks: "█" both printed, "▀" the top one only, "▄" the bottom one
// only, " " neither. Terminal cells are about twice as tall as they are
// wide, so this draws square modules. For a form address (version 3) the
// result is 33 cells wide and 17 rows high.
//
// With ASCII, for old Windows consoles whose fonts lack block characters,
// a module takes two cells ("##", or reversed spaces) and a module row one
// line. Two cells per module keep the modules roughly square, which
// scanners need more than a compact drawing; a one-line-per-two-rows trick
// with ASCII half-height glyphs such as '"' and ',' leaves gaps too large
// to scan. The price is size: a form address takes 66 columns by 33 rows,
// so it needs a taller window than 80x24 (see Size).
func Terminal(text string, look Look) (string, error) {
	code, err := encode(text, qr.L)
	if err != nil {
		return "", err
	}
	g := newGrid(code, terminalQuiet)
	printed := func(x, y int) bool { return g.dark(x, y) == look.DarkInk }
	var b strings.Builder
	if look.ASCII {
		b.Grow(g.n * (2*g.n + 1 + 8*g.n))
		for y := 0; y < g.n; y++ {
			if y > 0 {
				b.WriteByte('\n')
			}
			for x := 0; x < g.n; {
				if !printed(x, y) {
					b.WriteString("  ")
					x++
					continue
				}
				if !look.Reverse {
					b.WriteString("##")
					x++
					continue
				}
				// One escape code per run of printed modules, not per module.
				b.WriteString(reverseOn)
				for ; x < g.n && printed(x, y); x++ {
					b.WriteString("  ")
				}
				b.WriteString(reverseOff)
			}
		}
		return b.String(), nil
	}

	// The total height is odd (4*version+17 plus twice the quiet zone), so
	// the bottom half of the last line lies outside the grid. It is left
	// blank, i.e. it shows the terminal background, which keeps a printed
	// quiet zone exactly 2 modules on every side.
	b.Grow((g.n + 1) / 2 * (3*g.n + 1))
	for y := 0; y < g.n; y += 2 {
		if y > 0 {
			b.WriteByte('\n')
		}
		for x := 0; x < g.n; x++ {
			top := printed(x, y)
			bottom := y+1 < g.n && printed(x, y+1)
			switch {
			case top && bottom:
				b.WriteString("█")
			case top:
				b.WriteString("▀")
			case bottom:
				b.WriteString("▄")
			default:
				b.WriteByte(' ')
			}
		}
	}
	return b.String(), nil
}

// Size returns the width and height in terminal cells of what Terminal
// draws for the same arguments, so the caller can check whether it fits
// before showing it.
func Size(text string, ascii bool) (width, height int, err error) {
	code, err := encode(text, qr.L)
	if err != nil {
		return 0, 0, err
	}
	n := newGrid(code, terminalQuiet).n
	if ascii {
		return 2 * n, n, nil
	}
	return n, (n + 1) / 2, nil
}

// SVG returns the code for text as a self-contained inline <svg> element
// for an HTML page: black modules on a white background, a 4-module quiet
// zone and a viewBox in module units. It has no width or height, so the page
// sets its printed size with CSS; it scales without blurring because every
// module is a whole unit and shape-rendering is crispEdges.
//
// Each horizontal run of dark modules becomes one rectangle in a single
// path, which keeps the handout small. The white background is drawn
// explicitly because the quiet zone must stay light even when the page or a
// printer's dark mode makes the surroundings dark.
func SVG(text string) (string, error) {
	code, err := encode(text, qr.M)
	if err != nil {
		return "", err
	}
	g := newGrid(code, svgQuiet)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges" role="img" aria-label="`, g.n, g.n)
	escapeAttr(&b, text)
	fmt.Fprintf(&b, `"><rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="`, g.n, g.n)
	for y := 0; y < g.n; y++ {
		for x := 0; x < g.n; {
			if !g.dark(x, y) {
				x++
				continue
			}
			start := x
			for x < g.n && g.dark(x, y) {
				x++
			}
			fmt.Fprintf(&b, "M%d %dh%dv1h-%dz", start, y, x-start, x-start)
		}
	}
	b.WriteString(`"/></svg>`)
	return b.String(), nil
}

// escapeAttr writes s escaped for a double-quoted XML attribute. Besides
// the markup characters it escapes line breaks and tabs, which an XML
// parser would otherwise normalise to spaces, and replaces invalid UTF-8
// and characters XML forbids, so the element always parses.
func escapeAttr(b *strings.Builder, s string) {
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&apos;")
		case r == '\t' || r == '\n' || r == '\r':
			fmt.Fprintf(b, "&#x%X;", r)
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF:
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
}
