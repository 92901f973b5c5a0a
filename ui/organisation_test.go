package ui

import (
	"strings"
	"sync"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/savefile"
)

// files is a WriteFile stub: it remembers what was written where, and says
// a file exists the first time it is asked to write without overwrite.
type files struct {
	mu      sync.Mutex
	written map[string]string
	calls   []bool // the overwrite flag of each call
}

func (f *files) write(path string, data []byte, overwrite bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, overwrite)
	if _, ok := f.written[path]; ok && !overwrite {
		return savefile.ErrExists
	}
	f.written[path] = string(data)
	return nil
}

func (f *files) get(path string) (string, []bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.written[path], append([]bool(nil), f.calls...)
}

// TestOrganisationWalk: a communications officer of "Gemeente Testdorp"
// fills in the details, reads the letter, saves it, and is walked through
// the objection for each account.
func TestOrganisationWalk(t *testing.T) {
	g, tr := words(t, "nl")
	org, form := g.Organisation, g.Organisation.Form
	fs := &files{written: map[string]string{"bezwaar-meta.txt": "ons concept"}}
	opts, stub := testOptions("nl", longAfter)
	opts.WriteFile = fs.write
	s := start(t, opts, 80, 24)
	s.waitFor(g.Welcome.Title)
	s.press("down")
	s.pressAndWait("enter", org.Intro.Title)
	s.pressAndWait("enter", form.Org)

	// q is a letter here: it types, it does not stop.
	s.typeText("q")
	screen := s.waitFor("> q")
	if strings.Contains(screen, tr.T("quit.title")) {
		t.Fatal("q asked to stop while typing a name")
	}
	if !strings.Contains(screen, "Ctrl+C "+tr.T("keys.quit")) {
		t.Errorf("the help line does not say how to stop while typing:\n%s", screen)
	}
	s.press("backspace")
	s.typeText("Gemeente Testdorp")
	s.waitFor("> Gemeente Testdorp")
	s.pressAndWait("enter", form.Facebook)
	s.typeText("facebook.com/gemeentetestdorp")
	s.pressAndWait("enter", form.Instagram)
	s.typeText("@gemeentetestdorp")
	s.pressAndWait("enter", form.Contact)
	s.typeText("communicatie")
	// A problem is said right under the field, and stops going on.
	screen = s.pressAndWait("enter", tr.T("letter.contact_invalid", i18n.Data{"Value": "communicatie"})[:20])
	if !strings.Contains(screen, form.Contact) {
		t.Fatalf("the message is not with its field:\n%s", screen)
	}
	s.typeText("@testdorp.nl")
	s.pressAndWait("enter", form.Place)
	s.typeText("Testdorp")
	s.pressAndWait("enter", org.Advice.Title)

	screen = s.pressAndWait("enter", org.Letter.Title)
	for _, want := range []string{"Namens Gemeente Testdorp", "facebook.com/gemeentetestdorp (Facebook)", "@gemeentetestdorp (Instagram)"} {
		if !strings.Contains(flat(screen), want) {
			t.Errorf("the letter misses %q:\n%s", want, screen)
		}
	}
	// Read on to the end: article 21 and the request for confirmation.
	for range 45 {
		s.press("down")
	}
	screen = s.waitFor("Testdorp, 22 november 2026")
	if !strings.Contains(flat(screen), "schriftelijk") {
		t.Errorf("the end of the letter does not ask for written confirmation:\n%s", screen)
	}

	// Saving over a file asks first; yes replaces it.
	s.pressAndWait("s", tr.T("org.save_title"))
	s.pressAndWait("enter", tr.T("org.exists_title"))
	if got, _ := fs.get("bezwaar-meta.txt"); got != "ons concept" {
		t.Fatal("the file was replaced before asking")
	}
	s.press("down")
	s.pressAndWait("enter", "De brief staat in")
	got, calls := fs.get("bezwaar-meta.txt")
	if len(calls) != 2 || calls[0] || !calls[1] {
		t.Errorf("write calls %v, want no overwrite then overwrite", calls)
	}
	if !strings.Contains(got, "artikel 21") || !strings.Contains(got, "Gemeente Testdorp") {
		t.Errorf("the saved letter is not the letter:\n%s", got)
	}

	// Then the steps, for each account, with its own login.
	steps := g.StepsFor(content.RouteComputer, content.AudienceOrganisation)
	for _, account := range []string{"facebook.com/gemeentetestdorp", "@gemeentetestdorp"} {
		for i, step := range steps {
			want := strings.ReplaceAll(strings.ReplaceAll(step.Title, "{account}", account), "{app}", "")
			s.press("enter")
			screen := s.waitFor(tr.T("step.progress_org", i18n.Data{"App": appOf(account), "Account": account, "N": i + 1, "Total": len(steps)}))
			if !strings.Contains(flat(screen), strings.Fields(want)[0]) {
				t.Errorf("step %d for %s:\n%s", i+1, account, screen)
			}
			if step.Action == content.ActionOpen {
				s.pressAndWait("enter", tr.T("step.opened")[:20])
			}
		}
	}
	screen = s.pressAndWait("enter", g.Done.Title)
	if !strings.Contains(flat(screen), flat(tr.T("done.org_keep"))) || !strings.Contains(screen, "[x] @gemeentetestdorp (Instagram)") {
		t.Errorf("the done screen does not list the accounts and the case file:\n%s", screen)
	}
	if opened := stub.Opened(); len(opened) != 2 || opened[0] != g.App("facebook").Form.String() || opened[1] != g.App("instagram").Form.String() {
		t.Errorf("opened %v, want each account's form", opened)
	}
}

func appOf(account string) string {
	if strings.HasPrefix(account, "facebook") {
		return "Facebook"
	}
	return "Instagram"
}
