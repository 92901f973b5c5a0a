package walk

import (
	"slices"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// An organisation's walk, and its questions for the letter, defined once:
// every face asks them in this order, one screen each, with the same
// checks. First the kind of organisation, a choice (the screen OrgKind):
// the letter's reasons, the steps and where the confirmation is kept
// depend on it (FACTS O8, O9). Then the typed questions (OrgDetails, by
// their place in OrgQuestions).

// What a typed question asks: the organisation's name, its accounts on
// one app (one question per app with a form, in the guide's order), the
// contact, the place, who signs and their function.
type OrgAsk int

// The kinds of typed question, in the order they are asked.
const (
	AskOrg OrgAsk = iota
	AskAccounts
	AskContact
	AskPlace
	AskSigner
	AskFunction
)

// NoField is the Field of a question whose answer has no problem of its
// own: every account question may stay empty, so the accounts are
// checked on the last.
const NoField letter.Field = -1

// OrgQuestion is a typed question for the letter.
type OrgQuestion struct {
	Ask OrgAsk
	// Title is the question and Help its line of help, in the guide's
	// language.
	Title, Help string
	// Field is the letter's field whose problem is said at this question,
	// or NoField.
	Field letter.Field
	// App is an account question's app: the accounts typed are on it.
	App string
	// Max is the most characters the answer may have, as typed.
	Max int
	// Optional is set for a question that may stay empty. The accounts
	// may, on one app: Field says when none are left.
	Optional bool
}

// accountsMax is how much an account question takes: enough for every
// account the letter has room for, so that too many is said, not cut.
const accountsMax = letter.MaxAccount * letter.MaxAccounts

// OrgQuestions are the typed questions for the letter, in the order they
// are asked: the name, the accounts on each app with a form (the guide's
// apps: no app is named here), the contact, the place, who signs and
// their function.
func OrgQuestions(g *content.Guide) []OrgQuestion {
	f := g.Organisation.Form
	qs := []OrgQuestion{{Ask: AskOrg, Title: f.Org, Help: f.OrgHelp, Field: letter.FieldOrg, Max: letter.MaxOrg}}
	apps := g.FormApps()
	for i, app := range apps {
		q := OrgQuestion{Ask: AskAccounts, Title: app.Accounts, Help: app.AccountsHelp, Field: NoField,
			App: app.ID, Max: accountsMax, Optional: true}
		if i == len(apps)-1 {
			q.Field = letter.FieldAccounts
		}
		qs = append(qs, q)
	}
	return append(qs,
		OrgQuestion{Ask: AskContact, Title: f.Contact, Help: f.ContactHelp, Field: letter.FieldContact, Max: letter.MaxContact, Optional: true},
		OrgQuestion{Ask: AskPlace, Title: f.Place, Help: f.PlaceHelp, Field: letter.FieldPlace, Max: letter.MaxPlace, Optional: true},
		// Who signs (FACTS O10): either may stay empty, for a line to
		// write it by hand.
		OrgQuestion{Ask: AskSigner, Title: f.Signer, Help: f.SignerHelp, Field: letter.FieldSigner, Max: letter.MaxSigner, Optional: true},
		OrgQuestion{Ask: AskFunction, Title: f.Function, Help: f.FunctionHelp, Field: letter.FieldFunction, Max: letter.MaxFunction, Optional: true},
	)
}

// OrgIndex returns the place in OrgQuestions of the question that asks
// ask (for AskAccounts, on app), or -1.
func OrgIndex(g *content.Guide, ask OrgAsk, app string) int {
	for i, q := range OrgQuestions(g) {
		if q.Ask == ask && q.App == app {
			return i
		}
	}
	return -1
}

// OrgQuestionCount is how many questions the letter asks: the kind, and
// the typed ones.
func OrgQuestionCount(g *content.Guide) int { return 1 + len(OrgQuestions(g)) }

// OrgNumber returns which question for the letter s asks, from 1 for the
// kind to OrgQuestionCount, and false for a screen that asks none.
func (s Place) OrgNumber() (int, bool) {
	switch s.Kind {
	case OrgKind:
		return 1, true
	case OrgDetails:
		return 2 + s.Index, true
	}
	return 0, false
}

// OrgKindOptions are the answers to the question for the kind of
// organisation (content.OrgForm.Kind), in the order they are offered.
func OrgKindOptions(g *content.Guide) []content.Option {
	var opts []content.Option
	for _, id := range content.OrgKinds {
		opts = append(opts, content.Option{ID: id, Label: g.Organisation.Kinds[id].Label})
	}
	return opts
}

// OrgTyped is what an organisation typed for its letter, by question (its
// place in OrgQuestions), as typed: going back shows it again, and a name
// too long is said, not cut without a word. The answers hold it cleaned
// (see Answers.SetOrg). It is an array, a value that can be copied and
// compared, with room for the questions of content.MaxFormApps apps.
type OrgTyped [orgFixed + content.MaxFormApps]string

// orgFixed is how many typed questions there are besides the accounts.
const orgFixed = 5

// Draft is what was typed for the letter, for the kind chosen.
func (t OrgTyped) Draft(g *content.Guide, kind string) letter.Draft {
	d := letter.Draft{Kind: kind}
	for i, q := range OrgQuestions(g) {
		switch q.Ask {
		case AskOrg:
			d.Org = t[i]
		case AskAccounts:
			d.Accounts = append(d.Accounts, letter.ParseAccounts(t[i], q.App)...)
		case AskContact:
			d.Contact = t[i]
		case AskPlace:
			d.Place = t[i]
		case AskSigner:
			d.Signer = t[i]
		case AskFunction:
			d.Function = t[i]
		}
	}
	return d
}

// Problem returns what must be fixed before question i is answered, judged
// on every answer so far as typed, or nil.
func (t OrgTyped) Problem(g *content.Guide, i int) *letter.Problem {
	qs := OrgQuestions(g)
	if i < 0 || i >= len(qs) || qs[i].Field == NoField {
		return nil
	}
	field := qs[i].Field
	for _, p := range t.Draft(g, "").Check() {
		if p.Field == field {
			return &p
		}
	}
	return nil
}

// Warnings returns what is probably a mistake in the accounts of question
// i, though the letter can be made with it (see letter.Details.Warnings):
// a face says each, and lets the person go on with them once seen.
func (t OrgTyped) Warnings(i int, tr *i18n.Translator, g *content.Guide) []letter.Problem {
	qs := OrgQuestions(g)
	if i < 0 || i >= len(qs) || qs[i].App == "" {
		return nil
	}
	q := qs[i]
	return letter.Draft{Accounts: letter.ParseAccounts(t[i], q.App)}.Warnings(tr, g)
}

// SetOrg puts what was typed in the answers, cleaned: the letter and the
// steps per account are made from them. The kind is chosen, not typed: it
// stays as it is.
func (a *Answers) SetOrg(g *content.Guide, t OrgTyped) {
	a.SetDetails(t.Draft(g, a.Kind).Details())
}

// SetDetails puts the letter's details in the answers, the kind with them.
func (a *Answers) SetDetails(d letter.Details) {
	a.Kind = d.Kind
	a.Org, a.Accounts, a.Contact, a.Place, a.Signer, a.Function = d.Org, d.Accounts, d.Contact, d.Place, d.Signer, d.Function
}

// Details are the letter's details in the answers.
func (a Answers) Details() letter.Details {
	return letter.Details{Kind: a.Kind, Org: a.Org, Accounts: slices.Clone(a.Accounts), Contact: a.Contact,
		Place: a.Place, Signer: a.Signer, Function: a.Function}
}

// Steps are the steps of the walk: a person's for the route chosen; an
// organisation's on a computer (an office's), in the words of its kind.
func Steps(g *content.Guide, a Answers, audience string) []content.Step {
	if audience == content.AudienceOrganisation {
		return g.OrgSteps(a.Kind)
	}
	return g.StepsFor(a.Route(), content.AudiencePerson)
}

// orgWalk is an organisation's walk: the explanation, the questions for
// the letter, the advice, the letter, then the steps for every account,
// and the done screen.
func orgWalk(g *content.Guide, a Answers) []Place {
	walk := []Place{{Kind: Welcome}, {Kind: OrgIntro}, {Kind: OrgKind}}
	for i := range OrgQuestions(g) {
		walk = append(walk, Place{Kind: OrgDetails, Index: i})
	}
	walk = append(walk, Place{Kind: OrgAdvice}, Place{Kind: Letter})
	steps := Steps(g, a, content.AudienceOrganisation)
	for i, acc := range a.Accounts {
		if app := g.App(acc.App); app == nil || !app.HasForm() {
			continue
		}
		for j := range steps {
			walk = append(walk, Place{Kind: Step, App: acc.App, Index: j, Account: i})
		}
	}
	return append(walk, Place{Kind: Done})
}
