package open

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestGolden keeps what open prints into a pipe, ASCII only, per language,
// app and outcome, in testdata/TestGolden/<lang>/<app>-<outcome>.golden.
// After a deliberate change: go test ./ui/open -run TestGolden -update,
// and read the diff.
func TestGolden(t *testing.T) {
	outcomes := []struct {
		name    string
		outcome Outcome
	}{{"no-browser", NoBrowser}, {"failed", Failed}, {"opened", Opened}}
	for _, lang := range i18n.ScreenLanguages() {
		g, err := content.Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		tr := i18n.MustNew(lang)
		for _, app := range g.FormApps() {
			for _, c := range outcomes {
				o := Options{T: tr, Guide: g, App: app, ASCII: true, Profile: colorprofile.NoTTY}
				var b bytes.Buffer
				if err := Intro(&b, o); err != nil {
					t.Fatal(err)
				}
				if err := Write(&b, o, c.outcome); err != nil {
					t.Fatal(err)
				}
				t.Run(fmt.Sprintf("%s/%s-%s", lang, app.ID, c.name), func(t *testing.T) {
					golden.RequireEqual(t, ansi.Strip(b.String()))
				})
			}
		}
	}
}
