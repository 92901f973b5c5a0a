package walk

import (
	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The done screen: a checklist of what really happened and what is left
// to do, the closing words, and the choices at the end.

// Check is a line of the done screen's checklist.
type Check struct {
	Mark Mark
	Text string
}

// Mark is how a line of the checklist is marked.
type Mark int

// The marks.
const (
	Unticked Mark = iota // not done (yet)
	Ticked               // done
	ToDo                 // a thing left to do
	Urgent               // what matters most now: a kiosk's log-out
)

func (b *builder) done(sc *Screen) {
	g, t := b.g, b.t
	sc.Title = g.Done.Title
	if b.person() {
		sc.Checklist = b.personChecklist()
	} else {
		sc.Checklist = b.orgChecklist()
	}
	// What to keep is said only after an objection.
	sc.Closing = g.Done.Body
	if b.person() && b.a.Objected(g) {
		sc.Closing = g.Done.Objected
	}
	if b.s.CanPrint && b.person() && len(b.a.PrintApps(g)) > 0 {
		sc.Choices = append(sc.Choices, Choice{t.T("done.print"), ActionPrint})
	}
	sc.Choices = append(sc.Choices, Choice{t.T("done.again"), ActionAgain}, Choice{t.T("done.info"), ActionInfo})
	if !b.s.Kiosk {
		sc.Choices = append(sc.Choices, Choice{t.T("done.stop"), ActionStop})
	}
}

// personChecklist says what the person did, per app; then, once they may
// be logged in here, to log out: the last thing to do on a shared
// computer (FACTS H9), and on a kiosk what matters most.
func (b *builder) personChecklist() []Check {
	g, t := b.g, b.t
	var checks []Check
	for _, item := range Checklist(g, b.a, b.s.Opened, b.s.Reached) {
		mark := Unticked
		if item.Done() {
			mark = Ticked
		}
		data := i18n.Data{}
		if item.Via != nil {
			data["App"] = item.Via.Name
		}
		checks = append(checks, Check{mark, t.List(appNames(item.Apps)) + ": " + t.T(item.MessageID(), data)})
	}
	if here := b.a.LoggedInHere(g, b.s.Opened); len(here) > 0 {
		data := i18n.Data{"Apps": t.List(appNames(here))}
		if b.s.Kiosk {
			checks = append(checks, Check{Urgent, t.T("done.log_out_kiosk", data)})
		} else {
			checks = append(checks, Check{ToDo, t.T("done.log_out", data)})
		}
	}
	return checks
}

// orgChecklist says what an organisation did per account, and where it
// keeps the letter and the confirmations, by its kind (FACTS O9).
func (b *builder) orgChecklist() []Check {
	var checks []Check
	for _, item := range OrgChecklist(b.a, b.s.Opened, b.s.Reached) {
		mark := Unticked
		if item.Status != NotFinished {
			mark = Ticked
		}
		app := item.Account.App
		if a := b.g.App(app); a != nil {
			app = a.Name
		}
		checks = append(checks, Check{mark, item.Account.Name.String() + " (" + app + "): " + b.t.T(Item{Status: item.Status}.MessageID())})
	}
	return append(checks, Check{ToDo, b.t.T(letter.KeepMessageID(b.a.Kind))})
}

// PrintApps are the apps whose steps a printed page shows after this walk:
// every chosen app with a form, linked or not; every one when the person
// does not know.
func (a Answers) PrintApps(g *content.Guide) []string {
	var ids []string
	for _, app := range g.FormApps() {
		if a.Unsure() || a.Has(app.ID) {
			ids = append(ids, app.ID)
		}
	}
	return ids
}
