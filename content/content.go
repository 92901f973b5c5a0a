// Package content holds the guide as data: the explanations, the apps and
// their objection forms, the steps, the sources and the deadline. The texts
// live in embedded TOML files, one per language, so that a writer or a
// translator can change them without touching Go code. The code here only
// loads, checks and looks up; it knows nothing about Meta.
package content

import (
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
)

// Routes: where a person fills in the objection form.
const (
	RouteComputer = "computer" // in the browser on this computer
	RoutePhone    = "phone"    // on their own phone or tablet
	RouteApp      = "app"      // through the menu inside the app
)

// Step actions tell a face what to show beside a step's text.
const (
	ActionOpen    = "open"    // open the form in the browser; show its address
	ActionAddress = "address" // show the address for another device
	ActionMenu    = "menu"    // show the app's menu route
	ActionReason  = "reason"  // show the sample reason, ready to copy
	ActionLetter  = "letter"  // an organisation's letter may be pasted here: offer to copy it
)

// Audiences of a step: a person, or an organisation objecting for its own
// accounts.
const (
	AudiencePerson       = "person"
	AudienceOrganisation = "organisation"
)

// Kinds of organisation: a public body (a municipality, a province, a
// water board, a school board) or an association (a vereniging, a
// stichting, a club). The letter's reasons and where the confirmation is
// kept depend on it (FACTS O8, O9).
const (
	KindPublic      = "public"
	KindAssociation = "association"
)

// OrgKinds are the kinds of organisation, in the order they are offered.
var OrgKinds = []string{KindPublic, KindAssociation}

// Question IDs, and the option IDs the code acts on.
const (
	QuestionApps   = "apps"
	QuestionLinked = "linked"
	QuestionWhere  = "where"

	OptionUnknown = "unknown" // "I don't know", in the apps and linked questions
	OptionYes     = "yes"
	OptionNo      = "no"
)

// Guide is the whole guide in one language.
type Guide struct {
	Lang     string
	Deadline Deadline

	Welcome   Page
	Explain   []Page    // what Meta does, two to four pages
	Recognise Recognise // how to recognise the apps, for "I don't know"
	Questions map[string]Question
	Apps      []App
	Steps     []Step
	Reason    string // a short sample reason for the form
	More      []Page // more you can do
	Done      Done
	Info      Page // the "more information" screen, above the sources
	Sources   []Source

	// Route is said wherever an app's route is shown: its date, and the
	// last way in when the link and the route both fail.
	Route RouteTexts

	// AddressFile is the address file whose addresses or routes are in
	// this guide, as the program was given it; "" when every address and
	// route is the program's own. A face that shows an address says so,
	// once, when it is set.
	AddressFile string

	// Allow is the built-in allow-list the guide's addresses were checked
	// against, from the program itself (an address file cannot widen it).
	// The browser opener and check-links check every address against it
	// once more.
	Allow address.AllowList

	// Organisation is the path for an organisation objecting for its own
	// accounts; its steps are among Steps, for AudienceOrganisation.
	Organisation Organisation
}

// Organisation holds what an organisation reads: the explanation, advice,
// the questions for its letter, the letter, and the words that differ by
// the kind of organisation.
type Organisation struct {
	Intro  Page    `toml:"intro"`
	Advice Page    `toml:"advice"`
	Form   OrgForm `toml:"form"`
	Letter Letter  `toml:"letter"`
	// Kinds holds, for every kind in OrgKinds, what fits only that kind.
	Kinds map[string]OrgKind `toml:"kinds"`
}

// OrgKind is what fits one kind of organisation (FACTS O8): its label in
// the question, who besides its staff reacts to its posts, and its
// reasons in the letter.
type OrgKind struct {
	Label string `toml:"label"`
	// People are the people who react to the posts, as the letter names
	// them: residents for a public body, members for an association.
	People string `toml:"people"`
	// Reasons are the letter's reasons, as bullets.
	Reasons string `toml:"reasons"`
}

// OrgForm are the questions for the letter, each with a line of help. The
// questions for the accounts are the apps' own (App.Accounts), one per app
// with a form.
type OrgForm struct {
	Title        string `toml:"title"`
	Org          string `toml:"org"`
	OrgHelp      string `toml:"org_help"`
	Contact      string `toml:"contact"`
	ContactHelp  string `toml:"contact_help"`
	Place        string `toml:"place"`
	PlaceHelp    string `toml:"place_help"`
	Kind         string `toml:"kind"`
	KindHelp     string `toml:"kind_help"`
	Signer       string `toml:"signer"`
	SignerHelp   string `toml:"signer_help"`
	Function     string `toml:"function"`
	FunctionHelp string `toml:"function_help"`
}

// Letter is the organisation's letter, in parts, so that a part without
// its detail (no contact, no place) is left out whole, and the kind's
// reasons go in their place. Its texts may use {org}, {contact}, {place}
// and {date}; Frame uses {people}, the kind's People.
type Letter struct {
	Title         string `toml:"title"`
	Subject       string `toml:"subject"`
	Salutation    string `toml:"salutation"`
	Opening       string `toml:"opening"`
	AccountsIntro string `toml:"accounts_intro"`
	// Frame is the legal frame: whose data, Meta's ground, their right.
	Frame string `toml:"frame"`
	// ReasonsIntro comes before the kind's reasons.
	ReasonsIntro string `toml:"reasons_intro"`
	// Request is what the organisation asks, and by when.
	Request   string `toml:"request"`
	Contact   string `toml:"contact"`
	Closing   string `toml:"closing"`
	Signature string `toml:"signature"`
	// SignerBlank and FunctionBlank stand where the signer's name or
	// function was not given: a line to fill in by hand.
	SignerBlank   string `toml:"signer_blank"`
	FunctionBlank string `toml:"function_blank"`
	DatePlace     string `toml:"date_place"`
	Date          string `toml:"date"`
}

// Page is a screen of text. Body is plain text: paragraphs are separated by
// a blank line, and a line that starts with "- " is a bullet.
type Page struct {
	ID    string `toml:"id"`
	Title string `toml:"title"`
	Body  string `toml:"body"`
}

// Recognise is the screen for a person who does not know which apps they
// have: Body, then what each app looks like (App.Recognise), then Next,
// what to do after.
type Recognise struct {
	Page
	Next string `toml:"next"`
}

// Done is the last screen's words: Objected after a walk with an
// objection in it (what to keep; FACTS H4, F9), Body after one without.
type Done struct {
	Page
	Objected string `toml:"objected"`
}

// Question is a question with fixed options.
type Question struct {
	Title   string   `toml:"title"`
	Help    string   `toml:"help"`
	Options []Option `toml:"options"`
}

// Option is one answer to a question.
type Option struct {
	ID    string `toml:"id"`
	Label string `toml:"label"`
}

// App is one of Meta's apps. Apps with a Form have an objection form and a
// menu route; the others have a Page that says what a person can do instead.
type App struct {
	ID   string
	Name string
	// Form is the objection form's address, checked when the guide was
	// loaded; zero when the app has no form.
	Form address.Checked
	// FormChecked says when Form was last checked, and where it is from.
	FormChecked Checked
	Recognise   string   // how to recognise the app on a phone
	Menu        []string // the route to the objection inside the app
	// RouteChecked says when Menu was last checked, and where it is from.
	RouteChecked Checked
	Page         Page // for apps without a form
	// Via names the app with a form whose account this app lives on (an
	// app without a form of its own): choosing this app means objecting
	// there.
	Via string
	// Sites are the hosts where the app's accounts live (an account's
	// address on one of them, or below it, is on this app); an app with a
	// form has at least one.
	Sites []string
	// Accounts is the organisation letter's question for its accounts on
	// this app, and AccountsHelp its line of help: every app with a form
	// has one, in the order of the apps.
	Accounts     string
	AccountsHelp string
}

// MaxFormApps is how many apps may have a form: an organisation's letter
// asks for its accounts on each, and keeps what was typed in a value of a
// fixed size.
const MaxFormApps = 8

// HasForm reports whether the app has an objection form.
func (a App) HasForm() bool { return !a.Form.IsZero() }

// Checked says when an address or a route was last checked, and where it
// comes from (FACTS H12: Meta moves them without notice).
type Checked struct {
	// On is the day; with Month set, only its month is known.
	On    time.Time
	Month bool
	// Source is where the program's own address or route comes from: the
	// FACTS row and its source, for whoever maintains the content. Empty
	// for one from an address file.
	Source string
	// By is who checked an address file's address or route, as the file
	// says; File is that file. Both are empty for the program's own.
	By   string
	File string
}

// FromFile reports whether it comes from an address file.
func (c Checked) FromFile() bool { return c.File != "" }

// RouteTexts are the sentences around an app's route. Note may use
// {date}, the day or month the route was last checked (FACTS H5: the
// route is from 2025, unless an address file has a newer one). LastWay
// offers Meta's privacy help centre when the link and the route both fail
// (FACTS H13), hedged.
type RouteTexts struct {
	Note    string `toml:"note"`
	LastWay string `toml:"last_way"`
}

// Step is one step of the objection. Routes says for which routes it is
// shown; Audience for whom. Title and Body may use {app} and {url}, and an
// organisation's steps {account}.
type Step struct {
	ID       string   `toml:"id"`
	Routes   []string `toml:"routes"`
	Audience string   `toml:"audience"`
	Action   string   `toml:"action"`
	Title    string   `toml:"title"`
	Body     string   `toml:"body"`
	// Kinds holds an organisation's step's words for a kind of
	// organisation, where they differ from Title and Body (FACTS O9: a
	// public body keeps the confirmation in its case system, an
	// association in its own records). See Guide.OrgSteps.
	Kinds map[string]StepWords `toml:"kinds"`
}

// StepWords are a step's words for one kind of organisation; an empty one
// keeps the step's own.
type StepWords struct {
	Title string `toml:"title"`
	Body  string `toml:"body"`
}

// Source is where a claim comes from, shown on the information screen.
type Source struct {
	Name string `toml:"name"`
	What string `toml:"what"`
}

// Deadline is the date the Dutch data protection authority named, and the
// sentences around it. Before, Today and After may use {date}; Before also
// {left}, After also {ago}.
type Deadline struct {
	At     time.Time
	Zone   *time.Location
	Before string
	// Today is said on the day itself, when Meta begins: "passed, today"
	// would say less than the truth.
	Today string
	After string
	// Note explains, after the date, what a late objection still does.
	Note string
}
