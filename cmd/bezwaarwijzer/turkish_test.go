package main

import (
	"regexp"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// notTurkish are words a Dutch or an English sentence has and a Turkish
// one does not: a screen that shows one has text left untranslated.
// Meta's own labels ("Instellingen en privacy", "Bezwaar maken") stay
// Dutch on purpose, and have none of these.
var notTurkish = regexp.MustCompile(`(?i)\b(je|jouw|het|een|niet|the|you|your|and|with|press)\b`)

// TestTurkishEveryRouteInARealTerminal walks the built program in Turkish
// at 80x24 to the done screen, for each way in (this computer, the phone,
// the menu in the app), and finds no Dutch or English on the way.
func TestTurkishEveryRouteInARealTerminal(t *testing.T) {
	tr := i18n.MustNew("tr")
	g, err := content.Load("tr")
	if err != nil {
		t.Fatal(err)
	}
	for _, route := range []string{content.RouteComputer, content.RoutePhone, content.RouteApp} {
		t.Run(route, func(t *testing.T) {
			term := startProgram(t, 80, 24, screenEnv(t), "--lang", "tr", "--no-browser")
			seen := []string{term.waitFor(g.Welcome.Title)}
			// Straight to the questions: the explanations are walked in
			// TestWalkInARealTerminal.
			seen = append(seen, term.pressUntil("Down", "> "+tr.T("welcome.quick"), 3)...)
			seen = append(seen, term.pressUntil("Enter", g.Questions[content.QuestionApps].Title, 1)...)
			term.keys("Space")
			seen = append(seen, term.waitFor("[x] "+g.App("facebook").Name))
			seen = append(seen, term.pressUntil("Enter", g.Questions[content.QuestionWhere].Title, 2)...)
			for range optionIndex(t, g, content.QuestionWhere, route) {
				term.keys("Down")
			}
			term.waitFor("> " + optionLabel(t, g, content.QuestionWhere, route))
			seen = append(seen, term.pressUntil("Enter", g.Done.Title, 25)...)
			for _, screen := range seen {
				if w := notTurkish.FindString(screen); w != "" {
					t.Errorf("%q on a Turkish screen:\n%s", w, shown(screen))
				}
			}
		})
	}
}
