package i18n

import (
	"regexp"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/readability"
)

// field matches a {{.Name}} in a message.
var field = regexp.MustCompile(`\{\{\s*\.[A-Za-z]+\s*\}\}`)

// TestDutchMessagesAreShort: the interface's Dutch sentences are as short
// as the guide's: none over 20 words. Key names and word lists are not
// sentences and are left out.
func TestDutchMessagesAreShort(t *testing.T) {
	msgs := readLocale(t, "nl")
	for id, m := range msgs {
		// Examples are command lines, not sentences.
		if strings.HasPrefix(id, "keys.") || strings.HasPrefix(id, "date.") || strings.HasPrefix(id, "acc.words_") || strings.HasPrefix(id, "help.arg.") ||
			strings.HasSuffix(id, ".example") {
			continue
		}
		texts := []string{m.text}
		for _, p := range m.plural {
			texts = append(texts, p)
		}
		for _, text := range texts {
			filled := field.ReplaceAllString(text, "x")
			if s := readability.Analyze(filled, 20); len(s.Long) > 0 {
				t.Errorf("%s: a sentence of more than 20 words: %q", id, s.Long[0])
			}
		}
	}
}
