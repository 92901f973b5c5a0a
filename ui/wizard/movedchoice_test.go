package wizard

import (
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
)

// TestEnterTakesTheChoiceMovedTo: in a small window the welcome text is
// longer than the window, and Enter first reads on. But a person who
// moved to a choice has picked it: one Enter then takes it, and the key
// line says Enter chooses.
func TestEnterTakesTheChoiceMovedTo(t *testing.T) {
	g, tr := words(t, "nl")
	opts, _ := testOptions("nl", longAfter)
	s := start(t, opts, 60, 18)
	screen := s.waitFor(tr.T("page.more_below"))
	if !strings.Contains(screen, "Enter "+tr.T("keys.read_on")) {
		t.Fatalf("the welcome text fits 60x18; the test needs it longer:\n%s", screen)
	}
	s.press("down", "down")
	screen = s.settle()
	if !strings.Contains(flat(screen), "Enter "+tr.T("keys.choose")) {
		t.Errorf("after moving to a choice the key line does not say Enter chooses:\n%s", screen)
	}
	s.press("enter")
	s.waitFor(g.Questions[content.QuestionApps].Title)
}
