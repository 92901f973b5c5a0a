package lines

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk/walktest"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// goldenWalks are the walks whose screens have golden files: on a
// computer, on the phone in a kiosk, not knowing in the app, an app that
// lives on another with one without a form, and an organisation.
var goldenWalks = []struct {
	name  string
	match func(walktest.Walk) bool
}{
	{"computer", func(w walktest.Walk) bool {
		return !w.Kiosk && slices.Equal(w.Answers.Apps, []string{"facebook"}) && w.Answers.Where == content.RouteComputer
	}},
	{"kiosk-phone", func(w walktest.Walk) bool {
		return w.Kiosk && len(w.Answers.Apps) == 2 && w.Answers.Has("facebook") && w.Answers.Has("instagram") &&
			w.Answers.Linked == content.OptionNo && w.Answers.Where == content.RoutePhone
	}},
	{"unsure-app", func(w walktest.Walk) bool {
		return !w.Kiosk && slices.Equal(w.Answers.Apps, []string{content.OptionUnknown}) && w.Answers.Where == content.RouteApp
	}},
	{"via-and-without-form", func(w walktest.Walk) bool {
		return !w.Kiosk && len(w.Answers.Apps) == 2 && w.Answers.Has("threads") && w.Answers.Has("whatsapp") && w.Answers.Where == content.RouteComputer
	}},
	{"organisation", func(w walktest.Walk) bool {
		return !w.Kiosk && w.Audience == content.AudienceOrganisation && w.Answers.Kind == content.KindPublic && len(w.Answers.Accounts) == 2 &&
			w.Answers.Accounts[0].App != w.Answers.Accounts[1].App
	}},
}

// TestGolden: each screen of the golden walks, as Print writes it, in
// every language, against testdata/TestGolden/<lang>/<walk>/<screen>.golden
// (go test ./ui/lines -run TestGolden -update writes them anew). A
// screen that an earlier walk had already is not written again.
func TestGolden(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, err := content.Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		tr := i18n.MustNew(lang)
		seen := map[string]bool{}
		walks := walktest.Walks(g)
		for _, gw := range goldenWalks {
			i := slices.IndexFunc(walks, gw.match)
			if i < 0 {
				t.Fatalf("the golden walk %s is not among the walks", gw.name)
			}
			w := walks[i]
			for j, c := range w.Cases(g) {
				var b bytes.Buffer
				Print(&b, tr, walk.Build(g, tr, c.Answers, c.At, c.State))
				screen := ansi.Strip(b.String())
				if seen[screen] {
					continue
				}
				seen[screen] = true
				name := fmt.Sprintf("%s/%s/%02d-%s", lang, gw.name, j+1, strings.NewReplacer(" ", "-", "(", "", ")", "").Replace(walktest.PlaceName(c.At)))
				t.Run(name, func(t *testing.T) { golden.RequireEqual(t, screen) })
			}
		}
	}
}
