package wizard

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestPrintFromTheDoneScreen: the done screen offers to print the steps
// for the chosen apps, in the wizard's language, and says what happened.
func TestPrintFromTheDoneScreen(t *testing.T) {
	for _, c := range []struct {
		name   string
		opened bool
		err    error
		say    string
	}{
		{"opened", true, nil, "done.printed_open"},
		{"no browser", false, nil, "done.printed_file"},
		{"failed", false, errors.New("disk full"), "done.print_failed"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var gotLang string
			var gotApps []string
			opts, _ := testOptions("en", weekBefore)
			opts.Print = func(lang string, apps []string) (string, bool, error) {
				gotLang, gotApps = lang, apps
				return "/tmp/bezwaarwijzer-1.html", c.opened, c.err
			}
			m, _ := New(opts)
			m.Init()
			w := m.w
			w.answers = walk.Answers{Apps: []string{"instagram", "whatsapp"}, Where: content.RoutePhone}
			w.show(walk.Place{Kind: walk.Done})
			w.setSize(80, 24)
			tr := w.c.t
			if !strings.Contains(w.view(), tr.T("done.print")) {
				t.Fatalf("no choice to print:\n%s", w.view())
			}
			drain(m, w.update(printMsg{}))
			// A small choice of the language, each in its own name, the
			// screen's first: Enter prints in it.
			choice := w.view()
			if !strings.Contains(choice, tr.T("print.which_language")) {
				t.Fatalf("no choice of the print language:\n%s", choice)
			}
			at := func(name string) int { return strings.Index(flat(choice), name) }
			if !(at("English") >= 0 && at("English") < at("Nederlands") && at("Nederlands") < at("Türkçe") && at("Türkçe") < at("العربية")) {
				t.Errorf("the languages are not listed in their own names, the screen's first:\n%s", choice)
			}
			if gotLang != "" {
				t.Fatalf("printed in %q before a language was chosen", gotLang)
			}
			drain(m, w.update(keyMsg("enter")))
			if gotLang != "en" || !slices.Equal(gotApps, []string{"instagram"}) {
				t.Errorf("printed %v in %q, want [instagram] in en", gotApps, gotLang)
			}
			want := tr.T(c.say, i18n.Data{"Path": "/tmp/bezwaarwijzer-1.html"})
			if screen := flat(m.w.view()); !strings.Contains(screen, flat(want)) {
				t.Errorf("the done screen does not say %q:\n%s", want, m.w.view())
			}
			if strings.Contains(m.w.view(), "disk full") {
				t.Error("a Go error reached the screen")
			}
		})
	}
}

// TestPrintInAnotherLanguage: a volunteer walks in Dutch and prints the
// steps in Turkish or Arabic; Esc on the choice prints nothing.
func TestPrintInAnotherLanguage(t *testing.T) {
	for _, want := range []string{"tr", "ar"} {
		t.Run(want, func(t *testing.T) {
			var gotLang string
			opts, _ := testOptions("nl", weekBefore)
			opts.Print = func(lang string, apps []string) (string, bool, error) {
				gotLang = lang
				return "/tmp/bezwaarwijzer-1.html", true, nil
			}
			m, _ := New(opts)
			m.Init()
			w := m.w
			w.answers = walk.Answers{Apps: []string{"facebook"}, Where: content.RoutePhone}
			w.show(walk.Place{Kind: walk.Done})
			w.setSize(80, 24)
			drain(m, w.update(printMsg{}))
			drain(m, w.update(keyMsg("esc")))
			if gotLang != "" || strings.Contains(w.view(), w.c.t.T("print.which_language")) {
				t.Fatalf("Esc printed in %q, or left the choice open:\n%s", gotLang, w.view())
			}
			drain(m, w.update(printMsg{}))
			for range slices.Index(printLanguages("nl"), want) {
				drain(m, w.update(keyMsg("down")))
			}
			drain(m, w.update(keyMsg("enter")))
			if gotLang != want {
				t.Errorf("printed in %q, want %q", gotLang, want)
			}
			if strings.Contains(w.view(), w.c.t.T("print.which_language")) {
				t.Errorf("the choice stays open after printing:\n%s", w.view())
			}
		})
	}
}

// TestNoPrintWithoutForms: with only apps without a form there is nothing
// to print, and no dead choice.
func TestNoPrintWithoutForms(t *testing.T) {
	opts, _ := testOptions("nl", weekBefore)
	opts.Print = func(string, []string) (string, bool, error) { t.Fatal("printed"); return "", false, nil }
	w, _ := newWizard(opts, weekBefore)
	w.answers = walk.Answers{Apps: []string{"whatsapp"}}
	w.show(walk.Place{Kind: walk.Done})
	w.setSize(80, 24)
	if strings.Contains(w.view(), w.c.t.T("done.print")) {
		t.Errorf("a print choice with nothing to print:\n%s", w.view())
	}
}

// TestLogOutOnThisComputer: filling in the form on this computer, the last
// step is logging out (FACTS H9) and the done screen says it again; on the
// phone it is not needed.
func TestLogOutOnThisComputer(t *testing.T) {
	opts, _ := testOptions("nl", weekBefore)
	w, _ := newWizard(opts, weekBefore)
	steps := w.c.g.StepsFor(content.RouteComputer, content.AudiencePerson)
	if last := steps[len(steps)-1]; last.ID != "logout" {
		t.Errorf("the last step on this computer is %q, want logout", last.ID)
	}
	for _, route := range []string{content.RouteComputer, content.RoutePhone} {
		w.answers = walk.Answers{Apps: []string{"facebook"}, Where: route}
		w.show(walk.Place{Kind: walk.Done})
		w.setSize(80, 24)
		says := strings.Contains(flat(w.view()), flat(w.c.t.T("done.log_out", i18n.Data{"Apps": "Facebook"})))
		if says != (route == content.RouteComputer) {
			t.Errorf("route %s: the done screen says to log out: %v", route, says)
		}
	}
}
