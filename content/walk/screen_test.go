package walk

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/forms"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

var (
	// afterDate is long after 27 May 2025; beforeDate a week before it.
	afterDate  = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	beforeDate = time.Date(2025, 5, 20, 10, 0, 0, 0, time.UTC)
)

func nl(t *testing.T) (*content.Guide, *i18n.Translator) {
	t.Helper()
	return guide(t), i18n.MustNew("nl")
}

// stepAt returns the place of the step with this action on the route, for
// app; it fails the test when there is none.
func stepAt(t *testing.T, g *content.Guide, a Answers, audience, app, action string) Place {
	t.Helper()
	for i, s := range Steps(g, a, audience) {
		if s.Action == action {
			return Place{Kind: Step, App: app, Index: i}
		}
	}
	t.Fatalf("no step with action %q on route %q", action, a.Route())
	return Place{}
}

// placeholder finds a placeholder or a message ID left in words a person
// reads: "{app}", "step.progress".
var placeholder = regexp.MustCompile(`\{[a-z]+\}|^[a-z_]+\.[a-z_.]+$`)

// words are every text of a screen that a person reads.
func words(s Screen) []string {
	w := []string{s.Banner.Sentence, s.Banner.Practice, s.Progress, s.Title, s.Text, s.Status, s.ListTitle, s.Closing}
	w = append(append(w, s.Notes...), s.List...)
	if s.Address != nil {
		w = append(w, s.Address.Lead, s.Address.DigitsLabel, s.Address.Checked)
	}
	if s.Route != nil {
		w = append(append(w, s.Route.Intro, s.Route.Note, s.Route.LastWay), s.Route.Steps...)
	}
	if s.Reason != nil {
		w = append(w, s.Reason.Label, s.Reason.Text, s.Reason.TypeOver)
	}
	if s.Question != nil {
		w = append(w, s.Question.Help)
		for _, o := range s.Question.Options {
			w = append(w, o.Label)
		}
	}
	for _, c := range s.Checklist {
		w = append(w, c.Text)
	}
	for _, c := range s.Choices {
		w = append(w, c.Label)
	}
	return w
}

// TestEveryScreenIsInWords: every screen of every walk, in both languages,
// has a title (but the letter's steps and the letter itself, whose words
// the face lays out) and no placeholder or message ID left.
func TestEveryScreenIsInWords(t *testing.T) {
	for _, lang := range content.Languages {
		g, err := content.Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		tr := i18n.MustNew(lang)
		for _, w := range testWalks(g) {
			for _, at := range append(Order(g, w.a, w.audience), Place{Kind: Info}) {
				s := Build(g, tr, w.a, at, State{Audience: w.audience, Now: afterDate, Practice: true})
				if s.At != at {
					t.Errorf("%s %s: At = %+v, want %+v", lang, w.name, s.At, at)
				}
				if s.Title == "" {
					t.Errorf("%s %s %+v: no title", lang, w.name, at)
				}
				for _, said := range words(s) {
					if placeholder.MatchString(said) {
						t.Errorf("%s %s %+v: %q is not filled in", lang, w.name, at, said)
					}
				}
			}
		}
	}
}

type testWalk struct {
	name     string
	a        Answers
	audience string
}

// testWalks are walks that reach every kind of screen.
func testWalks(g *content.Guide) []testWalk {
	var ws []testWalk
	for _, route := range []string{content.RouteComputer, content.RoutePhone, content.RouteApp} {
		ws = append(ws,
			testWalk{"both, linked, " + route, Answers{Apps: []string{"facebook", "instagram"}, Linked: content.OptionYes, Where: route}, content.AudiencePerson},
			testWalk{"unsure, " + route, Answers{Apps: []string{content.OptionUnknown}, Where: route}, content.AudiencePerson},
			testWalk{"threads and whatsapp, " + route, Answers{Apps: []string{"threads", "whatsapp", "messenger"}, Where: route}, content.AudiencePerson},
		)
	}
	for _, kind := range content.OrgKinds {
		ws = append(ws, testWalk{"organisation, " + kind, Answers{Kind: kind, Org: typed.From("Gemeente Testdorp", letter.MaxOrg),
			Accounts: []Account{{App: "facebook", Name: typed.From("facebook.com/testdorp", letter.MaxAccount)}, {App: "instagram", Name: typed.From("@testdorp", letter.MaxAccount)}}}, content.AudienceOrganisation})
	}
	return ws
}

// TestStepProgress: each step says which app, which step and how many,
// and an organisation's which account; the step's words are filled in.
func TestStepProgress(t *testing.T) {
	g, tr := nl(t)
	org := Answers{Kind: content.KindPublic, Accounts: []Account{{App: "instagram", Name: typed.From("@testdorp", letter.MaxAccount)}}}
	for _, c := range []struct {
		a        Answers
		audience string
		at       Place
		progress string
	}{
		{Answers{Apps: []string{"facebook"}, Where: content.RouteComputer}, "", Place{Kind: Step, App: "facebook", Index: 1}, "Facebook, stap 2 van 7"},
		{Answers{Apps: []string{"instagram"}, Where: content.RoutePhone}, content.AudiencePerson, Place{Kind: Step, App: "instagram", Index: 5}, "Instagram, stap 6 van 6"},
		{Answers{Apps: []string{"instagram"}, Where: content.RouteApp}, content.AudiencePerson, Place{Kind: Step, App: "instagram"}, "Instagram, stap 1 van 5"},
		{org, content.AudienceOrganisation, Place{Kind: Step, App: "instagram", Index: 1}, "Instagram, @testdorp: stap 2 van 4"},
	} {
		s := Build(g, tr, c.a, c.at, State{Audience: c.audience})
		if s.Progress != c.progress {
			t.Errorf("%+v: progress %q, want %q", c.at, s.Progress, c.progress)
		}
		if strings.Contains(s.Title+s.Text, "{") {
			t.Errorf("%+v: not filled in: %q %q", c.at, s.Title, s.Text)
		}
	}
	s := Build(g, tr, org, Place{Kind: Step, App: "instagram", Index: 0}, State{Audience: content.AudienceOrganisation})
	if !strings.Contains(s.Title+s.Text, "@testdorp") {
		t.Errorf("the organisation's step does not name its account: %q %q", s.Title, s.Text)
	}
}

// TestOpenStep: what the step that opens the form says, by what can
// become or became of the form. Where it did not or cannot open, the
// step's words (it opens by itself) give way to what to do instead, and
// the route in the app is needed now.
func TestOpenStep(t *testing.T) {
	g, tr := nl(t)
	a := Answers{Apps: []string{"facebook"}, Where: content.RouteComputer}
	at := stepAt(t, g, a, content.AudiencePerson, "facebook", content.ActionOpen)
	for _, c := range []struct {
		opening  Opening
		lead     string // message ID; "" for none
		warns    bool
		keepText bool
		status   string
		atOnce   bool
	}{
		{Printed, "walk.type_address", false, false, "", true},
		{NoBrowser, "step.no_browser", true, false, "", true},
		{CanOpen, "", false, true, "", false},
		{FormOpen, "text.address", false, true, "step.opened", false},
		{OpenFailed, "step.open_failed", true, false, "", true},
		{Declined, "acc.type_address", false, false, "", true},
	} {
		s := Build(g, tr, a, at, State{Opening: c.opening})
		fb := g.App("facebook")
		if s.Address == nil || s.Address.Full != fb.Form || s.Route == nil {
			t.Fatalf("opening %d: no address or route: %+v", c.opening, s)
		}
		wantLead := ""
		if c.lead != "" {
			wantLead = tr.T(c.lead)
		}
		wantStatus := ""
		if c.status != "" {
			wantStatus = tr.T(c.status)
		}
		if s.Address.Lead != wantLead || s.Address.LeadWarns != c.warns || s.Status != wantStatus {
			t.Errorf("opening %d: lead %q (warns %v), status %q; want %q (%v), %q", c.opening, s.Address.Lead, s.Address.LeadWarns, s.Status, wantLead, c.warns, wantStatus)
		}
		if (s.Text != "") != c.keepText {
			t.Errorf("opening %d: text %q, want it kept: %v", c.opening, s.Text, c.keepText)
		}
		if s.Route.AtOnce != c.atOnce || !slices.Equal(s.Route.Steps, fb.Menu) {
			t.Errorf("opening %d: route at once %v, want %v; steps %q", c.opening, s.Route.AtOnce, c.atOnce, s.Route.Steps)
		}
		if s.Route.Intro == "" || s.Route.Note != RouteNote(tr, g, *fb) || s.Route.LastWay != g.Route.LastWay {
			t.Errorf("opening %d: the route's intro, date or last way is missing: %+v", c.opening, s.Route)
		}
	}
}

// TestAddressOnItsSteps: the address is on the steps that open the form
// or type it on another device, and nowhere else; on the phone step it is
// typed there, and the route is needed at once only on paper.
func TestAddressOnItsSteps(t *testing.T) {
	g, tr := nl(t)
	for _, route := range []string{content.RouteComputer, content.RoutePhone, content.RouteApp} {
		a := Answers{Apps: []string{"instagram"}, Where: route}
		for i, step := range Steps(g, a, content.AudiencePerson) {
			for _, opening := range []Opening{Printed, CanOpen} {
				s := Build(g, tr, a, Place{Kind: Step, App: "instagram", Index: i}, State{Opening: opening})
				wantAddress := step.Action == content.ActionOpen || step.Action == content.ActionAddress
				if (s.Address != nil) != wantAddress {
					t.Errorf("%s step %s: address %v, want %v", route, step.ID, s.Address != nil, wantAddress)
				}
				wantRoute := wantAddress || step.Action == content.ActionMenu
				if (s.Route != nil) != wantRoute {
					t.Errorf("%s step %s: route %v, want %v", route, step.ID, s.Route != nil, wantRoute)
				}
				switch step.Action {
				case content.ActionAddress:
					if s.Address.Lead != tr.T("step.type_on_phone") || s.Text == "" {
						t.Errorf("phone step: lead %q, text %q", s.Address.Lead, s.Text)
					}
					if s.Route.AtOnce != (opening == Printed) {
						t.Errorf("phone step, opening %d: route at once %v", opening, s.Route.AtOnce)
					}
				case content.ActionMenu:
					if !s.Route.AtOnce || s.Route.Intro != "" {
						t.Errorf("the step in the app: route %+v, want it at once, introduced by the step", s.Route)
					}
				}
			}
		}
	}
}

func TestAddress(t *testing.T) {
	file, err := forms.Parse("/bieb/formulieren.toml", []byte(`[facebook]
adres = "https://www.facebook.com/help/contact/111222333"
gecontroleerd = 2026-12-03
door = "Bibliotheek Testdorp"
`), content.AddressFileKnows())
	if err != nil {
		t.Fatal(err)
	}
	g, err := content.LoadWith("nl", file)
	if err != nil {
		t.Fatal(err)
	}
	tr := i18n.MustNew("nl")
	s := Form(g, tr, Answers{}, *g.App("facebook"), State{Opening: NoBrowser})
	a := s.Address
	if a.Full.String() != "https://www.facebook.com/help/contact/111222333" || strings.Join(a.Parts, "") != a.Full.String() || len(a.Parts) != 3 {
		t.Errorf("address %q in parts %q", a.Full, a.Parts)
	}
	if a.Digits != "111 222 333" || a.DigitsLabel != tr.T("walk.digits") {
		t.Errorf("digits %q %q", a.DigitsLabel, a.Digits)
	}
	if a.Checked != "Gecontroleerd op 3 december 2026 door Bibliotheek Testdorp." {
		t.Errorf("checked %q", a.Checked)
	}
}

// TestReason: copying the sample reason helps on this computer, and for
// an organisation; on a phone or in the app it is typed over.
func TestReason(t *testing.T) {
	g, tr := nl(t)
	for _, c := range []struct {
		route    string
		audience string
		copies   bool
	}{
		{content.RouteComputer, content.AudiencePerson, true},
		{content.RoutePhone, content.AudiencePerson, false},
		{content.RouteApp, content.AudiencePerson, false},
		{content.RoutePhone, content.AudienceOrganisation, true},
	} {
		a := Answers{Apps: []string{"facebook"}, Where: c.route}
		var r *Reason
		if c.audience == content.AudiencePerson {
			r = Build(g, tr, a, stepAt(t, g, a, c.audience, "facebook", content.ActionReason), State{}).Reason
		} else {
			r = Form(g, tr, a, *g.App("facebook"), State{Audience: c.audience}).Reason
		}
		if r == nil || r.Text != g.Reason || r.Label != tr.T("walk.reason") {
			t.Fatalf("%s/%s: reason %+v", c.route, c.audience, r)
		}
		if r.Copy != c.copies || (r.TypeOver == "") != c.copies {
			t.Errorf("%s/%s: copy %v, type over %q; want copy %v", c.route, c.audience, r.Copy, r.TypeOver, c.copies)
		}
	}
}

// TestStepNotes: the first step of an app says why it is there: for an app
// that lives on it, or that it counts for a linked app. The other steps,
// and an organisation's, say nothing of it.
func TestStepNotes(t *testing.T) {
	g, tr := nl(t)
	for _, c := range []struct {
		name  string
		a     Answers
		app   string
		index int
		want  []string
	}{
		{"threads", Answers{Apps: []string{"threads"}}, "instagram", 0, []string{tr.T("step.via", i18n.Data{"App": "Instagram", "Via": "Threads"})}},
		{"threads, second step", Answers{Apps: []string{"threads"}}, "instagram", 1, nil},
		{"linked", Answers{Apps: []string{"facebook", "instagram"}, Linked: content.OptionYes}, "facebook", 0, []string{tr.T("step.linked", i18n.Data{"App": "Facebook", "Other": "Instagram"})}},
		{"not linked", Answers{Apps: []string{"facebook", "instagram"}, Linked: content.OptionNo}, "facebook", 0, nil},
		{"one app", Answers{Apps: []string{"facebook"}}, "facebook", 0, nil},
	} {
		s := Build(g, tr, c.a, Place{Kind: Step, App: c.app, Index: c.index}, State{})
		if !slices.Equal(s.Notes, c.want) {
			t.Errorf("%s: notes %q, want %q", c.name, s.Notes, c.want)
		}
	}
	org := Answers{Kind: content.KindPublic, Accounts: []Account{{App: "instagram", Name: typed.From("@x", letter.MaxAccount)}}}
	if s := Build(g, tr, org, Place{Kind: Step, App: "instagram"}, State{Audience: content.AudienceOrganisation}); len(s.Notes) > 0 {
		t.Errorf("an organisation's step has notes: %q", s.Notes)
	}
}

// TestOrgSteps: an organisation's step where its letter may be pasted
// says so; the others do not.
func TestOrgSteps(t *testing.T) {
	g, tr := nl(t)
	a := Answers{Kind: content.KindAssociation, Accounts: []Account{{App: "facebook", Name: typed.From("facebook.com/club", letter.MaxAccount)}}}
	letters := 0
	for i, step := range Steps(g, a, content.AudienceOrganisation) {
		s := Build(g, tr, a, Place{Kind: Step, App: "facebook", Index: i}, State{Audience: content.AudienceOrganisation, Opening: CanOpen})
		if s.CopyLetter != (step.Action == content.ActionLetter) {
			t.Errorf("step %s: copy the letter %v", step.ID, s.CopyLetter)
		}
		if s.CopyLetter {
			letters++
		}
	}
	if letters != 1 {
		t.Errorf("%d steps offer the letter, want 1", letters)
	}
}

// TestWelcome: what a late objection still does is said once the date
// has passed; an address file in use, and why one was refused, are said
// too; a kiosk offers no way to stop.
func TestWelcome(t *testing.T) {
	g, tr := nl(t)
	at := Place{Kind: Welcome}
	before := Build(g, tr, Answers{}, at, State{Now: beforeDate})
	if len(before.Notes) != 0 || before.Title != g.Welcome.Title || before.Text != g.Welcome.Body {
		t.Errorf("before the date: %q, %q, notes %q", before.Title, before.Text, before.Notes)
	}
	if before.Banner.Sentence != BannerSentence(tr, g.Deadline, beforeDate) || before.Banner.Practice != "" {
		t.Errorf("banner %+v", before.Banner)
	}
	g.AddressFile = "/bieb/formulieren.toml"
	after := Build(g, tr, Answers{}, at, State{Now: afterDate, Practice: true, Refused: []string{"regel 3 klopt niet"}})
	want := []string{g.Deadline.Note, InUse(tr, g), "regel 3 klopt niet"}
	if !slices.Equal(after.Notes, want) {
		t.Errorf("after the date: notes %q, want %q", after.Notes, want)
	}
	if after.Banner.Practice != PracticeSentence(tr, g.Deadline, afterDate) {
		t.Errorf("the banner does not say the clock is set: %+v", after.Banner)
	}
	actions := func(s Screen) []Action {
		var as []Action
		for _, c := range s.Choices {
			as = append(as, c.Action)
		}
		return as
	}
	if got, want := actions(after), []Action{ActionBegin, ActionOrganisation, ActionQuick, ActionInfo, ActionLanguage, ActionStop}; !slices.Equal(got, want) {
		t.Errorf("choices %v, want %v", got, want)
	}
	// The other languages, each in its own name.
	if got, want := after.Choices[4].Label, OtherLanguageNames(tr.Lang()); got != want || (tr.Lang() == "nl" && want != "English · Türkçe") {
		t.Errorf("the language choice says %q, want %q", got, want)
	}
	if got := actions(Build(g, tr, Answers{}, at, State{Kiosk: true})); slices.Contains(got, ActionStop) || len(got) != 5 {
		t.Errorf("a kiosk's choices: %v", got)
	}
}

// TestQuestions: each question says what is chosen; a kiosk offers the
// phone first; the organisation's questions say which of how many.
func TestQuestions(t *testing.T) {
	g, tr := nl(t)
	chosen := func(q *Question) []string {
		var ids []string
		for _, o := range q.Options {
			if o.Chosen {
				ids = append(ids, o.ID)
			}
		}
		return ids
	}
	a := Answers{Apps: []string{"facebook", "whatsapp"}, Linked: content.OptionNo, Where: content.RouteApp, Kind: content.KindAssociation}
	apps := Build(g, tr, a, Place{Kind: Apps}, State{})
	if !apps.Question.Many || !slices.Equal(chosen(apps.Question), []string{"facebook", "whatsapp"}) || apps.Question.Help == "" {
		t.Errorf("apps: %+v", apps.Question)
	}
	linked := Build(g, tr, a, Place{Kind: Linked}, State{})
	if linked.Question.Many || !slices.Equal(chosen(linked.Question), []string{content.OptionNo}) {
		t.Errorf("linked: %+v", linked.Question)
	}
	for _, kiosk := range []bool{false, true} {
		where := Build(g, tr, a, Place{Kind: Where}, State{Kiosk: kiosk})
		first := where.Question.Options[0].ID
		if kiosk != (first == content.RoutePhone) || len(where.Question.Options) != len(g.Questions[content.QuestionWhere].Options) {
			t.Errorf("where, kiosk %v: options %+v", kiosk, where.Question.Options)
		}
		if !slices.Equal(chosen(where.Question), []string{content.RouteApp}) {
			t.Errorf("where: chosen %q", chosen(where.Question))
		}
	}
	kind := Build(g, tr, a, Place{Kind: OrgKind}, State{Audience: content.AudienceOrganisation})
	if kind.Progress != "Gegevens voor de brief: vraag 1 van 8" || !slices.Equal(chosen(kind.Question), []string{content.KindAssociation}) {
		t.Errorf("kind: %q %+v", kind.Progress, kind.Question)
	}
	var entered OrgTyped
	askPlace := OrgIndex(g, AskPlace, "")
	entered[askPlace] = "Testdorp "
	place := Build(g, tr, a, Place{Kind: OrgDetails, Index: askPlace}, State{Audience: content.AudienceOrganisation, Typed: entered})
	q := place.Question
	if place.Progress != "Gegevens voor de brief: vraag 6 van 8" || place.Title != g.Organisation.Form.Place ||
		!q.Typed || q.Value != "Testdorp " || q.Max != OrgQuestions(g)[askPlace].Max || !q.Optional || q.Help != g.Organisation.Form.PlaceHelp {
		t.Errorf("place: %q %q %+v", place.Progress, place.Title, q)
	}
	if org := Build(g, tr, a, Place{Kind: OrgDetails, Index: OrgIndex(g, AskOrg, "")}, State{}); org.Question.Optional {
		t.Error("the organisation's name may stay empty")
	}
}

// TestDoneChecklist: the checklist says only what happened; the log-out
// comes once the person may be logged in here, and matters most on a
// kiosk; what to keep is said after an objection only.
func TestDoneChecklist(t *testing.T) {
	g, tr := nl(t)
	at := Place{Kind: Done}
	marks := func(s Screen) []Mark {
		var ms []Mark
		for _, c := range s.Checklist {
			ms = append(ms, c.Mark)
		}
		return ms
	}
	fbPhone := Answers{Apps: []string{"facebook"}, Where: content.RoutePhone}
	fbHere := Answers{Apps: []string{"facebook"}, Where: content.RouteComputer}
	for _, c := range []struct {
		name             string
		a                Answers
		s                State
		marks            []Mark
		last             string // what the last line says, when set
		closingObjection bool
	}{
		{"nothing done", fbPhone, State{}, []Mark{Unticked}, tr.T("done.not_finished"), true},
		{"all seen", fbPhone, State{Reached: map[string]bool{"facebook": true}}, []Mark{Ticked}, tr.T("done.walked"), true},
		{"on this computer", fbHere, State{}, []Mark{Unticked, ToDo}, tr.T("done.log_out", i18n.Data{"Apps": "Facebook"}), true},
		{"on a kiosk", fbHere, State{Kiosk: true, Opened: map[string]bool{"facebook": true}}, []Mark{Ticked, Urgent}, tr.T("done.log_out_kiosk", i18n.Data{"Apps": "Facebook"}), true},
		{"opened here, then the phone", fbPhone, State{Opened: map[string]bool{"facebook": true}}, []Mark{Ticked, ToDo}, "", true},
		{"whatsapp only", Answers{Apps: []string{"whatsapp"}}, State{}, []Mark{Ticked}, "WhatsApp: " + tr.T("done.read"), false},
	} {
		s := Build(g, tr, c.a, at, c.s)
		if !slices.Equal(marks(s), c.marks) {
			t.Errorf("%s: marks %v, want %v: %+v", c.name, marks(s), c.marks, s.Checklist)
			continue
		}
		if last := s.Checklist[len(s.Checklist)-1].Text; c.last != "" && !strings.HasSuffix(last, c.last) {
			t.Errorf("%s: last line %q, want it to end in %q", c.name, last, c.last)
		}
		want := g.Done.Body
		if c.closingObjection {
			want = g.Done.Objected
		}
		if s.Closing != want || s.Title != g.Done.Title {
			t.Errorf("%s: closing %q, want %q", c.name, s.Closing, want)
		}
	}
}

// TestOrgChecklist: an organisation's checklist has a line per account,
// ticked once something was done for it, and where to keep the letter, by
// its kind.
func TestOrgChecklist(t *testing.T) {
	g, tr := nl(t)
	for _, kind := range content.OrgKinds {
		a := Answers{Kind: kind, Accounts: []Account{{App: "facebook", Name: typed.From("facebook.com/x", letter.MaxAccount)}, {App: "instagram", Name: typed.From("@x", letter.MaxAccount)}}}
		s := Build(g, tr, a, Place{Kind: Done}, State{Audience: content.AudienceOrganisation, Opened: map[string]bool{"instagram#1": true}})
		want := []Check{
			{Unticked, "facebook.com/x (Facebook): " + tr.T("done.not_finished")},
			{Ticked, "@x (Instagram): " + tr.T("done.opened")},
			{ToDo, tr.T("done.org_keep_" + kind)},
		}
		if !slices.Equal(s.Checklist, want) {
			t.Errorf("%s: checklist %+v, want %+v", kind, s.Checklist, want)
		}
		if s.Closing != g.Done.Body {
			t.Errorf("%s: closing %q", kind, s.Closing)
		}
	}
}

// TestDoneChoices: print only where the face can and there is something
// to print; no way to stop on a kiosk.
func TestDoneChoices(t *testing.T) {
	g, tr := nl(t)
	actions := func(a Answers, s State) []Action {
		var as []Action
		for _, c := range Build(g, tr, a, Place{Kind: Done}, s).Choices {
			as = append(as, c.Action)
		}
		return as
	}
	fb := Answers{Apps: []string{"facebook"}}
	for _, c := range []struct {
		name string
		a    Answers
		s    State
		want []Action
	}{
		{"can print", fb, State{CanPrint: true}, []Action{ActionPrint, ActionAgain, ActionInfo, ActionStop}},
		{"cannot print", fb, State{}, []Action{ActionAgain, ActionInfo, ActionStop}},
		{"nothing to print", Answers{Apps: []string{"whatsapp"}}, State{CanPrint: true}, []Action{ActionAgain, ActionInfo, ActionStop}},
		{"kiosk", fb, State{CanPrint: true, Kiosk: true}, []Action{ActionPrint, ActionAgain, ActionInfo}},
	} {
		if got := actions(c.a, c.s); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func TestPrintApps(t *testing.T) {
	g := guide(t)
	for _, c := range []struct {
		apps []string
		want []string
	}{
		{[]string{"facebook", "instagram"}, []string{"facebook", "instagram"}},
		{[]string{content.OptionUnknown}, []string{"facebook", "instagram"}},
		{[]string{"threads", "whatsapp"}, nil},
		{[]string{"instagram", "threads"}, []string{"instagram"}},
	} {
		if got := (Answers{Apps: c.apps}).PrintApps(g); !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.apps, got, c.want)
		}
	}
}

// TestListsAndPages: the screens of reading: how to recognise each app,
// the sources, an app without a form.
func TestListsAndPages(t *testing.T) {
	g, tr := nl(t)
	rec := Build(g, tr, Answers{}, Place{Kind: Recognise}, State{})
	if len(rec.List) != len(g.Apps) || !strings.HasPrefix(rec.List[0], g.Apps[0].Name+": ") || rec.Closing != g.Recognise.Next {
		t.Errorf("recognise: %q, closing %q", rec.List, rec.Closing)
	}
	info := Build(g, tr, Answers{}, Place{Kind: Info}, State{})
	if len(info.List) != len(g.Sources) || info.ListTitle != tr.T("info.sources") || info.Text != g.Info.Body {
		t.Errorf("info: %q %q", info.ListTitle, info.List)
	}
	wa := Build(g, tr, Answers{}, Place{Kind: Other, App: "whatsapp"}, State{})
	if wa.Title != g.App("whatsapp").Page.Title || wa.Text != g.App("whatsapp").Page.Body {
		t.Errorf("whatsapp: %q", wa.Title)
	}
	ex := Build(g, tr, Answers{}, Place{Kind: Explain, Index: 1}, State{})
	if ex.Progress != fmt.Sprintf("Uitleg 2 van %d", len(g.Explain)) || ex.Title != g.Explain[1].Title {
		t.Errorf("explain: %q %q", ex.Progress, ex.Title)
	}
}

// TestPlacesTheGuideHasNot: a place past the guide gives a screen with its
// banner only, never a panic.
func TestPlacesTheGuideHasNot(t *testing.T) {
	g, tr := nl(t)
	for _, at := range []Place{
		{Kind: Step, App: "tiktok"},
		{Kind: Step, App: "facebook", Index: 99},
		{Kind: Step, App: "facebook", Index: -1},
		{Kind: Explain, Index: 99},
		{Kind: More, Index: -1},
		{Kind: Other, App: "tiktok"},
		{Kind: OrgDetails, Index: 99},
		{Kind: Kind(99)},
	} {
		s := Build(g, tr, Answers{}, at, State{})
		if s.Title != "" || s.Address != nil || s.Question != nil || s.Banner.Sentence == "" {
			t.Errorf("%+v: %+v", at, s)
		}
	}
}
