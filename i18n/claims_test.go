package i18n

import (
	"strings"
	"testing"
)

// TestCheckLinksClaimsNoMoreThanItSees: an answer from a site is not a
// form that works, since a page that answers may be a login page (issue
// 11; FACTS H10, H12). check-links' words may not say more.
func TestCheckLinksClaimsNoMoreThanItSees(t *testing.T) {
	never := map[string][]string{
		"nl": {"in orde", "het formulier antwoordt", "het formulier werkt", "formulier doet het"},
		"en": {"is fine", "the form answers", "the form works", "is working"},
	}
	for lang, words := range never {
		for id, m := range readLocale(t, lang) {
			if !strings.HasPrefix(id, "links.") {
				continue
			}
			text := strings.ToLower(m.text)
			for _, w := range words {
				if strings.Contains(text, w) {
					t.Errorf("%s: %s says %q: an answer is not a working form: %s", lang, id, w, m.text)
				}
			}
		}
	}
}
