package plaintext

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
	"github.com/charmbracelet/x/ansi"
)

func write(t *testing.T, lang string, apps ...string) (string, *content.Guide) {
	t.Helper()
	g, err := content.Load(lang)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	if err := Write(&out, Options{T: i18n.MustNew(lang), Guide: g, Apps: apps, Now: now}); err != nil {
		t.Fatal(err)
	}
	return out.String(), g
}

// TestWholeGuide: every explanation and step of the guide is in the text,
// in both languages, wrapped at 72 columns, without escape codes.
func TestWholeGuide(t *testing.T) {
	for _, lang := range content.Languages {
		t.Run(lang, func(t *testing.T) {
			out, g := write(t, lang)
			var want []string
			want = append(want, g.Welcome.Title, g.Deadline.Note[:30], g.Reason[:30])
			for _, p := range append(append([]content.Page{}, g.Explain...), g.More...) {
				want = append(want, p.Title)
			}
			for _, app := range g.Apps {
				if app.HasForm() {
					want = append(want, app.Form.String())
					want = append(want, app.Menu...)
				} else {
					want = append(want, app.Page.Title)
				}
			}
			for _, s := range g.StepsFor(content.RouteComputer, content.AudiencePerson) {
				want = append(want, strings.ReplaceAll(s.Title, "{app}", "Instagram"))
			}
			for _, s := range g.Sources {
				want = append(want, s.Name)
			}
			flat := strings.Join(strings.Fields(out), " ")
			for _, w := range want {
				if !strings.Contains(flat, strings.Join(strings.Fields(w), " ")) {
					t.Errorf("the text misses %q", w)
				}
			}
			for _, l := range strings.Split(out, "\n") {
				if ansi.StringWidth(l) > Width {
					t.Errorf("line longer than %d: %q", Width, l)
				}
				if strings.ContainsAny(l, "\x1b\r") {
					t.Errorf("an escape code or carriage return: %q", l)
				}
			}
		})
	}
}

// TestOnePlatform: --platform leaves the other form's steps out.
func TestOnePlatform(t *testing.T) {
	out, g := write(t, "nl", "instagram")
	if !strings.Contains(out, g.App("instagram").Form.String()) || strings.Contains(out, g.App("facebook").Form.String()) {
		t.Errorf("not Instagram's alone")
	}
}

// TestPage: one page as plain text, for a message that points to it: the
// title underlined, the body wrapped at Width, nothing after the last line.
func TestPage(t *testing.T) {
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	app := g.App("whatsapp")
	got := Page(app.Page.Title, app.Page.Body)
	lines := strings.Split(got, "\n")
	if lines[0] != app.Page.Title || lines[1] != strings.Repeat("-", len([]rune(app.Page.Title))) || lines[2] != "" {
		t.Errorf("the title is not underlined:\n%s", got)
	}
	for _, l := range lines {
		if len([]rune(l)) > Width {
			t.Errorf("line longer than %d: %q", Width, l)
		}
	}
	if strings.Join(strings.Fields(strings.Join(lines[3:], " ")), " ") != strings.Join(strings.Fields(app.Page.Body), " ") {
		t.Errorf("the body is not all there:\n%s", got)
	}
	if strings.HasSuffix(got, "\n") {
		t.Errorf("the page ends in an empty line")
	}
}

// TestNothingOpensFromAText: a text is read later, elsewhere, and opens
// nothing. The step that opens the form does not say that it opens by
// itself: it says to type the address, which follows, with the route in
// the app right after it.
func TestNothingOpensFromAText(t *testing.T) {
	for _, lang := range content.Languages {
		out, g := write(t, lang)
		tr := i18n.MustNew(lang)
		text := flat(out)
		for _, app := range g.FormApps() {
			for _, s := range g.StepsFor(content.RouteComputer, content.AudiencePerson) {
				if s.Action != content.ActionOpen {
					continue
				}
				opens := content.Blocks(strings.ReplaceAll(s.Body, "{app}", app.Name))[0].Text
				if strings.Contains(text, flat(opens)) {
					t.Errorf("%s: the text says %q", lang, opens)
				}
			}
			lead := flat(tr.T("walk.type_address")) + " " + app.Form.String()
			route := flat(tr.T("walk.route_intro", i18n.Data{"App": app.Name})) + " 1. " + app.Menu[0]
			if !strings.Contains(text, lead) || !strings.Contains(text, route) {
				t.Errorf("%s: %s's address is not introduced by %q, or not followed by %q", lang, app.ID, lead, route)
			}
		}
	}
}

// TestIsolated: in a right-to-left language each form's address and its
// groups of digits stand between a left-to-right isolate and its end, so
// that a viewer keeps them in order; a left-to-right language has no such
// marks at all.
func TestIsolated(t *testing.T) {
	for _, lang := range i18n.Languages {
		text, g := write(t, lang)
		if !i18n.RightToLeft(lang) {
			if strings.ContainsAny(text, leftToRightIsolate+popDirectionalIsolate) {
				t.Errorf("%s: isolates in a left-to-right text", lang)
			}
			continue
		}
		for _, a := range g.FormApps() {
			for _, want := range []string{a.Form.String(), prose.GroupDigits(a.Form.String())} {
				if !strings.Contains(text, leftToRightIsolate+want+popDirectionalIsolate) {
					t.Errorf("%s: %q is not isolated", lang, want)
				}
			}
		}
		if strings.Count(text, leftToRightIsolate) != strings.Count(text, popDirectionalIsolate) {
			t.Errorf("%s: %d isolates, %d ends", lang, strings.Count(text, leftToRightIsolate), strings.Count(text, popDirectionalIsolate))
		}
	}
}
