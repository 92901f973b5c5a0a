package content

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	toml "github.com/pelletier/go-toml/v2"
)

// unreviewed are the languages whose texts no native speaker has checked
// yet. The README says so; so does the top of each of their files, with
// how a reviewer corrects them. Remove a language here, and the note from
// its files, once it has been reviewed.
var unreviewed = []string{"tr", "ar"}

// langFiles are the files of the guide in lang.
func langFiles(lang string) []string {
	return []string{"data/" + lang + ".toml", "data/organisation." + lang + ".toml", "data/route." + lang + ".toml"}
}

func TestUnreviewedSaySo(t *testing.T) {
	for _, lang := range unreviewed {
		for _, name := range langFiles(lang) {
			data, err := fs.ReadFile(files, name)
			if err != nil {
				t.Fatal(err)
			}
			head := string(data[:min(len(data), 1500)])
			if !strings.Contains(head, "NOT YET REVIEWED") || !strings.Contains(head, "go test ./") {
				t.Errorf("%s does not start by saying that it is not yet reviewed and how to check a correction", name)
			}
		}
	}
}

// TestNothingLeftInDutch catches a text copied from the Dutch and not
// translated, which no missing text would show: every sentence of every
// other language differs from the Dutch one in the same place. Short
// texts (an app's label) and names (a source's title) may be the same.
func TestNothingLeftInDutch(t *testing.T) {
	dutch := map[string]string{}
	for _, name := range langFiles(Languages[0]) {
		flatten(t, name, dutch)
	}
	if len(dutch) < 100 {
		t.Fatalf("found %d Dutch texts: the check reads nothing", len(dutch))
	}
	for _, lang := range Languages[1:] {
		texts := map[string]string{}
		for _, name := range langFiles(lang) {
			flatten(t, name, texts)
		}
		for at, text := range texts {
			// A source's name is its own title, in its own language.
			if strings.HasSuffix(at, ".name") {
				continue
			}
			if len(text) >= 30 && strings.Count(text, " ") >= 4 && dutch[at] == text {
				t.Errorf("%s: %s is the Dutch text: %q", lang, at, text)
			}
		}
	}
}

// flatten reads a TOML file's texts into texts, by their place in it
// ("welcome.body", "apps.1.page.body"), without the file's language.
func flatten(t *testing.T, name string, texts map[string]string) {
	t.Helper()
	data, err := fs.ReadFile(files, name)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := toml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	prefix, _, ok := strings.Cut(strings.TrimSuffix(strings.TrimPrefix(name, "data/"), ".toml"), ".")
	if !ok {
		prefix = "guide" // nl.toml, tr.toml
	}
	var walk func(at string, v any)
	walk = func(at string, v any) {
		switch v := v.(type) {
		case string:
			texts[at] = v
		case map[string]any:
			for k, x := range v {
				walk(at+"."+k, x)
			}
		case []map[string]any:
			for i, x := range v {
				walk(fmt.Sprintf("%s.%d", at, i), x)
			}
		case []any:
			for i, x := range v {
				walk(fmt.Sprintf("%s.%d", at, i), x)
			}
		}
	}
	walk(prefix, doc)
}
