package forms

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse: whatever a file holds, Parse never panics; it either refuses
// the file with problems that name a line within it, or returns entries
// whose addresses pass the allow-list and whose words are clean.
func FuzzParse(f *testing.F) {
	example, err := os.ReadFile("testdata/" + Name)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(example)
	f.Add([]byte(good))
	f.Add([]byte("[facebook]\nadres = \"http://x\"\n"))
	f.Add([]byte("[facebook\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		k := known(t)
		file, err := Parse("f.toml", data, k)
		var e *Error
		if errors.As(err, &e) {
			lines := strings.Count(string(data), "\n") + 1
			for _, p := range e.Problems {
				if p.Kind == "" || p.Line < 0 || p.Line > lines {
					t.Fatalf("problem %+v in a file of %d lines", p, lines)
				}
			}
			return
		}
		if err != nil || file == nil {
			t.Fatalf("Parse = %v, %v", file, err)
		}
		for id, entry := range file.Apps {
			if !entry.Form.IsZero() {
				if again, err := k.Allow.Check(entry.Form.String()); err != nil || again != entry.Form {
					t.Fatalf("%s: address %q does not pass the check again: %v", id, entry.Form, err)
				}
			}
			if entry.Checked.IsZero() || entry.By == "" || (entry.Form.IsZero() && entry.Route == nil) {
				t.Fatalf("%s: an entry without a date, a name, or anything to use: %+v", id, entry)
			}
			for _, steps := range entry.Route {
				for _, s := range append(steps, entry.By) {
					if !utf8.ValidString(s) || strings.ContainsAny(s, "\x1b\n\r\t\u202e") {
						t.Fatalf("%s: a word that is not clean: %q", id, s)
					}
				}
			}
		}
	})
}
