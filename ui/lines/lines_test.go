package lines

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/fileproblem"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	uiletter "github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
)

var weekBefore = time.Date(2025, 5, 20, 10, 0, 0, 0, time.FixedZone("CEST", 2*3600))

// walkThrough runs the mode with the lines as typed input and returns what it
// printed and what the browser opened.
func walkThrough(t *testing.T, lang string, canBrowse bool, lines ...string) (string, []string) {
	t.Helper()
	var out bytes.Buffer
	stub := &fakeBrowser{}
	err := Run(Options{
		Letter: uiletter.Layout{},
		Lang:   lang, Clock: func() time.Time { return weekBefore },
		Browser: stub, CanBrowse: canBrowse,
		In: strings.NewReader(strings.Join(lines, "\n") + "\n"), Out: &out,
	})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return out.String(), stub.Opened()
}

func words(t *testing.T, lang string) (*content.Guide, *i18n.Translator) {
	t.Helper()
	g, err := content.Load(lang)
	if err != nil {
		t.Fatal(err)
	}
	return g, i18n.MustNew(lang)
}

// toFirstStep is the input from the start to the first step: begin, the
// explanations, the apps, and where.
func toFirstStep(g *content.Guide, apps, where string) []string {
	in := []string{"1"}
	for range g.Explain {
		in = append(in, "")
	}
	return append(in, apps, where)
}

// TestWholeWalkByNumbers: a person finishes the walk typing numbers, Enter,
// and yes; every screen is printed once, in order.
func TestWholeWalkByNumbers(t *testing.T) {
	for _, c := range []struct{ lang, yes string }{{"nl", "ja"}, {"en", "yes"}} {
		t.Run(c.lang, func(t *testing.T) {
			g, tr := words(t, c.lang)
			fb := g.App("facebook")
			steps := g.StepsFor(content.RouteComputer, content.AudiencePerson)
			in := toFirstStep(g, "1", "1")
			in = append(in, c.yes) // open the form now
			for range steps {
				in = append(in, "")
			}
			in = append(in, "", "3") // more, then stop on the done screen
			out, opened := walkThrough(t, c.lang, true, in...)

			if !slices.Equal(opened, []string{fb.Form.String()}) {
				t.Errorf("opened %v, want %s", opened, fb.Form.String())
			}
			order := []string{g.Welcome.Title, g.Explain[0].Title, g.Questions[content.QuestionApps].Title, g.Questions[content.QuestionWhere].Title}
			for i := range steps {
				order = append(order, tr.T("step.progress", i18n.Data{"App": fb.Name, "N": i + 1, "Total": len(steps)}))
			}
			order = append(order, g.More[0].Title, g.Done.Title, tr.T("done.opened_and_walked"))
			rest := out
			for _, want := range order {
				i := strings.Index(rest, want)
				if i < 0 {
					t.Fatalf("%q is missing or out of order in:\n%s", want, out)
				}
				rest = rest[i+len(want):]
			}
			for _, title := range []string{g.Welcome.Title, g.Explain[0].Title, g.Done.Title} {
				if n := strings.Count(out, title+"\n"); n != 1 {
					t.Errorf("%q printed %d times: a screen is printed once", title, n)
				}
			}
			if strings.ContainsRune(out, '\x1b') || strings.Contains(out, "\r") {
				t.Error("escape codes or carriage returns: no redraws, no cursor movement")
			}
			// A sentence about the deadline, no live countdown.
			if !strings.Contains(out, tr.Date(g.Deadline.At)) {
				t.Errorf("the deadline sentence is missing")
			}
			for _, l := range strings.Split(out, "\n") {
				if len([]rune(l)) > Width {
					t.Errorf("line longer than %d: %q", Width, l)
				}
			}
		})
	}
}

// TestYesAndNoWords: j, ja, n and nee in Dutch; y, yes, n and no in English;
// anything else is asked again.
func TestYesAndNoWords(t *testing.T) {
	for _, c := range []struct {
		lang, answer string
		opens        bool
	}{
		{"nl", "j", true}, {"nl", "ja", true}, {"nl", "JA", true}, {"nl", "n", false}, {"nl", "nee", false},
		{"en", "y", true}, {"en", "yes", true}, {"en", "n", false}, {"en", "no", false},
	} {
		t.Run(c.lang+"/"+c.answer, func(t *testing.T) {
			g, tr := words(t, c.lang)
			in := append(toFirstStep(g, "2", "1"), "misschien", c.answer)
			out, opened := walkThrough(t, c.lang, true, in...)
			if c.opens != (len(opened) == 1) {
				t.Errorf("answer %q opened %v", c.answer, opened)
			}
			if !strings.Contains(out, tr.T("acc.not_understood_yes_no")) {
				t.Errorf("an unknown answer was not asked again")
			}
			if !c.opens && !strings.Contains(out, g.App("instagram").Menu[0]) {
				t.Errorf("no route in the app after no")
			}
		})
	}
}

// TestBadInputIsAskedAgainNotRedrawn: a wrong number gets a sentence and
// the question again, not the whole screen.
func TestBadInputIsAskedAgainNotRedrawn(t *testing.T) {
	g, tr := words(t, "nl")
	out, _ := walkThrough(t, "nl", false, "7", "abc", "1")
	if n := strings.Count(out, g.Welcome.Title+"\n"); n != 1 {
		t.Errorf("the welcome screen was printed %d times", n)
	}
	if n := strings.Count(out, tr.T("acc.not_a_number", i18n.Data{"Max": 5})); n != 2 {
		t.Errorf("%d times 'not a number', want 2", n)
	}
	if !strings.Contains(out, g.Explain[0].Title) {
		t.Error("a good number after bad ones did not go on")
	}
}

// TestEndOfInputStops: the input may end anywhere; the mode stops without
// an error or a trace.
func TestEndOfInputStops(t *testing.T) {
	g, _ := words(t, "nl")
	full := append(toFirstStep(g, "1,3", "2"), "", "", "")
	for i := range full {
		var out bytes.Buffer
		err := Run(Options{Letter: uiletter.Layout{}, Lang: "nl", Clock: time.Now, In: strings.NewReader(strings.Join(full[:i], "\n")), Out: &out})
		if err != nil {
			t.Fatalf("input ending after %d lines: %v", i, err)
		}
		if strings.Contains(out.String(), "panic") || strings.Contains(out.String(), "EOF") {
			t.Errorf("a trace after %d lines:\n%s", i, out.String())
		}
	}
}

// TestBackAndStop: the word for back goes one screen back and keeps the
// answers; the word for stop asks first.
func TestBackAndStop(t *testing.T) {
	g, tr := words(t, "nl")
	in := toFirstStep(g, "1,3", "2")
	in = append(in, "t", "t", "", "s", "nee", "s", "ja", "this is never read")
	out, _ := walkThrough(t, "nl", false, in...)
	apps := g.Questions[content.QuestionApps].Title
	if n := strings.Count(out, apps+"\n"); n != 2 {
		t.Errorf("the apps question was shown %d times, want 2 (once more after back)", n)
	}
	// Back on the apps question: the earlier choice is still there.
	after := out[strings.LastIndex(out, apps):]
	if !strings.Contains(after, "1. Facebook "+tr.T("acc.chosen")) || !strings.Contains(after, "3. WhatsApp "+tr.T("acc.chosen")) {
		t.Errorf("the answers were not kept:\n%s", after)
	}
	if n := strings.Count(out, tr.T("acc.stop_sure")); n != 2 {
		t.Errorf("stop asked %d times, want 2", n)
	}
}

// TestLanguageSwitch: choosing the other language on the welcome screen
// goes on in it.
func TestLanguageSwitch(t *testing.T) {
	en, _ := words(t, "en")
	out, _ := walkThrough(t, "nl", false, "4", "1", "1")
	if !strings.Contains(out, en.Welcome.Title) || !strings.Contains(out, en.Explain[0].Title) {
		t.Errorf("no English after choosing it:\n%s", out)
	}
	// Each other language in its own name; Turkish by its name.
	if !strings.Contains(out, "4. English · Türkçe") {
		t.Errorf("the welcome menu does not name the other languages in their own names:\n%s", out)
	}
	tr, trT := words(t, "tr")
	out, _ = walkThrough(t, "nl", false, "4", "türkçe", "1")
	if !strings.Contains(out, trT.T("language.choose")) && !strings.Contains(out, i18n.MustNew("nl").T("language.choose")) {
		t.Errorf("no question which language:\n%s", out)
	}
	if !strings.Contains(out, tr.Welcome.Title) || !strings.Contains(out, tr.Explain[0].Title) {
		t.Errorf("no Turkish after choosing it:\n%s", out)
	}
}

func TestNumbers(t *testing.T) {
	cases := []struct {
		in   string
		want []int
		ok   bool
	}{
		{"1", []int{0}, true},
		{"1,3", []int{0, 2}, true},
		{"3, 1", []int{0, 2}, true},
		{"1 3 3", []int{0, 2}, true},
		{"0", nil, false},
		{"7", nil, false},
		{"1,x", nil, false},
		{"", nil, false},
	}
	for _, c := range cases {
		got, ok := make(choiceNames, 6).pick("nl", c.in, nil)
		if ok != c.ok || !slices.Equal(got, c.want) {
			t.Errorf("pick(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestBrowserFailsGivesTheAddress: when the browser does not open, the
// person gets the address and the route, and no Go error.
func TestBrowserFailsGivesTheAddress(t *testing.T) {
	g, tr := words(t, "nl")
	var out bytes.Buffer
	stub := &fakeBrowser{Err: errors.New("exec: xdg-open not found")}
	in := append(toFirstStep(g, "1", "1"), "j")
	if err := Run(Options{Letter: uiletter.Layout{}, Lang: "nl", Clock: time.Now, Browser: stub, CanBrowse: true, In: strings.NewReader(strings.Join(in, "\n")), Out: &out}); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if !strings.Contains(s, tr.T("step.open_failed")[:20]) || !strings.Contains(s, g.App("facebook").Form.String()) || strings.Contains(s, "xdg-open") {
		t.Errorf("no fallback, or a Go error:\n%s", s)
	}
}

// TestOrganisationByLines: a communications officer of Gemeente Testdorp
// walks the organisation's path line by line: a wrong e-mail address is
// said and asked again, the letter is printed and saved (replacing a file
// only after yes), and the steps come per account.
func TestOrganisationByLines(t *testing.T) {
	g, tr := words(t, "nl")
	saved := map[string]string{"brief.txt": "ons concept"}
	var out bytes.Buffer
	in := []string{"2", "", "1", "Gemeente Testdorp", "facebook.com/gemeentetestdorp", "@gemeentetestdorp", "geen-email", "communicatie@testdorp.nl", "Testdorp",
		"J. de Vries", "burgemeester", "",
		"ja", "brief.txt", "nee", // save, but do not replace the file that is there
	}
	steps := g.StepsFor(content.RouteComputer, content.AudienceOrganisation)
	in = append(in, "") // leave the letter
	for range 2 * len(steps) {
		in = append(in, "")
	}
	in = append(in, "3") // stop on the done screen
	err := Run(Options{
		Letter: uiletter.Layout{},
		Lang:   "nl", Clock: func() time.Time { return time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC) },
		In: strings.NewReader(strings.Join(in, "\n") + "\n"), Out: &out,
		WriteFile: func(path string, data []byte, overwrite bool) error {
			if _, ok := saved[path]; ok && !overwrite {
				return fileproblem.ErrExists
			}
			saved[path] = string(data)
			return nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{
		g.Organisation.Intro.Title,
		tr.T("letter.contact_invalid", i18n.Data{"Value": "geen-email"}),
		"Namens Gemeente Testdorp", "@gemeentetestdorp (Instagram)", "artikel 21", "J. de Vries\nburgemeester\nGemeente Testdorp\n\nTestdorp, 22 november 2026",
		tr.T("step.progress_org", i18n.Data{"App": "Facebook", "Account": "facebook.com/gemeentetestdorp", "N": 1, "Total": len(steps)}),
		tr.T("step.progress_org", i18n.Data{"App": "Instagram", "Account": "@gemeentetestdorp", "N": len(steps), "Total": len(steps)}),
		tr.T("done.org_keep_public"),
	} {
		if !strings.Contains(strings.Join(strings.Fields(s), " "), strings.Join(strings.Fields(want), " ")) {
			t.Errorf("the walk misses %q", want)
		}
	}
	if saved["brief.txt"] != "ons concept" {
		t.Error("an existing file was replaced after no")
	}
}
