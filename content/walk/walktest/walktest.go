// Package walktest is a test helper: it lists every screen of every walk
// through a guide, so that a test can show each face every screen the
// model can build. Only tests import it.
//
// The walks come from the guide and from walk's own order: every choice
// of apps (each set of the apps question's options, "I don't know"
// included), every answer to the linked question where it is asked, every
// route where the form is asked for, with and without a kiosk; and an
// organisation of each kind with accounts on each set of the apps with a
// form. Nothing here names an app.
package walktest

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
)

// Now is the time the cases are built at: after the deadline, so that the
// welcome screen's note about a late objection is there too.
var Now = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

// Walk is one walk through the guide: the answers, who walks, and whether
// on a kiosk.
type Walk struct {
	Name    string
	Answers walk.Answers
	// Audience is content.AudiencePerson or content.AudienceOrganisation.
	Audience string
	Kiosk    bool
	// Typed is what an organisation typed for its letter, matching
	// Answers.
	Typed walk.OrgTyped
}

// Case is one screen of one walk, with what happened before it.
type Case struct {
	// Name says which walk and which screen: for a failing test's message.
	Name    string
	Walk    Walk
	Answers walk.Answers
	At      walk.Place
	// State is the state at the screen: the audience, the kiosk, the time
	// (Now, Practice set), and the forms opened and the steps reached on
	// the way there, as when the person opened each form where a step
	// opens it and went through every step. Opening is Printed: a face
	// sets what it can do with a form itself.
	State walk.State
}

// Walks returns every walk through g: a person's for every choice of
// apps, linked answer, route and kiosk; an organisation's for every kind
// and every set of accounts, with and without a kiosk.
func Walks(g *content.Guide) []Walk {
	return append(PersonWalks(g), OrganisationWalks(g)...)
}

// PersonWalks are a person's walks: every non-empty set of the apps
// question's options; for each, every answer to the linked question when
// it is asked and every route when the form is asked for; each with and
// without a kiosk.
func PersonWalks(g *content.Guide) []Walk {
	var ids []string
	for _, o := range g.Questions[content.QuestionApps].Options {
		ids = append(ids, o.ID)
	}
	var ws []Walk
	for _, apps := range subsets(ids) {
		a := walk.Answers{Apps: apps}
		linked := []string{""}
		if a.AsksLinked(g) {
			linked = optionIDs(g, content.QuestionLinked)
		}
		for _, l := range linked {
			a.Linked = l
			routes := []string{""}
			if a.Objected(g) {
				routes = optionIDs(g, content.QuestionWhere)
			}
			for _, r := range routes {
				a.Where = r
				for _, kiosk := range []bool{false, true} {
					ws = append(ws, Walk{
						Name:     personName(a, kiosk),
						Answers:  walk.Answers{Apps: slices.Clone(apps), Linked: l, Where: r},
						Audience: content.AudiencePerson,
						Kiosk:    kiosk,
					})
				}
			}
		}
	}
	return ws
}

// OrganisationWalks are an organisation's walks: of every kind, with one
// account on each app of every non-empty set of the apps with a form, and
// with two accounts on one app; each with and without a kiosk.
func OrganisationWalks(g *content.Guide) []Walk {
	var forms []string
	for _, app := range g.FormApps() {
		forms = append(forms, app.ID)
	}
	sets := subsets(forms)
	if len(forms) > 0 {
		sets = append(sets, []string{forms[0], forms[0]})
	}
	var ws []Walk
	for _, kind := range content.OrgKinds {
		for _, set := range sets {
			var accounts []walk.Account
			for i, app := range set {
				accounts = append(accounts, walk.Account{App: app, Name: fmt.Sprintf("@testdorp%d", i+1)})
			}
			for _, kiosk := range []bool{false, true} {
				a := walk.Answers{Kind: kind, Org: "Gemeente Testdorp", Accounts: slices.Clone(accounts),
					Contact: "info@testdorp.example", Place: "Testdorp", Signer: "J. de Vries", Function: "secretaris"}
				ws = append(ws, Walk{
					Name:     orgName(a, kiosk),
					Answers:  a,
					Audience: content.AudienceOrganisation,
					Kiosk:    kiosk,
					Typed:    typed(a),
				})
			}
		}
	}
	return ws
}

// Cases returns every screen of every walk through g (see Walks).
func Cases(g *content.Guide) []Case {
	var cs []Case
	for _, w := range Walks(g) {
		cs = append(cs, w.Cases(g)...)
	}
	return cs
}

// Cases returns every screen of the walk, in walk.Order, each with what
// happened before it; then the done screen with nothing done, and the
// information screen, which is outside the walk.
func (w Walk) Cases(g *content.Guide) []Case {
	opened, reached := map[string]bool{}, map[string]bool{}
	state := func() walk.State {
		return walk.State{Audience: w.Audience, Kiosk: w.Kiosk, Now: Now, Practice: true,
			Opened: clone(opened), Reached: clone(reached), CanPrint: true, Typed: w.Typed}
	}
	var cs []Case
	add := func(at walk.Place, s walk.State, note string) {
		name := fmt.Sprintf("%s / %s%s", w.Name, PlaceName(at), note)
		cs = append(cs, Case{Name: name, Walk: w, Answers: w.Answers, At: at, State: s})
	}
	steps := walk.Steps(g, w.Answers, w.Audience)
	for _, at := range walk.Order(g, w.Answers, w.Audience) {
		add(at, state(), "")
		if at.Kind != walk.Step || at.Index >= len(steps) {
			continue
		}
		key := at.Key(w.Audience)
		if steps[at.Index].Action == content.ActionOpen {
			opened[key] = true
		}
		if at.Index == len(steps)-1 {
			reached[key] = true
		}
	}
	nothing := walk.State{Audience: w.Audience, Kiosk: w.Kiosk, Now: Now, Practice: true, Typed: w.Typed}
	add(walk.Place{Kind: walk.Done}, nothing, ", nothing done")
	add(walk.Place{Kind: walk.Info}, state(), "")
	return cs
}

// PlaceName names a place for a test's message: "step instagram 2 (account 0)".
func PlaceName(at walk.Place) string {
	names := [...]string{"welcome", "explain", "apps", "recognise", "linked", "where", "step", "other", "more", "done", "info",
		"organisation intro", "organisation kind", "organisation details", "organisation advice", "letter"}
	name := fmt.Sprint(int(at.Kind))
	if int(at.Kind) >= 0 && int(at.Kind) < len(names) {
		name = names[at.Kind]
	}
	switch at.Kind {
	case walk.Step:
		return fmt.Sprintf("%s %s %d (account %d)", name, at.App, at.Index+1, at.Account)
	case walk.Other:
		return name + " " + at.App
	case walk.Explain, walk.More, walk.OrgDetails:
		return fmt.Sprintf("%s %d", name, at.Index+1)
	}
	return name
}

func personName(a walk.Answers, kiosk bool) string {
	name := "person, apps " + strings.Join(a.Apps, "+")
	if a.Linked != "" {
		name += ", linked " + a.Linked
	}
	if a.Where != "" {
		name += ", on " + a.Where
	}
	if kiosk {
		name += ", kiosk"
	}
	return name
}

func orgName(a walk.Answers, kiosk bool) string {
	var apps []string
	for _, acc := range a.Accounts {
		apps = append(apps, acc.App)
	}
	name := "organisation " + a.Kind + ", accounts on " + strings.Join(apps, "+")
	if kiosk {
		name += ", kiosk"
	}
	return name
}

// typed is what an organisation typed to get these answers: each account
// question holds the accounts on its app.
func typed(a walk.Answers) walk.OrgTyped {
	var t walk.OrgTyped
	t[walk.AskOrg], t[walk.AskContact], t[walk.AskPlace], t[walk.AskSigner], t[walk.AskFunction] = a.Org, a.Contact, a.Place, a.Signer, a.Function
	for i, q := range walk.OrgQuestions {
		if q.App == "" {
			continue
		}
		var names []string
		for _, acc := range a.Accounts {
			if acc.App == q.App {
				names = append(names, acc.Name)
			}
		}
		t[i] = strings.Join(names, ", ")
	}
	return t
}

// optionIDs are the IDs of a question's options, in the guide's order.
func optionIDs(g *content.Guide, question string) []string {
	var ids []string
	for _, o := range g.Questions[question].Options {
		ids = append(ids, o.ID)
	}
	return ids
}

// subsets returns every non-empty subset of ids, each in ids' order.
func subsets(ids []string) [][]string {
	var sets [][]string
	for mask := 1; mask < 1<<len(ids); mask++ {
		var set []string
		for i, id := range ids {
			if mask&(1<<i) != 0 {
				set = append(set, id)
			}
		}
		sets = append(sets, set)
	}
	return sets
}

func clone(m map[string]bool) map[string]bool {
	c := make(map[string]bool, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}
