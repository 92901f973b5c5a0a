package typed

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEcho(t *testing.T) {
	forty := strings.Repeat("a", EchoMax)
	for _, tt := range []struct {
		name, in, want string
	}{
		{"a plain value stays", "twitter", "twitter"},
		{"accents stay", "Súdwest-Fryslân", "Súdwest-Fryslân"},
		{"a window title is not set", "\x1b]2;X\a", ""},
		{"a window title around a word", "face\x1b]2;X\abook", "facebook"},
		{"colour", "\x1b[31mrood\x1b[0m", "rood"},
		{"bidi override", "\u202eevil", "evil"},
		{"C1 CSI", "\u009b2Jweg", "weg"},
		{"a line break does not start a new line", "nl\nen", "nl en"},
		{"exactly the limit stays", forty, forty},
		{"one over the limit is cut", forty + "b", strings.Repeat("a", EchoMax-1) + "…"},
		{"a long value is cut", strings.Repeat("x", 5000), strings.Repeat("x", EchoMax-1) + "…"},
		{"no space before the mark", strings.Repeat("a", EchoMax-2) + " bbbb", strings.Repeat("a", EchoMax-2) + "…"},
		{"multi-byte runes are counted as one", strings.Repeat("é", 50), strings.Repeat("é", EchoMax-1) + "…"},
		{"escapes do not count", strings.Repeat("\x1b[0m", 100) + "kort", "kort"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Echo(tt.in)
			if got != tt.want {
				t.Errorf("Echo(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkEcho(t, tt.in, got, EchoMax)
		})
	}
}

func TestEchoPath(t *testing.T) {
	long := "/home/anna/" + strings.Repeat("map/", 60) + "brief.html"
	for _, tt := range []struct {
		name, in, want string
	}{
		{"a short path stays", "/home/anna/brief.html", "/home/anna/brief.html"},
		{"a title in the name", "brief\x1b]2;X\a.html", "brief.html"},
		{"a long path keeps its end", long, "…" + long[len(long)-(PathMax-1):]},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := EchoPath(tt.in)
			if got != tt.want {
				t.Errorf("EchoPath(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkEcho(t, tt.in, got, PathMax)
		})
	}
}

// checkEcho fails when got, the echo of in, is not clean or longer than
// max characters.
func checkEcho(t testing.TB, in, got string, max int) {
	t.Helper()
	if n := utf8.RuneCountInString(got); n > max {
		t.Errorf("the echo of %q has %d characters, more than %d", in, n, max)
	}
	// Clean takes nothing from a clean text, the mark included.
	checkClean(t, in, max, got)
}
