package handout

import (
	"bytes"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/forms"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// fileGuide is the Dutch guide with an address file that gives Facebook a
// new address and route.
func fileGuide(t *testing.T) *content.Guide {
	t.Helper()
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
	return g
}

// TestDatesOnPaper: under each address the day it was checked; after each
// route how old it is, then the last way in; a page made with an address
// file says so once, and shows the file's address and route.
func TestDatesOnPaper(t *testing.T) {
	tr := i18n.MustNew("nl")
	for _, g := range []*content.Guide{guide(t, "nl"), fileGuide(t)} {
		var b bytes.Buffer
		if err := Render(&b, Options{T: tr, Guide: g, Now: afterDeadline}); err != nil {
			t.Fatal(err)
		}
		page := visible(b.String())
		for _, app := range g.FormApps() {
			checked := walk.CheckedSentence(tr, app.FormChecked)
			if !strings.Contains(page, app.Form.String()) || !strings.Contains(page, checked) {
				t.Errorf("%s: the page does not show %s with %q", g.AddressFile, app.Form, checked)
			}
			route := oneLine(app.Menu[len(app.Menu)-1] + " " + walk.RouteNote(tr, g, app) + " " + walk.LastWay(g))
			if !strings.Contains(page, route) {
				t.Errorf("%s: %s's route is not followed by its date and the last way in: %q", g.AddressFile, app.ID, route)
			}
		}
		inUse := walk.InUse(tr, g)
		switch n := strings.Count(page, oneLine(inUse)); {
		case g.AddressFile == "" && strings.Contains(page, "formulieren.toml"):
			t.Error("a page without an address file names one")
		case g.AddressFile != "" && n != 1:
			t.Errorf("the page says %d times that a file is in use, want once", n)
		}
	}
	page := visible(render(t, "nl", nil, afterDeadline))
	if strings.Contains(page, "Deze weg is van 2025") {
		t.Error("the page still says the route is from 2025 in words of its own")
	}
}
