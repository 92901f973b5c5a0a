// Package instep_test checks that the faces are in step: for every screen
// of every walk (content/walk/walktest), the facts the model (content/walk)
// gives that screen appear in every face that shows it. The facts are
// those a person must not miss: where the screen stands (the progress),
// the form's address whole and in its parts, the digits at its end in
// groups, the steps of the route in the app, and the checklist's lines.
//
// The faces: the line-by-line mode (every screen, as it prints them), the
// text (a person's steps on a computer), the printed page (a person's
// steps on their phone) and open (the step that opens the form).
package instep_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/colorprofile"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk/walktest"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/handout"
	uiletter "github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/lines"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/open"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/plaintext"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// fact is one thing a screen says that a face must show.
type fact struct{ what, text string }

// facts are the facts of a screen. withRoute says whether the route in
// the app counts: a face may leave it out where the model says it is not
// needed now (see walk.Route.AtOnce), except the line mode, which has
// nothing one key away.
func facts(sc walk.Screen, withRoute bool) []fact {
	var fs []fact
	if sc.Progress != "" {
		fs = append(fs, fact{"progress", sc.Progress})
	}
	if a := sc.Address; a != nil {
		fs = append(fs, fact{"address", a.Full.String()})
		for _, part := range a.Parts {
			fs = append(fs, fact{"part of the address", part})
		}
		if a.Digits != "" {
			fs = append(fs, fact{"digits", a.Digits})
		}
	}
	if r := sc.Route; r != nil && withRoute {
		for _, step := range r.Steps {
			fs = append(fs, fact{"route step", step})
		}
	}
	for _, c := range sc.Checklist {
		fs = append(fs, fact{"checklist line", c.Text})
	}
	return fs
}

var space = regexp.MustCompile(`\s+`)

// flat is text with every run of white space one space: a face may wrap.
func flat(s string) string { return strings.TrimSpace(space.ReplaceAllString(s, " ")) }

// missing returns the facts that shown does not have.
func missing(shown string, fs []fact) []string {
	shown = flat(shown)
	var out []string
	for _, f := range fs {
		if !strings.Contains(shown, flat(f.text)) {
			out = append(out, fmt.Sprintf("%s %q", f.what, f.text))
		}
	}
	return out
}

// language is everything a face needs in one language, and the cases.
type language struct {
	lang  string
	t     *i18n.Translator
	g     *content.Guide
	cases []walktest.Case
}

// languages are the languages a face offers (i18n.ScreenLanguages for
// the faces on a screen, i18n.Languages for text and paper), each with
// every case.
func languages(t *testing.T, offered []string) []language {
	t.Helper()
	var ls []language
	for _, lang := range offered {
		g, err := content.Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, language{lang, i18n.MustNew(lang), g, walktest.Cases(g)})
	}
	if len(ls) < 2 {
		t.Fatalf("the faces offer %d languages, want nl and en at least", len(ls))
	}
	return ls
}

// screens returns each case's screen with the opening set, once per
// different screen: many walks share a screen, and a face shows the same
// screen the same way.
func screens(l language, opening walk.Opening, keep func(walktest.Case) bool) map[string]walk.Screen {
	out := map[string]walk.Screen{}
	for _, c := range l.cases {
		if keep != nil && !keep(c) {
			continue
		}
		s := c.State
		s.Opening = opening
		sc := walk.Build(l.g, l.t, c.Answers, c.At, s)
		key, err := json.Marshal(sc)
		if err != nil {
			panic(err)
		}
		if _, seen := out[string(key)]; !seen {
			out[string(key)] = sc
		}
	}
	return out
}

// firstCase keeps, per different screen, the first case's name, for messages.
func firstCase(l language, opening walk.Opening, keep func(walktest.Case) bool) map[string]string {
	out := map[string]string{}
	for _, c := range l.cases {
		if keep != nil && !keep(c) {
			continue
		}
		s := c.State
		s.Opening = opening
		key, _ := json.Marshal(walk.Build(l.g, l.t, c.Answers, c.At, s))
		if _, seen := out[string(key)]; !seen {
			out[string(key)] = c.Name
		}
	}
	return out
}

// personStep keeps a person's steps on the route.
func personStep(route string) func(walktest.Case) bool {
	return func(c walktest.Case) bool {
		return c.At.Kind == walk.Step && c.Walk.Audience == content.AudiencePerson && c.Answers.Route() == route
	}
}

// TestLines: every screen of every walk, as the line mode prints it,
// has the screen's facts. The step that opens the form is printed for
// every way it can go in this mode: no browser here, opened, failed, and
// declined.
func TestLines(t *testing.T) {
	t.Parallel()
	for _, l := range languages(t, i18n.ScreenLanguages()) {
		t.Run(l.lang, func(t *testing.T) {
			t.Parallel()
			n := 0
			for _, opening := range []walk.Opening{walk.NoBrowser, walk.FormOpen, walk.OpenFailed, walk.Declined} {
				keep := func(c walktest.Case) bool { return opening == walk.NoBrowser || c.At.Kind == walk.Step }
				names := firstCase(l, opening, keep)
				for key, sc := range screens(l, opening, keep) {
					var b bytes.Buffer
					lines.Print(&b, l.t, sc)
					if miss := missing(b.String(), facts(sc, true)); len(miss) > 0 {
						t.Errorf("%s (opening %d): the line mode leaves out %s:\n%s", names[key], opening, strings.Join(miss, ", "), b.String())
					}
					n++
				}
			}
			t.Logf("%d screens", n)
		})
	}
}

// TestText: each of a person's steps on a computer, as the model has it
// for a printed face, has its facts in the text written for that app.
func TestText(t *testing.T) {
	t.Parallel()
	for _, l := range languages(t, i18n.Languages) {
		t.Run(l.lang, func(t *testing.T) {
			t.Parallel()
			written := map[string]string{}
			names := firstCase(l, walk.Printed, personStep(content.RouteComputer))
			for key, sc := range screens(l, walk.Printed, personStep(content.RouteComputer)) {
				app := sc.At.App
				if _, ok := written[app]; !ok {
					var b bytes.Buffer
					o := plaintext.Options{T: l.t, Guide: l.g, Apps: []string{app}, Now: walktest.Now, Practice: true}
					if err := plaintext.Write(&b, o); err != nil {
						t.Fatal(err)
					}
					written[app] = b.String()
				}
				if miss := missing(written[app], facts(sc, true)); len(miss) > 0 {
					t.Errorf("%s: the text leaves out %s", names[key], strings.Join(miss, ", "))
				}
			}
			if len(written) == 0 {
				t.Error("no step of a person on a computer")
			}
		})
	}
}

var (
	tag  = regexp.MustCompile(`<[^>]*>`)
	head = regexp.MustCompile(`(?s)<head>.*</head>`)
)

// words is what a person reads on a printed page: the HTML without its
// head and tags. A line may break where <wbr> is, which joins.
func words(page string) string {
	page = head.ReplaceAllString(page, "")
	page = strings.ReplaceAll(page, "<wbr>", "")
	return html.UnescapeString(tag.ReplaceAllString(page, " "))
}

// TestHandout: each of a person's steps on the phone, as the model has it
// for a printed face, has its facts on the page printed for that app.
func TestHandout(t *testing.T) {
	t.Parallel()
	for _, l := range languages(t, i18n.Languages) {
		t.Run(l.lang, func(t *testing.T) {
			t.Parallel()
			printed := map[string]string{}
			names := firstCase(l, walk.Printed, personStep(content.RoutePhone))
			for key, sc := range screens(l, walk.Printed, personStep(content.RoutePhone)) {
				app := sc.At.App
				if _, ok := printed[app]; !ok {
					var b bytes.Buffer
					o := handout.Options{T: l.t, Guide: l.g, Apps: []string{app}, Now: walktest.Now, Practice: true}
					if err := handout.Render(&b, o); err != nil {
						t.Fatal(err)
					}
					printed[app] = words(b.String())
				}
				if miss := missing(printed[app], facts(sc, true)); len(miss) > 0 {
					t.Errorf("%s: the printed page leaves out %s", names[key], strings.Join(miss, ", "))
				}
			}
			if len(printed) == 0 {
				t.Error("no step of a person on the phone")
			}
		})
	}
}

// TestOpen: the step that opens the form, as the model has it once the
// form did or did not open, has its address, its parts and its digits in
// what open prints for each outcome; and the route, where the model says
// it is needed now. open shows the form, not a step of a walk: it has no
// progress.
func TestOpen(t *testing.T) {
	t.Parallel()
	outcomes := map[open.Outcome]walk.Opening{open.NoBrowser: walk.NoBrowser, open.Failed: walk.OpenFailed, open.Opened: walk.FormOpen}
	for _, l := range languages(t, i18n.ScreenLanguages()) {
		t.Run(l.lang, func(t *testing.T) {
			t.Parallel()
			n := 0
			for outcome, opening := range outcomes {
				opens := func(c walktest.Case) bool {
					if !personStep(content.RouteComputer)(c) {
						return false
					}
					steps := walk.Steps(l.g, c.Answers, content.AudiencePerson)
					return steps[c.At.Index].Action == content.ActionOpen
				}
				names := firstCase(l, opening, opens)
				for key, sc := range screens(l, opening, opens) {
					var b bytes.Buffer
					o := open.Options{T: l.t, Guide: l.g, App: *l.g.App(sc.At.App), ASCII: true, Profile: colorprofile.NoTTY,
						DarkBackground: func() bool { return false }}
					if err := open.Write(&b, o, outcome); err != nil {
						t.Fatal(err)
					}
					sc.Progress = ""
					if sc.Address == nil {
						t.Errorf("%s: the step that opens the form has no address", names[key])
					}
					// open is asked for ASCII, as into a pipe: the facts too.
					fs := facts(sc, sc.Route != nil && sc.Route.AtOnce)
					for i := range fs {
						fs[i].text = prose.ASCII(fs[i].text)
					}
					if miss := missing(b.String(), fs); len(miss) > 0 {
						t.Errorf("%s (outcome %d): open leaves out %s:\n%s", names[key], outcome, strings.Join(miss, ", "), b.String())
					}
					n++
				}
			}
			if n == 0 {
				t.Error("no step that opens the form")
			}
		})
	}
}

// opener opens every form at once.
type opener struct{}

func (opener) Open(address.Checked) error { return nil }

// TestLinesWalks: the line mode, driven as a person types, prints every
// screen of every walk (but a kiosk's, which never ends) as Print has
// it, in the walk's order; the step that opens the form, printed around
// its question, has its facts before the next screen.
func TestLinesWalks(t *testing.T) {
	t.Parallel()
	for _, l := range languages(t, i18n.ScreenLanguages()) {
		t.Run(l.lang, func(t *testing.T) {
			t.Parallel()
			for _, w := range walktest.Walks(l.g) {
				if w.Kiosk {
					continue
				}
				cs := w.Cases(l.g)
				cs = cs[:len(cs)-2] // the done screen with nothing done, and the information, are off the walk
				var out bytes.Buffer
				err := lines.Run(lines.Options{
					Lang: l.lang, Clock: func() time.Time { return walktest.Now }, Practice: true,
					Browser: opener{}, CanBrowse: true, Letter: uiletter.Layout{},
					In: strings.NewReader(strings.Join(typing(l, w, cs), "\n") + "\n"), Out: &out,
				})
				if err != nil {
					t.Fatalf("%s: %v", w.Name, err)
				}
				checkWalk(t, l, cs, out.String())
			}
		})
	}
}

// checkWalk fails when the transcript of a walk does not have each case's
// screen, in order.
func checkWalk(t *testing.T, l language, cs []walktest.Case, said string) {
	t.Helper()
	cursor := 0
	var opening *walk.Screen // the step that opens the form, before the next screen
	var openingName string
	for _, c := range cs {
		a := c.Answers
		if c.At.Kind == walk.Apps {
			a = walk.Answers{} // the apps are not chosen yet
		}
		if opens(l, c) {
			sc := walk.Build(l.g, l.t, a, c.At, withOpening(c.State, walk.FormOpen))
			opening, openingName = &sc, c.Name
			continue
		}
		sc := walk.Build(l.g, l.t, a, c.At, withOpening(c.State, walk.NoBrowser))
		var b bytes.Buffer
		lines.Print(&b, l.t, sc)
		block := strings.TrimLeft(b.String(), "\n")
		i := strings.Index(said[cursor:], block)
		if i < 0 {
			t.Errorf("%s: the line mode does not print the screen as Print has it:\n%s\n--- it printed, from the last screen on:\n%s", c.Name, block, said[cursor:])
			return
		}
		if opening != nil {
			if miss := missing(said[cursor:cursor+i], facts(*opening, true)); len(miss) > 0 {
				t.Errorf("%s: the line mode leaves out %s", openingName, strings.Join(miss, ", "))
			}
			opening = nil
		}
		cursor += i + len(block)
	}
}

func withOpening(s walk.State, o walk.Opening) walk.State {
	s.Opening = o
	return s
}

// opens reports whether the case is a step that opens the form.
func opens(l language, c walktest.Case) bool {
	if c.At.Kind != walk.Step {
		return false
	}
	steps := walk.Steps(l.g, c.Answers, c.Walk.Audience)
	return c.At.Index < len(steps) && steps[c.At.Index].Action == content.ActionOpen
}

// typing is what a person types to walk w in the line mode: a choice by
// its words, the apps by their numbers, Enter to go on, yes to open a
// form, what the organisation types; and stop on the done screen.
func typing(l language, w walktest.Walk, cs []walktest.Case) []string {
	var in []string
	label := func(at walk.Place, match func(walk.Choice) bool) string {
		for _, ch := range walk.Build(l.g, l.t, w.Answers, at, walk.State{Audience: w.Audience}).Choices {
			if match(ch) {
				return ch.Label
			}
		}
		return "?"
	}
	option := func(at walk.Place, id string) string {
		for _, o := range walk.Build(l.g, l.t, w.Answers, at, walk.State{Audience: w.Audience}).Question.Options {
			if o.ID == id {
				return o.Label
			}
		}
		return "?"
	}
	yes := strings.Fields(l.t.T("acc.words_yes"))[0]
	for _, c := range cs {
		switch c.At.Kind {
		case walk.Welcome:
			action := walk.ActionBegin
			if w.Audience == content.AudienceOrganisation {
				action = walk.ActionOrganisation
			}
			in = append(in, label(c.At, func(ch walk.Choice) bool { return ch.Action == action }))
		case walk.Apps:
			var numbers []string
			for i, o := range walk.Build(l.g, l.t, walk.Answers{}, c.At, walk.State{}).Question.Options {
				if w.Answers.Has(o.ID) {
					numbers = append(numbers, fmt.Sprint(i+1))
				}
			}
			in = append(in, strings.Join(numbers, ","))
		case walk.Linked:
			in = append(in, option(c.At, w.Answers.Linked))
		case walk.Where:
			in = append(in, option(c.At, w.Answers.Where))
		case walk.OrgKind:
			in = append(in, option(c.At, w.Answers.Kind))
		case walk.OrgDetails:
			in = append(in, w.Typed[c.At.Index])
		case walk.Done:
			in = append(in, label(c.At, func(ch walk.Choice) bool { return ch.Action == walk.ActionStop }))
		case walk.Step:
			if opens(l, c) {
				in = append(in, yes)
			}
			in = append(in, "")
		default:
			in = append(in, "")
		}
	}
	return in
}
