package wizard

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestWelcomeFollowsTheClock: a practice clock set just before the date
// passes it while the welcome screen is open. At the tick the screen says
// what a fresh start would (the note that objecting still helps), and the
// choice the person had moved to stays chosen.
func TestWelcomeFollowsTheClock(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			now := time.Date(2025, 5, 26, 23, 59, 30, 0, amsterdam())
			opts, _ := testOptions(lang, now)
			opts.Clock = func() time.Time { return now }
			opts.Practice = true
			m, err := New(opts)
			if err != nil {
				t.Fatal(err)
			}
			m.Init()
			m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			m.Update(keyMsg("down"))
			note := flat(m.w.c.g.Deadline.Note)
			if before := ansi.Strip(m.View().Content); strings.Contains(flat(before), note) {
				t.Fatalf("before the date the welcome screen has the note:\n%s", before)
			}

			now = now.Add(time.Minute)
			m.Update(tickMsg{seq: m.tick})
			got := ansi.Strip(m.View().Content)
			if !strings.Contains(flat(got), note) {
				t.Errorf("past the date the welcome screen has no note:\n%s", got)
			}

			fresh, err := New(opts)
			if err != nil {
				t.Fatal(err)
			}
			fresh.Init()
			fresh.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			fresh.Update(keyMsg("down"))
			if want := ansi.Strip(fresh.View().Content); got != want {
				t.Errorf("the screen after the tick differs from a fresh start's:\n%s\nfresh:\n%s", got, want)
			}
		})
	}
}
