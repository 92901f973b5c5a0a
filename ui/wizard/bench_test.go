package wizard

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
)

// The performance measurements of the wizard (issue 6). Run them with
//
//	go test -run '^$' -bench . -benchmem ./ui/wizard/
//
// Target: a frame (View on a shown, sized screen) under 1 ms. A key press
// that changes screen (Update, and the View that follows) is what a person
// waits for; Bubble Tea writes the new frame at its next frame tick.

// benchWidth and benchHeight are the window the measurements use: the size
// the wizard is made for.
const benchWidth, benchHeight = 80, 24

// benchScreen is a wizard on one screen, shown and sized, in Dutch.
type benchScreen struct {
	name string
	m    *Model
}

// benchOptions are the options of a wizard as a person starts it, in
// Dutch, a week before the date so that the countdown runs.
func benchOptions() Options {
	opts, _ := testOptions("nl", weekBefore)
	opts.WriteFile = func(string, []byte, bool) error { return nil }
	return opts
}

// benchScreens builds a wizard on one screen of every kind of the walk, and
// on a step with every action: every walk.Kind at least once. A step
// without an action is measured too; it is the most common screen.
func benchScreens(tb testing.TB) []benchScreen {
	tb.Helper()
	opts := benchOptions()
	probe, err := newWizard(opts, weekBefore)
	if err != nil {
		tb.Fatal(err)
	}
	g := probe.c.g

	var screens []benchScreen
	seen := map[string]bool{}
	add := func(name string, w *wizard) {
		if seen[name] {
			return
		}
		seen[name] = true
		w.setSize(benchWidth, benchHeight)
		screens = append(screens, benchScreen{name, &Model{opts: opts, home: opts, w: w, width: benchWidth, height: benchHeight}})
	}
	on := func(audience string, answers walk.Answers, s walk.Place) *wizard {
		w, err := newWizard(opts, weekBefore)
		if err != nil {
			tb.Fatal(err)
		}
		w.c.audience = audience
		w.answers = answers
		if audience == content.AudienceOrganisation {
			w.org = orgTyped(w.c.g, orgAnswers)
		}
		w.history = []walk.Place{{Kind: walk.Welcome}}
		w.show(s)
		w.setSize(benchWidth, benchHeight)
		return w
	}

	// A person's walks: on a computer, on a phone (the QR code), in the app,
	// and not knowing which apps (the recognise page).
	for _, answers := range answerSets {
		screens := append(walk.Order(g, answers, content.AudiencePerson), walk.Place{Kind: walk.Info})
		for _, s := range screens {
			w := on(content.AudiencePerson, answers, s)
			add(benchName(w, s, ""), w)
		}
	}
	// An organisation's walk: its introduction, a question for the letter,
	// the advice, the letter, a step per account.
	for _, s := range walk.Order(g, orgAnswers, content.AudienceOrganisation) {
		w := on(content.AudienceOrganisation, orgAnswers, s)
		add(benchName(w, s, "org-"), w)
	}
	// The quit question, over an explanation.
	w := on(content.AudiencePerson, answerSets[0], walk.Place{Kind: walk.Explain})
	w.askQuit()
	add("quit", w)

	// Each screen must be what its name says.
	for _, want := range []string{
		"welcome", "explain", "apps", "recognise", "linked", "where",
		"step-open", "step-address-qr", "step-menu", "step-reason", "step-plain",
		"other", "more", "done", "info",
		"org-intro", "org-question", "org-advice", "letter", "org-step-open", "quit",
	} {
		if !seen[want] {
			tb.Fatalf("no %q screen among the walks: the benchmark's screens are out of date", want)
		}
	}
	for _, s := range screens {
		view := s.m.View().Content
		if lines := strings.Split(view, "\n"); len(lines) > benchHeight {
			tb.Fatalf("%s: %d lines at %dx%d", s.name, len(lines), benchWidth, benchHeight)
		}
		if s.name == "step-address-qr" && !strings.Contains(view, "▀") && !strings.Contains(view, "▄") {
			tb.Fatalf("the phone step shows no QR code at %dx%d:\n%s", benchWidth, benchHeight, ansi.Strip(view))
		}
	}
	return screens
}

// benchName names a screen by its kind, and a step by its action. The
// first screen of a kind is the one measured.
func benchName(w *wizard, s walk.Place, prefix string) string {
	switch s.Kind {
	case walk.Welcome:
		return "welcome"
	case walk.Explain:
		return "explain"
	case walk.Apps:
		return "apps"
	case walk.Recognise:
		return "recognise"
	case walk.Linked:
		return "linked"
	case walk.Where:
		return "where"
	case walk.Step:
		step := w.page.(*stepPage)
		switch step.action {
		case "":
			return prefix + "step-plain"
		case content.ActionAddress:
			if _, ok := step.phoneLines(step.width, step.height); ok {
				return prefix + "step-address-qr"
			}
			return prefix + "step-address"
		}
		return prefix + "step-" + step.action
	case walk.Other:
		return "other"
	case walk.More:
		return "more"
	case walk.Done:
		return prefix + "done"
	case walk.Info:
		return "info"
	case walk.OrgIntro:
		return "org-intro"
	case walk.OrgKind:
		return "org-kind"
	case walk.OrgDetails:
		return "org-question"
	case walk.OrgAdvice:
		return "org-advice"
	case walk.Letter:
		return "letter"
	}
	return fmt.Sprintf("kind%d", s.Kind)
}

// BenchmarkView is the cost of one frame: Model.View on a screen that is
// shown and sized at 80x24. Bubble Tea calls it after every message.
func BenchmarkView(b *testing.B) {
	for _, s := range benchScreens(b) {
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = s.m.View()
			}
		})
	}
}

// BenchmarkShow is what changing to a screen costs the wizard: building
// the page (the QR code, the question), laying it out, and the first frame.
func BenchmarkShow(b *testing.B) {
	for _, s := range benchScreens(b) {
		if s.name == "quit" {
			continue // not a screen of its own: see BenchmarkKeyPress
		}
		w := s.m.w
		to := w.screen
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				w.show(to)
				_ = s.m.View()
			}
		})
	}
}

// BenchmarkKeyPress is what a person waits for, beside the renderer's
// frame: Enter on an explanation, which goes on to the next screen, and the
// frame that follows. Enter sends a message to the wizard (a command), as
// Bubble Tea would run it; q asks whether to stop.
func BenchmarkKeyPress(b *testing.B) {
	opts := benchOptions()
	m, err := New(opts)
	if err != nil {
		b.Fatal(err)
	}
	m.Update(tea.WindowSizeMsg{Width: benchWidth, Height: benchHeight})
	g := m.w.c.g
	m.w.answers = answerSets[0]

	b.Run("enter-explain", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			m.w.dialogs = nil
			m.w.history = append(m.w.history[:0], walk.Place{Kind: walk.Welcome})
			m.w.show(walk.Place{Kind: walk.Explain})
			b.StartTimer()

			_, cmd := m.Update(keyMsg("enter"))
			if cmd == nil {
				b.Fatal("Enter on an explanation does nothing")
			}
			m.Update(cmd())
			_ = m.View()
		}
		if m.w.screen != (walk.Place{Kind: walk.Explain, Index: 1}) || len(g.Explain) < 2 {
			b.Fatalf("Enter went to %+v, not the second explanation", m.w.screen)
		}
	})
	b.Run("q-explain", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			m.w.dialogs = nil
			m.w.history = append(m.w.history[:0], walk.Place{Kind: walk.Welcome})
			m.w.show(walk.Place{Kind: walk.Explain})
			b.StartTimer()

			m.Update(keyMsg("q"))
			_ = m.View()
		}
		if len(m.w.dialogs) == 0 {
			b.Fatal("q did not ask whether to stop")
		}
	})
	b.Run("down-apps", func(b *testing.B) {
		// A key that stays on the screen: the cursor down the list of apps.
		m.w.dialogs = nil
		m.w.show(walk.Place{Kind: walk.Apps})
		b.ReportAllocs()
		for b.Loop() {
			m.Update(keyMsg("down"))
			_ = m.View()
		}
	})
}
