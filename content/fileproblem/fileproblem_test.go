package fileproblem

import (
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestEveryMessageExists: each reason has its message in every language,
// and the messages about a folder name the folder.
func TestEveryMessageExists(t *testing.T) {
	data := i18n.Data{"Path": "/p/brief.html", "Dir": "/p"}
	for _, lang := range i18n.Languages {
		tr := i18n.MustNew(lang)
		for _, m := range messages {
			got := tr.T(m.id, data)
			if got == m.id || strings.Contains(got, "<no value>") {
				t.Errorf("%s: %s is %q", lang, m.id, got)
			}
			switch m.err {
			case ErrNoFolder, ErrNotFolder, ErrPermission:
				if !strings.Contains(got, "/p") || strings.Contains(got, "brief.html") {
					t.Errorf("%s: %s does not name the folder: %q", lang, m.id, got)
				}
			}
		}
	}
}
