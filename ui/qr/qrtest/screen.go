package qrtest

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A terminal shows a character cell in two colours: the text colour where
// the character's glyph has ink, the background colour elsewhere. Which
// colours those are depends on the cell's escape codes and, for a cell
// without any, on the terminal's theme. A QR code drawn in a terminal only
// scans if the cells come out dark and light in the right places, so the
// tests paint a screen as the terminal would, and decode the picture.

// Theme is a terminal's own colours: those of a cell that sets none.
type Theme struct {
	Foreground, Background color.Color
}

// The two kinds of terminal a person may have.
var (
	// Dark is light grey text on black, as most terminals and the Windows
	// console start.
	Dark = Theme{Foreground: palette[7], Background: palette[0]}
	// Light is black text on white, as macOS's Terminal starts.
	Light = Theme{Foreground: palette[0], Background: palette[15]}
)

// Size of a character cell in pixels: twice as tall as wide, as in most
// terminal fonts.
const (
	cellWidth  = 8
	cellHeight = 16
	// border is the terminal's own padding around the text, in cells.
	border = 2
)

// cell is one character cell as the terminal shows it.
type cell struct {
	r      rune
	fg, bg color.Color // nil: the theme's
	rev    bool
}

// Paint paints a screen, lines of text with SGR escape codes as
// `tmux capture-pane -e -p` prints them or a program writes them, the way a
// terminal with this theme shows it. Per cell: a space is all background;
// "█" all text colour; "▀" and "▄" the top or bottom half; reverse video
// swaps the two colours. Any other character is drawn as thin strokes, as
// a glyph such as "#" or a letter is: a quarter of the cell or so.
func Paint(screen string, theme Theme) (image.Image, error) {
	rows, err := cells(screen)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, errors.New("empty screen")
	}
	width := 0
	for _, row := range rows {
		width = max(width, len(row))
	}
	img := image.NewRGBA(image.Rect(0, 0, (width+2*border)*cellWidth, (len(rows)+2*border)*cellHeight))
	fill(img, img.Rect, theme.Background)
	for y, row := range rows {
		for x, c := range row {
			fg, bg := theme.Foreground, theme.Background
			if c.fg != nil {
				fg = c.fg
			}
			if c.bg != nil {
				bg = c.bg
			}
			if c.rev {
				fg, bg = bg, fg
			}
			x0, y0 := (x+border)*cellWidth, (y+border)*cellHeight
			r := image.Rect(x0, y0, x0+cellWidth, y0+cellHeight)
			fill(img, r, bg)
			switch c.r {
			case ' ':
			case '█':
				fill(img, r, fg)
			case '▀':
				fill(img, image.Rect(x0, y0, x0+cellWidth, y0+cellHeight/2), fg)
			case '▄':
				fill(img, image.Rect(x0, y0+cellHeight/2, x0+cellWidth, y0+cellHeight), fg)
			default:
				// Two upright strokes and two across, like "#".
				fill(img, image.Rect(x0+2, y0+3, x0+3, y0+13), fg)
				fill(img, image.Rect(x0+5, y0+3, x0+6, y0+13), fg)
				fill(img, image.Rect(x0+1, y0+6, x0+7, y0+7), fg)
				fill(img, image.Rect(x0+1, y0+10, x0+7, y0+11), fg)
			}
		}
	}
	return img, nil
}

func fill(img *image.RGBA, r image.Rectangle, c color.Color) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.Set(x, y, c)
		}
	}
}

// DecodeScreen paints a screen as a terminal with this theme shows it and
// decodes it as a phone would: the whole screen, with whatever text stands
// beside the code, without being told where the code is.
func DecodeScreen(screen string, theme Theme) (string, error) {
	img, err := Paint(screen, theme)
	if err != nil {
		return "", err
	}
	return Decode(img)
}

// Text is a screen as plain text, for golden files: the characters, with
// a blank cell in reverse video shown as "#", so that a code drawn in
// reversed cells can be seen.
func Text(screen string) (string, error) {
	rows, err := cells(screen)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for i, row := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		for _, c := range row {
			if c.rev && c.r == ' ' {
				c.r = '#'
			}
			b.WriteRune(c.r)
		}
	}
	return b.String(), nil
}

// cells reads a screen into rows of cells, following the SGR escape codes.
// Other escape sequences are skipped.
func cells(screen string) ([][]cell, error) {
	var rows [][]cell
	var row []cell
	cur := cell{}
	for i := 0; i < len(screen); {
		switch {
		case screen[i] == '\n':
			rows = append(rows, row)
			row = nil
			i++
		case screen[i] == '\r':
			i++
		case strings.HasPrefix(screen[i:], "\x1b["):
			end := i + 2
			for end < len(screen) && (screen[end] < 0x40 || screen[end] > 0x7e) {
				end++
			}
			if end == len(screen) {
				return nil, fmt.Errorf("unfinished escape sequence %q", screen[i:])
			}
			if screen[end] == 'm' {
				if err := sgr(&cur, screen[i+2:end]); err != nil {
					return nil, err
				}
			}
			i = end + 1
		case strings.HasPrefix(screen[i:], "\x1b]"):
			// An OSC sequence (a window title, a link): ends in BEL or ST.
			j := strings.Index(screen[i+2:], "\x07")
			k := strings.Index(screen[i+2:], "\x1b\\")
			switch {
			case j >= 0 && (k < 0 || j < k):
				i += 2 + j + 1
			case k >= 0:
				i += 2 + k + 2
			default:
				return nil, fmt.Errorf("unfinished OSC sequence %q", screen[i:])
			}
		case screen[i] == '\x1b':
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(screen[i:])
			c := cur
			c.r = r
			row = append(row, c)
			i += size
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	// A screen ends in empty lines where nothing is drawn.
	for len(rows) > 0 && len(rows[len(rows)-1]) == 0 {
		rows = rows[:len(rows)-1]
	}
	return rows, nil
}

// sgr applies the parameters of one SGR escape code to the current cell.
func sgr(c *cell, params string) error {
	if params == "" {
		*c = cell{}
		return nil
	}
	ps := strings.FieldsFunc(params, func(r rune) bool { return r == ';' || r == ':' })
	num := func(i int) (int, error) {
		if i >= len(ps) {
			return 0, fmt.Errorf("SGR %q: too few parameters", params)
		}
		return strconv.Atoi(ps[i])
	}
	for i := 0; i < len(ps); i++ {
		p, err := strconv.Atoi(ps[i])
		if err != nil {
			return fmt.Errorf("SGR %q: %w", params, err)
		}
		switch {
		case p == 0:
			*c = cell{}
		case p == 7:
			c.rev = true
		case p == 27:
			c.rev = false
		case p >= 30 && p <= 37:
			c.fg = palette[p-30]
		case p >= 90 && p <= 97:
			c.fg = palette[p-90+8]
		case p == 39:
			c.fg = nil
		case p >= 40 && p <= 47:
			c.bg = palette[p-40]
		case p >= 100 && p <= 107:
			c.bg = palette[p-100+8]
		case p == 49:
			c.bg = nil
		case p == 38 || p == 48:
			kind, err := num(i + 1)
			if err != nil {
				return err
			}
			var col color.Color
			switch kind {
			case 5:
				n, err := num(i + 2)
				if err != nil || n < 0 || n > 255 {
					return fmt.Errorf("SGR %q: bad colour", params)
				}
				col, i = palette256(n), i+2
			case 2:
				var rgb [3]int
				for j := range rgb {
					if rgb[j], err = num(i + 2 + j); err != nil {
						return err
					}
				}
				col, i = color.RGBA{uint8(rgb[0]), uint8(rgb[1]), uint8(rgb[2]), 0xff}, i+4
			default:
				return fmt.Errorf("SGR %q: colour kind %d", params, kind)
			}
			if p == 38 {
				c.fg = col
			} else {
				c.bg = col
			}
		}
		// Bold, underline and the like change no cell's colours here.
	}
	return nil
}

// palette is xterm's 16 basic colours.
var palette = [16]color.Color{
	color.RGBA{0x00, 0x00, 0x00, 0xff}, color.RGBA{0xcd, 0x00, 0x00, 0xff},
	color.RGBA{0x00, 0xcd, 0x00, 0xff}, color.RGBA{0xcd, 0xcd, 0x00, 0xff},
	color.RGBA{0x00, 0x00, 0xee, 0xff}, color.RGBA{0xcd, 0x00, 0xcd, 0xff},
	color.RGBA{0x00, 0xcd, 0xcd, 0xff}, color.RGBA{0xe5, 0xe5, 0xe5, 0xff},
	color.RGBA{0x7f, 0x7f, 0x7f, 0xff}, color.RGBA{0xff, 0x00, 0x00, 0xff},
	color.RGBA{0x00, 0xff, 0x00, 0xff}, color.RGBA{0xff, 0xff, 0x00, 0xff},
	color.RGBA{0x5c, 0x5c, 0xff, 0xff}, color.RGBA{0xff, 0x00, 0xff, 0xff},
	color.RGBA{0x00, 0xff, 0xff, 0xff}, color.RGBA{0xff, 0xff, 0xff, 0xff},
}

// palette256 is xterm's 256-colour palette: the basic 16, a 6x6x6 cube,
// and 24 greys.
func palette256(n int) color.Color {
	switch {
	case n < 16:
		return palette[n]
	case n < 232:
		n -= 16
		level := func(v int) uint8 {
			if v == 0 {
				return 0
			}
			return uint8(55 + 40*v)
		}
		return color.RGBA{level(n / 36), level(n / 6 % 6), level(n % 6), 0xff}
	}
	g := uint8(8 + 10*(n-232))
	return color.RGBA{g, g, g, 0xff}
}
