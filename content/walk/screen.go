package walk

import (
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Screen is one screen of the walk in words, decided once: a face asks
// Build for it and shows only what it gets, in its own layout and style.
// A field a screen has no use for is empty.
type Screen struct {
	At     Place
	Banner Banner
	// Progress says where the screen stands in its part of the walk:
	// "Facebook, stap 2 van 7", "Uitleg 1 van 4", "Gegevens voor de brief:
	// vraag 2 van 8".
	Progress string
	Title    string
	// Text is the guide's text, filled in ({app}, {account}, {url}):
	// paragraphs parted by a blank line, bullets starting with "- ". It is
	// "" where the guide's words would say what cannot happen here.
	Text string
	// Notes are said with the text: on the first step of an app, why its
	// steps are here (an app that lives on it, a linked app); on the
	// welcome screen, what a late objection still does and whether an
	// address file is in use.
	Notes []string

	// Address is the form's address, on the steps that need it.
	Address *Address
	// Status says what became of the form: that it is open in the
	// browser.
	Status string
	// Route is the way to the objection inside the app.
	Route *Route
	// Reason is the sample reason, on the step that asks for one.
	Reason *Reason
	// CopyLetter is set on the step where an organisation may paste its
	// letter: a face that can copy offers to copy it there.
	CopyLetter bool

	// Question is what the screen asks, with its options.
	Question *Question
	// List is a list under the text (what each app looks like; the
	// sources), under ListTitle when it has one.
	ListTitle string
	List      []string
	// Checklist is the done screen's: what really happened, and what is
	// left to do.
	Checklist []Check
	// Closing is said last: on the done screen what to keep, on the
	// screen that helps recognise the apps what to do next.
	Closing string
	// Choices are a menu's: the welcome and the done screens'.
	Choices []Choice
}

// State is what the model needs to know besides the answers: who walks,
// what a face can do, what happened so far, and the time.
type State struct {
	// Audience is content.AudiencePerson (also when empty) or
	// content.AudienceOrganisation.
	Audience string
	// Opening is what can become, or became, of the form on the step
	// built. See Opening.
	Opening Opening
	// Kiosk is kiosk mode: no way to stop, the log-out matters most.
	Kiosk bool
	// Now is the time, for the banner and the welcome's note; Practice
	// says that the clock was set (--now).
	Now      time.Time
	Practice bool
	// Opened and Reached hold the step keys (Place.Key) whose form was
	// opened, and whose last step was seen, in this walk: the done
	// screen's checklist says only what really happened.
	Opened  map[string]bool
	Reached map[string]bool
	// CanPrint is set when the face can print the steps: the done screen
	// offers it then.
	CanPrint bool
	// Refused says, line by line, why an address file was not used: the
	// welcome screen says it.
	Refused []string
	// Typed is what an organisation typed for its letter, as typed: a
	// question shows it again.
	Typed OrgTyped
}

// Opening is what can become, or became, of a form's address on a step:
// what a face can do with it, and what the person did. It decides what
// the person is told there: that the form opens, or to type the address,
// and whether the route in the app is needed now.
type Opening int

// The openings.
const (
	// Printed: the face is read later, elsewhere (text, a printed page).
	// Nothing opens by itself, and nothing is one key away.
	Printed Opening = iota
	// NoBrowser: no browser may open here (--no-browser, no screen).
	NoBrowser
	// CanOpen: the browser opens the form when the person asks.
	CanOpen
	// FormOpen: the form is open in the browser.
	FormOpen
	// OpenFailed: the browser did not open.
	OpenFailed
	// Declined: the person chose to type the address themselves.
	Declined
)

// audience is who walks, a person unless said otherwise.
func (s State) audience() string {
	if s.Audience == content.AudienceOrganisation {
		return s.Audience
	}
	return content.AudiencePerson
}

// Build returns the screen at in words: from the guide, the interface's
// words t (in the guide's language), the person's answers and the state.
// A place the guide does not have (an unknown app, a page past the last)
// gives a screen with only its banner.
func Build(g *content.Guide, t *i18n.Translator, a Answers, at Place, s State) Screen {
	b := builder{g: g, t: t, a: a, s: s}
	sc := Screen{At: at, Banner: newBanner(t, g.Deadline, s)}
	switch at.Kind {
	case Welcome:
		b.welcome(&sc)
	case Explain:
		if p, ok := page(g.Explain, at.Index); ok {
			sc.Progress = t.T("explain.progress", i18n.Data{"N": at.Index + 1, "Total": len(g.Explain)})
			sc.Title, sc.Text = p.Title, p.Body
		}
	case Apps:
		b.apps(&sc)
	case Recognise:
		b.recognise(&sc)
	case Linked:
		sc.Title, sc.Question = b.question(content.QuestionLinked, a.Linked, nil)
	case Where:
		// Where the phone is the safer choice (a kiosk), it comes first.
		var first []string
		if s.Kiosk {
			first = []string{content.RoutePhone}
		}
		sc.Title, sc.Question = b.question(content.QuestionWhere, a.Where, first)
	case Step:
		b.step(&sc)
	case Other:
		if app := g.App(at.App); app != nil {
			sc.Title, sc.Text = app.Page.Title, app.Page.Body
		}
	case More:
		if p, ok := page(g.More, at.Index); ok {
			sc.Title, sc.Text = p.Title, p.Body
		}
	case Done:
		b.done(&sc)
	case Info:
		b.info(&sc)
	case OrgIntro:
		sc.Title, sc.Text = g.Organisation.Intro.Title, g.Organisation.Intro.Body
	case OrgKind, OrgDetails:
		b.orgQuestion(&sc)
	case OrgAdvice:
		sc.Title, sc.Text = g.Organisation.Advice.Title, g.Organisation.Advice.Body
	case Letter:
		sc.Title = g.Organisation.Letter.Title
	}
	return sc
}

// builder builds one screen.
type builder struct {
	g *content.Guide
	t *i18n.Translator
	a Answers
	s State
}

func (b *builder) person() bool { return b.s.audience() == content.AudiencePerson }

func page(pages []content.Page, i int) (content.Page, bool) {
	if i < 0 || i >= len(pages) {
		return content.Page{}, false
	}
	return pages[i], true
}

// appNames are the apps' names, in order.
func appNames(apps []content.App) []string {
	var names []string
	for _, app := range apps {
		names = append(names, app.Name)
	}
	return names
}
