package i18n

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	toml "github.com/pelletier/go-toml/v2"
)

// message is one message of a locale file: a text, or plural forms.
type message struct {
	text   string
	plural map[string]string // "one", "other"; nil for a plain text
}

// readLocale parses a locale file the way a translator sees it.
func readLocale(t *testing.T, lang string) map[string]message {
	t.Helper()
	files, err := localeFiles(lang)
	if err != nil || len(files) == 0 {
		t.Fatalf("no locale files for %s: %v", lang, err)
	}
	raw := map[string]any{}
	for _, name := range files {
		data, err := fs.ReadFile(locales, name)
		if err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
		var file map[string]any
		if err := toml.Unmarshal(data, &file); err != nil {
			t.Fatalf("parsing %s: %v", name, err)
		}
		for id, v := range file {
			if _, twice := raw[id]; twice {
				t.Errorf("%s: message %s is in two files", lang, id)
			}
			raw[id] = v
		}
	}
	msgs := map[string]message{}
	for id, v := range raw {
		switch v := v.(type) {
		case string:
			msgs[id] = message{text: v}
		case map[string]any:
			m := message{plural: map[string]string{}}
			for form, text := range v {
				s, ok := text.(string)
				if !ok {
					t.Errorf("%s: %s.%s is a %T, want a string", lang, id, form, text)
				}
				m.plural[form] = s
			}
			msgs[id] = m
		default:
			t.Errorf("%s: %s is a %T, want a string or plural forms", lang, id, v)
		}
	}
	if len(msgs) == 0 {
		t.Fatalf("%s has no messages", lang)
	}
	return msgs
}

// allLocales returns every language's messages.
func allLocales(t *testing.T) map[string]map[string]message {
	t.Helper()
	all := map[string]map[string]message{}
	for _, lang := range Languages {
		all[lang] = readLocale(t, lang)
	}
	return all
}

// pluralForms are the plural categories each language has, as CLDR
// defines them (and go-i18n picks among): a message that counts has
// exactly these forms. Arabic has six: 0, 1, 2, 3 to 10, 11 to 99, and
// the rest.
var pluralForms = map[string][]string{
	"nl": {"one", "other"},
	"en": {"one", "other"},
	"tr": {"one", "other"},
	"ar": {"zero", "one", "two", "few", "many", "other"},
}

func TestEveryLanguageHasPluralForms(t *testing.T) {
	for _, lang := range Languages {
		if len(pluralForms[lang]) == 0 {
			t.Errorf("%s: its plural categories are not in pluralForms", lang)
		}
	}
}

func TestLocaleParity(t *testing.T) {
	all := allLocales(t)
	ids := map[string]bool{}
	for _, msgs := range all {
		for id := range msgs {
			ids[id] = true
		}
	}
	for _, id := range slices.Sorted(maps.Keys(ids)) {
		t.Run(id, func(t *testing.T) {
			plural := -1 // unknown until the first language
			for _, lang := range Languages {
				m, ok := all[lang][id]
				if !ok {
					t.Errorf("missing in %s", lang)
					continue
				}
				isPlural := 0
				if m.plural != nil {
					isPlural = 1
				}
				if plural >= 0 && isPlural != plural {
					t.Errorf("plural in one language, not in another")
				}
				plural = isPlural
				if m.plural == nil {
					if strings.TrimSpace(m.text) == "" {
						t.Errorf("%s: empty", lang)
					}
					continue
				}
				forms := pluralForms[lang]
				for _, form := range forms {
					if strings.TrimSpace(m.plural[form]) == "" {
						t.Errorf("%s: plural form %q empty or missing", lang, form)
					}
				}
				for form := range m.plural {
					if !slices.Contains(forms, form) {
						t.Errorf("%s: plural form %q, want only %v", lang, form, forms)
					}
				}
			}
		})
	}
}

// repoRoot walks up from the test's folder to the folder with go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's folder")
		}
		dir = parent
	}
}

// usedID is a message ID found in the code. A prefix ("help.arg." +
// name) is an ID made at run time.
type usedID struct {
	id     string
	prefix bool
	where  string
}

// usedIDs finds the message IDs the Go code passes to T and N: the string
// literal that is their first argument, or its first part when the ID is
// put together. Test files are skipped: they may ask for IDs on purpose.
func usedIDs(t *testing.T, root string) []usedID {
	t.Helper()
	var used []usedID
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := e.Name()
		if e.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			var fn string
			switch f := call.Fun.(type) {
			case *ast.SelectorExpr:
				fn = f.Sel.Name
			case *ast.Ident:
				fn = f.Name
			}
			if fn != "T" && fn != "N" {
				return true
			}
			arg, prefix := call.Args[0], false
			if bin, ok := arg.(*ast.BinaryExpr); ok && bin.Op == token.ADD {
				arg, prefix = leftmost(bin), true
			}
			lit, ok := arg.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			id, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Errorf("%s: %v", fset.Position(lit.Pos()), err)
				return true
			}
			rel, _ := filepath.Rel(root, fset.Position(lit.Pos()).Filename)
			used = append(used, usedID{id: id, prefix: prefix, where: rel + ":" + strconv.Itoa(fset.Position(lit.Pos()).Line)})
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return used
}

// leftmost returns the first operand of a chain of +.
func leftmost(e *ast.BinaryExpr) ast.Expr {
	x := e.X
	for {
		b, ok := x.(*ast.BinaryExpr)
		if !ok || b.Op != token.ADD {
			return x
		}
		x = b.X
	}
}

// TestUsedIDsExist makes sure the program never shows a message ID, or the
// Dutch text on an English screen: every ID the code asks for is in every
// language.
func TestUsedIDsExist(t *testing.T) {
	all := allLocales(t)
	used := usedIDs(t, repoRoot(t))
	// The scan must see the code: a broken scan would pass everything.
	dirs := map[string]bool{}
	for _, u := range used {
		dirs[filepath.Dir(strings.Split(u.where, ":")[0])] = true
	}
	if len(used) < 50 || !dirs["ui/wizard"] || !dirs["content/walk"] || !dirs["i18n"] {
		t.Fatalf("found %d uses of T and N in %v; the scan misses code", len(used), slices.Sorted(maps.Keys(dirs)))
	}
	for _, u := range used {
		t.Run(u.where, func(t *testing.T) {
			for _, lang := range Languages {
				if u.prefix {
					found := false
					for id := range all[lang] {
						found = found || strings.HasPrefix(id, u.id)
					}
					if !found {
						t.Errorf("%s: no message starts with %q", lang, u.id)
					}
					continue
				}
				if _, ok := all[lang][u.id]; !ok {
					t.Errorf("%s: message %q is missing", lang, u.id)
				}
			}
		})
	}
}

// fullData fills every field a message may use.
var fullData = Data{
	"Count": 3, "App": "Facebook", "Other": "Instagram", "N": 2, "Total": 7,
	"Lang": "de", "Known": "nl, en", "Value": "gisteren", "Flag": "--now",
	"Command": "start", "Platform": "tiktok", "Digits": "712 876 720",
	"Time": "10:00", "Date": "27 mei 2025", "Day": 27, "Month": "mei",
	"Year": 2025, "Span": "3 dagen", "Width": 60, "Height": 20, "Seconds": 10, "Status": 404, "Arg": "x", "Path": "/tmp/x.html", "Dir": "/tmp", "Max": 6, "Answer": "Facebook", "Reason": "Nee.", "Account": "@testdorp", "Name": "brief.txt",
	"Address": "https://www.facebook.com/login/", "Apps": "Facebook en Instagram", "Via": "Threads",
	"Keys": "Ctrl+V", "Done": "Klaar, verder", "Title": "Gegevens voor de brief",
	"Kind": "gemeente", "Public": "overheid", "Association": "vereniging", "Others": "public of association", "Site": "facebook.com",
}

func TestMessagesRender(t *testing.T) {
	all := allLocales(t)
	for _, lang := range Languages {
		tr, err := New(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range slices.Sorted(maps.Keys(all[lang])) {
			t.Run(lang+"/"+id, func(t *testing.T) {
				var outs []string
				if all[lang][id].plural != nil {
					outs = []string{tr.N(id, 1, fullData), tr.N(id, 2, fullData)}
				} else {
					outs = []string{tr.T(id, fullData)}
				}
				for _, s := range outs {
					if s == id {
						t.Errorf("renders as its ID")
					}
					if strings.Contains(s, "<no value>") || strings.Contains(s, "{{") || strings.Contains(s, "}}") {
						t.Errorf("renders with a hole: %q", s)
					}
				}
			})
		}
	}
}

func TestNew(t *testing.T) {
	for _, lang := range Languages {
		t.Run(lang, func(t *testing.T) {
			tr, err := New(lang)
			if err != nil {
				t.Fatal(err)
			}
			if tr.Lang() != lang {
				t.Errorf("Lang() = %q, want %q", tr.Lang(), lang)
			}
		})
	}
	for _, lang := range []string{"", "de", "NL", "en_GB"} {
		t.Run("unknown "+lang, func(t *testing.T) {
			tr, err := New(lang)
			if !errors.Is(err, ErrUnknownLanguage) {
				t.Errorf("New(%q) error = %v, want ErrUnknownLanguage", lang, err)
			}
			if tr != nil {
				t.Errorf("New(%q) returned a translator with the error", lang)
			}
		})
	}
	t.Run("MustNew panics on an unknown language", func(t *testing.T) {
		defer func() {
			if recover() == nil {
				t.Error("MustNew(de) did not panic")
			}
		}()
		MustNew("de")
	})
}

func TestT(t *testing.T) {
	tests := []struct {
		lang, id string
		data     Data
		want     string
	}{
		{"nl", "welcome.begin", nil, "Beginnen"},
		{"en", "welcome.begin", nil, "Begin"},
		{"nl", "step.progress", Data{"App": "Facebook", "N": 2, "Total": 7}, "Facebook, stap 2 van 7"},
		{"en", "step.progress", Data{"App": "Facebook", "N": 2, "Total": 7}, "Facebook, step 2 of 7"},
		{"nl", "no.such.message", nil, "no.such.message"},
		{"en", "no.such.message", Data{"App": "x"}, "no.such.message"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.id, func(t *testing.T) {
			var got string
			if tt.data == nil {
				got = MustNew(tt.lang).T(tt.id)
			} else {
				got = MustNew(tt.lang).T(tt.id, tt.data)
			}
			if got != tt.want {
				t.Errorf("T(%q) = %q, want %q", tt.id, got, tt.want)
			}
		})
	}
}

func TestN(t *testing.T) {
	tests := []struct {
		lang, id string
		count    int
		want     string
	}{
		{"nl", "banner.days", 1, "1 dag"},
		{"nl", "banner.days", 2, "2 dagen"},
		{"nl", "banner.days", 0, "0 dagen"},
		{"en", "banner.days", 1, "1 day"},
		{"en", "banner.days", 2, "2 days"},
		{"nl", "banner.minutes", 1, "1 minuut"},
		{"nl", "banner.minutes", 59, "59 minuten"},
		{"en", "banner.hours", 1, "1 hour"},
		{"en", "banner.hours", 14, "14 hours"},
		{"nl", "banner.ago_years", 2, "2 jaar"},
		{"en", "banner.ago_months", 5, "5 months"},
		{"en", "no.such.message", 2, "no.such.message"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.want, func(t *testing.T) {
			if got := MustNew(tt.lang).N(tt.id, tt.count); got != tt.want {
				t.Errorf("N(%q, %d) = %q, want %q", tt.id, tt.count, got, tt.want)
			}
		})
	}
	t.Run("the count wins over the data", func(t *testing.T) {
		data := Data{"Count": 99}
		if got := MustNew("en").N("banner.days", 2, data); got != "2 days" {
			t.Errorf("N = %q, want %q", got, "2 days")
		}
		if data["Count"] != 99 {
			t.Errorf("N changed the caller's data: %v", data)
		}
	})
}

func TestDates(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang           string
		at             time.Time
		date, dateTime string
	}{
		{"nl", time.Date(2025, 5, 27, 0, 0, 0, 0, ams), "27 mei 2025", "27 mei 2025, 00:00 uur"},
		{"en", time.Date(2025, 5, 27, 0, 0, 0, 0, ams), "27 May 2025", "27 May 2025, 00:00"},
		{"nl", time.Date(2025, 5, 20, 10, 0, 0, 0, ams), "20 mei 2025", "20 mei 2025, 10:00 uur"},
		{"en", time.Date(2025, 5, 20, 10, 0, 0, 0, ams), "20 May 2025", "20 May 2025, 10:00"},
		{"nl", time.Date(2026, 1, 1, 9, 5, 0, 0, ams), "1 januari 2026", "1 januari 2026, 09:05 uur"},
		{"en", time.Date(2024, 12, 31, 23, 59, 0, 0, ams), "31 December 2024", "31 December 2024, 23:59"},
		{"nl", time.Date(2025, 3, 8, 14, 30, 0, 0, ams), "8 maart 2025", "8 maart 2025, 14:30 uur"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.date, func(t *testing.T) {
			tr := MustNew(tt.lang)
			if got := tr.Date(tt.at); got != tt.date {
				t.Errorf("Date = %q, want %q", got, tt.date)
			}
			if got := tr.DateTime(tt.at); got != tt.dateTime {
				t.Errorf("DateTime = %q, want %q", got, tt.dateTime)
			}
		})
	}
	t.Run("twelve months in every language", func(t *testing.T) {
		for _, lang := range Languages {
			if n := len(strings.Fields(MustNew(lang).T("date.months"))); n != 12 {
				t.Errorf("%s: %d months, want 12", lang, n)
			}
		}
	})
}

func TestListAndOr(t *testing.T) {
	tests := []struct {
		lang  string
		items []string
		list  string
		or    string
	}{
		{"nl", nil, "", ""},
		{"en", []string{}, "", ""},
		{"nl", []string{"a"}, "a", "a"},
		{"nl", []string{"a", "b"}, "a en b", "a of b"},
		{"nl", []string{"a", "b", "c"}, "a, b en c", "a, b of c"},
		{"en", []string{"a", "b"}, "a and b", "a or b"},
		{"en", []string{"a", "b", "c", "d"}, "a, b, c and d", "a, b, c or d"},
		{"tr", []string{"a", "b", "c"}, "a, b ve c", "a, b veya c"},
		{"ar", []string{"a", "b", "c"}, "a، b وc", "a، b أو c"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.list, func(t *testing.T) {
			tr := MustNew(tt.lang)
			if got := tr.List(tt.items); got != tt.list {
				t.Errorf("List(%q) = %q, want %q", tt.items, got, tt.list)
			}
			if got := tr.Or(tt.items); got != tt.or {
				t.Errorf("Or(%q) = %q, want %q", tt.items, got, tt.or)
			}
		})
	}
}

// TestLanguageNames makes sure each language is listed in its own name, and
// that those names are the files' and not the code's.
func TestLanguageNames(t *testing.T) {
	want := map[string]string{"nl": "Nederlands", "en": "English", "tr": "Türkçe", "ar": "العربية"}
	seen := map[string]bool{}
	for _, lang := range Languages {
		got := Name(lang)
		if w, ok := want[lang]; ok && got != w {
			t.Errorf("Name(%q) = %q, want %q", lang, got, w)
		}
		if got == lang || got == "" {
			t.Errorf("Name(%q) = %q: lang.%s.toml has no language.name", lang, got, lang)
		}
		if seen[got] {
			t.Errorf("Name(%q) = %q, the name of another language too", lang, got)
		}
		seen[got] = true
		if got != MustNew(lang).T("language.name") {
			t.Errorf("Name(%q) is not the language's own message language.name", lang)
		}
	}
	if got := Name("xx"); got != "xx" {
		t.Errorf("Name of an unknown language = %q, want its code", got)
	}
}

// TestScreenLanguages: a terminal offers every left-to-right language, and
// Arabic only on paper and in text.
func TestScreenLanguages(t *testing.T) {
	if got, want := ScreenLanguages(), []string{"nl", "en", "tr"}; !slices.Equal(got, want) {
		t.Errorf("ScreenLanguages() = %v, want %v", got, want)
	}
	if !RightToLeft("ar") || RightToLeft("tr") || RightToLeft("nl") {
		t.Error("RightToLeft: only ar is written from right to left")
	}
	if OnScreen("ar") || !OnScreen("tr") || OnScreen("xx") {
		t.Error("OnScreen: ar is not on screen, tr is, an unknown language is not")
	}
}

// TestNothingLeftInDutch catches a message copied from Dutch and not
// translated: a falling back to Dutch that no missing ID would show. Short
// messages (a key, a placeholder, a name like "Nederlands") may be the
// same in two languages; a sentence may not.
func TestNothingLeftInDutch(t *testing.T) {
	all := allLocales(t)
	for _, lang := range Languages[1:] {
		for id, m := range all[lang] {
			nl, ok := all[Default][id]
			if !ok || m.plural != nil || len(m.text) < 30 || strings.Count(m.text, " ") < 4 || onlyCommands(m.text) {
				continue
			}
			if m.text == nl.text {
				t.Errorf("%s: %s is the Dutch text: %q", lang, id, m.text)
			}
		}
	}
}

// onlyCommands reports whether a message is only command lines (the help's
// examples), which read the same in every language.
func onlyCommands(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "bezwaarwijzer ") && line != "bezwaarwijzer" && !strings.HasPrefix(line, "--") {
			return false
		}
	}
	return true
}

// unreviewed are the languages whose translation no native speaker has
// checked yet. The README says so; so does the top of each of their files,
// with how a reviewer corrects them. Remove a language here, and the note
// from its files, once it has been reviewed.
var unreviewed = []string{"tr", "ar"}

func TestUnreviewedSaySo(t *testing.T) {
	for _, lang := range unreviewed {
		files, err := localeFiles(lang)
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no files: %v", lang, err)
		}
		for _, name := range files {
			data, err := fs.ReadFile(locales, name)
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

// TestArabicPluralForms: a count in Arabic takes the form CLDR gives it,
// not only one or other: two days is the dual, three to ten the plural,
// eleven and more the singular accusative.
func TestArabicPluralForms(t *testing.T) {
	ar := MustNew("ar")
	for n, want := range map[int]string{1: "يوم واحد", 2: "يومان", 3: "3 أيام", 11: "11 يومًا", 100: "100 يوم"} {
		if got := ar.N("banner.days", n); got != want {
			t.Errorf("N(banner.days, %d) = %q, want %q", n, got, want)
		}
	}
}
