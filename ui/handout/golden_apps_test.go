package handout

import (
	"html"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestGoldenWords keeps the words of the page for each app with a form,
// per language, as a person reads them (no style sheet, no code, no
// tags; a line per block), in testdata/TestGoldenWords/<lang>/<app>.golden.
// TestGolden keeps the HTML. After a deliberate change: go test
// ./ui/handout -run TestGolden -update, and read the diff.
func TestGoldenWords(t *testing.T) {
	for _, lang := range i18n.Languages {
		g := guide(t, lang)
		for _, app := range g.FormApps() {
			page := render(t, lang, []string{app.ID}, afterDeadline)
			t.Run(lang+"/"+app.ID, func(t *testing.T) { golden.RequireEqual(t, pageWords(page)) })
		}
	}
}

// pageWords is the page's words, a line per block of the page.
func pageWords(page string) string {
	page = styleOrSVG.ReplaceAllString(page, "")
	page = strings.ReplaceAll(page, "<wbr>", "")
	page = inSentence.ReplaceAllString(page, "")
	var lines []string
	for _, l := range strings.Split(tag.ReplaceAllString(page, "\n"), "\n") {
		if l = strings.TrimSpace(spaces.ReplaceAllString(html.UnescapeString(l), " ")); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n") + "\n"
}
