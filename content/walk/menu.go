package walk

import (
	"slices"
	"strings"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The screens that ask or offer: the welcome screen's menu, the questions
// with options, the organisation's questions, and the information.

// Choice is one choice of a menu: its words, and what taking it does.
type Choice struct {
	Label  string
	Action Action
}

// Action is what taking a choice does; the face does it.
type Action int

// The actions.
const (
	ActionBegin        Action = iota // the walk for a person
	ActionOrganisation               // the walk for an organisation
	ActionQuick                      // straight to the questions, for a volunteer
	ActionInfo                       // more information and the sources
	ActionLanguage                   // another language: the face asks which
	ActionStop                       // leave the program (never in a kiosk)
	ActionPrint                      // print the steps
	ActionAgain                      // start over, with nothing remembered
)

// Question is what a screen asks: a choice among options, or a typed
// answer. Its title is the screen's.
type Question struct {
	// ID is the guide's question (content.QuestionApps, ...), or
	// QuestionKind; "" for a typed question.
	ID      string
	Help    string
	Options []Option
	// Many is set when more than one option may be chosen.
	Many bool

	// A typed question (the organisation's details) has no options.
	Typed bool
	// Value is what was typed so far, as typed.
	Value string
	// Max is the most characters the answer may have; Optional is set
	// when it may stay empty.
	Max      int
	Optional bool
}

// QuestionKind is the ID of the question for the kind of organisation.
const QuestionKind = "kind"

// Option is one answer to a question.
type Option struct {
	ID, Label string
	Chosen    bool
}

// welcome is the first screen: what the program does, what a late
// objection still does, whether an address file is in use; and the
// choices.
func (b *builder) welcome(sc *Screen) {
	g, t := b.g, b.t
	sc.Title, sc.Text = g.Welcome.Title, g.Welcome.Body
	if g.Deadline.CountdownAt(b.s.Now).Passed {
		sc.Notes = append(sc.Notes, g.Deadline.Note)
	}
	// An address file in use is said once, before anything is chosen; one
	// that was refused says why.
	if inUse := InUse(t, g); inUse != "" {
		sc.Notes = append(sc.Notes, inUse)
	}
	sc.Notes = append(sc.Notes, b.s.Refused...)
	sc.Choices = []Choice{
		{t.T("welcome.begin"), ActionBegin},
		{t.T("welcome.organisation"), ActionOrganisation},
		{t.T("welcome.quick"), ActionQuick},
		{t.T("welcome.info"), ActionInfo},
		{OtherLanguageNames(t.Lang()), ActionLanguage},
	}
	// A kiosk cannot be left.
	if !b.s.Kiosk {
		sc.Choices = append(sc.Choices, Choice{t.T("welcome.stop"), ActionStop})
	}
}

// OtherLanguageNames is the welcome screen's choice of language: the other
// languages a terminal offers, each in its own name ("English · Türkçe"),
// so that a person who does not read this one finds their own. One line,
// whatever the number of languages: the welcome text keeps its room.
func OtherLanguageNames(lang string) string {
	var names []string
	for _, l := range i18n.ScreenLanguages() {
		if l != lang {
			names = append(names, i18n.Name(l))
		}
	}
	return strings.Join(names, " · ")
}

// apps asks which apps the person uses; more than one may be chosen.
func (b *builder) apps(sc *Screen) {
	q := b.g.Questions[content.QuestionApps]
	sc.Title = q.Title
	sc.Question = &Question{ID: content.QuestionApps, Help: q.Help, Many: true}
	for _, o := range q.Options {
		sc.Question.Options = append(sc.Question.Options, Option{ID: o.ID, Label: o.Label, Chosen: b.a.Has(o.ID)})
	}
}

// question asks one of the guide's questions with one answer, chosen
// being the answer so far; first puts those options first.
func (b *builder) question(id, chosen string, first []string) (string, *Question) {
	q := b.g.Questions[id]
	return q.Title, &Question{ID: id, Help: q.Help, Options: options(q.Options, chosen, first)}
}

// options are the options in order, those in first first, and the one
// chosen marked.
func options(opts []content.Option, chosen string, first []string) []Option {
	rank := func(id string) int {
		if i := slices.Index(first, id); i >= 0 {
			return i
		}
		return len(first)
	}
	opts = slices.Clone(opts)
	slices.SortStableFunc(opts, func(x, y content.Option) int { return rank(x.ID) - rank(y.ID) })
	var out []Option
	for _, o := range opts {
		out = append(out, Option{ID: o.ID, Label: o.Label, Chosen: o.ID == chosen})
	}
	return out
}

// recognise is how to recognise each app, for a person who does not know
// which they use, and what to do next.
func (b *builder) recognise(sc *Screen) {
	g := b.g
	sc.Title, sc.Text, sc.Closing = g.Recognise.Title, g.Recognise.Body, g.Recognise.Next
	for _, app := range g.Apps {
		sc.List = append(sc.List, app.Name+": "+app.Recognise)
	}
}

// info is more information, and the sources every claim comes from.
func (b *builder) info(sc *Screen) {
	g := b.g
	sc.Title, sc.Text = g.Info.Title, g.Info.Body
	sc.ListTitle = b.t.T("info.sources")
	for _, src := range g.Sources {
		sc.List = append(sc.List, src.Name+": "+src.What)
	}
}

// orgQuestion is a question for the letter: the kind of organisation, a
// choice; or a typed detail (see OrgQuestions).
func (b *builder) orgQuestion(sc *Screen) {
	f := b.g.Organisation.Form
	n, _ := sc.At.OrgNumber()
	if sc.At.Kind == OrgKind {
		sc.Title = f.Kind
		sc.Question = &Question{ID: QuestionKind, Help: f.KindHelp, Options: options(OrgKindOptions(b.g), b.a.Kind, nil)}
	} else {
		i, qs := sc.At.Index, OrgQuestions(b.g)
		if i < 0 || i >= len(qs) {
			return
		}
		q := qs[i]
		sc.Title = q.Title
		sc.Question = &Question{Help: q.Help, Typed: true, Value: b.s.Typed[i], Max: q.Max, Optional: q.Optional}
	}
	sc.Progress = b.t.T("org.question_progress", i18n.Data{"Title": f.Title, "N": n, "Total": OrgQuestionCount(b.g)})
}
