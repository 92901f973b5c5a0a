package qr

import (
	"encoding/xml"
	"image"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/qr/qrtest"
)

const (
	facebookForm  = "https://www.facebook.com/help/contact/712876720715583"
	instagramForm = "https://help.instagram.com/contact/767264225370182"
)

// texts covers the real form addresses plus each encoding mode rsc.io/qr
// picks (numeric, alphanumeric, byte) and a text long enough that level M
// would not fit the terminal, so the fallback to L is decoded too.
var texts = []struct {
	name string
	text string
}{
	{"facebook form", facebookForm},
	{"instagram form", instagramForm},
	{"numeric", "0123456789012345"},
	{"alphanumeric", "HTTPS://EXAMPLE.ORG/BEZWAAR"},
	{"short", "a"},
	{"markup characters", `a&b<c>"d'e`},
	{"falls back to level L", "https://example.org/bezwaar?" + strings.Repeat("x=1&", 23)},
}

// modules is a QR drawing read back: true is a light module.
type modules = qrtest.Modules

const terminalBackground = qrtest.Background

// halfBlockModules reads a half-block drawing as a dark terminal shows it.
func halfBlockModules(t *testing.T, s string) modules {
	t.Helper()
	m, err := qrtest.HalfBlock(s)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// asciiModules reads an ASCII drawing.
func asciiModules(t *testing.T, s string) modules {
	t.Helper()
	m, err := qrtest.ASCII(s)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// picture paints m with a margin of modules in the given colour around it.
func picture(t *testing.T, m modules, margin int, marginLight bool) image.Image {
	t.Helper()
	img, err := qrtest.Picture(m, margin, marginLight)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// decode reads img the way a scanner would.
func decode(t *testing.T, img image.Image) string {
	t.Helper()
	text, err := qrtest.Decode(img)
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// looks are the ways Terminal draws, each with the terminal it is for.
var looks = []struct {
	name  string
	look  Look
	theme qrtest.Theme
}{
	{"blocks on dark", Look{}, qrtest.Dark},
	{"blocks on light", Look{DarkInk: true}, qrtest.Light},
	{"ascii reversed on dark", Look{ASCII: true, Reverse: true}, qrtest.Dark},
	{"ascii reversed on light", Look{ASCII: true, Reverse: true, DarkInk: true}, qrtest.Light},
}

// TestTerminalDecodes: each look, painted as its terminal shows it, scans;
// and painted on the other kind of terminal it shows inverted and does
// not, which is why the look must follow the terminal.
func TestTerminalDecodes(t *testing.T) {
	for _, tc := range texts {
		for _, l := range looks {
			t.Run(tc.name+"/"+l.name, func(t *testing.T) {
				s, err := Terminal(tc.text, l.look)
				if err != nil {
					t.Fatal(err)
				}
				got, err := qrtest.DecodeScreen(s, l.theme)
				if err != nil {
					t.Fatalf("does not scan: %v", err)
				}
				if got != tc.text {
					t.Errorf("decoded %q, want %q", got, tc.text)
				}
				other := qrtest.Light
				if l.theme == qrtest.Light {
					other = qrtest.Dark
				}
				if got, err := qrtest.DecodeScreen(s, other); err == nil {
					t.Errorf("scans on the other kind of terminal too (%q): the test cannot tell them apart", got)
				}
			})
		}
	}
}

// TestTerminalPlainDecodes: without escape codes (for a file or a pipe)
// the code reads back as modules: printed cells light.
func TestTerminalPlainDecodes(t *testing.T) {
	for _, tc := range texts {
		for _, ascii := range []bool{false, true} {
			t.Run(tc.name+"/ascii="+strconv.FormatBool(ascii), func(t *testing.T) {
				s, err := Terminal(tc.text, Look{ASCII: ascii})
				if err != nil {
					t.Fatal(err)
				}
				var m modules
				if ascii {
					m = asciiModules(t, s)
				} else {
					m = halfBlockModules(t, s)
				}
				got := decode(t, picture(t, m, terminalBackground, false))
				if got != tc.text {
					t.Errorf("decoded %q, want %q", got, tc.text)
				}
			})
		}
	}
}

func TestTerminalShape(t *testing.T) {
	for _, tc := range texts {
		for _, l := range append(looks[:len(looks):len(looks)], struct {
			name  string
			look  Look
			theme qrtest.Theme
		}{"ascii", Look{ASCII: true}, qrtest.Dark}) {
			t.Run(tc.name+"/"+l.name, func(t *testing.T) {
				s, err := Terminal(tc.text, l.look)
				if err != nil {
					t.Fatal(err)
				}
				if rest := strings.NewReplacer(reverseOn, "", reverseOff, "").Replace(s); strings.Contains(rest, "\x1b") {
					t.Error("output contains an escape sequence other than reverse video")
				}
				if !l.look.Reverse && strings.Contains(s, "\x1b") {
					t.Error("output contains an escape sequence without Reverse")
				}
				if strings.HasSuffix(s, "\n") {
					t.Error("output ends in a newline")
				}
				lines := strings.Split(s, "\n")
				w, h, err := Size(tc.text, l.look.ASCII)
				if err != nil {
					t.Fatal(err)
				}
				if len(lines) != h {
					t.Errorf("%d lines, Size says %d", len(lines), h)
				}
				for i, line := range lines {
					if n := ansi.StringWidth(line); n != w {
						t.Errorf("line %d is %d cells wide, Size says %d", i, n, w)
					}
					// A light quiet zone is printed where light is what is
					// printed: on a dark terminal it cannot be left blank.
					blankEdge := strings.HasPrefix(line, " ") || strings.HasSuffix(line, " ")
					if !l.look.DarkInk && blankEdge {
						t.Errorf("line %d starts or ends blank; the quiet zone must be printed", i)
					}
					quiet := strings.Repeat(" ", terminalQuiet)
					if l.look.ASCII {
						quiet += quiet
					}
					if l.look.DarkInk && !(strings.HasPrefix(line, quiet) && strings.HasSuffix(line, quiet)) {
						t.Errorf("line %d: the light quiet zone is not blank: %q", i, line)
					}
				}
			})
		}
	}
}

// TestFitsSmallTerminal guards the promise that the wizard can show a form
// address with one line of instruction on an 80x24 terminal.
func TestFitsSmallTerminal(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"facebook form", facebookForm},
		{"instagram form", instagramForm},
		{"falls back to level L", texts[len(texts)-1].text},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, h, err := Size(tc.text, false)
			if err != nil {
				t.Fatal(err)
			}
			aw, ah, err := Size(tc.text, true)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d bytes: half-block %dx%d cells, ascii %dx%d cells", len(tc.text), w, h, aw, ah)
			if w > 80 || h+1 > 24 {
				t.Errorf("half-block code is %dx%d; with one line of text it does not fit 80x24", w, h)
			}
		})
	}
}

type svgDoc = qrtest.SVGDoc

// eventHandler matches attributes such as onload=, which would run script.
var eventHandler = regexp.MustCompile(`\son[a-z]+=`)

// svgModules rasterises the SVG.
func svgModules(t *testing.T, doc svgDoc) modules {
	t.Helper()
	m, err := qrtest.SVGModules(doc)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestSVG(t *testing.T) {
	for _, tc := range texts {
		t.Run(tc.name, func(t *testing.T) {
			s, err := SVG(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			var doc svgDoc
			if err := xml.Unmarshal([]byte(s), &doc); err != nil {
				t.Fatalf("not well-formed XML: %v", err)
			}
			if doc.XMLName.Space != "http://www.w3.org/2000/svg" {
				t.Errorf("namespace %q", doc.XMLName.Space)
			}
			if doc.Role != "img" || doc.AriaLabel != tc.text || doc.Shape != "crispEdges" {
				t.Errorf("role=%q aria-label=%q shape-rendering=%q", doc.Role, doc.AriaLabel, doc.Shape)
			}
			// The page's own background may be anything, so decode with a
			// dark margin: only the SVG's own white quiet zone can make it
			// scan.
			if got := decode(t, picture(t, svgModules(t, doc), 2, false)); got != tc.text {
				t.Errorf("decoded %q, want %q", got, tc.text)
			}

			lower := strings.ToLower(s)
			for _, bad := range []string{"<script", "<?xml", "href", "url(", "<image", "<foreignobject", "<style"} {
				if strings.Contains(lower, bad) {
					t.Errorf("contains %q", bad)
				}
			}
			if eventHandler.MatchString(lower) {
				t.Error("contains an event handler attribute")
			}
			label := `aria-label="`
			i := strings.Index(s, label)
			j := strings.Index(s[i+len(label):], `"`)
			rest := s[:i] + s[i+len(label)+j:]
			rest = strings.Replace(rest, `xmlns="http://www.w3.org/2000/svg"`, "", 1)
			if strings.Contains(strings.ToLower(rest), "http") {
				t.Errorf("contains an address outside the label and namespace: %s", rest)
			}
		})
	}
}

func TestSVGEscapesLabel(t *testing.T) {
	for _, text := range []string{"a\nb\tc\rd", "x\x00y", "bad \xff utf-8", "&amp; <b>"} {
		s, err := SVG(text)
		if err != nil {
			t.Fatal(err)
		}
		var doc svgDoc
		if err := xml.Unmarshal([]byte(s), &doc); err != nil {
			t.Fatalf("%q: not well-formed XML: %v", text, err)
		}
		if utf8.ValidString(text) && !strings.ContainsRune(text, 0) && doc.AriaLabel != text {
			t.Errorf("aria-label %q, want %q", doc.AriaLabel, text)
		}
	}
}

func TestTooLong(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"bytes", strings.Repeat("x", 3000)},
		{"digits", strings.Repeat("7", 7200)},
		{"alphanumeric", strings.Repeat("A", 4400)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Terminal(tc.text, Look{}); err == nil {
				t.Error("Terminal: no error")
			}
			if _, err := Terminal(tc.text, Look{ASCII: true}); err == nil {
				t.Error("Terminal ascii: no error")
			}
			if _, _, err := Size(tc.text, false); err == nil {
				t.Error("Size: no error")
			}
			if _, err := SVG(tc.text); err == nil {
				t.Error("SVG: no error")
			}
		})
	}
}

func BenchmarkTerminal(b *testing.B) {
	for _, l := range looks {
		b.Run(l.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Terminal(facebookForm, l.look); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
