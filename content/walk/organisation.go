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

// The typed questions, by their place in OrgQuestions and Place.Index.
const (
	AskOrg = iota
	AskFacebook
	AskInstagram
	AskContact
	AskPlace
	AskSigner
	AskFunction
)

// NoField is the Field of a question whose answer has no problem of its
// own: either account question may stay empty, so the accounts are
// checked on the second.
const NoField letter.Field = -1

// OrgQuestion is a typed question for the letter.
type OrgQuestion struct {
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
	words    func(f content.OrgForm) (title, help string)
}

// Words are the question and its line of help, in the guide's language.
func (q OrgQuestion) Words(f content.OrgForm) (title, help string) { return q.words(f) }

// accountsMax is how much an account question takes: enough for every
// account the letter has room for, so that too many is said, not cut.
const accountsMax = letter.MaxAccount * letter.MaxAccounts

// The apps of the account questions. The form has one question per app
// with a form (content.OrgForm); issue 12 makes them a list from the
// content.
const (
	facebookQuestion  = "facebook"
	instagramQuestion = "instagram"
)

// OrgQuestions are the typed questions for the letter, in the order they
// are asked.
var OrgQuestions = [...]OrgQuestion{
	AskOrg: {Field: letter.FieldOrg, Max: letter.MaxOrg,
		words: func(f content.OrgForm) (string, string) { return f.Org, f.OrgHelp }},
	AskFacebook: {Field: NoField, App: facebookQuestion, Max: accountsMax, Optional: true,
		words: func(f content.OrgForm) (string, string) { return f.Facebook, f.FacebookHelp }},
	AskInstagram: {Field: letter.FieldAccounts, App: instagramQuestion, Max: accountsMax, Optional: true,
		words: func(f content.OrgForm) (string, string) { return f.Instagram, f.InstagramHelp }},
	AskContact: {Field: letter.FieldContact, Max: letter.MaxContact, Optional: true,
		words: func(f content.OrgForm) (string, string) { return f.Contact, f.ContactHelp }},
	AskPlace: {Field: letter.FieldPlace, Max: letter.MaxPlace, Optional: true,
		words: func(f content.OrgForm) (string, string) { return f.Place, f.PlaceHelp }},
	// Who signs (FACTS O10): either may stay empty, for a line to write
	// it by hand.
	AskSigner: {Field: letter.FieldSigner, Max: letter.MaxSigner, Optional: true,
		words: func(f content.OrgForm) (string, string) { return f.Signer, f.SignerHelp }},
	AskFunction: {Field: letter.FieldFunction, Max: letter.MaxFunction, Optional: true,
		words: func(f content.OrgForm) (string, string) { return f.Function, f.FunctionHelp }},
}

// OrgQuestionCount is how many questions the letter asks: the kind, and
// the typed ones.
const OrgQuestionCount = 1 + len(OrgQuestions)

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

// OrgTyped is what an organisation typed for its letter, by question, as
// typed: going back shows it again, and a name too long is said, not cut
// without a word. The answers hold it cleaned (see Answers.SetOrg).
type OrgTyped [len(OrgQuestions)]string

// Details are the letter's details as typed, for the kind chosen.
func (t OrgTyped) Details(kind string) letter.Details {
	d := letter.Details{Kind: kind, Org: t[AskOrg], Contact: t[AskContact], Place: t[AskPlace],
		Signer: t[AskSigner], Function: t[AskFunction]}
	for i, q := range OrgQuestions {
		if q.App != "" {
			d.Accounts = append(d.Accounts, letter.ParseAccounts(t[i], q.App)...)
		}
	}
	return d
}

// Problem returns what must be fixed before question i is answered, judged
// on every answer so far as typed, or nil.
func (t OrgTyped) Problem(i int) *letter.Problem {
	field := OrgQuestions[i].Field
	if field == NoField {
		return nil
	}
	for _, p := range t.Details("").Check() {
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
	q := OrgQuestions[i]
	if q.App == "" {
		return nil
	}
	return letter.Details{Accounts: letter.ParseAccounts(t[i], q.App)}.Warnings(tr, g)
}

// SetOrg puts what was typed in the answers, cleaned: the letter and the
// steps per account are made from them. The kind is chosen, not typed: it
// stays as it is.
func (a *Answers) SetOrg(t OrgTyped) {
	d := t.Details(a.Kind).Cleaned()
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
	for i := range OrgQuestions {
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
