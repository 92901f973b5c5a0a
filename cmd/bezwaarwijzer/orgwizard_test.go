package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// An organisation's walk through the built program (issue 11, point 3):
// the kind of organisation and who signs are asked in the wizard and line
// by line, as the letter command asks them; the letter, the steps and the
// done screen fit the kind; an account on another site is warned about.

// orgQuestion is the line above a question for the letter: "Gegevens voor
// de brief: vraag 2 van 8". The kind, the name, two account questions,
// the contact, the place, the signer and the function: 8.
func orgQuestion(tr *i18n.Translator, g *content.Guide, n int) string {
	return tr.T("org.question_progress", i18n.Data{"Title": g.Organisation.Form.Title, "N": n, "Total": 8})
}

// reasonBullets are the letter's reasons for a kind, one per bullet.
func reasonBullets(g *content.Guide, kind string) []string {
	var bullets []string
	for _, b := range strings.Split(g.Organisation.Kinds[kind].Reasons, "\n") {
		if b = strings.TrimPrefix(strings.TrimSpace(b), "- "); b != "" {
			bullets = append(bullets, b)
		}
	}
	return bullets
}

// TestWizardOrganisationWalk: in a real terminal, in Dutch and in English,
// for a public body and for an association: the kind is the first
// question, a choice; then the name, the accounts, the contact, the place,
// the signer and the function, each on its own screen saying which
// question of 8 it is. The letter on screen, saved and copied has the
// kind's reasons (no public task and no case system for an association)
// and is signed by name and function; the steps per account are in the
// kind's words, and the done screen says where the kind keeps the letter.
func TestWizardOrganisationWalk(t *testing.T) {
	for _, c := range []struct {
		lang, kind, org, function string
	}{
		{"nl", content.KindPublic, "Gemeente Testdorp", "burgemeester"},
		{"nl", content.KindAssociation, "Voetbalclub Testdorp", "secretaris"},
		{"en", content.KindPublic, "Testdorp Council", "mayor"},
		{"en", content.KindAssociation, "Testdorp Football Club", "secretary"},
	} {
		t.Run(c.lang+"/"+c.kind, func(t *testing.T) {
			tr := i18n.MustNew(c.lang)
			g, err := content.Load(c.lang)
			if err != nil {
				t.Fatal(err)
			}
			org, form := g.Organisation, g.Organisation.Form
			browse, opened := fakeBrowser(t)
			clip, record := fakeClipboard(t)
			dir := t.TempDir()
			env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir(),
				"DISPLAY=:0", "PATH=" + browse + ":" + clip + ":/usr/local/bin:/usr/bin:/bin"}
			term := startShell(t, 80, 24, "cd "+shq(dir)+" && "+programLine(env, quoteArgs(built(t), "--lang", c.lang)))

			term.waitFor(g.Welcome.Title)
			term.keys("Down", "Enter")
			term.waitFor(org.Intro.Title)
			term.pressUntil("Enter", orgQuestion(tr, g, 1), 3)

			// The kind: a choice, both kinds offered, the cursor on the
			// first.
			screen := term.waitFor(form.Kind)
			public, association := org.Kinds[content.KindPublic].Label, org.Kinds[content.KindAssociation].Label
			if !strings.Contains(normalise(screen), "> "+public) || !strings.Contains(normalise(screen), association) {
				t.Fatalf("the kind question does not offer both kinds:\n%s", shown(screen))
			}
			if c.kind == content.KindAssociation {
				term.keys("Down")
				term.waitFor("> " + association)
			}
			term.keys("Enter")

			// The typed questions, one per screen.
			accounts := []string{"facebook.com/testdorp", "@testdorp"}
			for _, q := range []struct {
				n            int
				title, typed string
			}{
				{2, form.Org, c.org},
				{3, g.App("facebook").Accounts, accounts[0]},
				{4, g.App("instagram").Accounts, accounts[1]},
				{5, form.Contact, ""},
				{6, form.Place, "Testdorp"},
				{7, form.Signer, "A. Bakker"},
				{8, form.Function, c.function},
			} {
				term.waitFor(orgQuestion(tr, g, q.n))
				term.waitFor(q.title)
				if q.typed != "" {
					term.keys("-l", q.typed)
					term.waitFor("> " + q.typed)
				}
				term.keys("Enter")
			}
			term.waitFor(org.Advice.Title)
			term.keys("Enter")

			// The letter on screen, read to its end.
			var read strings.Builder
			read.WriteString(term.waitFor(org.Letter.Subject))
			for range 8 {
				term.keys("NPage")
				read.WriteString(term.screen(false))
			}
			onScreen := normalise(read.String())
			for _, want := range []string{c.org, "A. Bakker", c.function} {
				if !strings.Contains(onScreen, want) {
					t.Errorf("the letter on screen does not say %q:\n%s", want, read.String())
				}
			}
			found := publicWords[c.lang].FindString(onScreen)
			if c.kind == content.KindPublic && found == "" {
				t.Errorf("the letter of a public body on screen has no public task:\n%s", read.String())
			}
			if c.kind == content.KindAssociation && found != "" {
				t.Errorf("the letter of an association on screen says %q:\n%s", found, read.String())
			}

			// Saved, with the name offered, and copied: the kind's reasons,
			// signed by name and function.
			term.keys("s")
			term.waitFor(tr.T("org.save_title"))
			term.keys("Enter")
			term.waitFor(strings.Join(strings.Fields(tr.T("org.saved", i18n.Data{"Path": ""}))[:4], " "))
			saved, err := os.ReadFile(filepath.Join(dir, tr.T("org.default_name")))
			if err != nil {
				t.Fatal(err)
			}
			term.keys("c")
			term.waitFor(strings.SplitAfter(tr.T("org.copied", i18n.Data{"Keys": tr.T("keys.paste")}), ".")[0])
			copied := waitClipboard(t, record, 1)
			if len(copied) != 1 {
				t.Fatalf("c gave the clipboard %q, want the letter", copied)
			}
			for name, text := range map[string]string{"saved": string(saved), "copied": copied[0]} {
				for _, b := range reasonBullets(g, c.kind) {
					if !strings.Contains(normalise(text), normalise(b)) {
						t.Errorf("the %s letter misses its kind's reason %q:\n%s", name, b, text)
					}
				}
				if want := "A. Bakker\n" + c.function + "\n" + c.org + "\n"; !strings.Contains(text, want) {
					t.Errorf("the %s letter is not signed %q:\n%s", name, want, text)
				}
				if found := publicWords[c.lang].FindString(text); c.kind == content.KindAssociation && found != "" {
					t.Errorf("the %s letter of an association says %q:\n%s", name, found, text)
				}
			}

			// The steps, per account, in the kind's words.
			steps := g.OrgSteps(c.kind)
			generic := g.StepsFor(content.RouteComputer, content.AudienceOrganisation)
			if steps[len(steps)-1].Title == generic[len(generic)-1].Title {
				t.Fatalf("the guide's last step has no words of its own for a %s", c.kind)
			}
			var forms []string
			for a, account := range accounts {
				app := g.FormApps()[a]
				forms = append(forms, app.Form.String())
				for i, step := range steps {
					term.keys("Enter")
					term.waitFor(tr.T("step.progress_org", i18n.Data{"App": app.Name, "Account": account, "N": i + 1, "Total": len(steps)}))
					term.waitFor(strings.NewReplacer("{app}", app.Name, "{account}", account).Replace(step.Title))
					if step.Action == content.ActionOpen {
						term.keys("Enter")
						term.waitFor(tr.T("step.opened"))
					}
				}
			}

			// Done: each account, and where this kind keeps the letter.
			seen := term.pressUntil("Enter", g.Done.Title, 2)
			screen = seen[len(seen)-1]
			for _, want := range []string{tr.T(letter.KeepMessageID(c.kind)), accounts[0] + " (Facebook)", accounts[1] + " (Instagram)"} {
				if !strings.Contains(normalise(screen), normalise(want)) {
					t.Errorf("the done screen does not say %q:\n%s", want, shown(screen))
				}
			}
			if found := publicWords[c.lang].FindString(normalise(screen)); c.kind == content.KindAssociation && found != "" {
				t.Errorf("the done screen of an association says %q:\n%s", found, shown(screen))
			}
			if got := openedSoFar(t, opened); !slices.Equal(got, forms) {
				t.Errorf("the browser was asked to open %q, want %q", got, forms)
			}

			term.keys("q")
			term.waitFor(tr.T("quit.title"))
			term.keys(tr.T("keys.yes_key"))
			if code := term.stopped(5 * time.Second); code != 0 {
				t.Errorf("exit %d after stopping, want 0", code)
			}
		})
	}
}

// TestWizardWarnsAboutAnAccountElsewhere: an account on another site, in
// a real terminal, is warned about under its question; the first Enter
// stays there, the second goes on with it.
func TestWizardWarnsAboutAnAccountElsewhere(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	form := g.Organisation.Form
	term := startProgram(t, 80, 24, screenEnv(t), "--no-browser")
	term.waitFor(g.Welcome.Title)
	term.keys("Down", "Enter")
	term.pressUntil("Enter", form.Kind, 3)
	term.keys("Enter")
	term.waitFor(form.Org)
	term.keys("-l", "Gemeente Testdorp")
	term.waitFor("> Gemeente Testdorp")
	term.keys("Enter")
	term.waitFor(orgQuestion(nl, g, 3))
	term.keys("-l", "twitter.com/testdorp")
	term.waitFor("> twitter.com/testdorp")
	term.keys("Enter")
	warning := nl.T("letter.account_elsewhere", i18n.Data{"Account": "twitter.com/testdorp", "Apps": "Facebook of Instagram"})
	screen := term.waitFor(warning)
	if !strings.Contains(normalise(screen), nl.T("letter_cmd.warning_go_on")) || !strings.Contains(screen, g.App("facebook").Accounts) {
		t.Errorf("the warning is not under the accounts question, with how to go on:\n%s", shown(screen))
	}
	term.keys("Enter")
	screen = term.waitFor(orgQuestion(nl, g, 4))
	if strings.Contains(normalise(screen), warning) {
		t.Errorf("the warning stays on the next question:\n%s", shown(screen))
	}
	// Back, the account is kept: Enter goes on without a warning again.
	term.keys("Escape")
	term.waitFor(orgQuestion(nl, g, 3))
	term.keys("Enter")
	if screen, ok := term.waitWithin(3*time.Second, orgQuestion(nl, g, 4)); !ok {
		t.Errorf("an account gone on with is warned about again:\n%s", shown(screen))
	}
}

// TestLinesOrganisationWarnsAboutAnAccountElsewhere: line by line, through
// a pipe, in Dutch and in English, the questions for the letter say which
// of 8 they are, in order; an account on another site is warned about,
// and a question asks whether to keep it, naming what Enter alone means:
// no, which asks for the accounts again; yes keeps it in the letter.
func TestLinesOrganisationWarnsAboutAnAccountElsewhere(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		t.Run(lang, func(t *testing.T) {
			tr := i18n.MustNew(lang)
			g, _ := content.Load(lang)
			yes := strings.Fields(tr.T("acc.words_yes"))[0]
			in := []string{"2", "", "2", "Testdorp", "twitter.com/testdorp", "", "twitter.com/testdorp", yes, "", "", "", "", "", "", ""}
			out := linesRun(t, lang, nil, in, "--no-browser")

			// The questions in order, 1 to 8.
			rest := normalise(out)
			for n := 1; n <= 8; n++ {
				i := strings.Index(rest, normalise(orgQuestion(tr, g, n)))
				if i < 0 {
					t.Fatalf("question %d of 8 is not said, or not in order:\n%s", n, out)
				}
				rest = rest[i:]
			}
			warning := normalise(tr.T("letter.account_elsewhere", i18n.Data{"Account": "twitter.com/testdorp", "Apps": tr.Or([]string{"Facebook", "Instagram"})}))
			if n := strings.Count(normalise(out), warning); n != 2 {
				t.Errorf("the warning was said %d times, want twice (once per answer):\n%s", n, out)
			}
			keep := normalise(tr.T("orgflow.keep_account") + " " + tr.T("lines.yes_no_default_no"))
			if n := strings.Count(normalise(out), keep); n != 2 {
				t.Errorf("the question to keep it, with Enter's meaning, was asked %d times, want twice:\n%s", n, out)
			}
			// Enter alone (no) asks for the accounts again, as after a
			// problem: what to type, before the next question.
			first := normalise(out)
			first = first[strings.Index(first, keep)+len(keep):]
			if again := strings.Index(first, normalise(tr.T("lines.type_answer"))); again < 0 || again > strings.Index(first, normalise(orgQuestion(tr, g, 4))) {
				t.Errorf("no did not ask for the accounts again:\n%s", out)
			}
			if text := after(t, out, g.Organisation.Letter.Title); !strings.Contains(text, "- twitter.com/testdorp") {
				t.Errorf("the account kept is not in the letter:\n%s", text)
			}
		})
	}
}
