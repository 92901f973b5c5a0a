package wizard

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The details of the screens as a person meets them (issue 10): what
// Enter does, what the help line says, where the cursor stands.

// toApps walks from the welcome screen to the apps question.
func toApps(t *testing.T, s *session, g *content.Guide) {
	t.Helper()
	s.waitFor(g.Welcome.Title)
	for _, p := range g.Explain {
		s.pressUntil("enter", p.Title, 10)
	}
	s.pressUntil("enter", g.Questions[content.QuestionApps].Title, 10)
}

// TestAppsChecklistEnterTicks: a person presses Enter on what they want.
// Enter on an app ticks it and stays; Enter on a ticked app goes on with
// every app ticked; "Klaar, verder" with nothing ticked says what to do.
// The question says how to tick, and at the smallest size the help line
// still has Enter, the space bar and the arrows.
func TestAppsChecklistEnterTicks(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, tr := words(t, lang)
		fb, ig := g.App("facebook"), g.App("instagram")
		for _, size := range [][2]int{{80, 24}, {MinWidth, MinHeight}} {
			t.Run(fmt.Sprintf("%s/%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				opts, _ := testOptions(lang, weekBefore)
				s := start(t, opts, size[0], size[1])
				toApps(t, s, g)
				screen := s.settle()
				if size[0] == 80 && !strings.Contains(flat(screen), flat(tr.T("apps.how_to_tick", i18n.Data{"Done": tr.T("apps.done")}))) {
					t.Errorf("the question does not say how to tick:\n%s", screen)
				}
				help := keyHelp(screen)
				want := []string{tr.T("keys.enter") + " " + tr.T("keys.tick"), tr.T("keys.arrows")}
				if strings.Contains(screen, tr.T("page.more_below")) {
					// The question does not fit: the help says how to read it.
					want = append(want, tr.T("keys.pages"))
				}
				for _, want := range want {
					if !strings.Contains(help, want) {
						t.Errorf("at %v the help line %q misses %q", size, help, want)
					}
				}
				screen = s.pressAndWait("enter", "[x] "+fb.Name)
				// On a ticked app the space bar takes the tick away.
				if help := keyHelp(screen); !strings.Contains(help, tr.T("keys.space")+" "+tr.T("keys.untick")) {
					t.Errorf("at %v on a ticked app the help line %q does not say the space bar unticks", size, help)
				}
				s.press("down")
				screen = s.pressAndWait("enter", "[x] "+ig.Name)
				if !strings.Contains(screen, "[x] "+fb.Name) {
					t.Errorf("ticking Instagram took Facebook's tick:\n%s", screen)
				}
				// On a ticked app Enter goes on (once the question has
				// been read to its end), with both: only then is it asked
				// whether they are linked.
				s.pressUntil("enter", g.Questions[content.QuestionLinked].Title, 5)
				// Back, the ticks are there, and the space bar takes one away.
				s.pressAndWait("esc", g.Questions[content.QuestionApps].Title)
				screen = s.pressAndWait("space", "[ ] "+ig.Name)
				if !strings.Contains(screen, "> [ ] "+ig.Name) {
					t.Errorf("the cursor is not on the app chosen last:\n%s", screen)
				}
			})
		}
	}
	t.Run("nothing ticked", func(t *testing.T) {
		g, tr := words(t, "nl")
		opts, _ := testOptions("nl", weekBefore)
		s := start(t, opts, 80, 24)
		toApps(t, s, g)
		for range g.Questions[content.QuestionApps].Options {
			s.press("down")
		}
		s.waitFor("> " + tr.T("apps.done"))
		s.pressAndWait("enter", tr.T("apps.none_chosen")[:30])
		screen := s.pressAndWait("up", "> [ ] "+g.Questions[content.QuestionApps].Options[5].Label)
		if keyHelp(screen) == "" || !strings.Contains(keyHelp(screen), tr.T("keys.tick")) {
			t.Errorf("on an app the help line does not say Enter ticks: %q", keyHelp(screen))
		}
		s.pressAndWait("enter", "[x] "+g.Questions[content.QuestionApps].Options[5].Label)
		if strings.Contains(s.settle(), tr.T("apps.none_chosen")[:30]) {
			t.Errorf("the warning stays after a tick:\n%s", s.settle())
		}
	})
}

// TestEnterNeverSkipsText: in the smallest window, Enter on an
// explanation shows the rest of it before it goes on, and the help line
// says so and how to scroll. Every line of every page has been on screen
// before the next page comes.
func TestEnterNeverSkipsText(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		t.Run(lang, func(t *testing.T) {
			g, tr := words(t, lang)
			opts, _ := testOptions(lang, longAfter)
			s := start(t, opts, MinWidth, MinHeight)
			screen := s.waitFor(g.Welcome.Title)
			help := keyHelp(screen)
			if !strings.Contains(help, tr.T("keys.read_on")) || !strings.Contains(help, tr.T("keys.pages")) {
				t.Fatalf("a welcome text that does not fit, and the help line does not say how to read on: %q", help)
			}
			// Enter shows the note that the date has passed before it
			// begins.
			seen := flat(screen)
			for range 10 {
				s.press("enter")
				screen = s.settle()
				if strings.Contains(screen, g.Explain[0].Title) {
					break
				}
				seen += " " + flat(screen)
			}
			if last := lastWords(g.Deadline.Note); !strings.Contains(seen, last) {
				t.Errorf("Enter began before the note's end (%q) was on screen:\n%s", last, seen)
			}
			for i, p := range g.Explain {
				seen = ""
				for range 20 {
					screen = s.settle()
					seen += " " + flat(screen)
					if i+1 < len(g.Explain) && strings.Contains(screen, g.Explain[i+1].Title) {
						break
					}
					if i+1 == len(g.Explain) && strings.Contains(screen, g.Questions[content.QuestionApps].Title) {
						break
					}
					s.press("enter")
				}
				if last := lastWords(p.Body); !strings.Contains(seen, last) {
					t.Errorf("page %d: Enter went on before its last words (%q) were on screen", i+1, last)
				}
			}
		})
	}
}

// lastWords returns the end of a text, short enough to stay on one line.
func lastWords(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[max(len(f)-3, 0):], " ")
}

// TestKeysMeanTheSame: Enter on the information page goes on (back where
// the person was), as it does everywhere; Backspace and ← go back on a
// text screen as Esc does; and back on a screen with choices, the cursor
// stands on the choice made.
func TestKeysMeanTheSame(t *testing.T) {
	g, tr := words(t, "nl")
	t.Run("information", func(t *testing.T) {
		opts, _ := testOptions("nl", weekBefore)
		s := start(t, opts, 80, 24)
		s.waitFor(g.Welcome.Title)
		s.press("down", "down", "down")
		screen := s.pressAndWait("enter", g.Info.Title)
		if help := keyHelp(screen); strings.Contains(help, tr.T("keys.enter")+" "+tr.T("keys.back")) {
			t.Errorf("Enter means back on the information page: %q", help)
		}
		screen = s.pressUntil("enter", g.Welcome.Title, 20)
		if !strings.Contains(screen, "> "+tr.T("welcome.info")) {
			t.Errorf("back from the information, the cursor is not on it:\n%s", screen)
		}
	})
	for _, back := range []string{"backspace", "left", "esc"} {
		t.Run(back, func(t *testing.T) {
			opts, _ := testOptions("nl", weekBefore)
			s := start(t, opts, 80, 24)
			s.waitFor(g.Welcome.Title)
			s.pressAndWait("enter", g.Explain[0].Title)
			s.pressAndWait("enter", g.Explain[1].Title)
			s.pressAndWait(back, g.Explain[0].Title)
			screen := s.pressAndWait(back, g.Welcome.Title)
			if strings.Contains(screen, tr.T("quit.title")) {
				t.Errorf("%s on the second screen asked to stop", back)
			}
		})
	}
	t.Run("cursor on the choice made", func(t *testing.T) {
		opts, _ := testOptions("nl", weekBefore)
		s := start(t, opts, 80, 24)
		s.waitFor(g.Welcome.Title)
		s.press("down")
		s.pressAndWait("enter", g.Organisation.Intro.Title)
		screen := s.pressAndWait("esc", g.Welcome.Title)
		if !strings.Contains(screen, "> "+tr.T("welcome.organisation")) {
			t.Errorf("back on the welcome screen the cursor is not on the choice made:\n%s", screen)
		}
		s.press("up")
		s.pressAndWait("enter", g.Explain[0].Title)
		s.press("esc")
		screen = s.waitFor(g.Welcome.Title)
		if !strings.Contains(screen, "> "+tr.T("welcome.begin")) {
			t.Errorf("back from the explanation the cursor is not on Beginnen:\n%s", screen)
		}
		s.press("enter")
		for i := range g.Explain[1:] {
			s.pressAndWait("enter", g.Explain[i+1].Title)
		}
		s.pressAndWait("enter", g.Questions[content.QuestionApps].Title)
		s.pressAndWait("enter", "[x] Facebook")
		s.pressAndWait("enter", g.Questions[content.QuestionWhere].Title)
		phone := optionLabel(g, content.QuestionWhere, content.RoutePhone)
		s.press("down")
		s.pressAndWait("enter", tr.T("step.progress", i18n.Data{"App": "Facebook", "N": 1, "Total": len(g.StepsFor(content.RoutePhone, content.AudiencePerson))}))
		screen = s.pressAndWait("esc", g.Questions[content.QuestionWhere].Title)
		if !strings.Contains(screen, "> "+phone) {
			t.Errorf("back on the question the cursor is not on the answer given:\n%s", screen)
		}
	})
}

// optionLabel is the words of an option of a question.
func optionLabel(g *content.Guide, question, id string) string {
	for _, o := range g.Questions[question].Options {
		if o.ID == id {
			return o.Label
		}
	}
	return ""
}

// TestQuickPathForVolunteers: "Meteen naar de vragen" goes from the
// welcome screen straight to the apps question; Esc goes back, and
// Beginnen still shows the explanations.
func TestQuickPathForVolunteers(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, tr := words(t, lang)
		opts, _ := testOptions(lang, weekBefore)
		s := start(t, opts, 80, 24)
		s.waitFor(g.Welcome.Title)
		s.press("down", "down")
		s.waitFor("> " + tr.T("welcome.quick"))
		s.pressAndWait("enter", g.Questions[content.QuestionApps].Title)
		s.pressAndWait("esc", "> "+tr.T("welcome.quick"))
		s.press("up", "up")
		s.pressAndWait("enter", g.Explain[0].Title)
	}
}

// TestCopyingSaysHowToPaste: the sample reason on this computer, and the
// organisation's letter at the step where it may be pasted, are copied
// with c; the screen then says how to paste. On the phone the reason is
// shown to type over, and c copies nothing.
func TestCopyingSaysHowToPaste(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, tr := words(t, lang)
		paste := tr.T("step.copied", i18n.Data{"Keys": tr.T("keys.paste")})
		reasonStep := func(route string) walk.Place {
			steps := g.StepsFor(route, content.AudiencePerson)
			i := slices.IndexFunc(steps, func(s content.Step) bool { return s.Action == content.ActionReason })
			return walk.Place{Kind: walk.Step, App: "facebook", Index: i}
		}
		t.Run(lang+"/computer", func(t *testing.T) {
			k := newClipModelIn(t, false, lang)
			k.m.w.answers = walk.Answers{Apps: []string{"facebook"}, Where: content.RouteComputer}
			k.m.w.goTo(reasonStep(content.RouteComputer))
			if help := keyHelp(k.screen()); !strings.Contains(help, "c "+tr.T("keys.copy")) {
				t.Errorf("no copy key on this computer: %q", help)
			}
			k.keys("c")
			if got := k.clip.got(); !slices.Equal(got, []string{g.Reason}) {
				t.Errorf("copied %q, want the reason", got)
			}
			if !strings.Contains(flat(k.screen()), flat(paste)) {
				t.Errorf("after copying, the screen does not say how to paste:\n%s", k.screen())
			}
		})
		for _, route := range []string{content.RoutePhone, content.RouteApp} {
			t.Run(lang+"/"+route, func(t *testing.T) {
				k := newClipModelIn(t, false, lang)
				k.m.w.answers = walk.Answers{Apps: []string{"facebook"}, Where: route}
				k.m.w.goTo(reasonStep(route))
				k.m.w.layout()
				screen := k.screen()
				if help := keyHelp(screen); strings.Contains(help, tr.T("keys.copy")) {
					t.Errorf("a copy key on the %s route: %q", route, help)
				}
				if !strings.Contains(flat(screen), flat(tr.T("step.type_reason"))) || !strings.Contains(flat(screen), flat(g.Reason)[:30]) {
					t.Errorf("on the %s route the reason is not shown to type over:\n%s", route, screen)
				}
				k.keys("c")
				if got := k.clip.got(); len(got) != 0 {
					t.Errorf("c copied %q on the %s route", got, route)
				}
			})
		}
		t.Run(lang+"/letter", func(t *testing.T) {
			k := newClipModelIn(t, false, lang)
			w := k.m.w
			w.c.audience = content.AudienceOrganisation
			w.answers = orgAnswers
			steps := g.StepsFor(content.RouteComputer, content.AudienceOrganisation)
			i := slices.IndexFunc(steps, func(s content.Step) bool { return s.Action == content.ActionLetter })
			if i < 0 {
				t.Fatal("no step of the organisation offers the letter")
			}
			w.goTo(walk.Place{Kind: walk.Step, App: "facebook", Index: i})
			w.layout()
			if help := keyHelp(k.screen()); !strings.Contains(help, "c "+tr.T("keys.copy_letter")) {
				t.Errorf("no copy key where the letter may be pasted: %q", help)
			}
			k.keys("c")
			got := k.clip.got()
			if len(got) != 1 || !strings.Contains(got[0], orgAnswers.Org.String()) || !strings.Contains(got[0], orgAnswers.Accounts[0].Name.String()) {
				t.Errorf("copied %q, want the letter", got)
			}
			if want := tr.T("org.copied", i18n.Data{"Keys": tr.T("keys.paste")}); !strings.Contains(flat(k.screen()), flat(want)) {
				t.Errorf("after copying the letter, the screen does not say how to paste:\n%s", k.screen())
			}
		})
	}
}

func (c *clipModel) screen() string { return ansi.Strip(c.m.View().Content) }

// TestStatusLinesAreForTheirAnswers: "the form is open" is said on the
// step after the form was opened, not after the person went back and
// chose again; what became of the printed page is said on that visit of
// the done screen only. The done screen still knows the form was opened.
func TestStatusLinesAreForTheirAnswers(t *testing.T) {
	g, tr := words(t, "nl")
	opts, _ := testOptions("nl", weekBefore)
	s := start(t, opts, 80, 24)
	walkToFirstStep(t, s, g, 0)
	s.waitFor("Facebook, stap 1")
	s.pressAndWait("enter", tr.T("step.opened")[:30])
	// Going on and coming back, the form is still open.
	s.pressAndWait("enter", "Facebook, stap 2")
	s.pressAndWait("esc", tr.T("step.opened")[:30])
	// Back to the question, and the same answer again: a new start.
	s.pressAndWait("esc", g.Questions[content.QuestionWhere].Title)
	screen := s.pressAndWait("enter", "Facebook, stap 1")
	if strings.Contains(screen, tr.T("step.opened")[:30]) || !strings.Contains(screen, tr.T("keys.open")) {
		t.Errorf("after choosing again the step still says the form is open:\n%s", screen)
	}
	s.pressAndWait("enter", tr.T("step.opened")[:30])
	steps := g.StepsFor(content.RouteComputer, content.AudiencePerson)
	for i := 1; i < len(steps); i++ {
		s.pressAndWait("enter", tr.T("step.progress", i18n.Data{"App": "Facebook", "N": i + 1, "Total": len(steps)}))
	}
	for _, p := range g.More {
		s.pressAndWait("enter", p.Title)
	}
	screen = s.pressAndWait("enter", g.Done.Title)
	if !strings.Contains(screen, "Facebook: "+tr.T("done.opened_and_walked")) {
		t.Errorf("the done screen forgot that the form was opened:\n%s", screen)
	}
	printed := tr.T("done.printed_file", i18n.Data{"Path": "/tmp/bezwaarwijzer-123456.html"})
	s.pressAndWait("enter", tr.T("print.which_language"))
	s.pressAndWait("enter", printed)
	s.pressAndWait("esc", g.More[len(g.More)-1].Title)
	screen = s.pressAndWait("enter", g.Done.Title)
	if strings.Contains(screen, printed) {
		t.Errorf("back on the done screen it still says what became of the last print:\n%s", screen)
	}
}

// TestKioskIsCalmWithNothingToForget: a kiosk on a fresh welcome screen
// never asks "Ben je er nog?", however long it waits; a cursor moved there
// is put back without a word. Once a visitor has done something, it asks,
// and its help line is a sentence.
func TestKioskIsCalmWithNothingToForget(t *testing.T) {
	k := newKiosk(t, "nl")
	tr, g := k.m.w.c.t, k.m.w.c.g
	for range 5 {
		k.wait(DefaultIdle)
		k.wait(stillThereFor)
		if strings.Contains(k.screen(), tr.T("kiosk.still_there")) {
			t.Fatalf("a fresh kiosk asks whether someone is there:\n%s", k.screen())
		}
	}
	k.key("down")
	if !strings.Contains(k.screen(), "> "+tr.T("welcome.organisation")) {
		t.Fatalf("the cursor did not move:\n%s", k.screen())
	}
	k.wait(DefaultIdle)
	screen := k.screen()
	if strings.Contains(screen, tr.T("kiosk.still_there")) || !strings.Contains(screen, "> "+tr.T("welcome.begin")) {
		t.Errorf("after a pause the welcome screen is not as fresh, or asks:\n%s", screen)
	}
	_, cmd := k.m.Update(keyMsg("enter"))
	drain(k.m, cmd)
	if !strings.Contains(k.screen(), g.Explain[0].Title) {
		t.Fatalf("Enter did not begin:\n%s", k.screen())
	}
	k.wait(DefaultIdle)
	screen = k.screen()
	if !strings.Contains(screen, tr.T("kiosk.still_there")) {
		t.Fatalf("after a visitor began, a pause does not ask:\n%s", screen)
	}
	if help := keyHelp(screen); help != tr.T("kiosk.still_there_help") {
		t.Errorf("the prompt's help line is %q, want the sentence %q", help, tr.T("kiosk.still_there_help"))
	}
	// The same in another language: switching is something to forget.
	k2 := newKiosk(t, "nl")
	k2.m.Update(switchLangs{})
	k2.wait(DefaultIdle)
	if !strings.Contains(k2.screen(), k2.m.w.c.t.T("kiosk.still_there")) {
		t.Errorf("a kiosk switched to English does not ask before it starts over:\n%s", k2.screen())
	}
}

// TestDoneScreenWrapsUnderItsWords: on the done screen a long item wraps
// under its words, past its mark, in columns, in a kiosk too; an
// organisation's account address is not broken at its slash.
func TestDoneScreenWrapsUnderItsWords(t *testing.T) {
	for _, kiosk := range []bool{false, true} {
		opts, _ := testOptions("nl", weekBefore)
		opts.Kiosk = kiosk
		w, _ := newWizard(opts, weekBefore)
		w.answers = walk.Answers{Apps: []string{"facebook", "instagram", "threads"}, Linked: content.OptionNo, Where: content.RouteComputer}
		w.opened["facebook"] = true
		w.history = []walk.Place{{Kind: walk.Welcome}}
		w.show(walk.Place{Kind: walk.Done})
		w.setSize(MinWidth, 40)
		lines := strings.Split(ansi.Strip(w.view()), "\n")
		checked := 0
		for i := 1; i < len(lines); i++ {
			prev := strings.TrimPrefix(lines[i-1], strings.Repeat(" ", margin))
			mark, _, _ := strings.Cut(prev, " ")
			if mark != "[x]" && mark != "[ ]" && mark != "!" && mark != w.c.styles.Bullet {
				continue
			}
			cur := strings.TrimPrefix(lines[i], strings.Repeat(" ", margin))
			if cur == "" || strings.HasPrefix(cur, "[") || strings.HasPrefix(cur, "!") || strings.HasPrefix(cur, w.c.styles.Bullet) {
				continue
			}
			indent := len(cur) - len(strings.TrimLeft(cur, " "))
			if want := ansi.StringWidth(mark) + 1; indent != want {
				t.Errorf("kiosk=%v: %q continues %q indented %d, want %d", kiosk, cur, prev, indent, want)
			}
			checked++
		}
		if checked == 0 {
			t.Errorf("kiosk=%v: no item wrapped at %d wide; the test sees nothing:\n%s", kiosk, MinWidth, strings.Join(lines, "\n"))
		}
	}
	opts, _ := testOptions("nl", weekBefore)
	w, _ := newWizard(opts, weekBefore)
	w.c.audience = content.AudienceOrganisation
	w.answers = orgAnswers
	w.answers.Accounts = letter.ParseAccounts("facebook.com/gemeentetestdorp-en-omstreken", "facebook")
	w.history = []walk.Place{{Kind: walk.Welcome}}
	w.show(walk.Place{Kind: walk.Done})
	w.setSize(MinWidth, 40)
	if screen := ansi.Strip(w.view()); !strings.Contains(screen, "facebook.com/gemeentetestdorp-en-omstreken") {
		t.Errorf("the account address is broken:\n%s", screen)
	}
}

// TestHelpStaysCloseInALargeWindow: at 200 by 50 the key help stands right
// under the text, not at the bottom of the window.
func TestHelpStaysCloseInALargeWindow(t *testing.T) {
	g, _ := words(t, "nl")
	opts, _ := testOptions("nl", weekBefore)
	s := start(t, opts, 200, 50)
	screen := s.waitFor(g.Welcome.Title)
	lines := strings.Split(strings.TrimRight(screen, "\n "), "\n")
	if len(lines) > 30 {
		t.Errorf("the help is on line %d of 50, far under the text:\n%s", len(lines), screen)
	}
	for i := len(lines) - 2; i > 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			if gap := len(lines) - 1 - i; gap > 2 {
				t.Errorf("%d lines between the text and the help", gap-1)
			}
			break
		}
	}
}

// TestGoldenMoreScreens keeps, in Dutch and English, the done screen, the
// kiosk's "Ben je er nog?" and the ASCII look (old Windows consoles), as a
// person reads them at 80x24. (The phone step's look belongs to the QR
// code's tests.) Run with -update after a deliberate change,
// and read the diff.
func TestGoldenMoreScreens(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		t.Run(lang+"/done", func(t *testing.T) {
			opts, _ := testOptions(lang, weekBefore)
			w, _ := newWizard(opts, weekBefore)
			w.answers = walk.Answers{Apps: []string{"facebook", "instagram", "whatsapp"}, Linked: content.OptionNo, Where: content.RouteComputer}
			w.opened["facebook"], w.reached["facebook"], w.reached["instagram"] = true, true, true
			w.history = []walk.Place{{Kind: walk.Welcome}}
			w.show(walk.Place{Kind: walk.Done})
			w.setSize(80, 24)
			golden.RequireEqual(t, ansi.Strip(w.view()))
		})
		t.Run(lang+"/kiosk-done", func(t *testing.T) {
			k := newKiosk(t, lang)
			w := k.midWalk()
			w.goTo(walk.Place{Kind: walk.Done})
			w.layout()
			golden.RequireEqual(t, k.screen())
		})
		t.Run(lang+"/kiosk-still-there", func(t *testing.T) {
			k := newKiosk(t, lang)
			k.midWalk()
			k.wait(DefaultIdle)
			k.wait(3 * time.Second)
			golden.RequireEqual(t, k.screen())
		})
		for _, s := range []struct {
			name    string
			answers walk.Answers
			screen  walk.Place
		}{
			{"ascii-welcome", walk.Answers{}, walk.Place{Kind: walk.Welcome}},
			{"ascii-apps", walk.Answers{Apps: []string{"facebook"}}, walk.Place{Kind: walk.Apps}},
			{"ascii-step-open", walk.Answers{Apps: []string{"facebook"}, Where: content.RouteComputer}, walk.Place{Kind: walk.Step, App: "facebook"}},
		} {
			t.Run(lang+"/"+s.name, func(t *testing.T) {
				opts, _ := testOptions(lang, weekBefore)
				opts.ASCII, opts.Practice = true, true
				m, err := New(opts)
				if err != nil {
					t.Fatal(err)
				}
				m.w.answers = s.answers
				if s.screen.Kind != walk.Welcome {
					m.w.goTo(s.screen)
				}
				m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
				golden.RequireEqual(t, ansi.Strip(m.View().Content))
			})
		}
	}
}

// TestLetterFlowsInANarrowWindow: in a window narrower than the letter's
// own lines, its paragraphs flow anew: no line is broken short where the
// next word would have fitted, as a letter wrapped twice is ("berichten
// voor AI" / "bij Meta").
func TestLetterFlowsInANarrowWindow(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		opts, _ := testOptions(lang, longAfter)
		w, _ := newWizard(opts, longAfter)
		w.c.audience = content.AudienceOrganisation
		w.answers = orgAnswers
		w.history = []walk.Place{{Kind: walk.Welcome}}
		w.show(walk.Place{Kind: walk.Letter})
		w.setSize(MinWidth, 200)
		width := w.textWidth()
		lines := strings.Split(ansi.Strip(w.view()), "\n")
		for i := 0; i+1 < len(lines); i++ {
			a, b := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
			if a == "" || b == "" || strings.HasPrefix(b, "- ") || strings.HasPrefix(b, w.c.t.T("page.more_below")[:3]) {
				continue
			}
			next, _, _ := strings.Cut(b, " ")
			if fits := len([]rune(strings.TrimRight(lines[i], " ")))-margin+1+len([]rune(next)) <= width; fits {
				t.Errorf("%s: %q is broken short; %q would have fitted after it", lang, a, next)
			}
		}
	}
}

// TestOrganisationQuestionsSayWhichQuestion: each question for the letter
// says which of how many it is, as the steps do.
func TestOrganisationQuestionsSayWhichQuestion(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, tr := words(t, lang)
		opts, _ := testOptions(lang, longAfter)
		s := start(t, opts, 80, 24)
		s.waitFor(g.Welcome.Title)
		s.press("down")
		s.pressAndWait("enter", g.Organisation.Intro.Title)
		f := g.Organisation.Form
		for i, want := range []string{f.Kind, f.Org, g.App("facebook").Accounts} {
			progress := tr.T("org.question_progress", i18n.Data{"Title": f.Title, "N": i + 1, "Total": 8})
			screen := s.pressAndWait("enter", want)
			if !strings.Contains(screen, progress) {
				t.Errorf("%s: question %d does not say %q:\n%s", lang, i+1, progress, screen)
			}
			if want != f.Kind {
				s.typeText("Gemeente Testdorp")
			}
		}
	}
}

// TestDigitGroupsStayTogether: the digits at the end of the address, in
// groups, stand on one line in the smallest window: a group alone on the
// next line is easily missed while typing.
func TestDigitGroupsStayTogether(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		opts, _ := testOptions(lang, longAfter)
		opts.CanBrowse = false
		w, _ := newWizard(opts, longAfter)
		w.answers = walk.Answers{Apps: []string{"facebook"}, Where: content.RouteComputer}
		w.history = []walk.Place{{Kind: walk.Welcome}}
		w.show(walk.Place{Kind: walk.Step, App: "facebook"})
		for _, width := range []int{MinWidth, MinWidth + 3, 80} {
			w.setSize(width, 40)
			if screen := ansi.Strip(w.view()); !strings.Contains(screen, "712 876 720 715 583") {
				t.Errorf("%s at %d wide: the digit groups are split:\n%s", lang, width, screen)
			}
		}
	}
}

// TestEnterReadsTheRouteAskedFor: the route in the app, asked for with m
// on a step where it does not fit under the address, is read to its end
// (its date and the last way in) before Enter goes on to the next step.
func TestEnterReadsTheRouteAskedFor(t *testing.T) {
	g, tr := words(t, "nl")
	fb := g.App("facebook")
	opts, _ := testOptions("nl", longAfter)
	opts.CanBrowse = false
	s := start(t, opts, 80, 24)
	walkToFirstStep(t, s, g, 0)
	s.waitFor(fb.Name + ", stap 1")
	s.press("m")
	screen := s.settle()
	if !strings.Contains(keyHelp(screen), tr.T("keys.read_on")) {
		t.Fatalf("the route does not fit, and Enter does not say it reads on:\n%s", screen)
	}
	seen := flat(screen)
	for range 10 {
		s.press("enter")
		screen = s.settle()
		if strings.Contains(screen, fb.Name+", stap 2") {
			break
		}
		seen += " " + flat(screen)
	}
	if last := lastWords(g.Route.LastWay); !strings.Contains(seen, last) {
		t.Errorf("Enter went on before the last way in (%q) was on screen:\n%s", last, seen)
	}
}
