package main

import (
	"bytes"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The line-by-line mode through the built program, fed through a pipe as a
// screen reader's user types: answers by name as well as by number, Enter
// at a yes-or-no question, an organisation's fields that may stay empty,
// and the sentence at the end of the input.

// linesRun runs the built program line by line in lang, in a folder of
// its own, with these lines as its whole input, and returns its output;
// it must end with exit 0.
func linesRun(t *testing.T, lang string, env []string, lines []string, args ...string) string {
	t.Helper()
	return linesRunIn(t, t.TempDir(), lang, env, lines, args...)
}

// linesRunIn is linesRun in the folder dir; env goes after the usual
// environment, and so wins.
func linesRunIn(t *testing.T, dir, lang string, env []string, lines []string, args ...string) string {
	t.Helper()
	cmd := exec.Command(built(t), append([]string{"--accessible", "--lang", lang}, args...)...)
	cmd.Env = append([]string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}, env...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n") // a pipe
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil || errOut.Len() > 0 {
		t.Fatalf("exit: %v\n%s\nstandard error: %s", err, out.String(), errOut.String())
	}
	return out.String()
}

// toTheApps is the input from the welcome screen to the apps question.
func toTheApps(g *content.Guide) []string {
	in := []string{"1"}
	for range g.Explain {
		in = append(in, "")
	}
	return in
}

// after is out from the last time it said text on; it fails when out
// never said it. Text may be wrapped over lines.
func after(t *testing.T, out, text string) string {
	t.Helper()
	n := normalise(out)
	i := strings.LastIndex(n, normalise(text))
	if i < 0 {
		t.Fatalf("the program never said %q:\n%s", text, out)
	}
	return n[i:]
}

// TestLinesEndOfInputSaysSo: printf '1\n' | bezwaarwijzer --accessible
// ends with exit 0 and, as its last words, a sentence that it stopped
// because no more text came in, in the person's language.
func TestLinesEndOfInputSaysSo(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		t.Run(lang, func(t *testing.T) {
			g, _ := content.Load(lang)
			tr := i18n.MustNew(lang)
			out := linesRun(t, lang, nil, []string{"1"})
			if !strings.HasSuffix(normalise(out), normalise(tr.T("lines.input_ended"))) {
				t.Errorf("the end of the input is not said at the end:\n%s", out)
			}
			if !strings.Contains(out, g.Explain[0].Title) || goErrors.MatchString(out) {
				t.Errorf("the walk did not begin, or a Go error:\n%s", out)
			}
		})
	}
}

// TestLinesAppsByName: the apps are answered by their names, in any case,
// with "and" or a comma between them, with or without their number; the
// other questions by a word of the choice, or its start when the label's
// word has an ending. The walk then goes where the names say.
func TestLinesAppsByName(t *testing.T) {
	for _, c := range []struct {
		lang, apps, linked, where string
		want                      []string // the apps whose steps or page follow
	}{
		{"nl", "Facebook", "", "telefoon", []string{"facebook"}},
		{"nl", "facebook, instagram", "ja", "Op deze computer", []string{"facebook"}},
		{"nl", "whatsapp en threads", "", "app", []string{"instagram", "whatsapp", "threads"}},
		{"nl", "2. Instagram", "", "computer", []string{"instagram"}},
		{"en", "INSTAGRAM", "", "phone", []string{"instagram"}},
		{"en", "whatsapp and threads", "", "app", []string{"instagram", "whatsapp", "threads"}},
		{"en", "1 facebook, 2 instagram", "no", "computer", []string{"facebook", "instagram"}},
		// Turkish labels carry endings: "Telefonumda", "Bu bilgisayarda".
		{"tr", "1", "", "telefon", []string{"facebook"}},
		{"tr", "Instagram", "", "BILGISAYAR", []string{"instagram"}},
		{"tr", "whatsapp ve threads", "", "uygulama", []string{"instagram", "whatsapp", "threads"}},
	} {
		t.Run(c.lang+"/"+c.apps, func(t *testing.T) {
			g, _ := content.Load(c.lang)
			tr := i18n.MustNew(c.lang)
			in := append(toTheApps(g), c.apps)
			if c.linked != "" {
				in = append(in, c.linked)
			}
			in = append(in, c.where)
			for range 30 { // every step and page, the done screen last
				in = append(in, "")
			}
			out := linesRun(t, c.lang, nil, in, "--no-browser")
			done := strings.Index(out, "\n"+g.Done.Title+"\n")
			if done < 0 {
				t.Fatalf("the walk did not reach the done screen:\n%s", out)
			}
			example := i18n.Data{"Apps": g.Apps[0].Name + ", " + g.Apps[1].Name}
			if walk := normalise(out[:done]); strings.Contains(walk, normalise(tr.T("acc.not_numbers", example))) || strings.Contains(walk, tr.T("acc.not_a_number", i18n.Data{"Max": 3})) {
				t.Errorf("an answer by name was not understood:\n%s", out)
			}
			if c.linked != "" && !strings.Contains(out, g.Questions[content.QuestionLinked].Title) {
				t.Errorf("Facebook and Instagram both, but no question whether they are linked:\n%s", out)
			}
			steps := g.StepsFor(routeOf(t, g, c.where), content.AudiencePerson)
			for _, id := range c.want {
				app := g.App(id)
				want := tr.T("step.progress", i18n.Data{"App": app.Name, "N": len(steps), "Total": len(steps)})
				if !app.HasForm() {
					want = app.Page.Title
				}
				if !strings.Contains(out, want) {
					t.Errorf("after %q and %q the walk misses %q:\n%s", c.apps, c.where, want, out)
				}
			}
			for _, app := range g.Apps {
				if app.HasForm() && !slices.Contains(c.want, app.ID) && strings.Contains(out, tr.T("step.progress", i18n.Data{"App": app.Name, "N": 1, "Total": len(steps)})) {
					t.Errorf("after %q the walk has steps for %s", c.apps, app.Name)
				}
			}
		})
	}
}

// routeOf is the route a person means by a word of its choice's label.
func routeOf(t *testing.T, g *content.Guide, word string) string {
	t.Helper()
	for _, o := range g.Questions[content.QuestionWhere].Options {
		if strings.Contains(strings.ToLower(o.Label), strings.ToLower(word)) {
			return o.ID
		}
	}
	t.Fatalf("no choice says %q", word)
	return ""
}

// TestLinesAppsAnswerSaysNames: the apps question says that names work,
// and a word that is no app is asked again, with names as the example.
func TestLinesAppsAnswerSaysNames(t *testing.T) {
	g, _ := content.Load("nl")
	nl := i18n.MustNew("nl")
	out := linesRun(t, "nl", nil, append(toTheApps(g), "tiktok", "messenger"), "--no-browser")
	example := i18n.Data{"Apps": g.Apps[0].Name + ", " + g.Apps[1].Name}
	for _, want := range []string{nl.T("acc.prompt_numbers", example), nl.T("acc.not_numbers", example), g.App("messenger").Page.Title} {
		if !strings.Contains(normalise(out), normalise(want)) {
			t.Errorf("the walk misses %q:\n%s", want, out)
		}
	}
}

// TestLinesEnterAtYesOrNo: Enter alone at a yes-or-no question takes the
// answer the question names. At "stop?" that is no, and the walk goes on;
// at "save the letter?" it is no, and nothing is written.
func TestLinesEnterAtYesOrNo(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		t.Run(lang, func(t *testing.T) {
			g, _ := content.Load(lang)
			tr := i18n.MustNew(lang)
			stop := strings.Fields(tr.T("acc.words_stop"))[0]
			out := linesRun(t, lang, nil, []string{"1", stop, "", ""})
			asked := tr.T("acc.stop_sure") + " " + tr.T("lines.yes_no_default_no")
			if !strings.Contains(normalise(out), normalise(asked)) {
				t.Errorf("the question to stop does not name what Enter means:\n%s", out)
			}
			if !strings.Contains(after(t, out, asked), normalise(g.Explain[1].Title)) {
				t.Errorf("Enter at the question to stop did not go on:\n%s", out)
			}

			dir := t.TempDir()
			out = linesRunIn(t, dir, lang, nil, []string{"2", "", "1", "Gemeente Testdorp", "facebook.com/gemeentetestdorp", "", "", "", "", "", "", ""}, "--no-browser")
			asked = tr.T("acc.save_letter") + " " + tr.T("lines.yes_no_default_no")
			if !strings.Contains(after(t, out, asked), normalise(tr.T("lines.prompt_next_copy"))) {
				t.Errorf("Enter at the question to save did not go on:\n%s", out)
			}
			if files, _ := os.ReadDir(dir); len(files) > 0 {
				t.Errorf("Enter at the question to save wrote %v", files)
			}
		})
	}
}

// TestLinesOrgFieldsCanBeEmpty: an organisation's optional field can be
// left empty after a bad answer, as the message advises, and emptied after
// it was filled in; the prompts say how. The letter then has no contact
// line.
func TestLinesOrgFieldsCanBeEmpty(t *testing.T) {
	for _, c := range []struct {
		name, lang string
		contact    []string // typed at the question for the e-mail address
	}{
		{"nl/bad address, then Enter", "nl", []string{"foo", ""}},
		{"en/bad address, then Enter", "en", []string{"foo", ""}},
		{"nl/filled, then leeg", "nl", []string{"communicatie@testdorp.nl", "t", "leeg"}},
		{"en/filled, then empty", "en", []string{"communicatie@testdorp.nl", "b", "EMPTY"}},
		{"en/filled, then -", "en", []string{"communicatie@testdorp.nl", "b", "-"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			g, _ := content.Load(c.lang)
			tr := i18n.MustNew(c.lang)
			in := []string{"2", "", "1", "Gemeente Testdorp", "facebook.com/gemeentetestdorp", "@gemeentetestdorp"}
			in = append(in, c.contact...)
			in = append(in, "Testdorp", "", "", "", "") // the place, no signer nor function, the advice, and no saving
			out := linesRun(t, c.lang, nil, in, "--no-browser")
			if n := strings.Count(normalise(out), normalise(tr.T("letter.contact_invalid", i18n.Data{"Value": "foo"}))); n > 1 {
				t.Errorf("the bad address was refused %d times: Enter did not leave it empty:\n%s", n, out)
			}
			letter := after(t, out, g.Organisation.Letter.Title)
			if strings.Contains(letter, "foo") || strings.Contains(letter, "communicatie@testdorp.nl") {
				t.Errorf("the letter has the address that was emptied:\n%s", letter)
			}
			if !strings.Contains(letter, "Gemeente Testdorp") {
				t.Errorf("no letter:\n%s", out)
			}
			// The prompts of the optional fields say how to leave them
			// empty, and how to empty them once filled in.
			if !strings.Contains(normalise(out), normalise(tr.T("lines.leave_empty"))) {
				t.Errorf("no question says how to leave it empty:\n%s", out)
			}
			if len(c.contact) > 2 && !strings.Contains(after(t, out, g.Organisation.Form.Contact), normalise(tr.T("lines.make_empty"))) {
				t.Errorf("a filled-in field does not say how to empty it:\n%s", out)
			}
		})
	}
}
