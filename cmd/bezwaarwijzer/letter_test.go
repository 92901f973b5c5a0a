package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

var testdorp = []string{
	"--kind", "overheid", "--org", "Gemeente Testdorp",
	"--accounts", "facebook.com/gemeentetestdorp, instagram.com/gemeentetestdorp",
	"--contact", "communicatie@testdorp.nl", "--place", "Testdorp",
}

// TestLetterFromFlags: with the flags a communications officer gets the
// whole letter, without a single question, on standard output.
func TestLetterFromFlags(t *testing.T) {
	for _, c := range []struct {
		lang string
		want []string
	}{
		{"nl", []string{"Gemeente Testdorp", "facebook.com/gemeentetestdorp (Facebook)", "instagram.com/gemeentetestdorp (Instagram)", "artikel 21", "schriftelijk", "communicatie@testdorp.nl", "Testdorp, 22 november 2026"}},
		{"en", []string{"Gemeente Testdorp", "article 21", "in writing", "Testdorp, 22 November 2026"}},
	} {
		t.Run(c.lang, func(t *testing.T) {
			r := run(t, nil, nil, true, append([]string{"letter", "--lang", c.lang}, testdorp...)...)
			if r.code != exitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("the letter misses %q:\n%s", w, r.stdout)
				}
			}
			if strings.Contains(r.stdout, "{") {
				t.Errorf("a placeholder was left in the letter:\n%s", r.stdout)
			}
			// The advice (FACTS O7) is on the screen, not in the letter.
			g, _ := content.Load(c.lang)
			advice := strings.Fields(g.Organisation.Advice.Body)[:5]
			if !strings.Contains(r.stderr, g.Organisation.Advice.Title) || !strings.Contains(r.stderr, strings.Join(advice, " ")) {
				t.Errorf("the advice is not shown: stderr %q", r.stderr)
			}
			if strings.Contains(r.stdout, strings.Join(advice, " ")) {
				t.Errorf("the advice is in the letter")
			}
		})
	}
}

func TestLetterChecksTheFlags(t *testing.T) {
	nl := i18n.MustNew("nl")
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"--org", " ", "--accounts", "a"}, []string{"--org: " + nl.T("letter.org_missing")}},
		{[]string{"--org", "X", "--accounts", " , "}, []string{"--accounts: " + nl.T("letter.accounts_missing")}},
		{[]string{"--org", "X", "--accounts", "a", "--contact", "nope"}, []string{"--contact: " + nl.T("letter.contact_invalid", i18n.Data{"Value": "nope"})}},
		{[]string{"--org", "", "--accounts", "", "--contact", "a@b"}, []string{"--org:", "--accounts:", "--contact:"}},
		{[]string{"--org", strings.Repeat("x", 200), "--accounts", "a"}, []string{"--org: "}},
	}
	for _, c := range cases {
		r := run(t, nil, nil, true, append([]string{"letter"}, c.args...)...)
		if r.code != exitUsage {
			t.Errorf("%v: exit %d, want %d", c.args, r.code, exitUsage)
		}
		for _, w := range c.want {
			if !strings.Contains(r.stderr, w) {
				t.Errorf("%v: stderr %q misses %q", c.args, r.stderr, w)
			}
		}
		if r.stdout != "" {
			t.Errorf("%v: a letter was printed after a mistake", c.args)
		}
	}
	// Without the flags and without a terminal there is no one to ask.
	r := run(t, nil, nil, true, "letter", "--org", "Alleen een naam")
	if r.code != exitUsage || !strings.Contains(r.stderr, nl.T("error.letter_needs_flags")) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestLetterToFiles: -o writes text or a printable page by the extension,
// and never over an existing file without --force.
func TestLetterToFiles(t *testing.T) {
	dir := t.TempDir()
	txt, html := filepath.Join(dir, "brief.txt"), filepath.Join(dir, "brief.html")
	for _, out := range []string{txt, html} {
		r := run(t, nil, nil, true, append([]string{"brief", "-o", out}, testdorp...)...)
		if r.code != exitOK || r.stdout != "" {
			t.Fatalf("%s: exit %d, stdout %q, stderr %s", out, r.code, r.stdout, r.stderr)
		}
	}
	text, _ := os.ReadFile(txt)
	page, _ := os.ReadFile(html)
	if !strings.Contains(string(text), "Gemeente Testdorp") || strings.Contains(string(text), "<") {
		t.Errorf("the .txt letter is not plain text:\n%s", text)
	}
	if !strings.Contains(string(page), "<html") || !strings.Contains(string(page), "Gemeente Testdorp") {
		t.Errorf("the .html letter is not a page")
	}

	if err := os.WriteFile(txt, []byte("ons eigen concept"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, nil, nil, true, append([]string{"letter", "-o", txt}, testdorp...)...)
	if got, _ := os.ReadFile(txt); r.code != exitFail || string(got) != "ons eigen concept" {
		t.Errorf("an existing file was not kept: exit %d, now %q", r.code, got)
	}
	r = run(t, nil, nil, true, append([]string{"letter", "-o", txt, "--force"}, testdorp...)...)
	if got, _ := os.ReadFile(txt); r.code != exitOK || !strings.Contains(string(got), "artikel 21") {
		t.Errorf("--force did not replace the file: exit %d", r.code)
	}
}

// TestLetterCleansWhatIsTyped: escape sequences and control characters in
// the flags never reach the terminal, a file or the page.
func TestLetterCleansWhatIsTyped(t *testing.T) {
	nasty := "Gemeente \x1b[2JTest\x1b]52;c;ZXZpbA==\x07dorp\u202e\x00"
	dir := t.TempDir()
	html := filepath.Join(dir, "brief.html")
	r := run(t, nil, nil, true, "letter", "--kind", "association", "--org", nasty, "--accounts", "<script>alert(1)</script>, @x\x1b[31m",
		"--signer", "J.\x1b]52;c;ZXZpbA==\x07 de Vries", "--function", "\u202evoorzitter")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, bad := range []string{"\x1b", "\x07", "\x00", "\u202e"} {
		if strings.Contains(r.stdout, bad) {
			t.Errorf("%q reached the terminal", bad)
		}
	}
	if !strings.Contains(r.stdout, "J. de Vries\nvoorzitter\nGemeente Testdorp\n") {
		t.Errorf("the signer was not kept readable:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "Gemeente Testdorp") {
		t.Errorf("the name was not kept readable:\n%s", r.stdout)
	}
	run(t, nil, nil, true, "letter", "--kind", "vereniging", "--org", nasty, "--accounts", "<script>alert(1)</script>", "--signer", "<b>x</b>", "-o", html)
	page, _ := os.ReadFile(html)
	if strings.Contains(string(page), "<script>") || strings.Contains(string(page), "<b>") || strings.ContainsRune(string(page), '\x1b') {
		t.Errorf("typed text became markup or an escape in the page")
	}
}

// TestLetterAsksInATerminal: without flags, in a real terminal, letter asks
// in Dutch, says each problem under its field, and writes the letter.
func TestLetterAsksInATerminal(t *testing.T) {
	dir := t.TempDir()
	nl := i18n.MustNew("nl")
	out := filepath.Join(dir, "brief.txt")
	term := startTerminal(t, 80, 30, []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + dir}, "letter", "-o", out)
	term.waitFor("Naam van de organisatie")
	// Enter on the kind chooses the first, a public body; Enter on the
	// empty name says what is missing.
	term.keys("Enter", "Enter")
	term.waitFor("! " + nl.T("letter.org_missing"))
	term.keys("-l", "Gemeente Testdorp")
	term.keys("Enter", "Enter", "-l", "@gemeentetestdorp", "Enter", "Enter", "-l", "Testdorp", "Enter", "Enter", "Enter")
	term.waitFor("EXIT=0")
	got, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(got), "Gemeente Testdorp") || !strings.Contains(string(got), "@gemeentetestdorp (Instagram)") {
		t.Errorf("the letter was not written as asked: %v\n%s", err, got)
	}
	if strings.Contains(term.screen(false), "Enter a number") || strings.Contains(term.screen(false), "submit") {
		t.Errorf("English on a Dutch screen:\n%s", term.screen(false))
	}
}
