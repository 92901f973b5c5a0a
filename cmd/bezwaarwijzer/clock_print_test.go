//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/printtest"
)

// TestPracticeHandoutPrinted: the page `handout --now` writes, printed by a
// real browser as a volunteer would, says at the top of every sheet that it
// is for practice, says on the first sheet why, and still fits on 4
// sheets.
func TestPracticeHandoutPrinted(t *testing.T) {
	tr, _ := guideIn(t, "nl")
	out := filepath.Join(t.TempDir(), "stappen.html")
	code, _, stderr := runBuilt(t, cleanEnv(t, "nl_NL.UTF-8"), nil, "handout", "--now", "2025-05-20T10:00", "-o", out)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	printed := printtest.Print(t, string(page), printtest.DejaVu)
	mark := tr.T("handout.practice_margin")
	for i, sheet := range printed.Sheets {
		if top, _, _ := strings.Cut(strings.TrimSpace(sheet), "\n"); strings.TrimSpace(top) != mark {
			t.Errorf("sheet %d starts with %q, want the practice mark %q", i+1, strings.TrimSpace(top), mark)
		}
	}
	if first := normalise(printed.Sheets[0]); !strings.Contains(first, normalise(tr.T("handout.practice"))) {
		t.Errorf("the first sheet does not say why it is a practice page:\n%s", printed.Sheets[0])
	}
	if n := len(printed.Sheets); n > 4 {
		t.Errorf("%d sheets, want at most 4", n)
	}
}
