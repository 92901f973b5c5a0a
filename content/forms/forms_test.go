package forms

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
)

// known is what the program's content knows, as content.AddressFileKnows
// gives it; the content package tests that the two agree.
func known(t *testing.T) Known {
	t.Helper()
	allow, err := address.NewAllowList("facebook.com", "instagram.com", "whatsapp.com", "meta.com")
	if err != nil {
		t.Fatal(err)
	}
	return Known{Apps: []string{"facebook", "instagram"}, Languages: []string{"nl", "en"}, Allow: allow}
}

const good = `# Nieuwere adressen.
[facebook]
adres = "https://www.facebook.com/help/contact/123456789"
gecontroleerd = 2026-12-03
door = "Bibliotheek Testdorp"

[instagram]
gecontroleerd = "2026-11-30"
door = "  Anna\x1b[2J de Vries  "
weg = ["Open de app.", "Tik op Bezwaar maken."]
weg_en = ["Open the app.", "Tap Bezwaar maken."]
`

func TestParseGoodFile(t *testing.T) {
	f, err := Parse("formulieren.toml", []byte(good), known(t))
	if err != nil {
		t.Fatal(err)
	}
	fb, ig := f.Apps["facebook"], f.Apps["instagram"]
	if fb.Form.String() != "https://www.facebook.com/help/contact/123456789" {
		t.Errorf("facebook's address is %q", fb.Form)
	}
	if want := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC); !fb.Checked.Equal(want) || fb.By != "Bibliotheek Testdorp" {
		t.Errorf("facebook was checked on %v by %q", fb.Checked, fb.By)
	}
	if fb.Route != nil {
		t.Errorf("facebook has a route %v, the file gives none", fb.Route)
	}
	if !ig.Form.IsZero() {
		t.Errorf("instagram has an address %q, the file gives none", ig.Form)
	}
	// Typed text is cleaned: no escape sequence reaches a terminal.
	if ig.By != "Anna de Vries" {
		t.Errorf("instagram was checked by %q, want it cleaned", ig.By)
	}
	if want := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC); !ig.Checked.Equal(want) {
		t.Errorf("a date in quotes reads as %v", ig.Checked)
	}
	if !slices.Equal(ig.Route["nl"], []string{"Open de app.", "Tik op Bezwaar maken."}) || len(ig.Route["en"]) != 2 {
		t.Errorf("instagram's routes are %v", ig.Route)
	}
}

// TestRefusedWithTheLine: each mistake a librarian can make refuses the
// file, and names the line and what is wrong.
func TestRefusedWithTheLine(t *testing.T) {
	const fb = "[facebook]\n"
	const rest = "gecontroleerd = 2026-12-03\ndoor = \"Bibliotheek\"\n"
	tests := []struct {
		name, file string
		line       int
		kind       Kind
		word       string
	}{
		{"http", fb + `adres = "http://www.facebook.com/help/contact/1"` + "\n" + rest, 2, NotHTTPS, "adres"},
		{"off the allow-list", fb + rest + `adres = "https://evil.example/form"` + "\n", 4, NotAllowed, "adres"},
		{"a look-alike host", fb + `adres = "https://www.facebook.com.evil.example/"` + "\n" + rest, 2, NotAllowed, "adres"},
		{"a user in the address", fb + `adres = "https://me@www.facebook.com/"` + "\n" + rest, 2, BadAddress, "adres"},
		{"a Cyrillic a", fb + "adres = \"https://www.f\u0430cebook.com/\"\n" + rest, 2, BadAddress, "adres"},
		{"javascript", fb + `adres = "javascript:alert(1)"` + "\n" + rest, 2, NotHTTPS, "adres"},
		{"an address as a number", fb + "adres = 12\n" + rest, 2, NotText, "adres"},
		{"a section not closed", "[facebook\n" + rest, 1, Syntax, ""},
		{"quotes not closed", fb + "adres = \"https://www.facebook.com/\n" + rest, 2, Syntax, ""},
		{"no quotes", fb + "door = Bibliotheek\n", 2, Syntax, ""},
		{"a key twice", fb + rest + "door = \"x\"\n", 4, Syntax, ""},
		{"not UTF-8", fb + "door = \"Biblioth\xe8que\"\n", 2, NotUTF8, ""},
		{"outside a section", `adres = "https://www.facebook.com/"` + "\n", 1, NotAnApp, "adres"},
		{"an unknown app", "\n[tiktok]\n" + rest, 2, UnknownApp, "tiktok"},
		{"an app without a form", "[whatsapp]\n" + `adres = "https://www.whatsapp.com/"` + "\n" + rest, 1, UnknownApp, "whatsapp"},
		{"the allow-list itself", "[links]\nallowed_hosts = [\"evil.example\"]\n", 1, UnknownApp, "links"},
		{"a misspelt key", fb + `adress = "https://www.facebook.com/"` + "\n" + rest, 2, UnknownKey, "adress"},
		{"a route in an unknown language", fb + rest + "weg_de = [\"Eins.\"]\n", 4, UnknownKey, "weg_de"},
		{"no date", fb + `adres = "https://www.facebook.com/x"` + "\ndoor = \"B\"\n", 1, NoDate, "facebook"},
		{"a date in words", fb + `adres = "https://www.facebook.com/x"` + "\ngecontroleerd = \"3 december 2026\"\ndoor = \"B\"\n", 3, BadDate, "gecontroleerd"},
		{"no one", fb + `adres = "https://www.facebook.com/x"` + "\ngecontroleerd = 2026-12-03\n", 1, NoBy, "facebook"},
		{"an empty name", fb + `adres = "https://www.facebook.com/x"` + "\ngecontroleerd = 2026-12-03\ndoor = \"\\u001b[2J\"\n", 4, NoBy, "door"},
		{"a route as one text", fb + rest + "weg = \"Open de app.\"\n", 4, BadRoute, "weg"},
		{"an empty step", fb + rest + "weg = [\"Open de app.\", \" \"]\n", 4, BadRoute, "weg"},
		{"no route and no address", fb + rest, 1, Empty, "facebook"},
		{"two sections of one app", fb + rest + `adres = "https://www.facebook.com/x"` + "\n[Facebook]\n" + `adres = "https://www.facebook.com/y"` + "\n" + rest, 5, Twice, "Facebook"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse("formulieren.toml", []byte(tt.file), known(t))
			if f != nil {
				t.Fatalf("the file was used:\n%s", tt.file)
			}
			e, ok := err.(*Error)
			if !ok || len(e.Problems) == 0 {
				t.Fatalf("error %v, want an *Error", err)
			}
			if e.Path != "formulieren.toml" {
				t.Errorf("the error names %q", e.Path)
			}
			p := e.Problems[0]
			if p.Line != tt.line || p.Kind != tt.kind || p.Word != tt.word {
				t.Errorf("problem %+v, want line %d, %s, %q", p, tt.line, tt.kind, tt.word)
			}
		})
	}
}

// TestEveryProblemIsSaid: a file with several mistakes names each, in the
// order of the file.
func TestEveryProblemIsSaid(t *testing.T) {
	file := "[facebook]\nadres = \"http://www.facebook.com/\"\n\n[instagram]\nadres = \"https://evil.example/\"\nwie = \"x\"\n"
	_, err := Parse("f.toml", []byte(file), known(t))
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("error %v", err)
	}
	var got []string
	for _, p := range e.Problems {
		got = append(got, string(p.Kind)+"@"+string(rune('0'+p.Line)))
	}
	if want := []string{"not_https@2", "not_allowed@5", "unknown_key@6"}; !slices.Equal(got, want) {
		t.Errorf("problems %v, want %v", got, want)
	}
}

func TestNoChange(t *testing.T) {
	f, err := Parse("f.toml", []byte("# Nog niets.\n"), known(t))
	if err != nil || len(f.Apps) != 0 {
		t.Errorf("a file of comments: %v, %v", f, err)
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	if _, err := Read(filepath.Join(dir, "nope.toml"), known(t)); !os.IsNotExist(err) {
		t.Errorf("a missing file: %v, want a not-exist error", err)
	}
	problem := func(path string) Kind {
		_, err := Read(path, known(t))
		e, ok := err.(*Error)
		if !ok || len(e.Problems) != 1 || e.Problems[0].Line != 0 {
			t.Fatalf("%s: %v", path, err)
		}
		return e.Problems[0].Kind
	}
	if k := problem(dir); k != Unreadable {
		t.Errorf("a folder: %s", k)
	}
	big := filepath.Join(dir, "big.toml")
	if err := os.WriteFile(big, []byte(strings.Repeat("# ruim\n", MaxSize/7+1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if k := problem(big); k != TooBig {
		t.Errorf("a big file: %s", k)
	}
	ok := filepath.Join(dir, Name)
	if err := os.WriteFile(ok, []byte(good), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := Read(ok, known(t))
	if err != nil || f.Path != ok || len(f.Apps) != 2 {
		t.Errorf("Read(%s) = %+v, %v", ok, f, err)
	}
}

// TestExampleInTheReadme: the README shows a librarian the example file
// the tests load, word for word, and it is a good file.
func TestExampleInTheReadme(t *testing.T) {
	example, err := os.ReadFile("testdata/" + Name)
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	block := "```toml\n" + string(example) + "```\n"
	if !strings.Contains(string(readme), block) {
		t.Errorf("README.md does not quote testdata/%s exactly, in a ```toml block", Name)
	}
	f, err := Parse(Name, example, known(t))
	if err != nil {
		t.Fatalf("the example is refused: %v", err)
	}
	if len(f.Apps) != 2 || f.Apps["facebook"].Form.IsZero() || len(f.Apps["instagram"].Route["nl"]) == 0 {
		t.Errorf("the example does not show an address and a route: %+v", f.Apps)
	}
}
