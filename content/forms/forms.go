// Package forms reads an address file: a small TOML file in which a
// volunteer or a library writes a newer address of an objection form, and
// if wanted newer steps through the app, with the day they checked it and
// who they are. Meta moves its forms without notice (FACTS H12); with this
// file the program follows without a new release.
//
// The file is for a librarian, so its words are Dutch and few:
//
//	[facebook]
//	adres = "https://www.facebook.com/help/contact/712876720715583"
//	gecontroleerd = 2026-12-03
//	door = "Bibliotheek Testdorp"
//	weg = ["Open de app en tik op je profielfoto.", "..."]
//
// weg is the route in Dutch; weg_en (and so on) in another language.
//
// Every address passes the program's one check (package address) against
// the allow-list the caller gives, which is the one built into the
// program: no file can widen it. A file with any problem is refused whole,
// and every problem names its line, so that a person can put it right; the
// program then uses its own addresses.
package forms

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
)

// Name is the file's name beside the program, where it is picked up by
// itself.
const Name = "formulieren.toml"

// The words of the file.
const (
	KeyAddress = "adres"
	KeyChecked = "gecontroleerd"
	KeyBy      = "door"
	KeyRoute   = "weg" // in the first language; "weg_en" in English
)

// Limits: an address file is a few lines. Anything much bigger is not one.
const (
	MaxSize      = 64 << 10
	MaxByLength  = 80  // characters of "door"
	MaxStepWords = 300 // characters of one step of the route
	MaxSteps     = 15
)

// File is an address file that passed every check.
type File struct {
	// Path is where it was read, as the program was given it.
	Path string
	// Apps holds an entry per app the file names, by app ID.
	Apps map[string]Entry
}

// Entry is what the file says about one app.
type Entry struct {
	// Form is the newer address; zero keeps the program's own.
	Form address.Checked
	// Route holds newer steps through the app, by language; none keeps
	// the program's own.
	Route map[string][]string
	// Checked is the day the address or route was checked; By is who
	// checked it.
	Checked time.Time
	By      string
}

// Known is what a file may name: the apps with a form, the languages of
// the route (the first is the one without a suffix), and the allow-list
// every address must pass.
type Known struct {
	Apps      []string
	Languages []string
	Allow     address.AllowList
}

// Kind is what is wrong, so that a caller can say it in a person's words.
type Kind string

// The problems a file can have.
const (
	Unreadable Kind = "unreadable" // the file cannot be read
	TooBig     Kind = "too_big"    // more than MaxSize bytes
	NotUTF8    Kind = "not_utf8"   // saved in another encoding than UTF-8
	Syntax     Kind = "syntax"     // not TOML
	NotAnApp   Kind = "not_an_app" // a word outside an app's [section]
	UnknownApp Kind = "unknown_app"
	Twice      Kind = "twice" // the same app twice
	UnknownKey Kind = "unknown_key"
	NotText    Kind = "not_text" // a value that should be text in quotes
	NotHTTPS   Kind = "not_https"
	NotAllowed Kind = "not_allowed" // a host off the allow-list
	BadAddress Kind = "bad_address" // fails the check otherwise
	NoDate     Kind = "no_date"
	BadDate    Kind = "bad_date"
	NoBy       Kind = "no_by"
	BadRoute   Kind = "bad_route"
	Empty      Kind = "empty" // neither an address nor a route
)

// Problem is one thing wrong in a file.
type Problem struct {
	// Line is where, from 1; 0 when it is the whole file.
	Line int
	Kind Kind
	// Word is the app or key it is about, cleaned for a terminal.
	Word string
}

// Error is a refused file: every problem in it, in the order of the file.
type Error struct {
	Path     string
	Problems []Problem
}

func (e *Error) Error() string {
	var parts []string
	for _, p := range e.Problems {
		parts = append(parts, fmt.Sprintf("line %d: %s %s", p.Line, p.Kind, p.Word))
	}
	return fmt.Sprintf("address file %s refused: %s", e.Path, strings.Join(parts, "; "))
}

// Read reads and checks the address file at path. A file that does not
// exist gives an error that wraps fs.ErrNotExist, so that the caller
// decides whether that is a mistake; every other problem is an *Error.
func Read(path string, known Known) (*File, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if err != nil {
		return nil, refuse(path, Problem{Kind: Unreadable})
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return nil, refuse(path, Problem{Kind: Unreadable})
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, refuse(path, Problem{Kind: Unreadable})
	}
	return Parse(path, data, known)
}

func refuse(path string, problems ...Problem) error {
	return &Error{Path: path, Problems: problems}
}

// Parse checks an address file's contents; path only names it.
func Parse(path string, data []byte, known Known) (*File, error) {
	if len(data) > MaxSize {
		return nil, refuse(path, Problem{Kind: TooBig})
	}
	// An older Notepad saves é and ë in its own encoding, which TOML
	// cannot read: that gets a sentence of its own.
	if !utf8.Valid(data) {
		line := 1
		for len(data) > 0 {
			r, n := utf8.DecodeRune(data)
			if r == utf8.RuneError && n == 1 {
				break
			}
			if r == '\n' {
				line++
			}
			data = data[n:]
		}
		return nil, refuse(path, Problem{Line: line, Kind: NotUTF8})
	}
	var raw map[string]any
	if err := toml.Unmarshal(data, &raw); err != nil {
		p := Problem{Kind: Syntax}
		var de *toml.DecodeError
		if errors.As(err, &de) {
			p.Line, _ = de.Position()
		}
		return nil, refuse(path, p)
	}
	c := &checker{known: known, lines: indexLines(data), file: &File{Path: path, Apps: map[string]Entry{}}}
	// In the order of the file, so that the problems are too.
	names := make([]string, 0, len(raw))
	for name := range raw {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int { return c.lines.find([]string{a}) - c.lines.find([]string{b}) })
	for _, name := range names {
		c.app(name, raw[name])
	}
	if len(c.problems) > 0 {
		slices.SortStableFunc(c.problems, func(a, b Problem) int { return a.Line - b.Line })
		return nil, refuse(path, c.problems...)
	}
	return c.file, nil
}

type checker struct {
	known    Known
	lines    lineIndex
	file     *File
	problems []Problem
}

func (c *checker) fail(kind Kind, word string, path ...string) {
	c.problems = append(c.problems, Problem{Line: c.lines.find(path), Kind: kind, Word: typed.Echo(word)})
}

// app checks one app's section.
func (c *checker) app(name string, value any) {
	table, ok := value.(map[string]any)
	if !ok {
		c.fail(NotAnApp, name, name)
		return
	}
	id := strings.ToLower(name)
	if !slices.Contains(c.known.Apps, id) {
		c.fail(UnknownApp, name, name)
		return
	}
	if _, seen := c.file.Apps[id]; seen {
		c.fail(Twice, name, name)
		return
	}
	var e Entry
	before := len(c.problems)
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return c.lines.find([]string{name, a}) - c.lines.find([]string{name, b}) })
	for _, key := range keys {
		at := []string{name, key}
		switch v := table[key]; {
		case key == KeyAddress:
			e.Form = c.address(v, at)
		case key == KeyChecked:
			e.Checked = c.date(v, at)
		case key == KeyBy:
			s, ok := v.(string)
			if !ok {
				c.fail(NotText, key, at...)
				continue
			}
			if e.By = typed.Clean(s, MaxByLength); e.By == "" {
				c.fail(NoBy, key, at...)
			}
		default:
			lang, ok := c.routeLanguage(key)
			if !ok {
				c.fail(UnknownKey, key, at...)
				continue
			}
			if steps := c.route(v, at); steps != nil {
				if e.Route == nil {
					e.Route = map[string][]string{}
				}
				e.Route[lang] = steps
			}
		}
	}
	if len(c.problems) > before {
		c.file.Apps[id] = e // seen, so that a second section is reported as one
		return
	}
	switch {
	case e.Form.IsZero() && e.Route == nil:
		c.fail(Empty, name, name)
	case e.Checked.IsZero():
		c.fail(NoDate, name, name)
	case e.By == "":
		c.fail(NoBy, name, name)
	}
	c.file.Apps[id] = e
}

// routeLanguage reads "weg" (the first language) or "weg_en".
func (c *checker) routeLanguage(key string) (string, bool) {
	if len(c.known.Languages) == 0 {
		return "", false
	}
	if key == KeyRoute {
		return c.known.Languages[0], true
	}
	lang, ok := strings.CutPrefix(key, KeyRoute+"_")
	if ok && slices.Contains(c.known.Languages[1:], lang) {
		return lang, true
	}
	return "", false
}

func (c *checker) address(v any, at []string) address.Checked {
	s, ok := v.(string)
	if !ok {
		c.fail(NotText, at[1], at...)
		return address.Checked{}
	}
	checked, err := c.known.Allow.Check(strings.TrimSpace(s))
	switch {
	case err == nil:
		return checked
	case errors.Is(err, address.ErrNotHTTPS):
		c.fail(NotHTTPS, at[1], at...)
	case errors.Is(err, address.ErrNotAllowed):
		c.fail(NotAllowed, at[1], at...)
	default:
		c.fail(BadAddress, at[1], at...)
	}
	return address.Checked{}
}

// date reads a TOML date (2026-12-03), or the same in quotes, as a
// librarian may write it.
func (c *checker) date(v any, at []string) time.Time {
	var d time.Time
	switch v := v.(type) {
	case toml.LocalDate:
		d = v.AsTime(time.UTC)
	case toml.LocalDateTime:
		d = v.AsTime(time.UTC)
	case time.Time:
		d = v
	case string:
		parsed, err := time.Parse(time.DateOnly, strings.TrimSpace(v))
		if err != nil {
			c.fail(BadDate, at[1], at...)
			return time.Time{}
		}
		d = parsed
	default:
		c.fail(BadDate, at[1], at...)
		return time.Time{}
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

func (c *checker) route(v any, at []string) []string {
	list, ok := v.([]any)
	if !ok || len(list) == 0 || len(list) > MaxSteps {
		c.fail(BadRoute, at[1], at...)
		return nil
	}
	var steps []string
	for _, item := range list {
		s, ok := item.(string)
		if ok {
			s = typed.Clean(s, MaxStepWords)
		}
		if !ok || s == "" {
			c.fail(BadRoute, at[1], at...)
			return nil
		}
		steps = append(steps, s)
	}
	return steps
}

// lineIndex knows the line of each section and key, so that a problem can
// name it: "facebook" and "facebook.adres". TOML's reader keeps its
// positions to itself, so this reads the lines again, the way a person
// writes the file: [section] headers, then key = value lines.
type lineIndex map[string]int

func indexLines(data []byte) lineIndex {
	idx := lineIndex{}
	section := ""
	inMultiline := false
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		if !utf8.ValidString(line) {
			continue
		}
		// A text over several lines ("""…""") holds no keys.
		if count := strings.Count(line, `"""`) + strings.Count(line, `'''`); count%2 == 1 {
			inMultiline = !inMultiline
			if !inMultiline {
				continue
			}
		} else if inMultiline {
			continue
		}
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "[") && !strings.HasPrefix(line, "[["):
			end := strings.Index(line, "]")
			if end < 0 {
				continue
			}
			section = unquote(line[1:end])
			idx.add(section, n)
		case line == "", strings.HasPrefix(line, "#"), strings.HasPrefix(line, `"`) && !strings.Contains(line, "="):
		default:
			key, _, ok := strings.Cut(line, "=")
			if !ok {
				continue
			}
			path := unquote(key)
			if section != "" {
				path = section + "." + path
			}
			idx.add(path, n)
		}
	}
	return idx
}

// add records the line of a key and of each section above it, the first
// time each is seen.
func (idx lineIndex) add(path string, line int) {
	parts := strings.Split(path, ".")
	for i := range parts {
		p := strings.Join(parts[:i+1], ".")
		if _, ok := idx[p]; !ok {
			idx[p] = line
		}
	}
}

// find returns the line of a key, or of the nearest section above it; 0
// when none is known.
func (idx lineIndex) find(path []string) int {
	for i := len(path); i > 0; i-- {
		if n, ok := idx[strings.Join(path[:i], ".")]; ok {
			return n
		}
	}
	return 0
}

// unquote turns `facebook`, `"facebook"` or ` facebook . adres ` into a
// dotted path.
func unquote(key string) string {
	var parts []string
	for _, p := range strings.Split(key, ".") {
		parts = append(parts, strings.Trim(strings.TrimSpace(p), `"'`))
	}
	return strings.Join(parts, ".")
}
