package letter

import (
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestKeepFitsTheKind: where the confirmation is kept fits the kind of
// organisation, in the steps and on the done screen (FACTS O9): a case
// system (zaaksysteem) for a public body only, its own records for an
// association; without a kind, words that fit both.
func TestKeepFitsTheKind(t *testing.T) {
	caseSystem := map[string]string{"nl": "zaaksysteem", "en": "case file", "tr": "zaaksysteem", "ar": "zaaksysteem"}
	ownRecords := map[string]string{"nl": "eigen administratie", "en": "own records", "tr": "kendi kayıtlarınızda", "ar": "سجلات المنظمة"}
	for _, lang := range content.Languages {
		tr, g := i18n.MustNew(lang), guides[lang]
		texts := func(kind string) string {
			var b strings.Builder
			for _, s := range g.OrgSteps(kind) {
				b.WriteString(s.Title + "\n" + s.Body + "\n")
			}
			return b.String() + tr.T(KeepMessageID(kind))
		}
		public, association, unknown := texts(content.KindPublic), texts(content.KindAssociation), texts("")
		if !strings.Contains(public, caseSystem[lang]) || strings.Contains(public, ownRecords[lang]) {
			t.Errorf("%s: a public body keeps it in the case system:\n%s", lang, public)
		}
		if strings.Contains(association, caseSystem[lang]) || !strings.Contains(association, ownRecords[lang]) {
			t.Errorf("%s: an association keeps it in its own records, never a case system:\n%s", lang, association)
		}
		if strings.Contains(unknown, caseSystem[lang]) || strings.Contains(unknown, ownRecords[lang]) {
			t.Errorf("%s: without a kind, the words fit both:\n%s", lang, unknown)
		}
	}
}
