// Package banner words the deadline for the faces that do not yet take
// their screens from the model. The words are decided in content/walk
// (walk.BannerSentence, walk.PracticeSentence): this package only points
// there, and goes once every face renders walk.Screen.
package banner

import (
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Sentence is walk.BannerSentence.
func Sentence(t *i18n.Translator, d content.Deadline, now time.Time) string {
	return walk.BannerSentence(t, d, now)
}

// Practice is walk.PracticeSentence.
func Practice(t *i18n.Translator, d content.Deadline, now time.Time) string {
	return walk.PracticeSentence(t, d, now)
}
