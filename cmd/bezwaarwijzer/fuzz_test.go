package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/files"
	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/linkcheck"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/fileproblem"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// commandLines are the fuzz target's first inputs: every command and flag,
// right and wrong, with the arguments separated by NUL, the one byte an
// argument can never hold.
var commandLines = []string{
	"", "--help", "-h", "help", "help\x00open", "--help=1", "-vh", "--kiosk\x00help\x00open", "--version", "-v",
	"open\x00facebook", "openen\x00instagram\x00--no-browser", "open\x00twitter", "open", "open\x00facebook\x00instagram",
	"text", "tekst\x00--platform\x00instagram", "text\x00--platform\x00a,b", "text\x00meer",
	"handout", "handout\x00-o\x00stappen.html", "handout\x00-o\x00/etc/stappen.html", "folder\x00-o\x00../../x.html\x00--force",
	"handout\x00-o\x00.", "letter", "letter\x00--kind\x00vereniging\x00--org\x00X\x00--accounts\x00@x\x00-o\x00brief.txt",
	"brief\x00--kind\x00overheid\x00--org\x00Gemeente Testdorp\x00--accounts\x00facebook.com/testdorp,@testdorp\x00--contact\x00nee\x00--place\x00Testdorp",
	"letter\x00--kind\x00\x1b[2Jgemeente\x00--org\x00X\x00--accounts\x00@x", "letter\x00--org\x00X\x00--accounts\x00@x\x00--signer\x00\x1b[2J",
	"letter\x00--org\x00\x00--accounts\x00", "check-links", "controleer\x00x",
	"--lang\x00EN", "--lang\x00 en \x00open\x00facebook", "--lang=nl-NL\x00text", "--lang\x00de", "--lang", "--lang\x00\u202een",
	"--now\x002025-05-20\x00text", "--now\x00gisteren", "--kiosk\x00--idle\x00500ms", "--idle\x005m", "--idle\x00x\x00--kiosk",
	"--kiosk\x00--idle\x005", "--now\x002025-05-26 10:00\x00handout\x00-o\x00p.html", "open\x00whatsapp", "folder\x00--platform\x00threads",
	"--accessible", "--accessible\x00--kiosk", "--ascii\x00--no-browser\x00open\x00instagram",
	"__complete\x00x", "__completeNoDesc", "--frobnicate", "-z", "---x", "--\x00open", "-o",
	"open\x00\x1b]2;X\a", "\x1b[2J", "--\x1b[31mx", "open\x00\u009b2Jfacebook", "letter\x00--org\x00\x1b]52;c;eA==\a\x00--accounts\x00@x",
}

// englishInDutch finds English a Dutch run must never show: the English
// interface's own sentences (pieces of 15 characters or more that no Dutch
// message has), and what cobra, pflag and fang say by themselves.
type englishInDutch struct {
	pieces []string
	tools  *regexp.Regexp
}

func newEnglishInDutch(t testing.TB) englishInDutch {
	t.Helper()
	read := func(lang string) []string {
		files, err := filepath.Glob(filepath.Join("..", "..", "i18n", "locales", "*."+lang+".toml"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no %s locale files: %v", lang, err)
		}
		var texts []string
		for _, f := range files {
			var m map[string]any
			data, err := os.ReadFile(f)
			if err == nil {
				err = toml.Unmarshal(data, &m)
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range m {
				switch v := v.(type) {
				case string:
					texts = append(texts, v)
				case map[string]any: // plural forms
					for _, p := range v {
						if s, ok := p.(string); ok {
							texts = append(texts, s)
						}
					}
				}
			}
		}
		return texts
	}
	dutch := strings.Join(read("nl"), "\n")
	field := regexp.MustCompile(`\{\{[^}]*\}\}|\n`)
	var e englishInDutch
	for _, text := range read("en") {
		for _, piece := range field.Split(text, -1) {
			piece = strings.TrimSpace(piece)
			if len([]rune(piece)) >= 15 && !strings.Contains(dutch, piece) {
				e.pieces = append(e.pieces, piece)
			}
		}
	}
	if len(e.pieces) < 100 {
		t.Fatalf("only %d English pieces found: the check would see nothing", len(e.pieces))
	}
	e.tools = regexp.MustCompile(`(?i)usage:|flags:|available commands|help for |completion ended|shellcompdirective|` +
		`requires at least|unknown command|invalid argument|bad flag syntax|error:|for more information|` +
		`built from source|deprecated|please`)
	return e
}

// found returns the English in s, leaving out what the person typed.
func (e englishInDutch) found(s string, typed func(string) bool) []string {
	var found []string
	for _, p := range e.pieces {
		if strings.Contains(s, p) && !typed(p) {
			found = append(found, p)
		}
	}
	for _, m := range e.tools.FindAllString(s, -1) {
		if !typed(m) {
			found = append(found, m)
		}
	}
	return found
}

// inside maps a path given on the command line into dir, so that no run
// writes anywhere else; a path that climbs out of it gets no permission.
func inside(dir, path string) (string, bool) {
	p := filepath.Join(dir, path)
	rel, err := filepath.Rel(dir, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return p, true
}

// FuzzCommandLine runs the whole command line with any arguments and any
// LANG, on the program with stubs: no terminal, empty standard input, a
// browser that opens nothing, no curl, and files only in a folder of the
// test's. For every command line the exit code is 0, 1 or 2, nothing
// panics, no Go error and no escape or control character reaches the
// person, and a Dutch run says nothing in English. Run it with
// go test ./cmd/bezwaarwijzer -run '^$' -fuzz FuzzCommandLine -fuzztime 60s.
func FuzzCommandLine(f *testing.F) {
	for _, line := range commandLines {
		for _, lang := range []string{"nl_NL.UTF-8", "en_GB.UTF-8", "", "C", "de_DE.UTF-8"} {
			f.Add(line, lang)
		}
	}
	english := newEnglishInDutch(f)
	// A file written by a run would show in the working folder (the
	// package's), where relative paths lead.
	listing := func(t testing.TB) string {
		entries, err := os.ReadDir(".")
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return strings.Join(names, " ")
	}
	before := listing(f)
	f.Fuzz(func(t *testing.T, line, lang string) {
		var args []string
		if line != "" {
			args = strings.Split(line, "\x00")
		}
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		a, _ := testApp(env{"LANG": lang}, nil, true, &stdout, &stderr)
		a.tempDir = dir
		a.writeFile = func(path string, data []byte, overwrite bool) error {
			p, ok := inside(dir, path)
			if !ok {
				return fileproblem.ErrPermission
			}
			return files.Write(p, data, overwrite)
		}
		a.linkChecker = linkcheck.Checker{Curl: filepath.Join(dir, "no-curl")}

		// A kiosk never ends by itself (its line-by-line mode waits for
		// the next visitor); the context ends it, as a shutdown would.
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		done := make(chan int, 1)
		go func() { done <- a.run(ctx, args) }()
		var code int
		select {
		case code = <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("%q with LANG=%q did not end", args, lang)
		}

		out := stdout.String() + stderr.String()
		if code != exitOK && code != exitFail && code != exitUsage {
			t.Errorf("%q: exit %d", args, code)
		}
		// What the person typed comes back (cleaned) in messages; words
		// in it are theirs, not the program's.
		var cleaned []string
		for _, arg := range args {
			cleaned = append(cleaned, typed.Clean(arg, len(arg)))
			for _, part := range strings.FieldsFunc(arg, func(r rune) bool { return r == ',' || r == '=' }) {
				cleaned = append(cleaned, typed.Clean(part, len(part)))
			}
		}
		wasTyped := func(s string) bool {
			for _, c := range cleaned {
				if strings.Contains(strings.ToLower(c), strings.ToLower(s)) {
					return true
				}
			}
			return false
		}
		for _, m := range goErrors.FindAllString(out, -1) {
			if !wasTyped(m) {
				t.Errorf("%q: a Go error string reached the person (%q):\n%s", args, m, out)
			}
		}
		if i := strings.IndexFunc(out, unsafeRune); i >= 0 {
			t.Errorf("%q: the output has %q:\n%q", args, []rune(out[i:])[0], out)
		}
		dutch, _ := i18n.Detect("", func(k string) string { return map[string]string{"LANG": lang}[k] })
		if dutch == "nl" && !strings.Contains(line, "--lang") {
			if found := english.found(out, wasTyped); len(found) > 0 {
				t.Errorf("%q with LANG=%q: English in a Dutch run: %q\n%s", args, lang, found, out)
			}
		}
		if now := listing(t); now != before {
			t.Errorf("%q: the package's folder changed:\n%s\nwas\n%s", args, now, before)
		}
	})
}
