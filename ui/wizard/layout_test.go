package wizard

import (
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// answerSets are the walks a person can take, so that every screen of
// every walk is laid out in the tests.
var answerSets = []walk.Answers{
	{Apps: []string{"facebook", "instagram", "whatsapp", "messenger", "threads"}, Linked: content.OptionNo, Where: content.RouteComputer},
	{Apps: []string{"facebook", "instagram"}, Linked: content.OptionYes, Where: content.RoutePhone},
	{Apps: []string{content.OptionUnknown}, Where: content.RouteApp},
	{Apps: []string{"whatsapp"}},
}

// screenCase is a screen of a walk in a state. The wizard on it is built
// in the sub-test that checks it, so that the cases run in parallel and
// none is kept once checked.
type screenCase struct {
	name string
	// build returns the wizard on the screen, in the state; false when the
	// state does not apply to the screen.
	build func() (*wizard, bool)
}

// sharedLanguage loads the words and the guide once per language for the
// sweeps, as the command line does for a session: thousands of wizards
// share them, and none changes them.
func sharedLanguage(t *testing.T) func(lang string) (*i18n.Translator, *content.Guide, error) {
	t.Helper()
	loaded := map[string]struct {
		t *i18n.Translator
		g *content.Guide
	}{}
	for _, lang := range content.Languages {
		g, tr := words(t, lang)
		loaded[lang] = struct {
			t *i18n.Translator
			g *content.Guide
		}{tr, g}
	}
	return func(lang string) (*i18n.Translator, *content.Guide, error) {
		l, ok := loaded[lang]
		if !ok {
			return nil, nil, fmt.Errorf("no language %q", lang)
		}
		return l.t, l.g, nil
	}
}

// everyScreen lists every screen of every walk, in every language, before
// and after the date, with and without a browser, and in the states a
// step can be in.
func everyScreen(t *testing.T, change ...func(*Options)) []screenCase {
	t.Helper()
	language := sharedLanguage(t)
	var cases []screenCase
	for _, lang := range i18n.ScreenLanguages() {
		_, g, _ := language(lang)
		for _, now := range []time.Time{weekBefore, longAfter} {
			for _, canBrowse := range []bool{true, false} {
				for ai, answers := range answerSets {
					opts, _ := testOptions(lang, now)
					opts.Language = language
					opts.CanBrowse = canBrowse
					opts.Practice = now.Equal(weekBefore)
					for _, f := range change {
						f(&opts)
					}
					screens := append(walk.Order(g, answers, content.AudiencePerson), walk.Place{Kind: walk.Info})
					for _, s := range screens {
						for _, state := range []string{"", "opened", "failed", "route", "quit", "printed"} {
							build := func() (*wizard, bool) {
								w, err := newWizard(opts, now)
								if err != nil {
									t.Error(err)
									return nil, false
								}
								w.answers = answers
								w.history = []walk.Place{{Kind: walk.Welcome}}
								w.show(s)
								return w, w.setState(state, s)
							}
							name := fmt.Sprintf("%s/%s/browser=%v/walk%d/%v/%s", lang, now.Format(time.DateOnly), canBrowse, ai, s, state)
							cases = append(cases, screenCase{name, build})
						}
					}
				}
			}
		}
	}
	return cases
}

// sweep checks every case that applies, each in a sub-test of its own,
// in parallel; fewer than least cases that apply means the generator is
// broken.
func sweep(t *testing.T, cases []screenCase, least int, check func(t *testing.T, name string, w *wizard)) {
	t.Helper()
	var laid atomic.Int64
	t.Run("screens", func(t *testing.T) {
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				t.Parallel()
				w, ok := c.build()
				if !ok {
					return
				}
				laid.Add(1)
				check(t, c.name, w)
			})
		}
	})
	if n := laid.Load(); n < int64(least) {
		t.Fatalf("only %d screens laid out; the walk generator is broken", n)
	}
}

// orgAnswers are an organisation's answers, with accounts on both apps.
var orgAnswers = answersOf(letter.Draft{
	Kind: content.KindPublic,
	Org:  "Gemeente Testdorp",
	Accounts: append(letter.ParseAccounts("https://www.facebook.com/gemeentetestdorp", "facebook"),
		letter.ParseAccounts("@gemeentetestdorp", "instagram")...),
	Contact: "communicatie@testdorp.nl", Place: "Testdorp",
	Signer: "A. Bakker", Function: "burgemeester",
})

// answersOf are the answers that hold what was typed, as the wizard
// keeps them.
func answersOf(d letter.Draft) walk.Answers {
	var a walk.Answers
	a.SetDetails(d.Details())
	return a
}

// orgTyped is what was typed for orgAnswers.
func orgTyped(g *content.Guide, a walk.Answers) walk.OrgTyped {
	var t walk.OrgTyped
	for i, q := range walk.OrgQuestions(g) {
		switch q.Ask {
		case walk.AskOrg:
			t[i] = a.Org.String()
		case walk.AskAccounts:
			var names []string
			for _, acc := range a.Accounts {
				if acc.App == q.App {
					names = append(names, acc.Name.String())
				}
			}
			t[i] = strings.Join(names, ", ")
		case walk.AskContact:
			t[i] = a.Contact.String()
		case walk.AskPlace:
			t[i] = a.Place.String()
		case walk.AskSigner:
			t[i] = a.Signer.String()
		case walk.AskFunction:
			t[i] = a.Function.String()
		}
	}
	return t
}

// withKind is orgAnswers for another kind of organisation.
func withKind(kind string) walk.Answers {
	a := orgAnswers
	a.Kind = kind
	return a
}

// everyOrgScreen lists every screen of an organisation's walk.
func everyOrgScreen(t *testing.T) []screenCase {
	t.Helper()
	language := sharedLanguage(t)
	var cases []screenCase
	for _, lang := range i18n.ScreenLanguages() {
		_, g, _ := language(lang)
		for _, canBrowse := range []bool{true, false} {
			opts, _ := testOptions(lang, weekBefore)
			opts.Language = language
			opts.CanBrowse, opts.Practice = canBrowse, true
			opts.WriteFile = func(string, []byte, bool) error { return nil }
			for _, kind := range content.OrgKinds {
				answers := withKind(kind)
				for _, s := range walk.Order(g, answers, content.AudienceOrganisation) {
					for _, state := range []string{"", "opened", "failed", "quit", "warned"} {
						build := func() (*wizard, bool) {
							w, err := newWizard(opts, weekBefore)
							if err != nil {
								t.Error(err)
								return nil, false
							}
							w.c.audience = content.AudienceOrganisation
							w.answers = answers
							w.org = orgTyped(w.c.g, answers)
							w.history = []walk.Place{{Kind: walk.Welcome}}
							w.show(s)
							return w, w.setState(state, s)
						}
						cases = append(cases, screenCase{fmt.Sprintf("%s/org/%s/browser=%v/%v/%s", lang, kind, canBrowse, s, state), build})
					}
				}
			}
		}
	}
	return cases
}

// setState puts a step in a state, and reports whether the state applies.
func (w *wizard) setState(state string, s walk.Place) bool {
	step, isStep := w.page.(*stepPage)
	switch state {
	case "":
		return true
	case "quit":
		w.askQuit()
		return true
	case "printed":
		if s.Kind != walk.Done {
			return false
		}
		w.update(printedMsg{path: "/tmp/bezwaarwijzer-123456.html"})
		return true
	case "opened", "failed":
		if !isStep || !step.canOpen() {
			return false
		}
		var err error
		if state == "failed" {
			err = errors.New("no browser")
		}
		w.page.Update(openedMsg{key: s.Key(w.c.audience), err: err})
		return true
	case "route":
		if !isStep || !step.showsRouteKey() {
			return false
		}
		w.page.Update(keyMsg("m"))
		return true
	case "warned":
		// An account question warns about an account on another site,
		// with the longest words: under them, how to go on.
		if s.Kind != walk.OrgDetails || walk.OrgQuestions(w.c.g)[s.Index].App == "" {
			return false
		}
		w.org[s.Index] = "https://twitter.com/gemeentetestdorp, instagram.com/testdorp, facebook.com/testdorp"
		w.show(s)
		w.setSize(80, 24)
		w.update(keyMsg("enter"))
		in, ok := w.page.(*inputPage)
		return ok && len(in.warnings) > 0
	}
	return false
}

// TestEveryScreenFits80x24: every screen of the walk fits a window of 80
// by 24 with nothing scrolled away, and no line is wider than the window.
func TestEveryScreenFits80x24(t *testing.T) {
	sweep(t, append(everyScreen(t), everyOrgScreen(t)...), 200, func(t *testing.T, name string, w *wizard) {
		w.setSize(80, 24)
		view := w.view()
		lines := strings.Split(view, "\n")
		if len(lines) > 24 {
			t.Errorf("%s: %d lines, more than 24:\n%s", name, len(lines), view)
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > 80 {
				t.Errorf("%s: line wider than 80: %q", name, ansi.Strip(l))
			}
		}
		// The information page may scroll: it is outside the walk. So may
		// the letter: it is a letter, not a screen, and says it scrolls.
		// So may the route in the app that a person asked for with m, with
		// its date and the last way in: Enter then reads on, and says so.
		scrolls := strings.Contains(view, w.c.t.T("page.more_below"))
		asked := strings.HasSuffix(name, "/route") && strings.Contains(keyHelp(ansi.Strip(view)), w.c.t.T("keys.read_on"))
		if scrolls && w.screen.Kind != walk.Info && w.screen.Kind != walk.Letter && !asked {
			t.Errorf("%s: text scrolled away at 80x24:\n%s", name, ansi.Strip(view))
		}
		if help := lines[len(lines)-1]; !strings.Contains(ansi.Strip(help), w.c.t.T("keys.quit")) && len(w.dialogs) == 0 {
			t.Errorf("%s: the last line is not the key help: %q", name, ansi.Strip(help))
		}
	})
}

// TestSmallAndLargeWindows: at the smallest size, 60x18, a screen stays
// inside the window (a long text scrolls, and says so); at 120x40 the text
// stays at most 72 columns wide, beside the QR code too.
func TestSmallAndLargeWindows(t *testing.T) {
	sweep(t, append(everyScreen(t), everyOrgScreen(t)...), 200, func(t *testing.T, name string, w *wizard) {
		for _, size := range [][2]int{{MinWidth, MinHeight}, {120, 40}} {
			w.setSize(size[0], size[1])
			view := w.view()
			lines := strings.Split(view, "\n")
			if len(lines) > size[1] {
				t.Errorf("%s at %v: %d lines", name, size, len(lines))
			}
			limit := min(size[0], margin+textWidth)
			if p, ok := w.page.(*stepPage); ok && p.codeShown() {
				_, codeWidth, _ := p.code.lines()
				limit = min(size[0], margin+codeWidth+qrGap+textWidth)
			}
			for _, l := range lines {
				if n := ansi.StringWidth(l); n > limit {
					t.Errorf("%s at %v: line %d wide: %q", name, size, n, ansi.Strip(l))
				}
			}
		}
	})
}

// TestTooSmallWindow: below 60x18 the wizard asks for a larger window
// instead of drawing a broken screen, and draws again once it is larger.
func TestTooSmallWindow(t *testing.T) {
	opts, _ := testOptions("nl", weekBefore)
	w, err := newWizard(opts, weekBefore)
	if err != nil {
		t.Fatal(err)
	}
	ask := w.c.t.T("window.too_small", map[string]any{"Width": MinWidth, "Height": MinHeight})
	for _, size := range [][2]int{{59, 24}, {80, 17}, {30, 10}} {
		w.setSize(size[0], size[1])
		got := flat(ansi.Strip(w.view()))
		if got != ask {
			t.Errorf("at %v the screen shows %q, want %q", size, got, ask)
		}
		for _, l := range strings.Split(w.view(), "\n") {
			if ansi.StringWidth(l) > size[0] {
				t.Errorf("at %v a line is wider than the window: %q", size, l)
			}
		}
	}
	// A window too small even for the request gets what it holds.
	w.setSize(1, 1)
	if got := w.view(); got != ask[:1] {
		t.Errorf("at 1x1 the screen shows %q, want %q", got, ask[:1])
	}
	w.setSize(80, 24)
	if got := ansi.Strip(w.view()); !strings.Contains(got, w.c.g.Welcome.Title) {
		t.Errorf("after enlarging, the welcome screen is not back:\n%s", got)
	}
}

// TestReflowOnResize: a narrower window wraps the same text into more,
// shorter lines.
func TestReflowOnResize(t *testing.T) {
	opts, _ := testOptions("nl", weekBefore)
	w, _ := newWizard(opts, weekBefore)
	w.show(walk.Place{Kind: walk.Explain})
	w.setSize(100, 30)
	wide := strings.Split(ansi.Strip(w.view()), "\n")
	w.setSize(64, 30)
	narrow := strings.Split(ansi.Strip(w.view()), "\n")
	if count(narrow) <= count(wide) {
		t.Errorf("narrow window has %d lines of text, wide %d: no reflow", count(narrow), count(wide))
	}
	for _, l := range narrow {
		if len([]rune(l)) > 64 {
			t.Errorf("line not reflowed to 64: %q", l)
		}
	}
}

func count(lines []string) int {
	n := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// TestASCIIOnly: with the ASCII look every screen, words and marks, is
// plain ASCII, for old consoles with raster fonts.
func TestASCIIOnly(t *testing.T) {
	var dutch []screenCase
	for _, c := range everyScreen(t, func(o *Options) { o.ASCII = true }) {
		// English has no accents; Dutch has, and its marks are the same.
		if strings.HasPrefix(c.name, "nl/") {
			dutch = append(dutch, c)
		}
	}
	sweep(t, dutch, 100, func(t *testing.T, name string, w *wizard) {
		m := &Model{opts: w.c.opts, w: w}
		for _, size := range [][2]int{{80, 24}, {MinWidth, MinHeight}} {
			w.setSize(size[0], size[1])
			view := m.View().Content
			for _, r := range view {
				if r > 127 {
					t.Errorf("%s at %v: %q is not ASCII in:\n%s", name, size, r, ansi.Strip(view))
					break
				}
			}
		}
	})
}
