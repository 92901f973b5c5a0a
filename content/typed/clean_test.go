package typed

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// long is a limit that cuts none of the cases.
const long = 120

// cleanCases are typed values and what is left of them. The fuzz target
// starts from them too.
var cleanCases = []struct {
	name string
	in   string
	max  int
	want string
}{
	{"plain text", "Gemeente Testdorp", long, "Gemeente Testdorp"},
	{"Dutch and Frisian accents stay", "Gemeente Súdwest-Fryslân", long, "Gemeente Súdwest-Fryslân"},
	{"clear the screen", "\x1b[2JGemeente Testdorp", long, "Gemeente Testdorp"},
	{"colour and reset", "\x1b[1;31mRood\x1b[0m", long, "Rood"},
	{"OSC 52 writes the clipboard", "Gemeente\x1b]52;c;ZXZpbA==\x07 Testdorp", long, "Gemeente Testdorp"},
	{"OSC 8 hides a link", "\x1b]8;;https://evil.example/\x1b\\Gemeente Testdorp\x1b]8;;\x1b\\", long, "Gemeente Testdorp"},
	{"OSC without its end eats the rest", "Testdorp\x1b]0;window title", long, "Testdorp"},
	{"DCS with its body", "\x1bPq#0;2;0;0;0#0~~@@\x1b\\Testdorp", long, "Testdorp"},
	{"APC with its body", "\x1b_Gf=24,s=1,v=1;AAAA\x1b\\Testdorp", long, "Testdorp"},
	{"SOS and PM", "\x1bXsos\x1b\\Test\x1b^pm\x07dorp", long, "Testdorp"},
	{"ESC with an intermediate", "\x1b(BTestdorp", long, "Testdorp"},
	{"lone ESC at the end", "Testdorp\x1b", long, "Testdorp"},
	{"lone ESC before a letter that ends nothing", "\x1bé", long, "é"},
	{"bell", "Gemeente\aTestdorp", long, "GemeenteTestdorp"},
	{"NUL", "Gemeente\x00Testdorp", long, "GemeenteTestdorp"},
	{"DEL and backspace", "Test\x7f\bdorp", long, "Testdorp"},
	{"CR that would overwrite the line", "Gemeente Testdorp\rNep", long, "Gemeente Testdorp Nep"},
	{"bidi override", "Gemeente \u202Eprodtset", long, "Gemeente prodtset"},
	{"bidi isolates and marks", "\u2066Test\u2069\u200edorp\u200f\u061c", long, "Testdorp"},
	{"zero-width space", "Gemee\u200bnte Testdorp", long, "Gemeente Testdorp"},
	{"zero-width joiners", "Test\u200c\u200ddorp\u2060", long, "Testdorp"},
	{"byte order mark", "\ufeffTestdorp", long, "Testdorp"},
	{"tag characters that smuggle text", "Test\U000E0041\U000E0042dorp", long, "Testdorp"},
	{"C1 CSI", "\u009b31mRood", long, "Rood"},
	{"C1 OSC ended by C1 ST", "\u009d52;c;ZXZpbA==\u009cTestdorp", long, "Testdorp"},
	{"C1 next line", "Test\u0085dorp", long, "Testdorp"},
	{"invalid UTF-8", "Gemeente\xff\xfe Test\xc3dorp", long, "Gemeente Testdorp"},
	{"a raw 8-bit CSI byte is not UTF-8", "\x9b2JTestdorp", long, "2JTestdorp"},
	{"an invalid byte does not hide an ESC", "\xc3\x1b[2JTestdorp", long, "Testdorp"},
	{"tabs and newlines", "Gemeente\t\n\n  Testdorp\r\n", long, "Gemeente Testdorp"},
	{"other spaces", "Gemeente\u00a0\u3000\u2028Testdorp", long, "Gemeente Testdorp"},
	{"spaces around", "   Testdorp  ", long, "Testdorp"},
	{"spaces around a dropped control", "Gemeente \x00 Testdorp", long, "Gemeente Testdorp"},
	{"only escapes", "\x1b[2J\x1b]52;c;eA==\x07\u202e", long, ""},
	{"cut after a two-byte rune", "Gemeente Súdwest-Fryslân", 23, "Gemeente Súdwest-Fryslâ"},
	{"cut before a two-byte rune", "Gemeente Súdwest-Fryslân", 22, "Gemeente Súdwest-Frysl"},
	{"cut on a space", "Gemeente Testdorp", 9, "Gemeente"},
	{"cut counts what is left", "\x1b[2JGem\u200beente", 3, "Gem"},
	{"no room", "Testdorp", 0, ""},
}

func TestClean(t *testing.T) {
	for _, tt := range cleanCases {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in, tt.max)
			if got != tt.want {
				t.Errorf("Clean(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
			checkClean(t, tt.in, tt.max, got)
		})
	}
}

// checkClean fails when got, Clean(in, max), is not clean: not UTF-8, too
// long, with a control, format or escape character, with white space other
// than single spaces between words, or changed by a second Clean.
func checkClean(t testing.TB, in string, max int, got string) {
	t.Helper()
	if !utf8.ValidString(got) {
		t.Errorf("Clean(%q) = %q, not UTF-8", in, got)
	}
	if n := utf8.RuneCountInString(got); n > 0 && n > max {
		t.Errorf("Clean(%q, %d) has %d runes", in, max, n)
	}
	for _, r := range got {
		if unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || (unicode.IsSpace(r) && r != ' ') {
			t.Errorf("Clean(%q) = %q, with %U", in, got, r)
		}
	}
	if strings.Contains(got, "  ") || strings.TrimSpace(got) != got {
		t.Errorf("Clean(%q) = %q, with spaces left", in, got)
	}
	if again := Clean(got, max); again != got {
		t.Errorf("Clean(Clean(%q)) = %q, not %q", in, again, got)
	}
}
