package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestArabicNotOnScreen: the faces that draw on a terminal do not offer
// Arabic. Asked for with --lang, that is a command line error in Arabic and
// in Dutch that names the two commands that do speak it; a locale in
// Arabic gives them Dutch. The page and the text are in Arabic.
func TestArabicNotOnScreen(t *testing.T) {
	ar, nl := i18n.MustNew("ar"), i18n.MustNew("nl")
	data := i18n.Data{"Lang": "ar"}
	wantAr, wantNl := ar.T("error.lang_not_on_screen", data), nl.T("error.lang_not_on_screen", data)
	for _, want := range []string{wantAr, wantNl} {
		if !strings.Contains(want, "handout --lang ar") || !strings.Contains(want, "text --lang ar") {
			t.Fatalf("the sentence does not name both commands: %q", want)
		}
	}
	empty := ""
	for _, args := range [][]string{
		{"--lang", "ar"},
		{"--lang=ar", "--accessible"},
		{"--lang", "AR_ma"},
		{"open", "facebook", "--lang", "ar", "--no-browser"},
		// Without an app, the language is said first, not how to name one.
		{"open", "--lang", "ar"},
		{"letter", "--lang", "ar"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, stdout, stderr := runBuilt(t, cleanEnv(t, "nl_NL.UTF-8"), &empty, args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, exitUsage, stderr)
			}
			if !strings.Contains(stderr, wantAr) || !strings.Contains(stderr, wantNl) {
				t.Errorf("stderr does not say it in Arabic and in Dutch:\n%s", stderr)
			}
			if stdout != "" {
				t.Errorf("stdout has %q, want nothing", stdout)
			}
		})
	}

	t.Run("an Arabic locale walks in Dutch", func(t *testing.T) {
		in := "6\n"
		code, stdout, stderr := runBuilt(t, cleanEnv(t, "ar_MA.UTF-8"), &in, "--accessible")
		if code != exitOK {
			t.Errorf("exit %d, want %d; stderr:\n%s", code, exitOK, stderr)
		}
		if !strings.Contains(stdout, nl.T("welcome.begin")) {
			t.Errorf("the walk is not in Dutch:\n%s", stdout)
		}
	})

	t.Run("text and handout speak Arabic", func(t *testing.T) {
		code, stdout, stderr := runBuilt(t, cleanEnv(t, "nl_NL.UTF-8"), nil, "text", "--lang", "ar")
		if code != exitOK || !strings.Contains(stdout, ar.T("walk.reason")) {
			t.Errorf("text --lang ar: exit %d, stderr %q, stdout:\n%s", code, stderr, stdout)
		}
		out := filepath.Join(t.TempDir(), "f.html")
		code, _, stderr = runBuilt(t, cleanEnv(t, "ar_MA.UTF-8"), nil, "handout", "-o", out)
		page, _ := os.ReadFile(out)
		if code != exitOK || !strings.Contains(string(page), `lang="ar"`) {
			t.Errorf("handout in an Arabic locale: exit %d, stderr %q, page not in Arabic", code, stderr)
		}
	})
}
