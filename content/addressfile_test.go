package content

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/forms"
)

// TestBuiltinDates: every form's address and every route in the app says
// when it was last checked and where it comes from (issue 11, point 4):
// H1 and H2 from seed 000 of 24 April 2025, not re-checked since; the
// route H5 from seed 001, April 2025, with no day.
func TestBuiltinDates(t *testing.T) {
	for _, lang := range Languages {
		g, err := Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		rows := map[string]string{"facebook": "H2", "instagram": "H1"}
		for _, a := range g.FormApps() {
			fc, rc := a.FormChecked, a.RouteChecked
			if want := time.Date(2025, 4, 24, 0, 0, 0, 0, time.UTC); !fc.On.Equal(want) || fc.Month {
				t.Errorf("%s: %s's form was checked on %v (month only: %v), want 24 April 2025", lang, a.ID, fc.On, fc.Month)
			}
			if !strings.Contains(fc.Source, "FACTS "+rows[a.ID]) || !strings.Contains(fc.Source, "seed 000") {
				t.Errorf("%s: %s's form comes from %q, want FACTS %s and seed 000", lang, a.ID, fc.Source, rows[a.ID])
			}
			if rc.On.Year() != 2025 || rc.On.Month() != time.April || !rc.Month {
				t.Errorf("%s: %s's route was checked on %v (month only: %v), want April 2025, no day", lang, a.ID, rc.On, rc.Month)
			}
			if !strings.Contains(rc.Source, "FACTS H5") || !strings.Contains(rc.Source, "seed 001") {
				t.Errorf("%s: %s's route comes from %q", lang, a.ID, rc.Source)
			}
			if fc.FromFile() || rc.FromFile() || g.AddressFile != "" {
				t.Errorf("%s: the built-in guide says an address file is in use", lang)
			}
		}
		if !strings.Contains(g.Route.Note, "{date}") || !strings.Contains(g.Route.LastWay, "https://help.meta.com/support/privacy") {
			t.Errorf("%s: the route's texts are %+v", lang, g.Route)
		}
	}
}

// TestValidateWantsDates: an address or a route without its date or its
// source does not pass.
func TestValidateWantsDates(t *testing.T) {
	for _, drop := range []string{"form_checked = 2025-04-24\n", "route_checked = \"2025-04\"\n", "form_source = ", "route_source = "} {
		m := realFS(t)
		f := m["data/common.toml"]
		text := string(f.Data)
		i := strings.Index(text, drop)
		if i < 0 {
			t.Fatalf("common.toml has no %q", drop)
		}
		end := i + strings.Index(text[i:], "\n") + 1
		replaceIn(t, m, "data/common.toml", text[i:end], "")
		g, err := load(m, "nl")
		if err != nil {
			t.Fatal(err)
		}
		key := strings.TrimSuffix(strings.Fields(drop)[0], " ")
		if err := g.Validate(); err == nil || !strings.Contains(err.Error(), "apps.facebook."+key) {
			t.Errorf("without %s, Validate says %v", key, err)
		}
	}
}

// TestAddressFileKnowsTheContent: an address file may name exactly the
// apps with a form, the guide's languages, and the built-in allow-list.
func TestAddressFileKnowsTheContent(t *testing.T) {
	known := AddressFileKnows()
	g, err := Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	var apps []string
	for _, a := range g.FormApps() {
		apps = append(apps, a.ID)
	}
	if !slices.Equal(known.Apps, apps) || !slices.Equal(known.Languages, Languages) || !slices.Equal(known.Allow.Hosts(), AllowList().Hosts()) {
		t.Errorf("an address file knows %+v, want apps %v, languages %v, hosts %v", known, apps, Languages, AllowList().Hosts())
	}
}

const addressFile = `[facebook]
adres = "https://www.facebook.com/help/contact/111222333"
gecontroleerd = 2026-12-03
door = "Bibliotheek Testdorp"
weg = ["Open Facebook.", "Tik op Bezwaar maken."]
`

// TestLoadWithAddressFile: the file's address and route take the place of
// the program's own, dated and named; what it leaves out stays.
func TestLoadWithAddressFile(t *testing.T) {
	for _, withEnglish := range []bool{false, true} {
		text := addressFile
		if withEnglish {
			text += `weg_en = ["Open Facebook.", "Tap Bezwaar maken (object)."]` + "\n"
		}
		file, err := forms.Parse("/bieb/formulieren.toml", []byte(text), AddressFileKnows())
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range Languages {
			builtin, _ := Load(lang)
			g, err := LoadWith(lang, file)
			if err != nil {
				t.Fatal(err)
			}
			if err := g.Validate(); err != nil {
				t.Errorf("%s: the guide with an address file does not validate: %v", lang, err)
			}
			if g.AddressFile != "/bieb/formulieren.toml" {
				t.Errorf("%s: the guide says the address file is %q", lang, g.AddressFile)
			}
			fb, ig := g.App("facebook"), g.App("instagram")
			if fb.Form.String() != "https://www.facebook.com/help/contact/111222333" {
				t.Errorf("%s: facebook's form is %q", lang, fb.Form)
			}
			want := Checked{On: time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC), By: "Bibliotheek Testdorp", File: "/bieb/formulieren.toml"}
			if fb.FormChecked != want || fb.RouteChecked != want {
				t.Errorf("%s: facebook's address and route are dated %+v and %+v, want %+v", lang, fb.FormChecked, fb.RouteChecked, want)
			}
			wantRoute := file.Apps["facebook"].Route["nl"]
			if lang == "en" && withEnglish {
				wantRoute = file.Apps["facebook"].Route["en"]
			}
			if !slices.Equal(fb.Menu, wantRoute) {
				t.Errorf("%s (English in the file: %v): facebook's route is %q, want %q", lang, withEnglish, fb.Menu, wantRoute)
			}
			if ig.Form != builtin.App("instagram").Form || ig.FormChecked != builtin.App("instagram").FormChecked ||
				!slices.Equal(ig.Menu, builtin.App("instagram").Menu) {
				t.Errorf("%s: instagram changed, the file does not name it", lang)
			}
		}
	}
	g, err := LoadWith("nl", nil)
	if err != nil || g.AddressFile != "" {
		t.Errorf("without a file: %v, address file %q", err, g.AddressFile)
	}
}

// TestTheExampleAddressFile: the example in the README loads into the
// guide.
func TestTheExampleAddressFile(t *testing.T) {
	path := filepath.Join("forms", "testdata", forms.Name)
	file, err := ReadAddressFile(path)
	if err != nil {
		t.Fatal(err)
	}
	g, err := LoadWith("nl", file)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Validate(); err != nil {
		t.Error(err)
	}
	if g.AddressFile != path || g.App("instagram").RouteChecked.By == "" || g.App("facebook").FormChecked.By == "" {
		t.Errorf("the example is not in use: %q %+v", g.AddressFile, g.App("instagram").RouteChecked)
	}
}

// TestRouteTexts: the route's note takes its date from the route, never a
// fixed year (FACTS H5: the route is from 2025 unless an address file has
// a newer one); the last way in is Meta's help centre, hedged, with what
// to search for (H13).
func TestRouteTexts(t *testing.T) {
	want := map[string][]string{
		"nl": {`Zoek dan in het privacy-helpcentrum van Meta naar "bezwaar tegen AI bij Meta"`, "kan er anders uitzien", "Lukt het ook in de app niet"},
		"en": {`Search Meta's privacy help centre for "bezwaar tegen AI bij Meta"`, "may look different", "App not working either"},
	}
	for _, lang := range Languages {
		g, err := Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(g.Route.Note, "20") {
			t.Errorf("%s: the route's note names a year itself: %q", lang, g.Route.Note)
		}
		last := strings.Join(strings.Fields(g.Route.LastWay), " ")
		for _, w := range append(want[lang], "https://help.meta.com/support/privacy") {
			if !strings.Contains(last, w) {
				t.Errorf("%s: the last way in does not say %q: %q", lang, w, last)
			}
		}
	}
}
