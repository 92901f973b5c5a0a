package handout

import (
	"bytes"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"regexp"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// marginRule is the style rule that puts the practice mark at the top of
// every printed sheet.
var marginRule = regexp.MustCompile(`@top-center \{ content: ("[^"]*");`)

// TestPracticeMark: a page made with a practice clock says so in the
// deadline's box, as the wizard's banner does, with the words that it is
// not today's date and not real advice; and it puts a mark in the margin
// of every sheet. A page made with the real clock has none of that, and
// says when it was made.
func TestPracticeMark(t *testing.T) {
	for _, lang := range content.Languages {
		t.Run(lang, func(t *testing.T) {
			tr, g := i18n.MustNew(lang), guide(t, lang)
			var b bytes.Buffer
			if err := Render(&b, Options{T: tr, Guide: g, Now: beforeDeadline, Practice: true}); err != nil {
				t.Fatal(err)
			}
			page := b.String()
			checkWellFormed(t, page)
			words := visible(page)
			clock := oneLine(walk.PracticeSentence(tr, g.Deadline, beforeDeadline))
			for _, want := range []string{clock, oneLine(tr.T("handout.practice")), oneLine(walk.BannerSentence(tr, g.Deadline, beforeDeadline))} {
				if !strings.Contains(words, want) {
					t.Errorf("the practice page does not say %q:\n%s", want, words)
				}
			}
			// The practice line stands in the deadline's box, right under
			// the countdown it is about.
			_, box, _ := strings.Cut(page, `<div class="deadline">`)
			box, _, _ = strings.Cut(box, "</div>")
			if !strings.Contains(oneLine(visible(box)), clock) {
				t.Errorf("the practice line is not in the deadline's box:\n%s", box)
			}
			if made := tr.T("handout.made", i18n.Data{"Date": tr.Date(beforeDeadline)}); strings.Contains(words, made) {
				t.Errorf("the practice page says it was made on the practice day: %q", made)
			}
			m := marginRule.FindStringSubmatch(page)
			if m == nil {
				t.Fatalf("no mark in the margin of the practice page's sheets")
			}
			if got, want := cssText(t, m[1]), tr.T("handout.practice_margin"); got != want {
				t.Errorf("the margin says %q, want %q", got, want)
			}
			if strings.Contains(page, "ZgotmplZ") {
				t.Error("html/template refused a value on the practice page")
			}

			b.Reset()
			if err := Render(&b, Options{T: tr, Guide: g, Now: beforeDeadline}); err != nil {
				t.Fatal(err)
			}
			real := b.String()
			if strings.Contains(visible(real), oneLine(tr.T("handout.practice"))) || marginRule.MatchString(real) ||
				strings.Contains(visible(real), clock) {
				t.Error("a page made with the real clock is marked as practice")
			}
			if made := tr.T("handout.made", i18n.Data{"Date": tr.Date(beforeDeadline)}); !strings.Contains(visible(real), made) {
				t.Errorf("a real page does not say when it was made: %q", made)
			}
		})
	}
}

// TestCSSString: whatever a translation holds, the margin's text stays one
// CSS string: no quote, backslash, brace or tag can end it or the style
// sheet, and it reads back as the text.
func TestCSSString(t *testing.T) {
	for _, s := range []string{
		"Oefenpagina: geen echt advies",
		`"; } body { display: none } @page { content: "`,
		`</style><script>alert(1)</script>`,
		`back\slash`,
		"café — überall",
		"",
	} {
		got := string(cssString(s))
		inner := got[1 : len(got)-1]
		if got[0] != '"' || got[len(got)-1] != '"' || strings.ContainsAny(inner, "\"'{};<>\n") {
			t.Errorf("cssString(%q) = %s: not one safe CSS string", s, got)
		}
		if back := cssText(t, got); back != s {
			t.Errorf("cssString(%q) reads back as %q", s, back)
		}
	}
}

// cssEscape is a CSS hex escape with its ending space.
var cssEscape = regexp.MustCompile(`\\([0-9a-fA-F]{1,6}) ?`)

// cssText reads a CSS string written by cssString back to its text.
func cssText(t *testing.T, quoted string) string {
	t.Helper()
	if len(quoted) < 2 || quoted[0] != '"' || quoted[len(quoted)-1] != '"' {
		t.Fatalf("not a CSS string: %s", quoted)
	}
	return cssEscape.ReplaceAllStringFunc(quoted[1:len(quoted)-1], func(e string) string {
		var r rune
		for _, c := range strings.TrimSpace(e[1:]) {
			r = r*16 + hexValue(c)
		}
		return string(r)
	})
}

func hexValue(c rune) rune {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}
