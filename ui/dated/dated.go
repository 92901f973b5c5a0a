// Package dated says how old a form's address or an app's route is, for
// the faces that do not yet take their screens from the model. The words
// are decided in content/walk (walk.CheckedSentence, walk.RouteNote,
// walk.LastWay, walk.InUse): this package only points there, and goes
// once every face renders walk.Screen.
package dated

import (
	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Checked is walk.CheckedSentence.
func Checked(t *i18n.Translator, c content.Checked) string { return walk.CheckedSentence(t, c) }

// RouteNote is walk.RouteNote.
func RouteNote(t *i18n.Translator, g *content.Guide, app content.App) string {
	return walk.RouteNote(t, g, app)
}

// LastWay is walk.LastWay.
func LastWay(g *content.Guide) string { return walk.LastWay(g) }

// InUse is walk.InUse.
func InUse(t *i18n.Translator, g *content.Guide) string { return walk.InUse(t, g) }
