package wizard

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestTickOnlyWhenTheWordsChange: the wizard wakes at most once a minute
// before the date (never more than once a second), and once a day after.
func TestTickOnlyWhenTheWordsChange(t *testing.T) {
	cases := []struct {
		now      time.Time
		min, max time.Duration
	}{
		{weekBefore, time.Second, time.Minute},
		{weekBefore.Add(17 * time.Second), time.Second, time.Minute},
		{longAfter, time.Hour, 24 * time.Hour},
	}
	for _, c := range cases {
		opts, _ := testOptions("nl", c.now)
		m, err := New(opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := m.tickWait(); got < c.min || got > c.max {
			t.Errorf("at %v the next tick is in %v, want between %v and %v", c.now, got, c.min, c.max)
		}
	}
}

// TestTickMovesTheBanner: a tick reads the clock and the banner follows;
// a tick from before a restart is dropped.
func TestTickMovesTheBanner(t *testing.T) {
	now := weekBefore
	opts, _ := testOptions("nl", now)
	opts.Clock = func() time.Time { return now }
	m, _ := New(opts)
	m.Init() // schedules tick 1
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	before := ansi.Strip(m.View().Content)
	now = now.Add(2 * time.Hour)
	m.Update(tickMsg{seq: 0})
	if got := ansi.Strip(m.View().Content); got != before {
		t.Errorf("a stale tick changed the screen")
	}
	m.Update(tickMsg{seq: m.tick})
	after := ansi.Strip(m.View().Content)
	if !strings.Contains(flat(after), m.w.c.t.N("banner.hours", 12)) {
		t.Errorf("after two hours the banner does not say 12 hours:\n%s", after)
	}
}
