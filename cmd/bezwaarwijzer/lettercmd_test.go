//go:build unix

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The letter command as an organisation's officer meets it: the questions
// in a real terminal, what the command offers to do with the letter, and
// the warning about an account on another site, asked and given as flags.

// letterEnv is a terminal's environment in a language, with its own home
// and no PATH: no clipboard tool, unless a test gives one.
func letterEnv(t *testing.T, lang string, extra ...string) []string {
	locale := map[string]string{"nl": "nl_NL.UTF-8", "en": "en_GB.UTF-8"}[lang]
	return append([]string{"LANG=" + locale, "TERM=xterm-256color", "HOME=" + t.TempDir()}, extra...)
}

// startLetter runs `letter` with args in dir, in a tmux window, with what
// the terminal receives logged.
func startLetter(t *testing.T, width, height int, dir string, env []string, args ...string) (*terminal, string) {
	t.Helper()
	needTool(t, "tmux", "apt-get install tmux")
	command := quoteArgs(append([]string{built(t), "letter"}, args...)...)
	return startLogged(t, width, height, "cd "+shq(dir)+" && "+programLine(env, command))
}

// chooseKind waits for the question for the kind of organisation, and
// chooses the kind: the cursor is moved to it, and Enter goes on to the
// organisation's name.
func chooseKind(term *terminal, g *content.Guide, kind string) {
	term.t.Helper()
	label := g.Organisation.Kinds[kind].Label
	term.waitFor(g.Organisation.Form.Kind)
	for tries := 0; tries <= len(content.OrgKinds); tries++ {
		if strings.Contains(term.settled(), "> "+label) {
			term.keys("Enter")
			term.waitFor("✓ " + label)
			return
		}
		term.keys("Down")
	}
	term.t.Fatalf("the cursor never came to %q:\n%s", label, shown(term.screen(false)))
}

// answerLetter answers the letter's questions: a public body, the
// organisation, its accounts on Facebook and on Instagram, and nothing
// for the rest.
func answerLetter(term *terminal, g *content.Guide, facebook, instagram string) {
	term.t.Helper()
	f := g.Organisation.Form
	chooseKind(term, g, content.KindPublic)
	term.keys("-l", "Gemeente Testdorp")
	term.waitFor("> Gemeente Testdorp")
	term.keys("Enter")
	term.waitFor(g.App("facebook").Accounts)
	for _, answer := range []string{facebook, instagram} {
		if answer != "" {
			term.keys("-l", answer)
			term.waitFor("> " + answer)
		}
		term.keys("Enter")
	}
	term.waitFor(f.Contact)
	term.keys("Enter")
	term.waitFor(f.Place)
	term.keys("Enter")
	term.waitFor(f.Signer)
	term.keys("Enter")
	term.waitFor(f.Function)
	term.keys("Enter")
}

// TestLetterFormSaysHowToStop: every part of the letter's questions says,
// in the person's language, how to go on, back and stop, also in a small
// window; huh's own English key help never shows. Ctrl+C stops: no letter,
// a sentence, and the terminal as it was.
func TestLetterFormSaysHowToStop(t *testing.T) {
	for _, c := range []struct {
		lang          string
		width, height int
	}{
		{"nl", 80, 24}, {"nl", 60, 18}, {"en", 80, 24},
	} {
		t.Run(fmt.Sprintf("%s %dx%d", c.lang, c.width, c.height), func(t *testing.T) {
			tr := i18n.MustNew(c.lang)
			g, _ := content.Load(c.lang)
			dir := t.TempDir()
			term, log := startLetter(t, c.width, c.height, dir, letterEnv(t, c.lang))
			stop := "Ctrl+C " + tr.T("keys.quit")
			next := tr.T("keys.enter") + " " + tr.T("keys.next")
			back := tr.T("keys.esc") + " " + tr.T("keys.back")

			// The kind is chosen, not typed; from the first question
			// there is no way back.
			choose := tr.T("keys.enter") + " " + tr.T("keys.choose")
			screen := term.waitFor(stop)
			checkHelp(t, screen, []string{choose, stop}, []string{back})
			term.keys("Enter")
			term.waitFor(next)
			checkHelp(t, term.waitFor(back), []string{next, back, stop}, nil)
			term.keys("-l", "Gemeente Testdorp", "Enter")
			screen = term.waitFor(g.App("facebook").Accounts)
			checkHelp(t, term.waitFor(back), []string{next, back, stop}, nil)
			term.keys("Enter", "-l", "@testdorp", "Enter")
			term.waitFor(g.Organisation.Form.Contact)
			checkHelp(t, term.waitFor(back), []string{next, back, stop}, nil)

			term.keys("C-c")
			said := tr.T("letter_cmd.aborted")
			if code := term.stopped(5*time.Second, said); code != exitFail {
				t.Errorf("exit %d after Ctrl+C, want %d", code, exitFail)
			}
			if !strings.Contains(term.screen(false), said) {
				t.Errorf("Ctrl+C stopped without a word:\n%s", shown(term.screen(false)))
			}
			if strings.Contains(written(t, log), g.Organisation.Letter.Closing) {
				t.Error("a letter was made after Ctrl+C")
			}
		})
	}
}

// checkHelp fails when the screen's last line lacks a key, shows one it
// should not, or shows huh's English help.
func checkHelp(t *testing.T, screen string, want, not []string) {
	t.Helper()
	lines := strings.Split(strings.TrimRight(screen, "\n "), "\n")
	help := normalise(lines[len(lines)-1])
	for _, w := range want {
		if !strings.Contains(help, w) {
			t.Errorf("the help line %q misses %q", help, w)
		}
	}
	for _, n := range not {
		if strings.Contains(help, n) {
			t.Errorf("the help line %q shows %q", help, n)
		}
	}
	// huh's help, as huh writes it: keys in lower case.
	for _, english := range []string{"submit", "enter next", "shift+tab back", "ctrl+c quit", "tab next"} {
		if strings.Contains(screen, english) {
			t.Errorf("huh's English %q on the screen:\n%s", english, shown(screen))
		}
	}
}

// ended waits for the program to end, and returns its exit code.
func (term *terminal) ended(d time.Duration) int {
	term.t.Helper()
	screen, ok := term.waitWithin(d, "EXIT=")
	m := exitLine.FindStringSubmatch(screen)
	if !ok || m == nil {
		term.t.Fatalf("the program did not end:\n%s", shown(screen))
	}
	code, _ := strconv.Atoi(m[1])
	return code
}

// TestLetterFormWarnsAboutOtherSites: an account typed as the address of
// another site, or of the other app, is warned about under its question,
// with what to do. The first Enter stays there; the second goes on, and
// the letter is made with it.
func TestLetterFormWarnsAboutOtherSites(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	f := g.Organisation.Form
	dir := t.TempDir()
	term, log := startLetter(t, 80, 24, dir, letterEnv(t, "nl"), "-o", "brief.txt")
	chooseKind(term, g, content.KindAssociation)
	term.keys("-l", "Gemeente Testdorp", "Enter")
	term.waitFor(g.App("facebook").Accounts)

	term.keys("-l", "twitter.com/testdorp, facebook.com/testdorp", "Enter")
	elsewhere := nl.T("letter.account_elsewhere", i18n.Data{"Account": "twitter.com/testdorp", "Apps": "Facebook of Instagram"})
	term.waitFor("! " + elsewhere)
	term.waitFor(nl.T("letter_cmd.warning_go_on"))
	// The first Enter stayed on the question: what is typed goes there.
	term.keys("-l", "x")
	term.waitFor("> twitter.com/testdorp, facebook.com/testdorpx")
	term.keys("BSpace")
	term.waitFor("> twitter.com/testdorp, facebook.com/testdorp ")
	// Enter once more with the same answer goes on, to Instagram.
	term.keys("Enter")
	term.keys("-l", "facebook.com/testdorp2")
	term.waitFor("> facebook.com/testdorp2")
	term.keys("Enter")
	other := nl.T("letter.account_other_app", i18n.Data{"Account": "facebook.com/testdorp2", "App": "Facebook", "Other": "Instagram"})
	term.waitFor("! " + other)
	term.keys("Enter")
	term.waitFor(f.Contact)
	term.keys("Enter", "Enter")
	term.waitFor(f.Signer)
	term.keys("Enter", "Enter")
	if code := term.ended(10 * time.Second); code != exitOK {
		t.Errorf("exit %d, want 0", code)
	}
	if strings.Contains(written(t, log), nl.T("letter_cmd.offer_title")) {
		t.Error("with -o the letter is written, and nothing more is asked")
	}
	letterText, err := os.ReadFile(filepath.Join(dir, "brief.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, account := range []string{"- twitter.com/testdorp\n", "- facebook.com/testdorp (Facebook)", "- facebook.com/testdorp2 (Facebook)"} {
		if !strings.Contains(string(letterText), account) {
			t.Errorf("the letter misses %q:\n%s", account, letterText)
		}
	}
	// The kind chosen, an association, made the letter an association's.
	if !strings.Contains(normalise(string(letterText)), g.Organisation.Kinds[content.KindAssociation].People) || publicWords["nl"].MatchString(string(letterText)) {
		t.Errorf("not an association's letter:\n%s", letterText)
	}
}

// settled waits until the window has stopped changing: the program draws
// a frame at most every 100 ms, and a line printed above the question can
// show before the question is drawn anew.
func (term *terminal) settled() string {
	term.t.Helper()
	last := term.screen(false)
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
		time.Sleep(250 * time.Millisecond)
		now := term.screen(false)
		if now == last {
			return now
		}
		last = now
	}
	term.t.Fatalf("the window never stopped changing:\n%s", shown(last))
	return ""
}

// offer waits for the question what to do with the letter, and chooses
// the option with the label.
func offer(term *terminal, tr *i18n.Translator, label string) {
	term.t.Helper()
	term.waitFor(tr.T("letter_cmd.offer_title"))
	labels := []string{tr.T("letter_cmd.offer_save"), tr.T("letter_cmd.offer_copy"), tr.T("letter_cmd.offer_done")}
	for tries := 0; tries < len(labels); tries++ {
		screen := term.settled()
		if strings.Contains(screen, "> "+label) {
			term.keys("Enter")
			return
		}
		term.keys("Down")
	}
	term.t.Fatalf("the cursor never came to %q:\n%s", label, shown(term.screen(false)))
}

// clipboardText waits until the fake xclip has been given a whole text.
func clipboardText(t *testing.T, record string) string {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if data, err := os.ReadFile(record); err == nil && strings.HasSuffix(string(data), "\x1e") {
			return strings.TrimSuffix(string(data), "\x1e")
		}
	}
	t.Fatal("nothing was put on the clipboard")
	return ""
}

// TestLetterOfferSaves: after the letter, the command offers to keep it.
// Saved under a name ending in .html it is a printable page; the name asked
// starts as a text file in the folder the program runs in. A file that is
// there is replaced only after a yes: no asks for another name, and the
// file stays as it was. Each save is said, and stays on the screen.
func TestLetterOfferSaves(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	dir := t.TempDir()
	term, log := startLetter(t, 80, 24, dir, letterEnv(t, "nl"))
	answerLetter(term, g, "facebook.com/gemeentetestdorp", "@gemeentetestdorp")
	term.waitFor(g.Organisation.Letter.Closing)

	// The default name, as a text file.
	offer(term, nl, nl.T("letter_cmd.offer_save"))
	term.waitFor(nl.T("letter_cmd.save_title"))
	term.waitFor(nl.T("letter_cmd.save_help", i18n.Data{"Dir": dir}))
	term.keys("Enter")
	txt := filepath.Join(dir, nl.T("letter_cmd.default_name"))
	term.waitFor(nl.T("letter_cmd.written", i18n.Data{"Path": txt}))
	if data, err := os.ReadFile(txt); err != nil || !strings.Contains(string(data), "Gemeente Testdorp") || strings.Contains(string(data), "<") {
		t.Errorf("the text file (%v):\n%s", err, data)
	}

	// A folder that is not there: said, and the name asked again.
	offer(term, nl, nl.T("letter_cmd.offer_save"))
	term.waitFor(nl.T("letter_cmd.save_title"))
	term.keys("C-u", "-l", "geen-map/brief.txt", "Enter")
	term.waitFor("! " + nl.T("error.no_such_dir", i18n.Data{"Dir": filepath.Join(dir, "geen-map")}))
	term.waitFor("> geen-map/brief.txt")
	term.keys("Escape")

	// A page, under a name of one's own; the cursor waits on "done".
	offer(term, nl, nl.T("letter_cmd.offer_save"))
	term.waitFor(nl.T("letter_cmd.save_title"))
	term.keys("C-u", "-l", "brief.html", "Enter")
	page := filepath.Join(dir, "brief.html")
	term.waitFor(nl.T("letter_cmd.written", i18n.Data{"Path": page}))
	if data, err := os.ReadFile(page); err != nil || !strings.Contains(string(data), "<html") || !strings.Contains(string(data), "Gemeente Testdorp") {
		t.Errorf("the page (%v):\n%.200s", err, data)
	}
	if err := os.WriteFile(page, []byte("ons eigen concept"), 0o644); err != nil {
		t.Fatal(err)
	}

	// The same name again: no keeps the file and asks again.
	offer(term, nl, nl.T("letter_cmd.offer_save"))
	term.waitFor("> brief.html")
	term.keys("Enter")
	exists := nl.T("letter_cmd.exists_title", i18n.Data{"Path": page})
	term.waitFor(exists)
	term.waitFor("> " + nl.T("letter_cmd.exists_no"))
	term.keys("Enter")
	term.waitFor(nl.T("letter_cmd.save_title"))
	if data, _ := os.ReadFile(page); string(data) != "ons eigen concept" {
		t.Errorf("no replaced the file: %q", data)
	}
	// Yes replaces it.
	term.keys("Enter")
	term.waitFor(exists)
	term.keys("Down")
	term.waitFor("> " + nl.T("letter_cmd.exists_yes"))
	term.keys("Enter")
	term.waitFor(nl.T("letter_cmd.offer_title"))
	if data, _ := os.ReadFile(page); !strings.Contains(string(data), "<html") {
		t.Errorf("yes did not replace the file: %q", data)
	}

	offer(term, nl, nl.T("letter_cmd.offer_done"))
	if code := term.ended(5 * time.Second); code != exitOK {
		t.Errorf("exit %d, want 0", code)
	}
	checkModesOff(t, log, "after the letter")
	// What was done stays on the screen; the question goes.
	history := term.history()
	if n := strings.Count(history, normalise(nl.T("letter_cmd.written", i18n.Data{"Path": page}))); n != 2 {
		t.Errorf("the page's saving is said %d times, want 2:\n%s", n, shown(term.screen(false)))
	}
	if strings.Contains(history, nl.T("letter_cmd.offer_title")) {
		t.Errorf("the question stayed on the screen:\n%s", shown(term.screen(false)))
	}
}

// TestLetterLeavesOnlyTheLetter: the questions and the offer leave nothing
// in the terminal's scrollback but the advice, the letter once, and what
// was done: the questions run on the alternate screen, and the offer
// below the letter is gone when it ends. Checked after a walk with a
// warning, Esc and a problem, which redraw the questions most.
func TestLetterLeavesOnlyTheLetter(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 18}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			nl := i18n.MustNew("nl")
			g, _ := content.Load("nl")
			f := g.Organisation.Form
			term, _ := startLetter(t, size[0], size[1], t.TempDir(), letterEnv(t, "nl"))
			term.waitFor(f.Org)
			term.keys("Enter", "Enter")
			term.waitFor(nl.T("letter.org_missing"))
			term.keys("-l", "Gemeente Testdorp", "Enter")
			term.waitFor(g.App("facebook").Accounts)
			term.keys("-l", "twitter.com/testdorp", "Enter")
			term.waitFor(nl.T("letter_cmd.warning_go_on"))
			term.keys("Enter", "Escape", "Escape", "Enter", "Enter", "Enter")
			term.waitFor(f.Contact)
			term.keys("Enter", "Enter")
			term.waitFor(f.Signer)
			term.keys("Enter", "Enter")
			offer(term, nl, nl.T("letter_cmd.offer_done"))
			if code := term.ended(5 * time.Second); code != exitOK {
				t.Fatalf("exit %d, want 0", code)
			}
			history := term.history()
			for _, c := range []struct {
				text string
				n    int
			}{
				{f.Title, 0}, {f.Kind, 0}, {f.Org, 0}, {g.App("facebook").Accounts, 0}, {f.Signer, 0}, {nl.T("letter.org_missing"), 0},
				{nl.T("letter_cmd.warning_go_on"), 0}, {nl.T("letter_cmd.offer_title"), 0},
				{g.Organisation.Advice.Title, 1}, {g.Organisation.Letter.Subject, 1}, {g.Organisation.Letter.Closing, 1},
			} {
				if got := strings.Count(history, normalise(c.text)); got != c.n {
					t.Errorf("the scrollback holds %q %d times, want %d", c.text, got, c.n)
				}
			}
		})
	}
}

// TestLetterOfferCopies: copying puts the letter on the system's clipboard
// and on the terminal's (OSC 52), and says how to paste it; where the
// system's clipboard fails, it says that copying may not have worked.
func TestLetterOfferCopies(t *testing.T) {
	for _, works := range []bool{true, false} {
		t.Run(fmt.Sprintf("clipboard works %v", works), func(t *testing.T) {
			nl := i18n.MustNew("nl")
			g, _ := content.Load("nl")
			bin, record := fakeClipboard(t)
			if !works {
				writeScript(t, filepath.Join(bin, "xclip"), "exit 1\n")
			}
			term, log := startLetter(t, 80, 24, t.TempDir(), letterEnv(t, "nl", "PATH="+bin+":/usr/bin:/bin"))
			answerLetter(term, g, "facebook.com/gemeentetestdorp", "")
			offer(term, nl, nl.T("letter_cmd.offer_copy"))
			if !works {
				term.waitFor("! " + nl.T("letter_cmd.copy_maybe"))
				// Ctrl+C ends the offer as "done" does: the letter is made.
				term.waitFor(nl.T("letter_cmd.offer_title"))
				term.keys("C-c")
				if code := term.ended(5 * time.Second); code != exitOK {
					t.Errorf("exit %d after Ctrl+C, want 0", code)
				}
				if strings.Contains(term.history(), nl.T("letter_cmd.offer_title")) {
					t.Errorf("the question stayed after Ctrl+C:\n%s", shown(term.screen(false)))
				}
				return
			}
			term.waitFor(nl.T("letter_cmd.copied"))
			if !strings.Contains(nl.T("letter_cmd.copied"), "Ctrl+V") || !strings.Contains(nl.T("letter_cmd.copied"), "Plakken") {
				t.Errorf("the sentence does not say how to paste: %q", nl.T("letter_cmd.copied"))
			}
			copied := clipboardText(t, record)
			if !strings.HasPrefix(copied, nl.T("letter.subject_label")) ||
				!strings.Contains(copied, "- facebook.com/gemeentetestdorp (Facebook)") || !strings.Contains(copied, g.Organisation.Letter.Closing) {
				t.Errorf("the clipboard holds %q", copied)
			}
			if strings.Count(copied, "\x1e") > 0 {
				t.Errorf("copied more than once")
			}
			offer(term, nl, nl.T("letter_cmd.offer_done"))
			if code := term.ended(5 * time.Second); code != exitOK {
				t.Errorf("exit %d, want 0", code)
			}
			// Read once the program has ended: tmux hands on what the
			// terminal received a little later.
			time.Sleep(200 * time.Millisecond)
			if terminal := osc52(t, written(t, log)); len(terminal) != 1 || terminal[0] != copied {
				t.Errorf("the terminal's clipboard got %d texts, not the letter", len(terminal))
			}
		})
	}
}

// TestLetterFlagsWarnAboutOtherSites: given as flags, an account on another
// site is warned about on standard error, in the person's language, with
// what to do; the letter is still made, on standard output, and the exit
// code is 0. Accounts on the apps, names and handles get no warning.
func TestLetterFlagsWarnAboutOtherSites(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			tr := i18n.MustNew(lang)
			g, _ := content.Load(lang)
			apps := tr.Or([]string{g.App("facebook").Name, g.App("instagram").Name})
			env := []string{"LANG=" + map[string]string{"nl": "nl_NL.UTF-8", "en": "en_GB.UTF-8"}[lang], "HOME=" + t.TempDir()}
			code, stdout, stderr := runBuilt(t, env, nil, "letter", "--kind", "public", "--org", "Gemeente Testdorp",
				"--accounts", "twitter.com/testdorp, facebook.com/testdorp, @testdorp, https://mastodon.social/@testdorp")
			if code != exitOK {
				t.Fatalf("exit %d, want 0: %s", code, stderr)
			}
			for _, account := range []string{"twitter.com/testdorp", "https://mastodon.social/@testdorp"} {
				want := "--accounts: " + tr.T("letter.account_elsewhere", i18n.Data{"Account": account, "Apps": apps})
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr misses %q:\n%s", want, stderr)
				}
			}
			if !strings.Contains(stderr, tr.T("letter_cmd.warning_made")) {
				t.Errorf("stderr does not say the letter was made:\n%s", stderr)
			}
			if n := strings.Count(stderr, "--accounts: "); n != 2 {
				t.Errorf("%d warnings, want 2: the address on Facebook and the handle are right:\n%s", n, stderr)
			}
			for _, want := range []string{"- twitter.com/testdorp\n", "- facebook.com/testdorp (Facebook)\n", g.Organisation.Letter.Closing} {
				if !strings.Contains(stdout, want) {
					t.Errorf("the letter misses %q:\n%s", want, stdout)
				}
			}
			if strings.Contains(stdout, tr.T("letter.account_elsewhere", i18n.Data{"Account": "twitter.com/testdorp", "Apps": apps})) {
				t.Error("the warning is in the letter")
			}
		})
	}
	// Without a doubtful account, not a word of warning.
	code, _, stderr := runBuilt(t, []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir()}, nil, append([]string{"letter"}, testdorp...)...)
	if code != exitOK || strings.Contains(stderr, i18n.MustNew("nl").T("letter_cmd.warning_made")) {
		t.Errorf("exit %d, a warning without a reason:\n%s", code, stderr)
	}
}

// TestLetterInAKioskOffersNothing: a kiosk writes nothing and leaves
// nothing on the clipboard, so after the questions it shows the letter
// and asks nothing more.
func TestLetterInAKioskOffersNothing(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	term, log := startLetter(t, 80, 24, t.TempDir(), letterEnv(t, "nl"), "--kiosk")
	answerLetter(term, g, "facebook.com/gemeentetestdorp", "")
	if code := term.ended(5 * time.Second); code != exitOK {
		t.Errorf("exit %d, want 0", code)
	}
	all := written(t, log)
	if !strings.Contains(all, g.Organisation.Letter.Closing) || strings.Contains(all, nl.T("letter_cmd.offer_title")) {
		t.Errorf("a kiosk's letter, and what was asked after it:\n%s", shown(term.screen(false)))
	}
}

// TestLetterFormTypeAhead: Enter pressed faster than the questions follow
// (typed ahead, or held down) never passes a question unchecked: the
// questions stop at the first that is not right, and no letter is made
// without accounts.
func TestLetterFormTypeAhead(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	term, log := startLetter(t, 80, 24, t.TempDir(), letterEnv(t, "nl"), "--org", "Gemeente Testdorp")
	term.waitFor(g.Organisation.Form.Org)
	// One tmux command: the keys arrive together.
	args := []string{"send-keys", "-t", term.name}
	for range 6 {
		args = append(args, "Enter")
	}
	if out, err := exec.Command("tmux", args...).CombinedOutput(); err != nil {
		t.Fatalf("send-keys: %v: %s", err, out)
	}
	term.waitFor("! " + nl.T("letter.accounts_missing"))
	screen := term.settled()
	if !strings.Contains(screen, g.App("instagram").Accounts) || strings.Contains(screen, "EXIT=") {
		t.Errorf("the questions went past the accounts:\n%s", shown(screen))
	}
	if strings.Contains(written(t, log), g.Organisation.Letter.Closing) {
		t.Error("a letter was made without accounts")
	}
	term.keys("-l", "@testdorp", "Enter")
	term.waitFor(g.Organisation.Form.Contact)
	term.keys("C-c")
	term.ended(5 * time.Second)
}

// TestLetterFormAsksTheKind: the letter's questions start with the kind of
// organisation, a choice; --kind chooses it in advance, in either
// language. The kind chosen, the signer and the function reach the letter:
// an association's letter has an association's reasons and no public
// task; a function left empty is a line to write it by hand.
func TestLetterFormAsksTheKind(t *testing.T) {
	for _, c := range []struct {
		name, lang string
		args       []string
		start      string // the kind under the cursor at the start
		choose     string
	}{
		{"nl, chosen", "nl", nil, content.KindPublic, content.KindAssociation},
		{"nl, --kind vereniging", "nl", []string{"--kind", "vereniging"}, content.KindAssociation, content.KindAssociation},
		{"en, --kind overheid", "en", []string{"--kind", "overheid"}, content.KindPublic, content.KindPublic},
	} {
		t.Run(c.name, func(t *testing.T) {
			g, _ := content.Load(c.lang)
			f := g.Organisation.Form
			dir := t.TempDir()
			term, _ := startLetter(t, 80, 24, dir, letterEnv(t, c.lang), append(c.args, "-o", "brief.txt")...)
			term.waitFor(f.Kind)
			term.waitFor(f.KindHelp)
			for _, id := range content.OrgKinds {
				term.waitFor(g.Organisation.Kinds[id].Label)
			}
			term.waitFor("> " + g.Organisation.Kinds[c.start].Label)
			chooseKind(term, g, c.choose)
			term.keys("-l", "Testdorp", "Enter")
			term.waitFor(g.App("facebook").Accounts)
			term.keys("-l", "facebook.com/testdorp", "Enter", "Enter")
			term.waitFor(f.Contact)
			term.keys("Enter", "-l", "Testdorp", "Enter")
			term.waitFor(f.Signer)
			term.keys("-l", "A. Bakker", "Enter")
			term.waitFor(f.Function)
			term.keys("Enter")
			if code := term.ended(10 * time.Second); code != exitOK {
				t.Fatalf("exit %d, want 0", code)
			}
			data, err := os.ReadFile(filepath.Join(dir, "brief.txt"))
			if err != nil {
				t.Fatal(err)
			}
			letterText := normalise(string(data))
			for _, b := range strings.Split(g.Organisation.Kinds[c.choose].Reasons, "\n") {
				if b = strings.TrimPrefix(strings.TrimSpace(b), "- "); b != "" && !strings.Contains(letterText, normalise(b)) {
					t.Errorf("the letter misses its kind's reason %q:\n%s", b, data)
				}
			}
			if public := publicWords[c.lang].FindString(letterText); c.choose == content.KindAssociation && public != "" {
				t.Errorf("an association's letter says %q:\n%s", public, data)
			}
			if want := "A. Bakker\n" + g.Organisation.Letter.FunctionBlank + "\nTestdorp\n"; !strings.Contains(string(data), want) {
				t.Errorf("the letter is not signed as typed, %q:\n%s", want, data)
			}
		})
	}
}
