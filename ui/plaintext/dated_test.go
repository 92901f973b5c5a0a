package plaintext

import (
	"bytes"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/forms"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// flat joins the wrapped lines back into one line of words, without the
// isolates around addresses and digits in a right-to-left text (see
// TestIsolated): the words are the same.
func flat(s string) string {
	s = strings.NewReplacer(leftToRightIsolate, "", popDirectionalIsolate, "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// TestDatesAndTheLastWay: each address says when it was checked, each
// route how old it is, and after each route comes the last way in; with
// no address file, nothing says one is in use.
func TestDatesAndTheLastWay(t *testing.T) {
	for _, lang := range content.Languages {
		out, g := write(t, lang)
		tr := i18n.MustNew(lang)
		text := flat(out)
		for _, app := range g.FormApps() {
			checked := walk.CheckedSentence(tr, app.FormChecked)
			route := flat(walk.RouteNote(tr, g, app) + " " + walk.LastWay(g))
			lastStep := app.Menu[len(app.Menu)-1]
			if !strings.Contains(text, app.Form.String()) || strings.Count(text, checked) != len(g.FormApps()) {
				t.Errorf("%s: %s's address does not say %q", lang, app.ID, checked)
			}
			if !strings.Contains(text, lastStep+" "+route) {
				t.Errorf("%s: %s's route is not followed by %q", lang, app.ID, route)
			}
		}
		if n := strings.Count(text, flat(walk.LastWay(g))); n != len(g.FormApps()) {
			t.Errorf("%s: the last way in is said %d times, want once per app", lang, n)
		}
		if strings.Contains(out, "formulieren.toml") {
			t.Errorf("%s: without an address file, the text names one", lang)
		}
	}
}

// TestAddressFileInText: with an address file, the text says so once,
// shows its address and route, and who checked them when.
func TestAddressFileInText(t *testing.T) {
	file, err := forms.Parse("/bieb/formulieren.toml", []byte(`[facebook]
adres = "https://www.facebook.com/help/contact/111222333"
gecontroleerd = 2026-12-03
door = "Bibliotheek Testdorp"
weg = ["Open Facebook.", "Tik op Bezwaar maken."]
`), content.AddressFileKnows())
	if err != nil {
		t.Fatal(err)
	}
	g, err := content.LoadWith("nl", file)
	if err != nil {
		t.Fatal(err)
	}
	tr := i18n.MustNew("nl")
	var b bytes.Buffer
	if err := Write(&b, Options{T: tr, Guide: g, Now: time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	text := flat(b.String())
	inUse := flat(walk.InUse(tr, g))
	if n := strings.Count(text, inUse); n != 1 {
		t.Errorf("the text says %d times that a file is in use, want once: %q", n, inUse)
	}
	for _, want := range []string{
		"https://www.facebook.com/help/contact/111222333",
		"111 222 333 Gecontroleerd op 3 december 2026 door Bibliotheek Testdorp.",
		"1. Open Facebook. 2. Tik op Bezwaar maken. Deze weg in de app is van 3 december 2026.",
		"Gecontroleerd op 24 april 2025.", // Instagram's own
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the text does not say %q", want)
		}
	}
	if strings.Contains(text, "712876720715583") {
		t.Error("the text still shows the built-in Facebook address")
	}
}
