package handout

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/contenttest"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestFixtureApp: the handout for a guide with a made-up app shows that
// app's steps, its address and its route, as the model words them for
// paper, and names no app the guide does not have.
func TestFixtureApp(t *testing.T) {
	now := time.Date(2025, 5, 20, 10, 0, 0, 0, time.UTC)
	tag := regexp.MustCompile(`<[^>]*>`)
	for _, lang := range contenttest.Languages {
		g, err := contenttest.Guide(lang)
		if err != nil {
			t.Fatal(err)
		}
		tr := i18n.MustNew(lang)
		var b bytes.Buffer
		if err := Render(&b, Options{T: tr, Guide: g, Now: now}); err != nil {
			t.Fatal(err)
		}
		// The page as read: its words, without the markup; the address
		// whole, as it is read across its breaks.
		page := html.UnescapeString(tag.ReplaceAllString(strings.ReplaceAll(b.String(), "<wbr>", ""), " "))
		// The handout is for the phone (a person takes it home).
		facts := contenttest.StepFacts(g, tr, content.RoutePhone, walk.State{Now: now, Opening: walk.Printed})
		if missing := contenttest.Missing(page, facts); len(missing) > 0 {
			t.Errorf("%s: the handout leaves out %q:\n%s", lang, missing, page)
		}
		if named := contenttest.RealApps(page); len(named) > 0 {
			t.Errorf("%s: the handout names %q, not in the guide", lang, named)
		}
	}
}
