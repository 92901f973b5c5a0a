package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The kind of organisation and who signs, through the built program: as
// flags of `letter`, and in the line-by-line mode (FACTS O7–O10, issue 11).
// The letter's own words are checked in ui/letter; here, that what the
// person gives reaches the letter, and that a mistake is said.

// langEnv is an environment in a language, with a home of its own.
func langEnv(t *testing.T, lang string) []string {
	return []string{"LANG=" + map[string]string{"nl": "nl_NL.UTF-8", "en": "en_GB.UTF-8", "tr": "tr_TR.UTF-8", "ar": "ar_MA.UTF-8"}[lang], "HOME=" + t.TempDir()}
}

// publicWords are what only a public body's letter says (FACTS O1, O3, O9).
var publicWords = map[string]*regexp.Regexp{
	"nl": regexp.MustCompile(`(?i)publieke taak|dienstverlening|inwoners|zaaksysteem`),
	"en": regexp.MustCompile(`(?i)public task|public services|residents|case file`),
}

// TestLetterKindFlag: --kind takes the English and the Dutch word, in any
// case, in either language; each gives its kind's reasons, and an
// association's letter never claims a public task.
func TestLetterKindFlag(t *testing.T) {
	for _, c := range []struct {
		lang, value, kind string
	}{
		{"nl", "overheid", content.KindPublic},
		{"nl", "vereniging", content.KindAssociation},
		{"nl", "public", content.KindPublic},
		{"nl", "Association", content.KindAssociation},
		{"en", "public", content.KindPublic},
		{"en", "association", content.KindAssociation},
		{"en", " Vereniging ", content.KindAssociation},
		{"en", "OVERHEID", content.KindPublic},
	} {
		t.Run(c.lang+"/"+c.value, func(t *testing.T) {
			g, _ := content.Load(c.lang)
			code, stdout, stderr := runBuilt(t, langEnv(t, c.lang), nil, "letter", "--kind", c.value,
				"--org", "Testdorp", "--accounts", "facebook.com/testdorp", "--place", "Testdorp")
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			letter := normalise(stdout)
			for _, b := range strings.Split(g.Organisation.Kinds[c.kind].Reasons, "\n") {
				if b = strings.TrimPrefix(strings.TrimSpace(b), "- "); b != "" && !strings.Contains(letter, b) {
					t.Errorf("the letter misses its kind's reason %q:\n%s", b, stdout)
				}
			}
			public := publicWords[c.lang].FindString(letter)
			if c.kind == content.KindAssociation && public != "" {
				t.Errorf("an association's letter says %q:\n%s", public, stdout)
			}
			if c.kind == content.KindPublic && public == "" {
				t.Errorf("a public body's letter has no public reasons:\n%s", stdout)
			}
		})
	}
}

// TestLetterKindFlagMistakes: a --kind that is not known, or none with
// the other flags, is a usage error in the person's language that names
// every value --kind takes; no letter is made, no file is written, and
// nothing is asked first.
func TestLetterKindFlagMistakes(t *testing.T) {
	values := []string{"overheid", "vereniging", "public", "association"}
	for _, lang := range i18n.Languages {
		tr := i18n.MustNew(lang)
		for _, c := range []struct {
			name string
			args []string
			want string
		}{
			{"unknown", []string{"--kind", "gemeente", "--org", "X", "--accounts", "@x"}, "--kind: " + tr.T("letter_cmd.kind_unknown", kindWords(lang, "gemeente"))},
			{"unknown, before the questions", []string{"--kind", "school"}, "--kind: " + tr.T("letter_cmd.kind_unknown", kindWords(lang, "school"))},
			{"empty", []string{"--kind", "", "--org", "X", "--accounts", "@x"}, "--kind: " + tr.T("letter_cmd.kind_unknown", kindWords(lang, ""))},
			{"missing", []string{"--org", "X", "--accounts", "@x"}, "--kind: " + tr.T("letter_cmd.kind_missing", kindWords(lang, ""))},
		} {
			t.Run(lang+"/"+c.name, func(t *testing.T) {
				dir := t.TempDir()
				out := filepath.Join(dir, "brief.txt")
				code, stdout, stderr := runBuilt(t, langEnv(t, lang), nil, append(append([]string{"letter"}, c.args...), "-o", out)...)
				if code != exitUsage {
					t.Errorf("exit %d, want %d", code, exitUsage)
				}
				if strings.TrimSpace(stderr) != c.want {
					t.Errorf("said\n  %q\nwant\n  %q", stderr, c.want)
				}
				for _, v := range values {
					if !strings.Contains(stderr, v) {
						t.Errorf("the message does not name %q: %s", v, stderr)
					}
				}
				if c.name == "missing" {
					// Said together with what else is wrong, never alone
					// in the place of it.
					_, _, more := runBuilt(t, langEnv(t, lang), nil, "letter", "--org", " ", "--accounts", "@x")
					if !strings.Contains(more, "--kind: ") || !strings.Contains(more, "--org: ") {
						t.Errorf("not every mistake is said: %s", more)
					}
				}
				if stdout != "" || goErrors.MatchString(stderr) {
					t.Errorf("stdout %q, stderr %q", stdout, stderr)
				}
				if _, err := os.Stat(out); !os.IsNotExist(err) {
					t.Errorf("a letter was written: %v", err)
				}
			})
		}
	}
}

// kindWords are the --kind values a message in lang names, as the
// program fills them in.
func kindWords(lang, typed string) i18n.Data {
	if lang == "nl" {
		return i18n.Data{"Kind": typed, "Public": "overheid", "Association": "vereniging", "Others": "public of association"}
	}
	return i18n.Data{"Kind": typed, "Public": "public", "Association": "association", "Others": i18n.MustNew(lang).Or([]string{"overheid", "vereniging"})}
}

// TestLetterSignerFlags: --signer and --function go under the greeting,
// above the organisation's name; without them the letter has a line to
// write each by hand, as text and as a printable page.
func TestLetterSignerFlags(t *testing.T) {
	for _, lang := range i18n.Languages {
		g, _ := content.Load(lang)
		l := g.Organisation.Letter
		for _, c := range []struct {
			name string
			args []string
			want string
		}{
			{"both", []string{"--signer", "J. de Vries", "--function", "burgemeester"}, "J. de Vries\nburgemeester\nGemeente Testdorp\n"},
			{"only the signer", []string{"--signer", "J. de Vries"}, "J. de Vries\n" + l.FunctionBlank + "\nGemeente Testdorp\n"},
			{"only the function", []string{"--function", "secretaris"}, l.SignerBlank + "\nsecretaris\nGemeente Testdorp\n"},
			{"neither", nil, l.SignerBlank + "\n" + l.FunctionBlank + "\nGemeente Testdorp\n"},
		} {
			t.Run(lang+"/"+c.name, func(t *testing.T) {
				dir := t.TempDir()
				args := append([]string{"letter", "--kind", "overheid", "--org", "Gemeente Testdorp", "--accounts", "@testdorp", "--place", "Testdorp"}, c.args...)
				code, stdout, stderr := runBuilt(t, langEnv(t, lang), nil, args...)
				if code != exitOK {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				place, _, _ := strings.Cut(l.DatePlace, "{date}")
				place = strings.ReplaceAll(place, "{place}", "Testdorp")
				if want := l.Closing + "\n\n" + c.want + "\n" + place; !strings.Contains(stdout, want) {
					t.Errorf("the letter's end is not\n%s\nbut\n%s", want, stdout[max(0, len(stdout)-200):])
				}
				page := filepath.Join(dir, "brief.html")
				if code, _, stderr := runBuilt(t, langEnv(t, lang), nil, append(args, "-o", page)...); code != exitOK {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				data, _ := os.ReadFile(page)
				var lines []string
				for _, line := range strings.Split(strings.TrimSpace(c.want), "\n") {
					lines = append(lines, "<p>"+line+"</p>")
				}
				if !strings.Contains(string(data), strings.Join(lines, "\n")) {
					t.Errorf("the page does not have %q:\n%s", lines, data)
				}
			})
		}
	}
	// Too long is a usage error, said for each flag.
	nl := i18n.MustNew("nl")
	long := strings.Repeat("x", 81)
	code, stdout, stderr := runBuilt(t, langEnv(t, "nl"), nil, "letter", "--kind", "vereniging", "--org", "X", "--accounts", "@x",
		"--signer", long, "--function", long)
	for _, want := range []string{"--signer: " + nl.T("letter.signer_too_long", i18n.Data{"Max": 80}), "--function: " + nl.T("letter.function_too_long", i18n.Data{"Max": 80})} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q misses %q", stderr, want)
		}
	}
	if code != exitUsage || stdout != "" {
		t.Errorf("exit %d, stdout %q", code, stdout)
	}
}

// TestLinesOrganisationAsksTheKind: line by line, the organisation's path
// asks what kind of organisation it is, by number or by a word of its
// label, and who signs; the letter, the steps and the done screen fit the
// kind. An answer that is no kind is asked again; back from the name
// returns to the kind, with the kind chosen shown.
func TestLinesOrganisationAsksTheKind(t *testing.T) {
	keep := map[string]map[string]string{
		"nl": {content.KindPublic: "zaaksysteem", content.KindAssociation: "eigen administratie"},
		"en": {content.KindPublic: "case file system", content.KindAssociation: "own records"},
	}
	for _, c := range []struct {
		lang, answer, kind string
	}{
		{"nl", "1", content.KindPublic},
		{"nl", "vereniging", content.KindAssociation},
		{"nl", "gemeente", content.KindPublic},
		{"en", "2", content.KindAssociation},
		{"en", "club", content.KindAssociation},
	} {
		t.Run(c.lang+"/"+c.answer, func(t *testing.T) {
			g, _ := content.Load(c.lang)
			tr := i18n.MustNew(c.lang)
			f := g.Organisation.Form
			back := strings.Fields(tr.T("acc.words_back"))[0]
			in := []string{"2", "", "koffie", c.answer, back, "", "Testdorp", "facebook.com/testdorp", "", "", "Testdorp", "A. Bakker", "secretaris", "", ""}
			for range g.OrgSteps(c.kind) {
				in = append(in, "")
			}
			in = append(in, "", "3")
			out := linesRun(t, c.lang, nil, in, "--no-browser")

			// Asked, with its options, after the explanation.
			asked := after(t, out, g.Organisation.Intro.Title)
			for _, want := range []string{f.Kind, "1. " + g.Organisation.Kinds[content.KindPublic].Label, "2. " + g.Organisation.Kinds[content.KindAssociation].Label} {
				if !strings.Contains(asked, normalise(want)) {
					t.Errorf("the question misses %q:\n%s", want, out)
				}
			}
			if !strings.Contains(normalise(out), normalise(f.KindHelp)+" 1. ") || !strings.Contains(normalise(out), normalise(tr.T("acc.not_a_number", i18n.Data{"Max": 2}))) {
				t.Errorf("an answer that is no kind was not asked again:\n%s", out)
			}
			// Back from the name: the kind again, with the one chosen.
			current := tr.T("acc.current", i18n.Data{"Answer": g.Organisation.Kinds[c.kind].Label})
			if !strings.Contains(after(t, out, f.Kind), normalise(current)) {
				t.Errorf("back at the kind does not show the kind chosen:\n%s", out)
			}

			letter := after(t, out, g.Organisation.Letter.Title)
			for _, b := range strings.Split(g.Organisation.Kinds[c.kind].Reasons, "\n") {
				if b = strings.TrimPrefix(strings.TrimSpace(b), "- "); b != "" && !strings.Contains(letter, normalise(b)) {
					t.Errorf("the letter misses its kind's reason %q:\n%s", b, letter)
				}
			}
			if !strings.Contains(letter, "A. Bakker secretaris Testdorp") {
				t.Errorf("the letter is not signed by A. Bakker, secretaris:\n%s", letter)
			}
			public := publicWords[c.lang].FindString(letter)
			if c.kind == content.KindAssociation && public != "" {
				t.Errorf("an association's walk says %q:\n%s", public, letter)
			}
			done := after(t, out, g.Done.Title)
			if want := tr.T(fmt.Sprintf("done.org_keep_%s", c.kind)); !strings.Contains(done, normalise(want)) || !strings.Contains(letter, keep[c.lang][c.kind]) {
				t.Errorf("the steps and the done screen do not keep it where a %s keeps it (%q):\n%s", c.kind, keep[c.lang][c.kind], letter)
			}
		})
	}
}
