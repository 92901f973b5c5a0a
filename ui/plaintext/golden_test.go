package plaintext

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk/walktest"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestGolden keeps each screen the text writes, per language: the steps
// of every app with a form on a computer, as the model words them for a
// printed face, in testdata/TestGolden/<lang>/<app>/<step>.golden; and the
// whole text, in testdata/TestGolden/<lang>/all.golden. After a
// deliberate change: go test ./ui/plaintext -run TestGolden -update, and
// read the diff.
func TestGolden(t *testing.T) {
	for _, lang := range i18n.Languages {
		g, err := content.Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		tr := i18n.MustNew(lang)
		state := walk.State{Now: walktest.Now, Practice: true, Opening: walk.Printed}
		for _, app := range g.FormApps() {
			a := walk.Answers{Apps: []string{app.ID}, Where: content.RouteComputer}
			for i := range walk.Steps(g, a, content.AudiencePerson) {
				at := walk.Place{Kind: walk.Step, App: app.ID, Index: i}
				var b bytes.Buffer
				w := &writer{out: &b, rightToLeft: i18n.RightToLeft(lang)}
				w.screen(walk.Build(g, tr, a, at, state))
				if w.err != nil {
					t.Fatal(w.err)
				}
				name := fmt.Sprintf("%s/%s/%02d", lang, app.ID, i+1)
				t.Run(name, func(t *testing.T) { golden.RequireEqual(t, ansi.Strip(b.String())) })
			}
		}
		var b bytes.Buffer
		if err := Write(&b, Options{T: tr, Guide: g, Now: walktest.Now, Practice: true}); err != nil {
			t.Fatal(err)
		}
		t.Run(lang+"/all", func(t *testing.T) {
			if strings.Contains(b.String(), "\x1b") {
				t.Error("an escape code in the text")
			}
			golden.RequireEqual(t, ansi.Strip(b.String()))
		})
	}
}
