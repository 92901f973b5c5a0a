package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/browser"
	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

func TestHandoutToFile(t *testing.T) {
	g, _ := content.Load("nl")
	fb, ig := g.App("facebook"), g.App("instagram")
	nl := i18n.MustNew("nl")
	dir := t.TempDir()

	t.Run("both apps", func(t *testing.T) {
		out := filepath.Join(dir, "stappen.html")
		r := run(t, nil, nil, true, "handout", "-o", out)
		if r.code != exitOK {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		page, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{fb.Form.String(), ig.Form.String(), `lang="nl"`} {
			if !strings.Contains(string(page), want) {
				t.Errorf("the page misses %q", want)
			}
		}
		if len(r.opened) != 0 {
			t.Errorf("-o opened %v", r.opened)
		}
		if !strings.Contains(r.stdout, out) {
			t.Errorf("stdout does not say where the page is: %q", r.stdout)
		}
	})

	t.Run("one app, Dutch alias, in English", func(t *testing.T) {
		out := filepath.Join(dir, "instagram.html")
		r := run(t, nil, nil, true, "folder", "--platform", "Instagram", "-o", out, "--lang", "en")
		page, _ := os.ReadFile(out)
		if r.code != exitOK || !strings.Contains(string(page), ig.Form.String()) || strings.Contains(string(page), fb.Form.String()) || !strings.Contains(string(page), `lang="en"`) {
			t.Errorf("exit %d; the page is not Instagram's alone, in English", r.code)
		}
	})

	t.Run("an existing file is kept", func(t *testing.T) {
		out := filepath.Join(dir, "mine.html")
		if err := os.WriteFile(out, []byte("my own notes"), 0o644); err != nil {
			t.Fatal(err)
		}
		r := run(t, nil, nil, true, "handout", "-o", out)
		if r.code != exitFail || !strings.Contains(r.stderr, nl.T("error.file_exists", i18n.Data{"Path": out})) {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
		if got, _ := os.ReadFile(out); string(got) != "my own notes" {
			t.Errorf("the file was changed: %q", got)
		}
		r = run(t, nil, nil, true, "handout", "-o", out, "--force")
		if got, _ := os.ReadFile(out); r.code != exitOK || !strings.Contains(string(got), fb.Form.String()) {
			t.Errorf("--force did not replace the file (exit %d)", r.code)
		}
	})

	t.Run("a missing folder", func(t *testing.T) {
		out := filepath.Join(dir, "nope", "x.html")
		r := run(t, nil, nil, true, "handout", "-o", out)
		if r.code != exitFail || !strings.Contains(r.stderr, nl.T("error.no_such_dir", i18n.Data{"Dir": filepath.Dir(out)})) {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
	})

	t.Run("a read-only folder", func(t *testing.T) {
		if runtime.GOOS == "windows" || os.Geteuid() == 0 {
			t.Skip("a read-only folder cannot be made here (Windows, or running as root, who may write anywhere)")
		}
		ro := filepath.Join(dir, "readonly")
		if err := os.Mkdir(ro, 0o555); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(ro, "x.html")
		r := run(t, nil, nil, true, "handout", "-o", out)
		if r.code != exitFail || !strings.Contains(r.stderr, nl.T("error.no_permission", i18n.Data{"Dir": ro})) {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
	})

	t.Run("an unknown platform", func(t *testing.T) {
		r := run(t, nil, nil, true, "handout", "--platform", "tiktok", "-o", filepath.Join(dir, "t.html"))
		if r.code != exitUsage || !strings.Contains(r.stderr, "facebook of instagram") {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
		if _, err := os.Stat(filepath.Join(dir, "t.html")); err == nil {
			t.Error("a file was written for a wrong command line")
		}
	})
}

func TestHandoutOpensATemporaryPage(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	g, _ := content.Load("nl")
	r := run(t, nil, nil, true, "handout")
	if r.code != exitOK || len(r.opened) != 1 || !strings.HasPrefix(r.opened[0], "file://") {
		t.Fatalf("exit %d, opened %v", r.code, r.opened)
	}
	path := strings.TrimPrefix(r.opened[0], "file://")
	page, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(page), g.App("facebook").Form.String()) {
		t.Errorf("the opened page %s is not the handout: %v", path, err)
	}

	// Without a browser the page stays, and the person is told where.
	r = run(t, nil, nil, false, "handout")
	if r.code != exitOK || len(r.opened) != 0 {
		t.Fatalf("exit %d, opened %v", r.code, r.opened)
	}
	entries, _ := os.ReadDir(os.Getenv("TMPDIR"))
	if len(entries) != 2 {
		t.Errorf("%d files in the temporary folder, want the 2 pages", len(entries))
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".html") {
			t.Errorf("stray file %s", e.Name())
		}
	}
}

// TestKioskForgetsPrintedPages: in a kiosk a page printed from the wizard
// is removed when the kiosk starts over; outside a kiosk it stays.
func TestKioskForgetsPrintedPages(t *testing.T) {
	for _, kiosk := range []bool{true, false} {
		t.Setenv("TMPDIR", t.TempDir())
		g, _ := content.Load("nl")
		s := &session{
			app: &app{browser: &browser.Stub{}, canBrowse: func() bool { return true }, getenv: func(string) string { return "" }},
			t:   i18n.MustNew("nl"), g: g, lang: "nl", kiosk: kiosk,
			clock: func() time.Time { return time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC) },
		}
		opts := s.wizardOptions()
		path, opened, err := opts.Print("en", []string{"instagram"})
		if err != nil || !opened {
			t.Fatalf("print: opened %v, %v", opened, err)
		}
		page, err := os.ReadFile(path)
		if err != nil || !strings.Contains(string(page), `lang="en"`) {
			t.Fatalf("the page is not there in the wizard's language: %v", err)
		}
		opts.OnReset()
		_, err = os.Stat(path)
		if kiosk && err == nil {
			t.Error("a kiosk kept the printed page after starting over")
		}
		if !kiosk && err != nil {
			t.Error("outside a kiosk the printed page was removed")
		}
	}
}
