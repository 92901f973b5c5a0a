package walk

import (
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

func TestDatedSentences(t *testing.T) {
	nl, en := i18n.MustNew("nl"), i18n.MustNew("en")
	day := content.Checked{On: time.Date(2025, 4, 24, 0, 0, 0, 0, time.UTC), Source: "FACTS H2"}
	month := content.Checked{On: time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC), Month: true, Source: "FACTS H5"}
	file := content.Checked{On: time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC), By: "Bibliotheek Testdorp", File: "/x/formulieren.toml"}
	tests := []struct {
		t    *i18n.Translator
		c    content.Checked
		date string
		say  string
	}{
		{nl, day, "24 april 2025", "Gecontroleerd op 24 april 2025."},
		{en, day, "24 April 2025", "Checked on 24 April 2025."},
		{nl, month, "april 2025", "Gecontroleerd in april 2025."},
		{en, month, "April 2025", "Checked in April 2025."},
		{nl, file, "3 december 2026", "Gecontroleerd op 3 december 2026 door Bibliotheek Testdorp."},
		{en, file, "3 December 2026", "Checked on 3 December 2026 by Bibliotheek Testdorp."},
	}
	for _, tt := range tests {
		if got := DateOf(tt.t, tt.c); got != tt.date {
			t.Errorf("%s: DateOf = %q, want %q", tt.t.Lang(), got, tt.date)
		}
		if got := CheckedSentence(tt.t, tt.c); got != tt.say {
			t.Errorf("%s: CheckedSentence = %q, want %q", tt.t.Lang(), got, tt.say)
		}
	}
}

func TestRouteNoteAndInUse(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	fb := *g.App("facebook")
	if got := RouteNote(nl, g, fb); !strings.Contains(got, "april 2025") || strings.Contains(got, "{date}") {
		t.Errorf("RouteNote = %q, want the route's month in it", got)
	}
	fb.RouteChecked = content.Checked{On: time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC), By: "B", File: "f"}
	if got := RouteNote(nl, g, fb); !strings.Contains(got, "3 december 2026") {
		t.Errorf("RouteNote = %q, want the file's day in it", got)
	}
	if LastWay(g) != g.Route.LastWay || LastWay(g) == "" {
		t.Errorf("LastWay = %q", LastWay(g))
	}
	if got := InUse(nl, g); got != "" {
		t.Errorf("InUse without a file = %q", got)
	}
	g.AddressFile = "/bieb/\x1b[2Jformulieren.toml"
	got := InUse(nl, g)
	if !strings.Contains(got, "/bieb/formulieren.toml") || strings.Contains(got, "\x1b") {
		t.Errorf("InUse = %q, want the file's name, cleaned", got)
	}
}
