package prose

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		width  int
		bullet string
		want   []string
	}{
		{
			name:   "a blank line between paragraphs",
			text:   "Een.\nTwee.\n\nDrie.",
			width:  40,
			bullet: "•",
			want:   []string{"Een. Twee.", "", "Drie."},
		},
		{
			name:   "a blank line before and after a list, none between bullets",
			text:   "Meta zegt dit.\n- Je privéberichten.\n- Berichten van kinderen.\n\nMeta gebruikt alleen wat openbaar is.",
			width:  40,
			bullet: "•",
			want: []string{
				"Meta zegt dit.",
				"",
				"• Je privéberichten.",
				"• Berichten van kinderen.",
				"",
				"Meta gebruikt alleen wat openbaar is.",
			},
		},
		{
			name:   "a hanging indent",
			text:   "Meta zegt dit.\n- Je privéberichten en nog veel meer woorden hier.\n- Berichten van mensen onder de 18 jaar.\n\nMeta gebruikt alleen wat openbaar is.",
			width:  20,
			bullet: "•",
			want: []string{
				"Meta zegt dit.",
				"",
				"• Je privéberichten",
				"  en nog veel meer",
				"  woorden hier.",
				"• Berichten van",
				"  mensen onder de 18",
				"  jaar.",
				"",
				"Meta gebruikt alleen",
				"wat openbaar is.",
			},
		},
		{
			name:   "an ASCII bullet",
			text:   "- een twee drie vier",
			width:  12,
			bullet: "-",
			want:   []string{"- een twee", "  drie vier"},
		},
		{
			name:   "a wider bullet indents more",
			text:   "- een twee drie vier",
			width:  12,
			bullet: "**",
			want:   []string{"** een twee", "   drie vier"},
		},
		{
			name:   "two lists",
			text:   "- a\n- b\n\n- c",
			width:  10,
			bullet: "•",
			want:   []string{"• a", "• b", "", "• c"},
		},
		{
			name:   "empty",
			text:   "",
			width:  10,
			bullet: "•",
			want:   nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Wrap(tt.text, tt.width, tt.bullet)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Wrap(%q, %d) =\n%q\nwant\n%q", tt.text, tt.width, got, tt.want)
			}
			checkWidth(t, got, tt.width)
		})
	}
}

// checkWidth fails for a line wider than width cells.
func checkWidth(t *testing.T, lines []string, width int) {
	t.Helper()
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("line %q is %d cells wide, more than %d", l, w, width)
		}
	}
}

// TestWrapWidths lays a real page with a list and an address out at many
// widths: no line may be wider, no word may be lost, and the layout of
// paragraphs and lists stays.
func TestWrapWidths(t *testing.T) {
	text := `Meta zegt dat het deze 2 dingen niet gebruikt voor zijn AI.
- Je privéberichten.
- Berichten van mensen onder de 18 jaar, ook als ze openbaar zijn.

Ga naar https://www.facebook.com/help/contact/712876720715583 en vul het formulier in.`
	words := strings.Fields(strings.ReplaceAll(text, "\n- ", "\n"))
	for _, bullet := range []string{"•", "-"} {
		for width := 12; width <= 100; width += 4 {
			lines := Wrap(text, width, bullet)
			checkWidth(t, lines, width)
			var blanks, bullets int
			for _, l := range lines {
				switch {
				case l == "":
					blanks++
				case strings.HasPrefix(l, bullet+" "):
					bullets++
				}
			}
			if blanks != 2 || bullets != 2 {
				t.Errorf("width %d, bullet %q: %d blank lines and %d bullets, want 2 and 2:\n%s",
					width, bullet, blanks, bullets, strings.Join(lines, "\n"))
			}
			// Every word is there, in order, though an address may be
			// broken over lines.
			var flat strings.Builder
			for _, l := range lines {
				flat.WriteString(strings.TrimPrefix(strings.TrimSpace(l), bullet+" "))
			}
			if got, want := strings.ReplaceAll(flat.String(), " ", ""), strings.Join(words, ""); got != want {
				t.Errorf("width %d: words lost or changed:\n%s\nwant\n%s", width, got, want)
			}
		}
	}
}

func TestWrapLine(t *testing.T) {
	address := "https://www.facebook.com/help/contact/712876720715583"
	tests := []struct {
		name  string
		text  string
		width int
		want  []string
	}{
		{"fits", "Open het formulier.", 40, []string{"Open het formulier."}},
		{"at word boundaries", "Open het formulier van Facebook.", 12, []string{"Open het", "formulier", "van", "Facebook."}},
		{"a long address breaks after slashes", address, 20, []string{"https://", "www.facebook.com/", "help/contact/", "712876720715583"}},
		{"an address fits", address, 60, []string{address}},
		{"an account that fits the next line moves there whole", "Het account facebook.com/gemeentetestdorp", 30, []string{"Het account", "facebook.com/gemeentetestdorp"}},
		{"a word with a hyphen stays whole", "Vul je eigen e-mailadres in", 20, []string{"Vul je eigen", "e-mailadres in"}},
		{"a long word starts on a line of its own", "Ga naar " + address, 20, []string{"Ga naar", "https://", "www.facebook.com/", "help/contact/", "712876720715583"}},
		{"zero width does not hang", "ab", 0, []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WrapLine(tt.text, tt.width)
			if !slices.Equal(got, tt.want) {
				t.Errorf("WrapLine(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
	for _, width := range []int{8, 10, 15, 20, 30, 40} {
		t.Run("an address at width "+strconv.Itoa(width), func(t *testing.T) {
			lines := WrapLine(address, width)
			if len(lines) < 2 {
				t.Errorf("WrapLine(address, %d) = %q, want it broken", width, lines)
			}
			checkWidth(t, lines, width)
			if got := strings.Join(lines, ""); got != address {
				t.Errorf("the lines join to %q, want the address %q", got, address)
			}
		})
	}
}

// TestASCIITurkish: a Turkish screen on a terminal without UTF-8 keeps its
// letters readable, the dotless i included.
func TestASCIITurkish(t *testing.T) {
	if got, want := ASCII("Türkçe: ığşçöü İĞŞÇÖÜ Hayır, çıkış"), "Turkce: igscou IGSCOU Hayir, cikis"; got != want {
		t.Errorf("ASCII = %q, want %q", got, want)
	}
}
