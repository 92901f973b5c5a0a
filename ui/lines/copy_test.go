package lines

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	uiletter "github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
)

// fakeClipboard records what it is given; with err set, copying fails.
type fakeClipboard struct {
	mu    sync.Mutex
	texts []string
	err   error
}

func (c *fakeClipboard) Copy(text string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.texts = append(c.texts, text)
	return c.err
}

func (c *fakeClipboard) given() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.texts)
}

// walkWith runs the mode in lang with o's clipboard and files, and the
// lines as typed input; it returns what it printed.
func walkWith(t *testing.T, lang string, o Options, lines ...string) string {
	t.Helper()
	var out bytes.Buffer
	o.Lang, o.Clock, o.Out = lang, func() time.Time { return weekBefore }, &out
	o.Letter = uiletter.Layout{}
	o.In = strings.NewReader(strings.Join(lines, "\n") + "\n")
	if err := Run(o); err != nil {
		t.Fatalf("Run: %v", err)
	}
	return out.String()
}

// toStep is the input from the start to the step of the first app chosen
// that does action on route. Where a browser can open, the form's question
// is answered no.
// routeLabel is the route's option as the where question names it: the
// person types it, so that the order of the options (a kiosk puts the
// phone first) does not matter.
func routeLabel(g *content.Guide, route string) string {
	for _, o := range g.Questions[content.QuestionWhere].Options {
		if o.ID == route {
			return o.Label
		}
	}
	return route
}

func toStep(g *content.Guide, apps, route, action string, canBrowse bool) []string {
	in := toFirstStep(g, apps, routeLabel(g, route))
	for _, s := range g.StepsFor(route, content.AudiencePerson) {
		if s.Action == action {
			return in
		}
		if s.Action == content.ActionOpen && canBrowse {
			in = append(in, "n")
		}
		in = append(in, "")
	}
	return nil
}

// TestCopyTheReason: on this computer the word for copy puts the sample
// reason on the clipboard and says how to paste it; when that fails it
// says what to do instead; with no clipboard, nothing is offered.
func TestCopyTheReason(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, tr := words(t, lang)
		copyWord := strings.Fields(tr.T("acc.words_copy"))[0]
		in := append(toStep(g, "1", content.RouteComputer, content.ActionReason, false), copyWord)

		clip := &fakeClipboard{}
		out := walkWith(t, lang, Options{Clipboard: clip}, in...)
		if !slices.Equal(clip.given(), []string{g.Reason}) {
			t.Errorf("%s: the clipboard was given %q, want the reason", lang, clip.given())
		}
		for _, want := range []string{tr.T("lines.prompt_next_copy"), tr.T("lines.reason_copied")} {
			if !strings.Contains(normalise(out), normalise(want)) {
				t.Errorf("%s: the reason step misses %q:\n%s", lang, want, out)
			}
		}

		broken := &fakeClipboard{err: errors.New("exec: xclip: not found")}
		out = walkWith(t, lang, Options{Clipboard: broken}, in...)
		if !strings.Contains(normalise(out), normalise(tr.T("lines.reason_copy_failed"))) || strings.Contains(out, "xclip") {
			t.Errorf("%s: a failed copy is not said, or a Go error is:\n%s", lang, out)
		}

		out = walkWith(t, lang, Options{}, in...)
		if strings.Contains(out, tr.T("lines.prompt_next_copy")) || !strings.Contains(out, tr.T("acc.not_understood_next")) {
			t.Errorf("%s: copying is offered without a clipboard:\n%s", lang, out)
		}
	}
}

// TestReasonOnThePhoneIsTypedOver: away from this computer the reason is
// typed over on the phone or tablet; no copy is offered, and the word for
// copy copies nothing.
func TestReasonOnThePhoneIsTypedOver(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		for _, route := range []string{content.RoutePhone, content.RouteApp} {
			g, tr := words(t, lang)
			copyWord := strings.Fields(tr.T("acc.words_copy"))[0]
			clip := &fakeClipboard{}
			out := walkWith(t, lang, Options{Clipboard: clip}, append(toStep(g, "2", route, content.ActionReason, false), copyWord)...)
			// What to do is the model's, as every face says it.
			a := walk.Answers{Apps: []string{"instagram"}, Where: route}
			at := walk.Place{Kind: walk.Step, App: "instagram", Index: slices.IndexFunc(walk.Steps(g, a, content.AudiencePerson),
				func(s content.Step) bool { return s.Action == content.ActionReason })}
			typeOver := walk.Build(g, tr, a, at, walk.State{}).Reason.TypeOver
			if typeOver == "" || !strings.Contains(normalise(out), normalise(typeOver)) || strings.Contains(out, tr.T("lines.prompt_next_copy")) {
				t.Errorf("%s/%s: not told to type the reason over, or offered a copy:\n%s", lang, route, out)
			}
			if len(clip.given()) > 0 {
				t.Errorf("%s/%s: the clipboard was given %q", lang, route, clip.given())
			}
		}
	}
}

// TestCopyTheLetter: the organisation's letter is copied from its screen,
// with where and how to paste it.
func TestCopyTheLetter(t *testing.T) {
	_, tr := words(t, "nl")
	clip := &fakeClipboard{}
	out := walkWith(t, "nl", Options{Clipboard: clip}, "2", "", "1", "Gemeente Testdorp", "facebook.com/gemeentetestdorp", "", "", "", "", "", "", "k")
	if got := clip.given(); len(got) != 1 || !strings.Contains(got[0], "Namens Gemeente Testdorp") {
		t.Errorf("the clipboard was given %q, want the letter", got)
	}
	if !strings.Contains(normalise(out), normalise(tr.T("lines.letter_copied"))) {
		t.Errorf("copied, but not said how to paste:\n%s", out)
	}
}

// TestKioskForgetsWhatWasCopied: a kiosk empties the clipboard when it
// starts over, in each way it can: the done screen's choice, the word for
// stop, and the end of the walk; after a change of language too. Outside
// a kiosk what was copied stays on the clipboard.
func TestKioskForgetsWhatWasCopied(t *testing.T) {
	g, tr := words(t, "nl")
	en := i18n.MustNew("en")
	toReason := toStep(g, "1", content.RouteComputer, content.ActionReason, true)
	for _, c := range []struct {
		name  string
		kiosk bool
		then  []string // typed after the copy
		ends  string   // said when it has started over
	}{
		{"the word for stop", true, []string{"s", "j"}, tr.T("lines.started_over")},
		{"the done screen", true, append(slices.Repeat([]string{""}, 10), "1"), g.Welcome.Title},
		{"after another language", true, append(slices.Repeat([]string{"t"}, len(toReason)), "4", "1", "s", "y"), en.T("lines.started_over")},
		{"not a kiosk", false, []string{"s", "j"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			clip := &fakeClipboard{}
			l := startLive(t, Options{Kiosk: c.kiosk, Clipboard: clip})
			l.typed(toReason...)
			l.waitFor(tr.T("walk.reason") + " " + g.Reason)
			l.typed("k")
			l.waitFor(tr.T("lines.reason_copied"))
			l.typed(c.then...)
			if c.kiosk {
				l.waitFor(c.ends)
				// The welcome screen comes after the clipboard was
				// emptied, so it is empty by now.
				l.waitFor(tr.T("acc.prompt_number", i18n.Data{"Max": 4}))
			} else if err := l.result(); err != nil {
				t.Fatal(err)
			}
			want := []string{g.Reason}
			if c.kiosk {
				want = append(want, "")
			}
			if got := clip.given(); !slices.Equal(got, want) {
				t.Errorf("the clipboard was given %q, want %q", got, want)
			}
		})
	}
}

// normalise puts every run of white space as one space: wrapped lines
// read as one.
func normalise(s string) string { return strings.Join(strings.Fields(s), " ") }
