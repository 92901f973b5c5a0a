package wizard

import (
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/fileproblem"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
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
		return fileproblem.ErrExists
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
// says what kind of organisation it is, fills in the details and who
// signs, reads the letter with the reasons of its kind, saves it, and is
// walked through the objection for each account, in the words of its
// kind, to a done screen that says where to keep the letter.
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
	// The kind first, a choice: a public body.
	screen := s.pressAndWait("enter", form.Kind)
	if !strings.Contains(screen, "> "+org.Kinds[content.KindPublic].Label) || !strings.Contains(flat(screen), org.Kinds[content.KindAssociation].Label) {
		t.Fatalf("the kind question does not offer both kinds, the cursor on the first:\n%s", screen)
	}
	s.pressAndWait("enter", form.Org)

	// q is a letter here: it types, it does not stop.
	s.typeText("q")
	screen = s.waitFor("> q")
	if strings.Contains(screen, tr.T("quit.title")) {
		t.Fatal("q asked to stop while typing a name")
	}
	if !strings.Contains(screen, "Ctrl+C "+tr.T("keys.quit")) {
		t.Errorf("the help line does not say how to stop while typing:\n%s", screen)
	}
	s.press("backspace")
	s.typeText("Gemeente Testdorp")
	s.waitFor("> Gemeente Testdorp")
	s.pressAndWait("enter", g.App("facebook").Accounts)
	s.typeText("facebook.com/gemeentetestdorp")
	s.pressAndWait("enter", g.App("instagram").Accounts)
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
	s.pressAndWait("enter", form.Signer)
	s.typeText("A. Bakker")
	s.pressAndWait("enter", form.Function)
	s.typeText("burgemeester")
	s.pressAndWait("enter", org.Advice.Title)

	screen = s.pressAndWait("enter", org.Letter.Title)
	for _, want := range []string{"Namens Gemeente Testdorp", "facebook.com/gemeentetestdorp (Facebook)", "@gemeentetestdorp (Instagram)"} {
		if !strings.Contains(flat(screen), want) {
			t.Errorf("the letter misses %q:\n%s", want, screen)
		}
	}
	// Read on to the end: the public body's reasons, and who signs.
	var read strings.Builder
	read.WriteString(screen)
	for range 50 {
		s.press("down")
		read.WriteString(s.settle())
	}
	s.waitFor("Testdorp, 22 november 2026")
	for _, want := range []string{"publieke taak", "schriftelijk", "A. Bakker", "burgemeester"} {
		if !strings.Contains(flat(read.String()), want) {
			t.Errorf("the letter of a public body does not say %q:\n%s", want, read.String())
		}
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
	for _, want := range []string{"artikel 21", "Gemeente Testdorp", "publieke taak", "A. Bakker\nburgemeester\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("the saved letter does not say %q:\n%s", want, got)
		}
	}

	// Then the steps, for each account, with its own login, in the words
	// of a public body.
	steps := g.OrgSteps(content.KindPublic)
	for _, account := range []string{"facebook.com/gemeentetestdorp", "@gemeentetestdorp"} {
		for i, step := range steps {
			want := strings.NewReplacer("{account}", account, "{app}", appOf(account)).Replace(step.Title)
			s.press("enter")
			screen := s.waitFor(tr.T("step.progress_org", i18n.Data{"App": appOf(account), "Account": account, "N": i + 1, "Total": len(steps)}))
			if !strings.Contains(flat(screen), want) {
				t.Errorf("step %d for %s does not say %q:\n%s", i+1, account, want, screen)
			}
			if step.Action == content.ActionOpen {
				s.pressAndWait("enter", tr.T("step.opened")[:20])
			}
		}
	}
	screen = s.pressAndWait("enter", g.Done.Title)
	if !strings.Contains(flat(screen), flat(tr.T("done.org_keep_public"))) || !strings.Contains(screen, "[x] @gemeentetestdorp (Instagram)") {
		t.Errorf("the done screen does not list the accounts and the case system:\n%s", screen)
	}
	if opened := stub.Opened(); len(opened) != 2 || opened[0] != g.App("facebook").Form.String() || opened[1] != g.App("instagram").Form.String() {
		t.Errorf("opened %v, want each account's form", opened)
	}
}

// TestAssociationWalk: a club chooses its kind, goes back to it with Esc
// and finds the cursor on it; an account on another site is warned about
// under the question, and a second Enter goes on with it. The letter
// claims no public task, and the steps and the done screen keep the
// confirmation in the club's own records, not in a case system.
func TestAssociationWalk(t *testing.T) {
	g, tr := words(t, "nl")
	org, form := g.Organisation, g.Organisation.Form
	opts, _ := testOptions("nl", longAfter)
	s := start(t, opts, 80, 24)
	s.waitFor(g.Welcome.Title)
	s.press("down")
	s.pressAndWait("enter", org.Intro.Title)
	s.pressAndWait("enter", form.Kind)
	s.press("down")
	s.waitFor("> " + org.Kinds[content.KindAssociation].Label)
	s.pressAndWait("enter", form.Org)
	screen := s.pressAndWait("esc", form.Kind)
	if !strings.Contains(screen, "> "+org.Kinds[content.KindAssociation].Label) {
		t.Errorf("back at the kind, the cursor is not on the kind chosen:\n%s", screen)
	}
	s.pressAndWait("enter", form.Org)
	s.typeText("Voetbalclub Testdorp")
	s.pressAndWait("enter", g.App("facebook").Accounts)
	s.typeText("twitter.com/vvtestdorp")
	warning := tr.T("letter.account_elsewhere", i18n.Data{"Account": "twitter.com/vvtestdorp", "Apps": "Facebook of Instagram"})
	screen = s.pressAndWait("enter", warning[:40])
	if !strings.Contains(flat(screen), flat(warning)) || !strings.Contains(flat(screen), tr.T("letter_cmd.warning_go_on")) || !strings.Contains(screen, g.App("facebook").Accounts) {
		t.Fatalf("the account on another site is not warned about under its question:\n%s", screen)
	}
	// Changed, the warning waits for Enter again; back as it was, the
	// first Enter warns again.
	s.press("x")
	if screen := s.settle(); strings.Contains(flat(screen), flat(warning)) {
		t.Errorf("the warning stays after the answer changed:\n%s", screen)
	}
	s.press("backspace")
	s.pressAndWait("enter", warning[:40])
	s.pressAndWait("enter", g.App("instagram").Accounts)
	s.pressAndWait("enter", form.Contact)
	for _, next := range []string{form.Place, form.Signer, form.Function, org.Advice.Title, org.Letter.Title} {
		s.pressAndWait("enter", next)
	}
	var read strings.Builder
	read.WriteString(s.settle())
	for range 50 {
		s.press("down")
		read.WriteString(s.settle())
	}
	letter := flat(read.String())
	for _, want := range []string{"Namens Voetbalclub Testdorp", "twitter.com/vvtestdorp", "leden", org.Letter.SignerBlank} {
		if !strings.Contains(letter, flat(want)) {
			t.Errorf("the club's letter does not say %q:\n%s", want, read.String())
		}
	}
	for _, not := range []string{"publieke taak", "zaaksysteem"} {
		if strings.Contains(letter, not) {
			t.Errorf("the club's letter says %q:\n%s", not, read.String())
		}
	}
	// The steps, in a club's words: the last one keeps the confirmation
	// in its own records.
	steps := g.OrgSteps(content.KindAssociation)
	var walked strings.Builder
	for i, step := range steps {
		s.press("enter")
		walked.WriteString(s.waitFor(tr.T("step.progress_org", i18n.Data{"App": "Facebook", "Account": "twitter.com/vvtestdorp", "N": i + 1, "Total": len(steps)})))
		if step.Action == content.ActionOpen {
			s.pressAndWait("enter", tr.T("step.opened")[:20])
		}
	}
	if want := steps[len(steps)-1].Title; !strings.Contains(walked.String(), want) || strings.Contains(walked.String(), "zaaksysteem") {
		t.Errorf("the club's steps do not say %q, or speak of a case system:\n%s", want, walked.String())
	}
	screen = s.pressAndWait("enter", g.Done.Title)
	if !strings.Contains(flat(screen), flat(tr.T("done.org_keep_association"))) {
		t.Errorf("the club's done screen does not keep the letter in its own records:\n%s", screen)
	}
}

func appOf(account string) string {
	if strings.HasPrefix(account, "facebook") {
		return "Facebook"
	}
	return "Instagram"
}

// TestWarningsInASmallWindow: at 60x18 the question stays in view over
// its warnings: when not all fit, Enter says the next one before it goes
// on, and the screen says so.
func TestWarningsInASmallWindow(t *testing.T) {
	g, tr := words(t, "nl")
	opts, _ := testOptions("nl", longAfter)
	w, _ := newWizard(opts, longAfter)
	w.c.audience = content.AudienceOrganisation
	w.history = []walk.Place{{Kind: walk.Welcome}}
	askFacebook := walk.OrgIndex(g, walk.AskAccounts, "facebook")
	w.org[walk.OrgIndex(g, walk.AskOrg, "")] = "Gemeente Testdorp"
	w.org[askFacebook] = "twitter.com/testdorp, instagram.com/testdorp"
	w.show(walk.Place{Kind: walk.OrgDetails, Index: askFacebook})
	w.setSize(MinWidth, MinHeight)
	elsewhere := tr.T("letter.account_elsewhere", i18n.Data{"Account": "twitter.com/testdorp", "Apps": "Facebook of Instagram"})
	other := tr.T("letter.account_other_app", i18n.Data{"Account": "instagram.com/testdorp", "App": "Instagram", "Other": "Facebook"})
	for _, c := range []struct{ says, not, next string }{
		{elsewhere, other, tr.T("orgflow.next_warning")},
		{other, elsewhere, tr.T("letter_cmd.warning_go_on")},
	} {
		w.update(keyMsg("enter"))
		screen := flat(ansi.Strip(w.view()))
		if len(strings.Split(w.view(), "\n")) > MinHeight || !strings.Contains(screen, g.App("facebook").Accounts) {
			t.Fatalf("the question is not in view at 60x18:\n%s", ansi.Strip(w.view()))
		}
		if !strings.Contains(screen, flat(c.says)) || strings.Contains(screen, flat(c.not)) || !strings.Contains(screen, flat(c.next)) {
			t.Errorf("want %q and %q, not %q:\n%s", c.says, c.next, c.not, ansi.Strip(w.view()))
		}
	}
	if cmd := w.update(keyMsg("enter")); cmd == nil {
		t.Error("Enter after every warning does not go on")
	} else if _, next := cmd().(nextMsg); !next {
		t.Error("Enter after every warning does not go on to the next question")
	}
	// Back at the question, the answer gone on with is not warned about
	// again.
	w.show(walk.Place{Kind: walk.OrgDetails, Index: askFacebook})
	if cmd := w.update(keyMsg("enter")); cmd == nil {
		t.Error("an answer gone on with is warned about again")
	}
	// At 80x24 both fit, with how to go on.
	w, _ = newWizard(opts, longAfter)
	w.c.audience = content.AudienceOrganisation
	w.history = []walk.Place{{Kind: walk.Welcome}}
	w.org[askFacebook] = "twitter.com/testdorp, instagram.com/testdorp"
	w.show(walk.Place{Kind: walk.OrgDetails, Index: askFacebook})
	w.setSize(80, 24)
	w.update(keyMsg("enter"))
	screen := flat(ansi.Strip(w.view()))
	if !strings.Contains(screen, flat(elsewhere)) || !strings.Contains(screen, flat(other)) || !strings.Contains(screen, tr.T("letter_cmd.warning_go_on")) {
		t.Errorf("at 80x24 not both warnings and how to go on:\n%s", ansi.Strip(w.view()))
	}
}
