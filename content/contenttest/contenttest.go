// Package contenttest is a test helper: a fixture guide with a made-up app,
// Kwebbel, that has an objection form, and Fluister, that has none. Its
// texts are the real guide's with other names. A face that shows the
// fixture's app, its address and its route knows its apps from the guide
// alone.
package contenttest

import (
	"embed"
	"strings"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

//go:embed data/*.toml
var files embed.FS

// The fixture's app with a form, as its data has it.
const (
	App     = "kwebbel"
	AppName = "Kwebbel"
	Form    = "https://hulp.kwebbel.example/bezwaar/424242"
	// Site is where its accounts live, and the host its allow-list
	// allows.
	Site = "kwebbel.example"
	// NoForm is its app without a form.
	NoForm = "fluister"
)

// Languages are the languages the fixture is written in. Two are enough
// to show that no face knows an app by name; the real guide's languages
// are checked on the real guide.
var Languages = []string{"nl", "en"}

// Guide returns the fixture guide in lang, one of Languages.
func Guide(lang string) (*content.Guide, error) {
	return content.LoadFrom(files, lang)
}

// Menu returns the route in the fixture's app, in lang: the lines a face
// shows for it.
func Menu(g *content.Guide) []string {
	if app := g.App(App); app != nil {
		return app.Menu
	}
	return nil
}

// StepFacts are the facts the fixture app's step screens on route show, as
// the model words them for a person (walk.Build, in state): per step its
// progress and title; the address and its digit groups, on the step that
// has them; the route's lines where the route is shown. A face that shows
// those screens must show each.
func StepFacts(g *content.Guide, t *i18n.Translator, route string, state walk.State) []string {
	a := walk.Answers{Apps: []string{App}, Where: route}
	var facts []string
	for _, at := range walk.Order(g, a, content.AudiencePerson) {
		if at.Kind != walk.Step || at.App != App {
			continue
		}
		sc := walk.Build(g, t, a, at, state)
		facts = append(facts, sc.Progress, sc.Title)
		if sc.Address != nil {
			facts = append(facts, sc.Address.Full.String(), sc.Address.Digits)
		}
		if sc.Route != nil {
			facts = append(facts, sc.Route.Steps...)
		}
	}
	return facts
}

// Missing returns the facts that out does not show. White space does not
// count: a face wraps its lines where it must.
func Missing(out string, facts []string) []string {
	flat := strings.Join(strings.Fields(out), " ")
	var missing []string
	for _, f := range facts {
		if f == "" {
			continue
		}
		if !strings.Contains(flat, strings.Join(strings.Fields(f), " ")) {
			missing = append(missing, f)
		}
	}
	return missing
}

// RealApps returns the names of the real guide's apps that out names: a
// face that shows the fixture takes every name from it, so none.
func RealApps(out string) []string {
	var named []string
	real, err := content.Load("nl")
	if err != nil {
		return []string{err.Error()}
	}
	lower := strings.ToLower(out)
	for _, app := range real.Apps {
		if strings.Contains(lower, strings.ToLower(app.Name)) {
			named = append(named, app.Name)
		}
	}
	return named
}
