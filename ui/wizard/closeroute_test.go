package wizard

import (
	"strings"
	"testing"
)

// TestEscClosesTheRouteAskedFor: on a step, m shows the route in the app;
// Esc then closes it, and the key line says so ("Esc sluiten"), rather
// than go back a whole screen. Once it is closed, Esc goes back again.
func TestEscClosesTheRouteAskedFor(t *testing.T) {
	g, tr := words(t, "nl")
	fb := g.App("facebook")
	opts, _ := testOptions("nl", longAfter)
	opts.CanBrowse = false
	s := start(t, opts, 80, 24)
	walkToFirstStep(t, s, g, 0)
	before := s.waitFor(fb.Name + ", stap 1")
	if !strings.Contains(keyHelp(before), "m "+tr.T("keys.route")) {
		t.Fatalf("the step does not offer the route behind m:\n%s", before)
	}
	closes, back := "Esc "+tr.T("keys.close"), "Esc "+tr.T("keys.back")

	s.press("m")
	route := s.settle()
	if route == before {
		t.Fatalf("m did not show the route:\n%s", route)
	}
	if help := keyHelp(route); !strings.Contains(help, closes) || strings.Contains(help, back) {
		t.Errorf("with the route open, the key line does not say Esc closes it:\n%s", route)
	}

	s.press("esc")
	after := s.settle()
	if !strings.Contains(after, fb.Name+", stap 1") {
		t.Fatalf("Esc left the step instead of closing the route:\n%s", after)
	}
	if after != before {
		t.Errorf("Esc did not close the route; the step shows:\n%s\nwant as before m:\n%s", after, before)
	}
	if help := keyHelp(after); strings.Contains(help, closes) || !strings.Contains(help, back) {
		t.Errorf("with the route closed, the key line does not say Esc goes back:\n%s", after)
	}

	// Closed, Esc goes back a screen, as everywhere.
	s.press("esc")
	if screen := s.settle(); strings.Contains(screen, fb.Name+", stap 1") {
		t.Errorf("Esc with the route closed did not go back:\n%s", screen)
	}
}
