package wizard

import (
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestChooseLanguage: the welcome screen names the other languages each
// in its own name; choosing them shows every language a terminal offers,
// Arabic not among them, and the one taken speaks from then on. Esc, or
// the screen's own language, goes back.
func TestChooseLanguage(t *testing.T) {
	g, tr := words(t, "nl")
	gtr, trTr := words(t, "tr")
	opts, _ := testOptions("nl", weekBefore)
	s := start(t, opts, 80, 24)
	screen := s.waitFor(g.Welcome.Title)
	if !strings.Contains(screen, "English · Türkçe") {
		t.Fatalf("the welcome screen does not name the other languages in their own names:\n%s", screen)
	}
	s.press("down", "down", "down", "down")
	screen = s.pressAndWait("enter", tr.T("language.choose"))
	for _, name := range []string{"Nederlands", "English", "Türkçe"} {
		if !strings.Contains(screen, name) {
			t.Errorf("the choice of language has no %q:\n%s", name, screen)
		}
	}
	if help := keyHelp(screen); !strings.Contains(help, "Esc") {
		t.Errorf("the help line does not say that Esc goes back: %q", help)
	}
	if strings.Contains(screen, i18n.Name("ar")) {
		t.Errorf("the wizard offers Arabic, which a terminal cannot show:\n%s", screen)
	}
	// Esc goes back; so does Enter on the screen's own language.
	s.pressAndWait("esc", g.Welcome.Title)
	s.pressAndWait("enter", tr.T("language.choose"))
	screen = s.pressAndWait("enter", g.Welcome.Title)
	if strings.Contains(screen, tr.T("language.choose")) {
		t.Fatalf("Enter on Nederlands did not close the choice:\n%s", screen)
	}
	s.pressAndWait("enter", tr.T("language.choose"))
	s.press("down", "down")
	screen = s.pressAndWait("enter", gtr.Welcome.Title)
	if !strings.Contains(screen, "Nederlands · English") || !strings.Contains(screen, trTr.T("welcome.begin")) {
		t.Errorf("after choosing Türkçe the welcome screen is not in Turkish:\n%s", screen)
	}
}
