// Package qrtest reads QR codes back from what package qr draws: terminal
// text, a whole terminal screen painted as the terminal shows it (see
// Paint), or an SVG element. Tests use it to check that a code, as a person's
// phone would see it on screen or on paper, still says the exact address.
// Only tests import it, so the decoder never reaches the program.
package qrtest

import (
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/color"
	"regexp"
	"strconv"
	"strings"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// pixelsPerModule is the scale of the picture handed to the decoder.
const pixelsPerModule = 8

// Modules is a drawing read back: true is a light (white) module.
type Modules [][]bool

// Background is how many modules of dark terminal background are put
// around a terminal drawing, so the decode only succeeds if the printed
// quiet zone does its job.
const Background = 4

// HalfBlock reads a half-block drawing as a dark-background terminal shows
// it: printed blocks are light, blank cells are dark.
func HalfBlock(s string) (Modules, error) {
	var m Modules
	for i, line := range strings.Split(s, "\n") {
		top := make([]bool, 0, len(line))
		bottom := make([]bool, 0, len(line))
		for _, r := range line {
			switch r {
			case '█':
				top, bottom = append(top, true), append(bottom, true)
			case '▀':
				top, bottom = append(top, true), append(bottom, false)
			case '▄':
				top, bottom = append(top, false), append(bottom, true)
			case ' ':
				top, bottom = append(top, false), append(bottom, false)
			default:
				return nil, fmt.Errorf("line %d: unexpected character %q", i, r)
			}
		}
		m = append(m, top, bottom)
	}
	return m, nil
}

// ASCII reads an ASCII drawing the same way: "##" is a light module, two
// spaces a dark one.
func ASCII(s string) (Modules, error) {
	var m Modules
	for i, line := range strings.Split(s, "\n") {
		if len(line)%2 != 0 {
			return nil, fmt.Errorf("line %d: odd length %d", i, len(line))
		}
		row := make([]bool, 0, len(line)/2)
		for j := 0; j < len(line); j += 2 {
			switch line[j : j+2] {
			case "##":
				row = append(row, true)
			case "  ":
				row = append(row, false)
			default:
				return nil, fmt.Errorf("line %d: unexpected module %q", i, line[j:j+2])
			}
		}
		m = append(m, row)
	}
	return m, nil
}

// Picture paints m with a margin of modules in the given colour around it.
func Picture(m Modules, margin int, marginLight bool) (image.Image, error) {
	if len(m) == 0 {
		return nil, errors.New("empty drawing")
	}
	w, h := len(m[0]), len(m)
	img := image.NewGray(image.Rect(0, 0, (w+2*margin)*pixelsPerModule, (h+2*margin)*pixelsPerModule))
	for py := range img.Rect.Dy() {
		for px := range img.Rect.Dx() {
			x, y := px/pixelsPerModule-margin, py/pixelsPerModule-margin
			light := marginLight
			if x >= 0 && x < w && y >= 0 && y < h {
				if len(m[y]) != w {
					return nil, fmt.Errorf("row %d has %d modules, want %d", y, len(m[y]), w)
				}
				light = m[y][x]
			}
			if light {
				img.SetGray(px, py, color.Gray{Y: 0xFF})
			}
		}
	}
	return img, nil
}

// Decode reads img the way a scanner would, without being told where the
// code is or that it might be inverted, and returns the text.
func Decode(img image.Image) (string, error) {
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		return "", fmt.Errorf("bitmap: %w", err)
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		return "", fmt.Errorf("decode: %w", err)
	}
	return res.GetText(), nil
}

// DecodeTerminal decodes a half-block drawing on a dark terminal.
func DecodeTerminal(s string) (string, error) {
	m, err := HalfBlock(s)
	if err != nil {
		return "", err
	}
	img, err := Picture(m, Background, false)
	if err != nil {
		return "", err
	}
	return Decode(img)
}

// SVGDoc is the shape of the SVG that package qr draws.
type SVGDoc struct {
	XMLName   xml.Name `xml:"svg"`
	ViewBox   string   `xml:"viewBox,attr"`
	Role      string   `xml:"role,attr"`
	AriaLabel string   `xml:"aria-label,attr"`
	Shape     string   `xml:"shape-rendering,attr"`
	Rects     []struct {
		Width  string `xml:"width,attr"`
		Height string `xml:"height,attr"`
		Fill   string `xml:"fill,attr"`
	} `xml:"rect"`
	Paths []struct {
		Fill string `xml:"fill,attr"`
		D    string `xml:"d,attr"`
	} `xml:"path"`
}

var svgRun = regexp.MustCompile(`^M(\d+) (\d+)h(\d+)v1h-(\d+)z`)

// SVGModules rasterises the SVG: a white background the size of the
// viewBox, with each run in the path painted black.
func SVGModules(doc SVGDoc) (Modules, error) {
	f := strings.Fields(doc.ViewBox)
	if len(f) != 4 || f[0] != "0" || f[1] != "0" || f[2] != f[3] {
		return nil, fmt.Errorf("viewBox %q is not a square from the origin", doc.ViewBox)
	}
	n, err := strconv.Atoi(f[2])
	if err != nil {
		return nil, fmt.Errorf("viewBox %q: %w", doc.ViewBox, err)
	}
	if len(doc.Rects) != 1 || doc.Rects[0].Width != f[2] || doc.Rects[0].Height != f[2] || doc.Rects[0].Fill != "#fff" {
		return nil, fmt.Errorf("want one white background rect covering the viewBox, got %+v", doc.Rects)
	}
	if len(doc.Paths) != 1 || doc.Paths[0].Fill != "#000" {
		return nil, fmt.Errorf("want one black path, got %+v", doc.Paths)
	}
	m := make(Modules, n)
	for y := range m {
		m[y] = make([]bool, n)
		for x := range m[y] {
			m[y][x] = true
		}
	}
	d := doc.Paths[0].D
	for d != "" {
		sm := svgRun.FindStringSubmatch(d)
		if sm == nil {
			return nil, fmt.Errorf("cannot read path data at %.40q", d)
		}
		x, _ := strconv.Atoi(sm[1])
		y, _ := strconv.Atoi(sm[2])
		w, _ := strconv.Atoi(sm[3])
		back, _ := strconv.Atoi(sm[4])
		if w != back || w == 0 || y >= n || x+w > n {
			return nil, fmt.Errorf("bad run %q in a %d-module viewBox", sm[0], n)
		}
		for i := x; i < x+w; i++ {
			m[y][i] = false
		}
		d = d[len(sm[0]):]
	}
	return m, nil
}

// DecodeSVG parses an <svg> element from package qr and decodes it.
func DecodeSVG(svg string) (string, error) {
	var doc SVGDoc
	if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
		return "", fmt.Errorf("svg: %w", err)
	}
	m, err := SVGModules(doc)
	if err != nil {
		return "", err
	}
	img, err := Picture(m, 0, true)
	if err != nil {
		return "", err
	}
	return Decode(img)
}
