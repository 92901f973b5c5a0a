package lines

import (
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// orgInput is the organisation's walk up to the letter, for a public
// body: the answers to its questions as typed (each may be several lines),
// no signer and no function, then the advice, and no saving.
func orgInput(org, facebook, instagram, contact, place []string) []string {
	in := []string{"2", "", "1"}
	for _, answers := range [][]string{org, facebook, instagram, contact, place} {
		in = append(in, answers...)
	}
	return append(in, "", "", "", "")
}

// theLetter is the output from the letter's title on.
func theLetter(t *testing.T, out, title string) string {
	t.Helper()
	i := strings.LastIndex(out, "\n"+title+"\n")
	if i < 0 {
		t.Fatalf("no letter:\n%s", out)
	}
	return out[i:]
}

// TestOrgFieldEmptiedOrLeftEmpty: an optional field is left empty with
// Enter after a bad answer, as the advice says; a filled-in one is
// emptied with the word for empty; a bad answer keeps what was there
// before; the name may not be emptied.
func TestOrgFieldEmptiedOrLeftEmpty(t *testing.T) {
	g, tr := words(t, "nl")
	name, fb, ig := []string{"Gemeente Testdorp"}, []string{"facebook.com/gemeentetestdorp"}, []string{"@gemeentetestdorp"}
	for _, c := range []struct {
		name               string
		in                 []string
		has, hasNot        []string // in the letter
		refused, emptyName int      // times the address and the name were refused
	}{
		{
			name: "bad address, then Enter",
			in:   orgInput(name, fb, ig, []string{"foo", ""}, []string{"Testdorp"}),
			has:  []string{"Testdorp,"}, hasNot: []string{"foo", "mailen"}, refused: 1,
		},
		{
			name: "address emptied with leeg",
			in:   orgInput(name, fb, ig, []string{"communicatie@testdorp.nl"}, []string{"t", "leeg", ""}),
			has:  []string{"Gemeente Testdorp"}, hasNot: []string{"communicatie@testdorp.nl"},
		},
		{
			name: "place emptied with -",
			in:   orgInput(name, fb, ig, []string{""}, []string{"Testdorp", "t", "-"}),
			has:  []string{"Gemeente Testdorp"}, hasNot: []string{"Testdorp,"},
		},
		{
			name: "Instagram emptied, Facebook stays",
			in:   orgInput(name, fb, []string{"@gemeentetestdorp", "t", "leeg"}, []string{""}, []string{""}),
			has:  []string{"facebook.com/gemeentetestdorp"}, hasNot: []string{"@gemeentetestdorp"},
		},
		{
			name: "a good address, then a bad one, then Enter",
			in:   orgInput(name, fb, ig, []string{"communicatie@testdorp.nl"}, []string{"t", "foo", "", ""}),
			has:  []string{"communicatie@testdorp.nl"}, hasNot: []string{"foo"}, refused: 1,
		},
		{
			name: "the name cannot be emptied",
			in:   orgInput([]string{"Gemeente Testdorp", "t", "leeg", ""}, fb, ig, []string{""}, []string{""}),
			has:  []string{"Gemeente Testdorp"}, emptyName: 1,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := walkWith(t, "nl", Options{}, c.in...)
			letter := theLetter(t, out, g.Organisation.Letter.Title)
			for _, want := range c.has {
				if !strings.Contains(letter, want) {
					t.Errorf("the letter misses %q:\n%s", want, letter)
				}
			}
			for _, not := range c.hasNot {
				if strings.Contains(letter, not) {
					t.Errorf("the letter has %q:\n%s", not, letter)
				}
			}
			if n := strings.Count(normalise(out), normalise(tr.T("letter.contact_invalid", i18n.Data{"Value": "foo"}))); n != c.refused {
				t.Errorf("the address was refused %d times, want %d", n, c.refused)
			}
			if n := strings.Count(out, tr.T("letter.org_missing")); n != c.emptyName {
				t.Errorf("the empty name was refused %d times, want %d", n, c.emptyName)
			}
		})
	}
}

// TestOrgPromptsSayHowToEmpty: an optional field says that Enter leaves it
// empty, and once filled in, which word empties it; the name, which may
// not be empty, says neither.
func TestOrgPromptsSayHowToEmpty(t *testing.T) {
	g, tr := words(t, "nl")
	f := g.Organisation.Form
	out := walkWith(t, "nl", Options{}, "2", "", "1", "Gemeente Testdorp", "facebook.com/gemeentetestdorp", "t", "")
	current := strings.Split(tr.T("lines.current_typed", i18n.Data{"Answer": "x"}), "x")[0]
	// question is the prompt of the nth time the question was asked: the
	// first paragraph after its help that does not say what is filled in.
	question := func(title string, n int) string {
		parts := strings.Split(out, "\n"+title+"\n")
		if len(parts) <= n {
			t.Fatalf("the question %q was not asked %d times:\n%s", title, n, out)
		}
		for _, p := range strings.Split(strings.TrimSpace(parts[n]), "\n\n")[1:] {
			if !strings.HasPrefix(p, current) {
				return normalise(p)
			}
		}
		t.Fatalf("no prompt after %q:\n%s", title, out)
		return ""
	}
	for _, c := range []struct {
		what, prompt string
		want         []string
		not          []string
	}{
		{"the name", question(f.Org, 1), []string{tr.T("lines.type_answer"), tr.T("lines.back_stop")}, []string{tr.T("lines.leave_empty"), tr.T("lines.make_empty")}},
		{"Facebook, empty", question(g.App("facebook").Accounts, 1), []string{tr.T("lines.type_answer"), tr.T("lines.leave_empty")}, []string{tr.T("lines.make_empty")}},
		{"Facebook, filled in", question(g.App("facebook").Accounts, 2), []string{tr.T("lines.type_new_answer"), tr.T("lines.make_empty")}, []string{tr.T("lines.leave_empty")}},
	} {
		for _, want := range c.want {
			if !strings.Contains(c.prompt, normalise(want)) {
				t.Errorf("%s: the prompt misses %q: %s", c.what, want, c.prompt)
			}
		}
		for _, not := range c.not {
			if strings.Contains(c.prompt, normalise(not)) {
				t.Errorf("%s: the prompt says %q: %s", c.what, not, c.prompt)
			}
		}
	}
}
