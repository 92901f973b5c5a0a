package main

import (
	"encoding/base64"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The wizard's questions over a page, and what a kiosk leaves on the
// clipboard, through the built program in a real terminal.

// walkToLetter walks an organisation from the welcome screen to its letter.
func walkToLetter(term *terminal, g *content.Guide) {
	term.t.Helper()
	org, form := g.Organisation, g.Organisation.Form
	term.waitFor(g.Welcome.Title)
	term.keys("Down", "Enter")
	term.waitFor(org.Intro.Title)
	term.keys("Enter")
	term.waitFor(form.Kind)
	term.keys("Enter")
	term.waitFor(form.Org)
	for _, answer := range []struct{ typed, next string }{
		{"Gemeente Testdorp", g.App("facebook").Accounts},
		{"facebook.com/gemeentetestdorp", g.App("instagram").Accounts},
		{"@gemeentetestdorp", form.Contact},
		{"info@testdorp.nl", form.Place},
		{"Testdorp", form.Signer},
		{"A. Bakker", form.Function},
		{"burgemeester", org.Advice.Title},
	} {
		term.keys("-l", answer.typed)
		term.waitFor("> " + answer.typed)
		term.keys("Enter")
		term.waitFor(answer.next)
	}
	term.keys("Enter")
	// The subject: the advice says "De brief" as the letter's title does.
	term.waitFor(org.Letter.Subject)
}

// TestReplaceTheLetterFile: an organisation saves its letter under a name
// that is already there. Yes replaces the file, the screen says where the
// letter is, and the program goes on; no leaves the file as it was.
func TestReplaceTheLetterFile(t *testing.T) {
	for _, c := range []struct {
		name    string
		lang    string
		key     string
		replace bool
	}{
		{"nl yes", "nl", "j", true},
		{"en yes", "en", "y", true},
		{"nl no", "nl", "n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			tr := i18n.MustNew(c.lang)
			g, err := content.Load(c.lang)
			if err != nil {
				t.Fatal(err)
			}
			// A short folder: the path is said on one line.
			dir, err := os.MkdirTemp("", "bw")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.RemoveAll(dir) })
			file := filepath.Join(dir, tr.T("org.default_name"))
			if err := os.WriteFile(file, []byte("ons concept\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir()}
			term := startShell(t, 80, 24, "cd "+shq(dir)+" && "+programLine(env, quoteArgs(built(t), "--lang", c.lang, "--no-browser")))
			walkToLetter(term, g)

			term.keys("s")
			term.waitFor(tr.T("org.save_title"))
			term.keys("Enter")
			screen := term.waitFor(tr.T("org.exists_title"))
			want := tr.T("keys.yes_key") + " " + tr.T("org.exists_yes_key") + " · " + tr.T("keys.no_key") + " " + tr.T("org.exists_no_key")
			if !strings.Contains(screen, want) {
				t.Errorf("the question does not say what its keys do (%q):\n%s", want, shown(screen))
			}
			term.keys(c.key)

			if !c.replace {
				screen := term.waitFor(g.Organisation.Letter.Title)
				if strings.Contains(screen, tr.T("org.exists_title")) {
					t.Errorf("no did not go back to the letter:\n%s", shown(screen))
				}
				if data, _ := os.ReadFile(file); string(data) != "ons concept\n" {
					t.Errorf("after no the file holds:\n%s", data)
				}
				term.keys("q")
				term.waitFor(tr.T("quit.title"))
				term.keys(tr.T("keys.yes_key"))
				if code := term.stopped(5 * time.Second); code != 0 {
					t.Errorf("exit %d after stopping, want 0", code)
				}
				return
			}
			term.waitFor(tr.T("org.saved", i18n.Data{"Path": file}))
			data, err := os.ReadFile(file)
			if err != nil || !strings.Contains(string(data), "Gemeente Testdorp") || !strings.Contains(string(data), "@gemeentetestdorp (Instagram)") {
				t.Errorf("after yes the file holds (%v):\n%s", err, data)
			}
			// The program goes on: Enter reads the rest of the letter,
			// then the steps for the first account.
			term.pressUntil("Enter", tr.T("step.progress_org", i18n.Data{
				"App": "Facebook", "Account": "facebook.com/gemeentetestdorp", "N": 1,
				"Total": len(g.StepsFor(content.RouteComputer, content.AudienceOrganisation)),
			}), 20)
			term.keys("q")
			term.waitFor(tr.T("quit.title"))
			term.keys(c.key)
			if code := term.stopped(5 * time.Second); code != 0 {
				t.Errorf("exit %d after stopping, want 0", code)
			}
		})
	}
}

// fakeClipboard makes a folder with an xclip that appends what it is given
// to a file, each text ended by a record separator, and returns the folder
// and the file. The clipboard package runs the first xclip on PATH, as
// "xclip -in -selection clipboard".
func fakeClipboard(t *testing.T) (bin, record string) {
	t.Helper()
	bin = t.TempDir()
	record = filepath.Join(t.TempDir(), "clipboard")
	writeScript(t, filepath.Join(bin, "xclip"), "cat >> "+shq(record)+"; printf '\\036' >> "+shq(record)+"\n")
	return bin, record
}

// clipboardTexts are the texts the fake xclip was given, in order.
func clipboardTexts(t *testing.T, record string) []string {
	t.Helper()
	data, err := os.ReadFile(record)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\x1e"), "\x1e")
}

// waitClipboard waits until the fake xclip was given n texts.
func waitClipboard(t *testing.T, record string, n int) []string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		got := clipboardTexts(t, record)
		if len(got) >= n || time.Now().After(deadline) {
			return got
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// osc52 are the texts the program put on the terminal's clipboard (OSC 52)
// in what it wrote to the terminal, in order.
func osc52(t *testing.T, output string) []string {
	t.Helper()
	var texts []string
	const start = "\x1b]52;c;"
	for rest := output; ; {
		i := strings.Index(rest, start)
		if i < 0 {
			return texts
		}
		rest = rest[i+len(start):]
		end := strings.IndexAny(rest, "\x07\x1b")
		if end < 0 {
			t.Fatalf("an OSC 52 sequence without its end: %q", rest)
		}
		text, err := base64.StdEncoding.DecodeString(rest[:end])
		if err != nil {
			t.Fatalf("OSC 52 with a bad text: %v", err)
		}
		texts = append(texts, string(text))
		rest = rest[end:]
	}
}

// copyTheReason walks the route on this computer for Facebook to the step
// with the sample reason, and copies it with c. (On a phone there is
// nothing to copy: the step shows the reason to type over.)
func copyTheReason(term *terminal, tr *i18n.Translator, g *content.Guide) {
	term.t.Helper()
	term.waitFor(g.Welcome.Title)
	term.keys("Enter")
	for _, p := range g.Explain {
		term.waitFor(p.Title)
		term.keys("Enter")
	}
	term.waitFor(g.Questions[content.QuestionApps].Title)
	term.keys("Space")
	term.waitFor("[x] " + g.App("facebook").Name)
	term.keys("Enter")
	computer := "> " + optionLabel(term.t, g, content.QuestionWhere, content.RouteComputer)
	screen := term.waitFor(g.Questions[content.QuestionWhere].Title)
	if !strings.Contains(normalise(screen), computer) {
		// In a kiosk the phone is the first answer; this computer the
		// second.
		term.keys("Down")
	}
	term.waitFor(computer)
	term.keys("Enter")
	steps := g.StepsFor(content.RouteComputer, content.AudiencePerson)
	reason := slices.IndexFunc(steps, func(s content.Step) bool { return s.Action == content.ActionReason })
	for i := range reason {
		term.waitFor(tr.T("step.progress", i18n.Data{"App": "Facebook", "N": i + 1, "Total": len(steps)}))
		term.keys("Enter")
	}
	term.waitFor(tr.T("step.progress", i18n.Data{"App": "Facebook", "N": reason + 1, "Total": len(steps)}))
	term.keys("c")
	term.waitFor(tr.T("step.copied", i18n.Data{"Keys": tr.T("keys.paste")}))
}

// TestKioskClearsTheClipboard: in a kiosk, the sample reason and the letter
// a visitor copied are taken off the system's clipboard and the terminal's
// when the kiosk starts over (q, then j), so the next visitor does not find
// them. Outside a kiosk the clipboard is the person's own: stopping leaves
// it as it is.
func TestKioskClearsTheClipboard(t *testing.T) {
	needTool(t, "tmux", "apt-get install tmux")
	tr := i18n.MustNew("nl")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	start := func(t *testing.T, args ...string) (*terminal, string, string) {
		bin, record := fakeClipboard(t)
		output := filepath.Join(t.TempDir(), "output")
		env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir(),
			"PATH=" + bin + ":/usr/local/bin:/usr/bin:/bin"}
		// The program waits for the pipe to the file of what it writes.
		line := "while [ ! -e " + shq(output) + " ]; do sleep 0.05; done; " + programLine(env, quoteArgs(append([]string{built(t)}, args...)...))
		term := startShell(t, 80, 24, line)
		if out, err := exec.Command("tmux", "pipe-pane", "-t", term.name, "-O", "cat >> "+shq(output)).CombinedOutput(); err != nil {
			t.Fatalf("pipe-pane: %v: %s", err, out)
		}
		return term, record, output
	}
	written := func(t *testing.T, output string) []string {
		data, err := os.ReadFile(output)
		if err != nil {
			t.Fatal(err)
		}
		return osc52(t, string(data))
	}

	t.Run("kiosk", func(t *testing.T) {
		term, record, output := start(t, "--kiosk")
		copyTheReason(term, tr, g)
		if got := waitClipboard(t, record, 1); !slices.Equal(got, []string{g.Reason}) {
			t.Fatalf("copying gave xclip %q, want the reason", got)
		}
		term.keys("q")
		term.waitFor(tr.T("kiosk.quit_title"))
		term.keys("j")
		term.waitFor(g.Welcome.Title)
		if got := waitClipboard(t, record, 2); !slices.Equal(got, []string{g.Reason, ""}) {
			t.Errorf("after starting over xclip was given %q, want the reason and then nothing", got)
		}

		walkToLetter(term, g)
		term.keys("c")
		term.waitFor(tr.T("org.copied", i18n.Data{"Keys": tr.T("keys.paste")}))
		got := waitClipboard(t, record, 3)
		if len(got) != 3 || !strings.Contains(got[2], "Gemeente Testdorp") {
			t.Fatalf("copying the letter gave xclip %q", got)
		}
		letter := got[2]
		term.keys("q")
		term.waitFor(tr.T("kiosk.quit_title"))
		term.keys("j")
		term.waitFor(g.Welcome.Title)
		if got := waitClipboard(t, record, 4); !slices.Equal(got, []string{g.Reason, "", letter, ""}) {
			t.Errorf("after starting over xclip was given %q, want the letter and then nothing", got)
		}
		if got := written(t, output); !slices.Equal(got, []string{g.Reason, "", letter, ""}) {
			t.Errorf("the terminal's clipboard (OSC 52) was given %q, want the reason, nothing, the letter, nothing", got)
		}
	})

	t.Run("not a kiosk", func(t *testing.T) {
		term, record, output := start(t)
		copyTheReason(term, tr, g)
		term.keys("q")
		term.waitFor(tr.T("quit.title"))
		term.keys("j")
		if code := term.stopped(5 * time.Second); code != 0 {
			t.Errorf("exit %d after stopping, want 0", code)
		}
		if got := clipboardTexts(t, record); !slices.Equal(got, []string{g.Reason}) {
			t.Errorf("outside a kiosk xclip was given %q, want only the reason", got)
		}
		if got := written(t, output); !slices.Equal(got, []string{g.Reason}) {
			t.Errorf("outside a kiosk the terminal's clipboard was given %q, want only the reason", got)
		}
	})
}
