package plaintext

import (
	"bytes"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/contenttest"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestFixtureApp: `text` for a guide with a made-up app shows that app's
// steps, its address and its route, as the model words them, and names
// no app the guide does not have.
func TestFixtureApp(t *testing.T) {
	for _, lang := range contenttest.Languages {
		g, err := contenttest.Guide(lang)
		if err != nil {
			t.Fatal(err)
		}
		tr := i18n.MustNew(lang)
		var out bytes.Buffer
		if err := Write(&out, Options{T: tr, Guide: g, Now: fixtureNow}); err != nil {
			t.Fatal(err)
		}
		facts := contenttest.StepFacts(g, tr, content.RouteComputer, walk.State{Now: fixtureNow, Opening: walk.Printed})
		if missing := contenttest.Missing(out.String(), facts); len(missing) > 0 {
			t.Errorf("%s: the text leaves out %q:\n%s", lang, missing, out.String())
		}
		if named := contenttest.RealApps(out.String()); len(named) > 0 {
			t.Errorf("%s: the text names %q, not in the guide", lang, named)
		}
	}
}

// fixtureNow is a week before the fixture's deadline.
var fixtureNow = time.Date(2025, 5, 20, 10, 0, 0, 0, time.UTC)
