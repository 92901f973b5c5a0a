package wizard

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/tui"
)

// walkToLetter walks an organisation from the welcome screen to its
// letter.
func walkToLetter(t *testing.T, s *session, g *content.Guide) {
	t.Helper()
	org, form := g.Organisation, g.Organisation.Form
	s.waitFor(g.Welcome.Title)
	s.press("down")
	// In a small window Enter shows the rest of a text before it goes on.
	s.pressUntil("enter", org.Intro.Title, 8)
	s.pressUntil("enter", form.Kind, 8)
	s.pressUntil("enter", form.Org, 8)
	for _, answer := range []struct{ typed, next string }{
		{"Gemeente Testdorp", g.App("facebook").Accounts},
		{"facebook.com/gemeentetestdorp", g.App("instagram").Accounts},
		{"@gemeentetestdorp", form.Contact},
		{"info@testdorp.nl", form.Place},
		{"Testdorp", form.Signer},
		{"A. Bakker", form.Function},
		{"burgemeester", org.Advice.Title},
	} {
		s.typeText(answer.typed)
		s.waitFor("> " + answer.typed)
		s.pressUntil("enter", answer.next, 8)
	}
	// The subject's first words (it may wrap): the advice says "De
	// brief" as the letter's title does.
	s.pressUntil("enter", strings.Join(strings.Fields(org.Letter.Subject)[:3], " "), 8)
}

// keyHelp is the key help: the lines after the last empty line, as one
// line (the help breaks only between keys, where a separator stood).
func keyHelp(screen string) string {
	lines := strings.Split(strings.TrimRight(screen, " \n"), "\n")
	i := len(lines) - 1
	for i > 0 && strings.TrimSpace(lines[i-1]) != "" {
		i--
	}
	var help []string
	for _, l := range lines[i:] {
		help = append(help, strings.TrimSpace(l))
	}
	return strings.Join(help, tui.NewStyles(false).HelpSep)
}

// TestDialogHelpLines: every question over a page says in its help line
// what each key does there, in its own words: the stop question "j
// stoppen", a kiosk's "j opnieuw beginnen", the file question "j
// vervangen · n/Esc niet vervangen". Never "stoppen" where yes does
// something else. In a narrow window the answers' keys stay.
func TestDialogHelpLines(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, tr := words(t, lang)
		yes, no := tr.T("keys.yes_key")+" ", tr.T("keys.no_key")+" "
		// On the question whether to stop, Ctrl+C says yes too.
		stopYes := tr.T("keys.yes_key") + "/" + tr.T("keys.ctrl_c") + " "
		sep := tui.NewStyles(false).HelpSep
		for _, c := range []struct {
			name  string
			kiosk bool
			open  func(s *session) // brings the dialog up
			title string
			want  []string // the help line's parts, in order
		}{
			{
				name:  "stop",
				open:  func(s *session) { s.waitFor(g.Welcome.Title); s.press("q") },
				title: tr.T("quit.title"),
				want:  []string{stopYes + tr.T("quit.yes_key"), no + tr.T("dialog.go_on")},
			},
			{
				name:  "kiosk start over",
				kiosk: true,
				open:  func(s *session) { s.waitFor(g.Welcome.Title); s.press("q") },
				title: tr.T("kiosk.quit_title"),
				want:  []string{stopYes + tr.T("kiosk.quit_yes_key"), no + tr.T("dialog.go_on")},
			},
			{
				name: "replace",
				open: func(s *session) {
					walkToLetter(t, s, g)
					s.pressAndWait("s", tr.T("org.save_title"))
					s.press("enter")
				},
				title: tr.T("org.exists_title"),
				want:  []string{yes + tr.T("org.exists_yes_key"), no + tr.T("org.exists_no_key")},
			},
			{
				name: "file name",
				open: func(s *session) {
					walkToLetter(t, s, g)
					s.press("s")
				},
				title: tr.T("org.save_title"),
				want: []string{
					tr.T("keys.enter") + " " + tr.T("org.save_key"),
					tr.T("keys.esc") + " " + tr.T("keys.back"),
					"Ctrl+C " + tr.T("keys.quit"),
				},
			},
		} {
			for _, size := range [][2]int{{80, 24}, {MinWidth, MinHeight}} {
				t.Run(fmt.Sprintf("%s/%s/%dx%d", lang, c.name, size[0], size[1]), func(t *testing.T) {
					fs := &files{written: map[string]string{tr.T("org.default_name"): "ons concept"}}
					opts, _ := testOptions(lang, longAfter)
					opts.Kiosk = c.kiosk
					opts.WriteFile = fs.write
					s := start(t, opts, size[0], size[1])
					c.open(s)
					help := keyHelp(s.waitFor(c.title))
					if want := strings.Join(c.want, sep); !strings.Contains(help, want) {
						t.Errorf("the help line is\n  %s\nwant it to say\n  %s", help, want)
					}
					if c.name != "stop" && c.name != "file name" && strings.Contains(help, tr.T("quit.yes_key")) {
						t.Errorf("the help line of a question that does not stop says %q: %s", tr.T("quit.yes_key"), help)
					}
				})
			}
		}
	}
}

// TestReplaceDialog: saving the letter over a file that is there asks
// first. Yes (j, y, or Enter on it) replaces the file, says where the
// letter is, and the program goes on; no (n, Esc, or Enter on the first
// choice) leaves the file as it was and goes back to the letter. Ctrl+C
// does not stop there: it asks whether to stop.
func TestReplaceDialog(t *testing.T) {
	for _, c := range []struct {
		lang    string
		keys    []string
		replace bool
	}{
		{"nl", []string{"j"}, true},
		{"nl", []string{"J"}, true},
		{"en", []string{"y"}, true},
		{"tr", []string{"e"}, true}, // evet
		{"nl", []string{"down", "enter"}, true},
		{"tr", []string{"h"}, false}, // hayır
		{"nl", []string{"n"}, false},
		{"en", []string{"n"}, false},
		{"nl", []string{"esc"}, false},
		{"nl", []string{"enter"}, false},
	} {
		t.Run(c.lang+"/"+strings.Join(c.keys, "+"), func(t *testing.T) {
			g, tr := words(t, c.lang)
			name := tr.T("org.default_name")
			fs := &files{written: map[string]string{name: "ons concept"}}
			opts, _ := testOptions(c.lang, longAfter)
			opts.WriteFile = fs.write
			s := start(t, opts, 80, 24)
			walkToLetter(t, s, g)
			s.pressAndWait("s", tr.T("org.save_title"))
			s.pressAndWait("enter", tr.T("org.exists_title"))
			s.press(c.keys...)
			if c.replace {
				// The words before the file's name: Turkish says it after.
				saved, _, _ := strings.Cut(tr.T("org.saved", i18n.Data{"Path": "\x00"}), "\x00")
				screen := s.waitFor(strings.TrimSpace(saved))
				if strings.Contains(screen, tr.T("org.exists_title")) || !strings.Contains(screen, g.Organisation.Letter.Title) {
					t.Errorf("after yes, not back at the letter:\n%s", screen)
				}
				got, calls := fs.get(name)
				if !strings.Contains(got, "Gemeente Testdorp") || len(calls) != 2 || !calls[1] {
					t.Errorf("the file holds %q after write calls %v; want the letter, written over the file", got, calls)
				}
				// The program goes on: Enter reads the rest of the letter,
				// then leads to the first step.
				s.pressUntil("enter", tr.T("step.progress_org", i18n.Data{
					"App": "Facebook", "Account": "facebook.com/gemeentetestdorp", "N": 1,
					"Total": len(g.StepsFor(content.RouteComputer, content.AudienceOrganisation)),
				}), 20)
				return
			}
			screen := s.waitFor(g.Organisation.Letter.Title)
			deadline := time.Now().Add(time.Second)
			for strings.Contains(screen, tr.T("org.exists_title")) && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
				screen = s.p.screen()
			}
			if strings.Contains(screen, tr.T("org.exists_title")) {
				t.Fatalf("no did not close the question:\n%s", screen)
			}
			if got, calls := fs.get(name); got != "ons concept" || len(calls) != 1 {
				t.Errorf("after no the file holds %q, write calls %v", got, calls)
			}
			if strings.Contains(screen, strings.TrimSuffix(tr.T("org.saved", i18n.Data{"Path": ""}), ".")) {
				t.Errorf("after no the letter says it was saved:\n%s", screen)
			}
		})
	}
	t.Run("ctrl+c asks first", func(t *testing.T) {
		g, tr := words(t, "nl")
		fs := &files{written: map[string]string{"bezwaar-meta.txt": "ons concept"}}
		opts, _ := testOptions("nl", longAfter)
		opts.WriteFile = fs.write
		s := start(t, opts, 80, 24)
		walkToLetter(t, s, g)
		s.pressAndWait("s", tr.T("org.save_title"))
		s.pressAndWait("enter", tr.T("org.exists_title"))
		s.pressAndWait("ctrl+c", tr.T("quit.title"))
		// No goes back to the question that was asked: the dialogs lie
		// on a stack.
		s.pressAndWait("n", tr.T("org.exists_title"))
		s.pressAndWait("n", g.Organisation.Letter.Title)
		if got, _ := fs.get("bezwaar-meta.txt"); got != "ons concept" {
			t.Errorf("the file was replaced: %q", got)
		}
		// And on the file name, Ctrl+C asks too; q is a letter there.
		s.pressAndWait("s", tr.T("org.save_title"))
		s.pressAndWait("ctrl+c", tr.T("quit.title"))
		// Esc on "Stoppen?" goes back to the file name, where it was.
		s.pressAndWait("esc", tr.T("org.save_title"))
		s.press("home")
		s.typeText("q")
		s.waitFor("> qbezwaar-meta.txt")
		s.pressAndWait("esc", g.Organisation.Letter.Title)
		s.pressAndWait("ctrl+c", tr.T("quit.title"))
		s.press("ctrl+c")
		s.tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	})
}

// TestDialogInATinyWindow: in a window too small for the wizard, a
// question still says what it is and what its keys do.
func TestDialogInATinyWindow(t *testing.T) {
	_, tr := words(t, "nl")
	opts, _ := testOptions("nl", longAfter)
	s := start(t, opts, 40, 12)
	s.waitFor(tr.T("window.too_small", i18n.Data{"Width": MinWidth, "Height": MinHeight})[:20])
	s.press("q")
	screen := flat(s.waitFor(tr.T("quit.title")))
	want := tr.T("keys.yes_key") + "/" + tr.T("keys.ctrl_c") + " " + tr.T("quit.yes_key") + tui.NewStyles(false).HelpSep + tr.T("keys.no_key") + " " + tr.T("dialog.go_on")
	if !strings.Contains(screen, want) {
		t.Errorf("the question in a tiny window does not say its keys (%q):\n%s", want, screen)
	}
}

// TestKioskQuitKeyHelp: in a kiosk the help line says what q, Ctrl+C and
// Esc do there: q and Ctrl+C start over (Esc too on the first screen),
// not "stoppen"; Esc goes back.
func TestKioskQuitKeyHelp(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, tr := words(t, lang)
		opts, _ := testOptions(lang, longAfter)
		opts.Kiosk = true
		s := start(t, opts, 80, 24)
		s.waitFor(g.Welcome.Title)
		help := keyHelp(s.waitFor(g.Welcome.Title))
		if want := "q/" + tr.T("keys.ctrl_c") + "/" + tr.T("keys.esc") + " " + tr.T("kiosk.quit_yes_key"); !strings.HasSuffix(help, want) {
			t.Errorf("%s: the kiosk's help line is %q, want it to end in %q", lang, help, want)
		}
		s.press("enter")
		help = keyHelp(s.waitFor(g.Explain[0].Title))
		want := tr.T("keys.esc") + " " + tr.T("keys.back") + tui.NewStyles(false).HelpSep + "q/" + tr.T("keys.ctrl_c") + " " + tr.T("kiosk.quit_yes_key")
		if !strings.HasSuffix(help, want) {
			t.Errorf("%s: the kiosk's help line is %q, want it to end in %q", lang, help, want)
		}
		s.pressAndWait("esc", g.Welcome.Title)
		s.press("down")
		s.pressAndWait("enter", g.Organisation.Intro.Title)
		s.pressAndWait("enter", g.Organisation.Form.Kind)
		help = keyHelp(s.pressAndWait("enter", g.Organisation.Form.Org))
		if want := tr.T("keys.ctrl_c") + " " + tr.T("kiosk.quit_yes_key"); !strings.HasSuffix(help, want) {
			t.Errorf("%s: while typing the kiosk's help line is %q, want it to end in %q", lang, help, want)
		}
	}
}
