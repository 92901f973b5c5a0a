// Package walk is the screen model: it decides, once, what every screen of
// the walk through the guide says, so that every face (the wizard, the
// line-by-line mode, the text, the printed page, open) shows the same.
//
// The walk's order comes from a person's answers: which pages, which
// questions and which steps, for which apps (Order, Next). Build turns a
// place in it, with the guide, the interface's words, the answers and
// what happened so far (State), into a Screen: plain data in words, with
// no terminal, no styles and nothing of the operating system. A face lays
// it out and styles it, and does what a choice asks.
//
// The files, by role: walk.go the order and the answers; screen.go the
// Screen, the State and Build; step.go the steps, with the address, the
// route and the reason; menu.go the welcome screen, the questions and the
// information; done.go the checklist; organisation.go an organisation's
// walk and its questions; address.go, dated.go and banner.go the words
// for an address, its date and the deadline.
package walk

import (
	"fmt"
	"slices"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
)

// Kind is a kind of screen.
type Kind int

// The kinds of screen, in the order of the walk.
const (
	Welcome   Kind = iota
	Explain        // Index: the page
	Apps           // which apps do you use?
	Recognise      // how to recognise the apps, after "I don't know"
	Linked         // are Facebook and Instagram linked?
	Where          // where will you fill in the form?
	Step           // App and Index: a step of the objection
	Other          // App: an app without a form
	More           // Index: the page
	Done
	Info // more information and the sources, outside the walk

	// An organisation's walk.
	OrgIntro   // what objecting as an organisation means
	OrgKind    // what kind of organisation: a choice among content.OrgKinds
	OrgDetails // Index: a typed question for the letter (see OrgQuestions)
	OrgAdvice  // advice for the letter (FACTS O7)
	Letter     // the letter, to read, copy and save
)

// Place is one screen of the walk.
type Place struct {
	Kind  Kind
	App   string
	Index int
	// Account is the organisation's account a step is for, by its place in
	// Answers.Accounts.
	Account int
}

// Key names what a step screen is about: the app, and for an organisation
// the account. Progress (opened, all steps seen) is kept by key.
func (s Place) Key(audience string) string {
	if audience == content.AudienceOrganisation {
		return fmt.Sprintf("%s#%d", s.App, s.Account)
	}
	return s.App
}

// Account is one of an organisation's accounts, on one app: the letter's.
type Account = letter.Account

// Answers are what a person chose. The zero value is a fresh start.
type Answers struct {
	Apps   []string // app IDs, and content.OptionUnknown
	Linked string   // content.OptionYes, OptionNo or OptionUnknown
	Where  string   // a content.Route

	// An organisation's answers: the details for its letter, cleaned
	// (see SetOrg).
	Kind     string // content.KindPublic or content.KindAssociation
	Org      typed.Text
	Accounts []Account
	Contact  typed.Text
	Place    typed.Text
	Signer   typed.Text
	Function typed.Text
}

// Has reports whether the person chose the app (or option) id.
func (a Answers) Has(id string) bool { return slices.Contains(a.Apps, id) }

// Unsure reports whether the person does not know which apps they use.
func (a Answers) Unsure() bool { return a.Has(content.OptionUnknown) }

// AsksLinked reports whether the linked-accounts question applies: only
// when the person objects on two apps with a form (FACTS H6).
func (a Answers) AsksLinked(g *content.Guide) bool {
	return !a.Unsure() && len(a.objectsOn(g)) >= 2
}

// objectsOn returns the apps with a form the person objects on, before
// linked accounts are counted: those chosen, those that a chosen app lives
// on (Threads on Instagram: FACTS T1), and, not knowing, every one:
// objecting on both does no harm (FACTS H6).
func (a Answers) objectsOn(g *content.Guide) []content.App {
	var apps []content.App
	for _, app := range g.FormApps() {
		if a.Unsure() || a.Has(app.ID) || len(a.ReachedVia(g, app.ID)) > 0 {
			apps = append(apps, app)
		}
	}
	return apps
}

// ReachedVia returns the chosen apps that live on the app id, when the
// person did not choose id itself: they are why its steps are in the walk.
func (a Answers) ReachedVia(g *content.Guide, id string) []content.App {
	if a.Has(id) || a.Unsure() {
		return nil
	}
	var via []content.App
	for _, app := range g.Apps {
		if app.Via == id && a.Has(app.ID) {
			via = append(via, app)
		}
	}
	return via
}

// FormApps returns the apps the person will object on, in the guide's
// order (see objectsOn). Linked accounts need one objection, so only the
// first.
func (a Answers) FormApps(g *content.Guide) []content.App {
	apps := a.objectsOn(g)
	if a.AsksLinked(g) && a.Linked == content.OptionYes && len(apps) > 1 {
		apps = apps[:1]
	}
	return apps
}

// Objected reports whether the walk has an objection in it: at least one
// app with a form. A person with only WhatsApp read what they can do, and
// has no confirmation to keep.
func (a Answers) Objected(g *content.Guide) bool { return len(a.FormApps(g)) > 0 }

// CoveredByLinked returns the apps whose objection comes with the first
// one's because the accounts are linked.
func (a Answers) CoveredByLinked(g *content.Guide) []content.App {
	chosen := a.FormApps(g)
	if !a.AsksLinked(g) || a.Linked != content.OptionYes || len(chosen) == 0 {
		return nil
	}
	var covered []content.App
	for _, app := range a.objectsOn(g) {
		if app.ID != chosen[0].ID {
			covered = append(covered, app)
		}
	}
	return covered
}

// LoggedInHere returns the apps the person may be logged in to in this
// computer's browser, so that the done screen asks them to log out (FACTS
// H9): those whose form was opened in the browser here, whatever was
// chosen after, and on the computer's route every app objected on. opened
// holds the step keys (Place.Key) whose form was opened.
func (a Answers) LoggedInHere(g *content.Guide, opened map[string]bool) []content.App {
	objected := a.FormApps(g)
	var apps []content.App
	for _, app := range g.FormApps() {
		here := opened[app.ID]
		if a.Route() == content.RouteComputer {
			here = here || slices.ContainsFunc(objected, func(o content.App) bool { return o.ID == app.ID })
		}
		if here {
			apps = append(apps, app)
		}
	}
	return apps
}

// OtherApps returns the chosen apps without a form.
func (a Answers) OtherApps(g *content.Guide) []content.App {
	var apps []content.App
	for _, app := range g.Apps {
		if !app.HasForm() && a.Has(app.ID) {
			apps = append(apps, app)
		}
	}
	return apps
}

// Route is where the form is filled in; the computer until chosen.
func (a Answers) Route() string {
	if a.Where == "" {
		return content.RouteComputer
	}
	return a.Where
}

// Order returns the whole walk for these answers, from the welcome screen to
// the done screen. Screens after a question unanswered so far are those
// that apply to the answers as they stand.
func Order(g *content.Guide, a Answers, audience string) []Place {
	if audience == content.AudienceOrganisation {
		return orgWalk(g, a)
	}
	walk := []Place{{Kind: Welcome}}
	for i := range g.Explain {
		walk = append(walk, Place{Kind: Explain, Index: i})
	}
	walk = append(walk, Place{Kind: Apps})
	if a.Unsure() {
		walk = append(walk, Place{Kind: Recognise})
	}
	if a.AsksLinked(g) {
		walk = append(walk, Place{Kind: Linked})
	}
	apps := a.FormApps(g)
	if len(apps) > 0 {
		walk = append(walk, Place{Kind: Where})
	}
	steps := Steps(g, a, audience)
	for _, app := range apps {
		for i := range steps {
			walk = append(walk, Place{Kind: Step, App: app.ID, Index: i})
		}
	}
	for _, app := range a.OtherApps(g) {
		walk = append(walk, Place{Kind: Other, App: app.ID})
	}
	for i := range g.More {
		walk = append(walk, Place{Kind: More, Index: i})
	}
	return append(walk, Place{Kind: Done})
}

// Next returns the screen after s in the walk, and false at the end or when
// s is not in the walk.
func Next(g *content.Guide, a Answers, audience string, s Place) (Place, bool) {
	walk := Order(g, a, audience)
	i := slices.Index(walk, s)
	if i < 0 || i+1 >= len(walk) {
		return Place{}, false
	}
	return walk[i+1], true
}

// Status is what became of an app in a walk, for the done screen.
type Status int

// The statuses, from the least done.
const (
	NotFinished     Status = iota // its steps were not all seen
	Opened                        // its form was opened
	Walked                        // all its steps were seen
	OpenedAndWalked               // both
	Covered                       // linked: done with the first app's objection
	Read                          // an app without a form: its page was read
	Via                           // an app on another's account: objected there, not sure it counts
)

// Item is a line of the done screen's checklist.
type Item struct {
	Apps   []content.App // one app, or the apps without a form together
	Status Status
	Via    *content.App // for Covered and Via: the app whose objection covers it
	done   bool
}

// Checklist says what a person did, per app, for the done screen: opened holds
// the apps whose form was opened, reached those whose last step was seen.
func Checklist(g *content.Guide, a Answers, opened, reached map[string]bool) []Item {
	var items []Item
	apps := a.FormApps(g)
	finished := map[string]bool{}
	for _, app := range apps {
		status := NotFinished
		switch {
		case reached[app.ID] && opened[app.ID]:
			status = OpenedAndWalked
		case reached[app.ID]:
			status = Walked
		case opened[app.ID]:
			status = Opened
		}
		finished[app.ID] = status != NotFinished
		items = append(items, Item{Apps: []content.App{app}, Status: status, done: finished[app.ID]})
	}
	for _, app := range a.CoveredByLinked(g) {
		items = append(items, Item{Apps: []content.App{app}, Status: Covered, Via: &apps[0], done: finished[apps[0].ID]})
	}
	// An app that lives on another's account has a line of its own: the
	// objection was made there, and it is not sure that it counts (T1).
	// The other apps without a form share a line: there was only reading
	// to do.
	var read []content.App
	for _, app := range a.OtherApps(g) {
		if via := viaApp(g, apps, app); via != nil {
			items = append(items, Item{Apps: []content.App{app}, Status: Via, Via: via, done: finished[via.ID]})
			continue
		}
		read = append(read, app)
	}
	if len(read) > 0 {
		items = append(items, Item{Apps: read, Status: Read, done: true})
	}
	return items
}

// viaApp is the app among apps whose objection an app without a form is
// made through: the one it lives on, or the first app it is linked to.
func viaApp(g *content.Guide, apps []content.App, app content.App) *content.App {
	if app.Via == "" || len(apps) == 0 {
		return nil
	}
	for i := range apps {
		if apps[i].ID == app.Via {
			return &apps[i]
		}
	}
	// Linked: the app it lives on is covered by the first one.
	return &apps[0]
}

// Done reports whether the item counts as done, for its tick: its steps
// were seen or its form opened, or, covered by another app, that one's.
func (i Item) Done() bool { return i.done }

// MessageID is the interface message that words the item's status.
func (i Item) MessageID() string {
	return [...]string{"done.not_finished", "done.opened", "done.walked", "done.opened_and_walked", "done.covered", "done.read", "done.via"}[i.Status]
}

// OrgItem is a line of an organisation's checklist: one account.
type OrgItem struct {
	Account Account
	Status  Status
}

// OrgChecklist says what an organisation did, per account.
func OrgChecklist(a Answers, opened, reached map[string]bool) []OrgItem {
	var items []OrgItem
	for i, acc := range a.Accounts {
		key := Place{Kind: Step, App: acc.App, Account: i}.Key(content.AudienceOrganisation)
		status := NotFinished
		switch {
		case reached[key] && opened[key]:
			status = OpenedAndWalked
		case reached[key]:
			status = Walked
		case opened[key]:
			status = Opened
		}
		items = append(items, OrgItem{Account: acc, Status: status})
	}
	return items
}
