package walk

import (
	"strings"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The steps of the objection, one screen each, and what each needs beside
// its words: the form's address, the route in the app, the sample reason.

// Route is the way to the objection inside an app, when the link does not
// work (FACTS H10) or on the route through the app.
type Route struct {
	// Intro comes before the steps; "" on the step in the app, whose own
	// words introduce them.
	Intro string
	Steps []string
	// Note says how old the route is (FACTS H5); LastWay is the last way
	// in when the link and the route both fail (H13).
	Note    string
	LastWay string
	// AtOnce is set when the person needs the route now: it is the step's
	// way, or the form did not or cannot open, or nothing is one key away
	// (a printed face). Otherwise it is there for when the link fails, and
	// a face may keep it one key away, or leave it out once the form is
	// open.
	AtOnce bool
}

// Reason is the sample reason for the form (FACTS H7).
type Reason struct {
	Label, Text string
	// Copy is set where copying it on this computer helps: on the
	// computer's route, and for an organisation. On a phone, or in the
	// app, it is typed over, as TypeOver says.
	Copy     bool
	TypeOver string
}

// step is a step of the objection for one app, or one of an
// organisation's accounts.
func (b *builder) step(sc *Screen) {
	g, t, at := b.g, b.t, sc.At
	steps := Steps(g, b.a, b.s.audience())
	app := g.App(at.App)
	if app == nil || at.Index < 0 || at.Index >= len(steps) {
		return
	}
	step := steps[at.Index]
	account := ""
	if !b.person() && at.Account >= 0 && at.Account < len(b.a.Accounts) {
		account = b.a.Accounts[at.Account].Name.String()
	}
	fill := strings.NewReplacer("{app}", app.Name, "{url}", app.Form.String(), "{account}", account)
	sc.Title, sc.Text = fill.Replace(step.Title), fill.Replace(step.Body)
	data := i18n.Data{"App": app.Name, "Account": account, "N": at.Index + 1, "Total": len(steps)}
	if account != "" {
		sc.Progress = t.T("step.progress_org", data)
	} else {
		sc.Progress = t.T("step.progress", data)
	}
	if at.Index == 0 && b.person() {
		// Why these steps are here: for an app that lives on this one
		// (Threads on Instagram), or that they count for a linked app.
		for _, via := range b.a.ReachedVia(g, app.ID) {
			sc.Notes = append(sc.Notes, t.T("step.via", i18n.Data{"App": app.Name, "Via": via.Name}))
		}
		for _, other := range b.a.CoveredByLinked(g) {
			sc.Notes = append(sc.Notes, t.T("step.linked", i18n.Data{"App": app.Name, "Other": other.Name}))
		}
	}
	switch step.Action {
	case content.ActionOpen, content.ActionAddress:
		b.form(sc, *app, step.Action)
	case content.ActionMenu:
		sc.Route = b.route(*app, "")
		sc.Route.AtOnce = true
	case content.ActionReason:
		sc.Reason = b.reason()
	case content.ActionLetter:
		sc.CopyLetter = true
	}
}

// form gives a step the form's address, what to do with it, and the route
// in the app for when the link fails. On the step that opens the form
// (ActionOpen), what to do depends on the opening: where the form did not
// or cannot open, the step's own words, which say it opens, give way to
// what to do instead. On the step for another device (ActionAddress) the
// address is typed there.
func (b *builder) form(sc *Screen, app content.App, action string) {
	t := b.t
	sc.Address = newAddress(t, app)
	sc.Route = b.route(app, t.T("walk.route_intro", i18n.Data{"App": app.Name}))
	if action == content.ActionAddress {
		sc.Address.Lead = t.T("step.type_on_phone")
		sc.Route.AtOnce = b.s.Opening == Printed
		return
	}
	switch b.s.Opening {
	case CanOpen:
		return // the step's words say that it opens, and that the address is there
	case FormOpen:
		sc.Address.Lead, sc.Status = t.T("text.address"), t.T("step.opened")
		return
	case Printed:
		sc.Address.Lead = t.T("walk.type_address")
	case NoBrowser:
		sc.Address.Lead, sc.Address.LeadWarns = t.T("step.no_browser"), true
	case OpenFailed:
		sc.Address.Lead, sc.Address.LeadWarns = t.T("step.open_failed"), true
	case Declined:
		sc.Address.Lead = t.T("acc.type_address")
	}
	sc.Text = ""
	sc.Route.AtOnce = true
}

// route is the app's route, after intro.
func (b *builder) route(app content.App, intro string) *Route {
	return &Route{Intro: intro, Steps: app.Menu, Note: RouteNote(b.t, b.g, app), LastWay: LastWay(b.g)}
}

// reason is the sample reason. Away from this computer a copy is of no
// use: the reason is typed over on the phone or tablet.
func (b *builder) reason() *Reason {
	r := &Reason{Label: b.t.T("walk.reason"), Text: b.g.Reason}
	r.Copy = !b.person() || b.a.Route() == content.RouteComputer
	if !r.Copy {
		r.TypeOver = b.t.T("step.type_reason")
	}
	return r
}

// Form is what a face needs of an app's form outside the steps, as the
// steps of the route give it: the address and what to do with it, the
// route in the app, and the sample reason. A face that must show them
// whatever the guide's steps ask (a printed page, `open`) takes them
// here.
func Form(g *content.Guide, t *i18n.Translator, a Answers, app content.App, s State) Screen {
	b := builder{g: g, t: t, a: a, s: s}
	sc := Screen{At: Place{Kind: Step, App: app.ID}, Banner: newBanner(t, g.Deadline, s)}
	action := content.ActionAddress
	if a.Route() == content.RouteComputer {
		action = content.ActionOpen
	}
	b.form(&sc, app, action)
	sc.Reason = b.reason()
	return sc
}
