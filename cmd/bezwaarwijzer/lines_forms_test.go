//go:build unix

package main

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The line-by-line mode and the form, through the built program with a
// browser and a clipboard that only write down what they are given: the
// address stays in reach when the form opens, Enter opens it as the
// question says, and the sample reason and the letter are copied with a
// sentence on how to paste them, or typed over on a phone. Unix only:
// the browser and the clipboard are shell scripts.

// toTheStep is the input from the welcome screen to the step of app on
// route where the action is, and whether the form is opened on the way.
func toTheStep(t *testing.T, g *content.Guide, app, route, action string) []string {
	t.Helper()
	in := append(toTheApps(g), strconv.Itoa(slices.IndexFunc(g.Apps, func(a content.App) bool { return a.ID == app })+1))
	in = append(in, strconv.Itoa(optionIndex(t, g, content.QuestionWhere, route)+1))
	for _, s := range g.StepsFor(route, content.AudiencePerson) {
		if s.Action == action {
			return in
		}
		in = append(in, "")
	}
	t.Fatalf("no step does %q on route %s", action, route)
	return nil
}

// TestLinesAddressWhenOpened: Enter alone at "open the form now?" opens it,
// as the question says; once it is open, its address is printed as text
// too, as it is when the person says no.
func TestLinesAddressWhenOpened(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, _ := content.Load(lang)
		tr := i18n.MustNew(lang)
		fb := g.App("facebook")
		yes := strings.Fields(tr.T("acc.words_yes"))[0]
		for _, answer := range []string{"", yes} {
			t.Run(lang+"/"+strconv.Quote(answer), func(t *testing.T) {
				bin, opened := fakeBrowser(t)
				in := append(toTheStep(t, g, "facebook", content.RouteComputer, content.ActionOpen), answer)
				out := linesRun(t, lang, []string{"DISPLAY=:0", "PATH=" + bin + ":/usr/local/bin:/usr/bin:/bin"}, in)
				asked := tr.T("acc.open_now", i18n.Data{"App": fb.Name}) + " " + tr.T("lines.yes_no_default_yes")
				if !strings.Contains(normalise(out), normalise(asked)) {
					t.Errorf("the question does not say what Enter means:\n%s", out)
				}
				if got := openedSoFar(t, opened); !slices.Equal(got, []string{fb.Form.String()}) {
					t.Fatalf("%q opened %v, want the form:\n%s", answer, got, out)
				}
				if !strings.Contains(after(t, out, tr.T("step.opened")), fb.Form.String()) {
					t.Errorf("the form opened, but its address is not printed:\n%s", out)
				}
			})
		}
	}
}

// TestLinesReasonCopied: on this computer the sample reason is copied with
// the word for copy, and the sentence after it says how to paste it.
func TestLinesReasonCopied(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		t.Run(lang, func(t *testing.T) {
			g, _ := content.Load(lang)
			tr := i18n.MustNew(lang)
			bin, record := fakeClipboard(t)
			copyWord := strings.Fields(tr.T("acc.words_copy"))[0]
			in := append(toTheStep(t, g, "facebook", content.RouteComputer, content.ActionReason), copyWord)
			out := linesRun(t, lang, []string{"PATH=" + bin + ":/usr/local/bin:/usr/bin:/bin"}, in, "--no-browser")
			if !strings.Contains(normalise(out), normalise(tr.T("lines.prompt_next_copy"))) {
				t.Errorf("the reason step does not offer to copy:\n%s", out)
			}
			if got := clipboardTexts(t, record); !slices.Equal(got, []string{g.Reason}) {
				t.Fatalf("the clipboard was given %q, want the reason", got)
			}
			said := after(t, out, tr.T("lines.reason_copied"))
			if !strings.Contains(said, "Ctrl+V") {
				t.Errorf("copied, but not said how to paste:\n%s", out)
			}
		})
	}
}

// TestLinesReasonOnThePhone: on the phone, and in the app, the reason step
// says to type the reason over there; it offers no copy and does not talk
// of copying, and the word for copy copies nothing.
func TestLinesReasonOnThePhone(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		for _, route := range []string{content.RoutePhone, content.RouteApp} {
			t.Run(lang+"/"+route, func(t *testing.T) {
				g, _ := content.Load(lang)
				tr := i18n.MustNew(lang)
				bin, record := fakeClipboard(t)
				copyWord := strings.Fields(tr.T("acc.words_copy"))[0]
				in := append(toTheStep(t, g, "instagram", route, content.ActionReason), copyWord)
				out := linesRun(t, lang, []string{"PATH=" + bin + ":/usr/local/bin:/usr/bin:/bin"}, in, "--no-browser")
				steps := g.StepsFor(route, content.AudiencePerson)
				i := slices.IndexFunc(steps, func(s content.Step) bool { return s.Action == content.ActionReason })
				step := after(t, out, tr.T("step.progress", i18n.Data{"App": "Instagram", "N": i + 1, "Total": len(steps)}))
				// The model's words for it (step.type_reason), as every face says them.
				if !strings.Contains(step, normalise(tr.T("step.type_reason"))) || !strings.Contains(step, normalise(g.Reason)) {
					t.Errorf("the reason step does not say to type the reason over:\n%s", step)
				}
				for _, word := range []string{"copy", "copie", "kopie", "kopië"} {
					if strings.Contains(strings.ToLower(step), word) {
						t.Errorf("the reason step on the phone talks of copying (%q):\n%s", word, step)
					}
				}
				if got := clipboardTexts(t, record); len(got) > 0 {
					t.Errorf("the clipboard was given %q on the phone route", got)
				}
			})
		}
	}
}

// TestLinesCopiesForgotten: the organisation's letter is copied, with how
// to paste it in the form; a kiosk empties the clipboard when it starts
// over, outside a kiosk what was copied stays.
func TestLinesCopiesForgotten(t *testing.T) {
	nl := i18n.MustNew("nl")
	for _, kiosk := range []bool{false, true} {
		t.Run("kiosk="+strconv.FormatBool(kiosk), func(t *testing.T) {
			bin, record := fakeClipboard(t)
			in := []string{"2", "", "1", "Gemeente Testdorp", "facebook.com/gemeentetestdorp", "", "", "", "", "", ""}
			args := []string{"--no-browser"}
			if kiosk {
				args = append(args, "--kiosk")
			} else {
				in = append(in, "") // no saving
			}
			in = append(in, "k", "s", "j")
			p := startLines(t, t.TempDir(), []string{"PATH=" + bin + ":/usr/local/bin:/usr/bin:/bin"}, strings.Join(in, "\n")+"\n", append([]string{"--accessible"}, args...)...)
			if kiosk {
				p.waitFor(nl.T("lines.started_over"), 1)
			} else if err := p.result(); err != nil {
				t.Fatalf("exit: %v\n%s", err, p.out.String())
			}
			out := p.out.String()
			if !strings.Contains(after(t, out, nl.T("lines.letter_copied")), "Ctrl+V") {
				t.Errorf("the letter was copied, but not said how to paste:\n%s", out)
			}
			want := 1
			if kiosk {
				want = 2
			}
			got := waitClipboard(t, record, want)
			if len(got) != want || !strings.Contains(got[0], "Gemeente Testdorp") || (kiosk && got[1] != "") {
				t.Errorf("kiosk %v: the clipboard was given %q", kiosk, got)
			}
		})
	}
}
