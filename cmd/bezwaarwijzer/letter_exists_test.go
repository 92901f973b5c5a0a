package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestLetterSaysTheFileExistsBeforeAsking: `letter -o` with a name that is
// taken says so before the questions, so that no answer is typed for
// nothing; the file is left as it was.
func TestLetterSaysTheFileExistsBeforeAsking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "brief.txt")
	if err := os.WriteFile(path, []byte("van de gemeente"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := run(t, nil, nil, true, "letter", "-o", path)
	if r.code != exitUsage || !strings.Contains(r.stderr, i18n.MustNew("nl").T("error.file_exists", i18n.Data{"Path": path})) {
		t.Errorf("exit %d, stderr %q: want a usage error that the file exists", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(path); string(data) != "van de gemeente" {
		t.Errorf("the file was changed: %q", data)
	}
	if strings.Contains(r.stdout+r.stderr, i18n.MustNew("nl").T("error.letter_needs_flags")) {
		t.Errorf("the questions were started before the file was looked at")
	}
}
