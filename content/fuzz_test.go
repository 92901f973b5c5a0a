package content

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"
)

// FuzzLoad feeds the loader and the validator a changed language file: a
// writer's typo, a broken translation. The fuzzer changes one section of
// the real Dutch file (the welcome screen), so that each run stays cheap.
// Whatever it holds, loading and validating end with a guide or an error,
// never a panic, and a guide that loads has its deadline.
func FuzzLoad(f *testing.F) {
	nl, err := fs.ReadFile(files, "data/nl.toml")
	if err != nil {
		f.Fatal(err)
	}
	start := strings.Index(string(nl), "[welcome]")
	end := strings.Index(string(nl), "[[explain]]")
	if start < 0 || end < start {
		f.Fatal("the Dutch file has no welcome section before the explanations")
	}
	before, welcome, after := string(nl[:start]), string(nl[start:end]), string(nl[end:])
	f.Add(welcome)
	f.Add(strings.Replace(welcome, "title", "titel", 1))
	f.Add("[welcome]\ntitle = 1\n")
	f.Add("[welcome]\ntitle = \"{app}\"\nbody = \"\"\"\n- \n\"\"\"\n")
	f.Add("lang = \"xx\"\n")
	f.Add("[[steps]]\nid = \"open\"\nroutes = [\"moon\"]\n")
	f.Add("")
	f.Add("\x00\xff[[[")
	others := fstest.MapFS{}
	for _, name := range []string{"data/common.toml", "data/en.toml", "data/organisation.nl.toml", "data/organisation.en.toml"} {
		data, err := fs.ReadFile(files, name)
		if err != nil {
			f.Fatal(err)
		}
		others[name] = &fstest.MapFile{Data: data}
	}
	f.Fuzz(func(t *testing.T, section string) {
		m := fstest.MapFS{"data/nl.toml": &fstest.MapFile{Data: []byte(before + section + "\n" + after)}}
		for name, file := range others {
			m[name] = file
		}
		g, err := load(m, "nl")
		if err != nil {
			return
		}
		if g.Deadline.At.IsZero() || g.Deadline.Zone == nil {
			t.Fatal("a loaded guide without its deadline")
		}
		_ = g.Validate()
		_ = sameShape(g, g)
	})
}

// FuzzParseTime feeds --now anything a person might type. It never
// panics; what it accepts is a real moment that reads back the same.
func FuzzParseTime(f *testing.F) {
	zone, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"2025-05-20", "2025-05-20T10:00:00+02:00", "2025-05-27T00:00:00Z", " 2025-05-20 ", "gisteren", "2025-13-40", "9999-12-31", "0000-01-01", "2025-05-20T25:00:00+02:00", "",
		"2025-05-26T10:00", "2025-05-26 10:00:00", "2025-03-30T02:30", "2025-10-26T02:30", "2025-05-26T10:00+01:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		at, err := ParseTime(s, zone)
		if err != nil {
			if at != (time.Time{}) {
				t.Fatalf("an error with a time: %v", at)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("accepted invalid UTF-8 %q", s)
		}
		// What is accepted, with an offset or in Amsterdam's time, means
		// the same moment when written out and read again.
		again, err := ParseTime(at.Format(time.RFC3339Nano), zone)
		if err != nil || !again.Equal(at) {
			t.Fatalf("%q gave %v, which reads back as %v (%v)", s, at, again, err)
		}
	})
}
