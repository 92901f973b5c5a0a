package open

import (
	"bytes"
	"testing"

	"github.com/charmbracelet/colorprofile"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/contenttest"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestFixtureApp: `open` for a guide with a made-up app shows that app's
// address, its digit groups and, where the form did not open, its route;
// it names no app the guide does not have.
func TestFixtureApp(t *testing.T) {
	for _, lang := range contenttest.Languages {
		g, err := contenttest.Guide(lang)
		if err != nil {
			t.Fatal(err)
		}
		app := g.App(contenttest.App)
		o := Options{T: i18n.MustNew(lang), Guide: g, App: *app, Profile: colorprofile.NoTTY}
		for _, outcome := range []Outcome{NoBrowser, Failed, Opened} {
			var b bytes.Buffer
			if err := Intro(&b, o); err != nil {
				t.Fatal(err)
			}
			if err := Write(&b, o, outcome); err != nil {
				t.Fatal(err)
			}
			want := []string{contenttest.Form, "424 242"}
			if outcome != Opened {
				want = append(want, contenttest.Menu(g)...)
			}
			if missing := contenttest.Missing(b.String(), want); len(missing) > 0 {
				t.Errorf("%s/%d: open leaves out %q:\n%s", lang, outcome, missing, b.String())
			}
			if named := contenttest.RealApps(b.String()); len(named) > 0 {
				t.Errorf("%s/%d: open names %q, not in the guide", lang, outcome, named)
			}
		}
	}
}
