package content

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// Validate loads the guide in every language and checks each one, and that
// they hold the same pages, apps, questions and steps. It returns every
// problem it finds, joined.
func Validate() error {
	var errs []error
	if _, err := builtinAllowList(); err != nil {
		errs = append(errs, err)
	}
	guides := map[string]*Guide{}
	for _, lang := range Languages {
		g, err := Load(lang)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		guides[lang] = g
		if err := g.Validate(); err != nil {
			errs = append(errs, err)
		}
	}
	first := guides[Languages[0]]
	for _, lang := range Languages[1:] {
		if g := guides[lang]; first != nil && g != nil {
			errs = append(errs, sameShape(first, g)...)
		}
	}
	return errors.Join(errs...)
}

// Expected option IDs per question; the code acts on them.
var questionOptions = map[string][]string{
	QuestionLinked: {OptionYes, OptionNo, OptionUnknown},
	QuestionWhere:  {RouteComputer, RoutePhone, RouteApp},
}

var (
	knownRoutes    = []string{RouteComputer, RoutePhone, RouteApp}
	knownAudiences = []string{AudiencePerson, AudienceOrganisation}
	knownActions   = []string{"", ActionOpen, ActionAddress, ActionMenu, ActionReason, ActionLetter}
	placeholder    = regexp.MustCompile(`\{[^{}]*\}`)
)

// Validate checks one guide: every text is there, and every placeholder is
// known. Its addresses were checked when it was loaded.
func (g *Guide) Validate() error {
	v := &validator{lang: g.Lang}
	if !slices.Contains(Languages, g.Lang) {
		v.fail("lang", "unknown language %q", g.Lang)
	}
	if g.Deadline.At.IsZero() || g.Deadline.Zone == nil {
		v.fail("deadline", "no date or zone")
	}
	v.text("deadline.before", g.Deadline.Before, "{date}", "{left}")
	v.text("deadline.today", g.Deadline.Today, "{date}")
	v.text("deadline.after", g.Deadline.After, "{date}", "{ago}")
	v.text("deadline.note", g.Deadline.Note)
	v.text("reason", g.Reason)

	v.page("welcome", g.Welcome)
	if n := len(g.Explain); n < 2 || n > 4 {
		v.fail("explain", "has %d pages, want 2 to 4", n)
	}
	v.pages("explain", g.Explain)
	v.page("recognise", g.Recognise.Page)
	v.text("recognise.next", g.Recognise.Next)
	v.pages("more", g.More)
	if len(g.More) == 0 {
		v.fail("more", "no pages")
	}
	v.page("done", g.Done.Page)
	v.text("done.objected", g.Done.Objected)
	v.page("info", g.Info)
	v.text("route.note", g.Route.Note, "{date}")
	v.text("route.last_way", g.Route.LastWay)
	if len(g.Sources) == 0 {
		v.fail("sources", "none: every claim needs a source")
	}
	for i, s := range g.Sources {
		v.text(fmt.Sprintf("sources[%d].name", i), s.Name)
		v.text(fmt.Sprintf("sources[%d].what", i), s.What)
	}

	v.apps(g)
	v.questions(g)
	v.steps(g)
	v.organisation(g)
	return v.err()
}

func (v *validator) organisation(g *Guide) {
	o := g.Organisation
	v.page("organisation.intro", o.Intro)
	v.page("organisation.advice", o.Advice)
	f := o.Form
	for name, text := range map[string]string{
		"title": f.Title, "org": f.Org, "org_help": f.OrgHelp, "contact": f.Contact, "contact_help": f.ContactHelp,
		"place": f.Place, "place_help": f.PlaceHelp, "kind": f.Kind, "kind_help": f.KindHelp,
		"signer": f.Signer, "signer_help": f.SignerHelp, "function": f.Function, "function_help": f.FunctionHelp,
	} {
		v.text("organisation.form."+name, text)
	}
	l := o.Letter
	for name, text := range map[string]string{
		"title": l.Title, "subject": l.Subject, "salutation": l.Salutation, "accounts_intro": l.AccountsIntro,
		"reasons_intro": l.ReasonsIntro, "request": l.Request, "closing": l.Closing,
		"signer_blank": l.SignerBlank, "function_blank": l.FunctionBlank,
	} {
		v.text("organisation.letter."+name, text)
	}
	v.text("organisation.letter.opening", l.Opening, "{org}")
	v.text("organisation.letter.frame", l.Frame, "{people}")
	v.text("organisation.letter.contact", l.Contact, "{contact}")
	v.text("organisation.letter.signature", l.Signature, "{org}")
	v.text("organisation.letter.date_place", l.DatePlace, "{place}", "{date}")
	v.text("organisation.letter.date", l.Date, "{date}")
	for _, kind := range OrgKinds {
		at := "organisation.kinds." + kind
		k, ok := o.Kinds[kind]
		if !ok {
			v.fail(at, "missing: every kind of organisation needs its words")
			continue
		}
		v.text(at+".label", k.Label)
		v.text(at+".people", k.People)
		v.text(at+".reasons", k.Reasons)
	}
	for kind := range o.Kinds {
		if !slices.Contains(OrgKinds, kind) {
			v.fail("organisation.kinds."+kind, "unknown kind of organisation")
		}
	}
	if len(g.StepsFor(RouteComputer, AudienceOrganisation)) == 0 {
		v.fail("organisation.steps", "no steps for an organisation on a computer")
	}
}

type validator struct {
	lang string
	errs []error
}

func (v *validator) fail(where, format string, args ...any) {
	v.errs = append(v.errs, fmt.Errorf("content: %s: %s: %s", v.lang, where, fmt.Sprintf(format, args...)))
}

func (v *validator) err() error { return errors.Join(v.errs...) }

// text checks that s is not empty and uses only the given placeholders, all
// of which must appear when they are listed as required.
func (v *validator) text(where, s string, required ...string) {
	v.textWith(where, s, required, required)
}

func (v *validator) textWith(where, s string, allowed, required []string) {
	if strings.TrimSpace(s) == "" {
		v.fail(where, "empty")
		return
	}
	for _, p := range placeholder.FindAllString(s, -1) {
		if !slices.Contains(allowed, p) {
			v.fail(where, "unknown placeholder %s", p)
		}
	}
	for _, p := range required {
		if !strings.Contains(s, p) {
			v.fail(where, "misses placeholder %s", p)
		}
	}
}

func (v *validator) page(where string, p Page) {
	v.text(where+".title", p.Title)
	v.text(where+".body", p.Body)
}

func (v *validator) pages(where string, pages []Page) {
	seen := map[string]bool{}
	for i, p := range pages {
		at := fmt.Sprintf("%s[%d]", where, i)
		if p.ID == "" {
			v.fail(at, "no id")
		}
		if seen[p.ID] {
			v.fail(at, "id %q twice", p.ID)
		}
		seen[p.ID] = true
		v.page(at, p)
	}
}

func (v *validator) apps(g *Guide) {
	switch n := len(g.FormApps()); {
	case n == 0:
		v.fail("apps", "no app has a form")
	case n > MaxFormApps:
		v.fail("apps", "%d apps have a form, at most %d may", n, MaxFormApps)
	}
	for _, a := range g.Apps {
		at := "apps." + a.ID
		v.text(at+".name", a.Name)
		v.text(at+".recognise", a.Recognise)
		// A form's address was checked when the guide was loaded.
		if a.HasForm() {
			if len(a.Menu) == 0 {
				v.fail(at+".menu", "empty: the menu route is the fallback when a link fails")
			}
			for i, line := range a.Menu {
				v.text(fmt.Sprintf("%s.menu[%d]", at, i), line)
			}
			// Meta moves forms and menus without notice (FACTS H12): a
			// person is told how old each one is.
			v.checked(at+".form", a.FormChecked)
			v.checked(at+".route", a.RouteChecked)
			if len(a.Sites) == 0 {
				v.fail(at+".sites", "empty: an organisation's accounts are known by their site")
			}
			// The organisation's letter asks for its accounts on every
			// app with a form.
			v.text(at+".accounts", a.Accounts)
			v.text(at+".accounts_help", a.AccountsHelp)
		} else {
			v.page(at+".page", a.Page)
		}
		if a.Via != "" {
			via := g.App(a.Via)
			switch {
			case a.HasForm():
				v.fail(at+".via", "an app with a form of its own needs no other")
			case via == nil || !via.HasForm():
				v.fail(at+".via", "%q is not an app with a form", a.Via)
			}
		}
	}
}

// checked checks that an address or route says when it was last checked,
// and where it comes from.
func (v *validator) checked(at string, c Checked) {
	if c.On.IsZero() {
		v.fail(at+"_checked", "missing: say when it was last checked")
	}
	if !c.FromFile() && strings.TrimSpace(c.Source) == "" {
		v.fail(at+"_source", "missing: say where it comes from")
	}
	if c.FromFile() && strings.TrimSpace(c.By) == "" {
		v.fail(at, "from %s, but not who checked it", c.File)
	}
}

func (v *validator) questions(g *Guide) {
	want := map[string][]string{QuestionApps: append(appIDs(g), OptionUnknown)}
	for q, opts := range questionOptions {
		want[q] = opts
	}
	for id, opts := range want {
		q, ok := g.Questions[id]
		if !ok {
			v.fail("questions."+id, "missing")
			continue
		}
		v.text("questions."+id+".title", q.Title)
		v.text("questions."+id+".help", q.Help)
		var got []string
		for _, o := range q.Options {
			got = append(got, o.ID)
			v.text("questions."+id+".options."+o.ID, o.Label)
		}
		if !slices.Equal(got, opts) {
			v.fail("questions."+id+".options", "ids %v, want %v", got, opts)
		}
	}
	for id := range g.Questions {
		if _, ok := want[id]; !ok {
			v.fail("questions."+id, "unknown question")
		}
	}
}

func (v *validator) steps(g *Guide) {
	for i, s := range g.Steps {
		at := fmt.Sprintf("steps[%d] (%s)", i, s.ID)
		stepPlaceholders := []string{"{app}", "{url}"}
		if s.Audience == AudienceOrganisation {
			stepPlaceholders = append(stepPlaceholders, "{account}")
		}
		if s.ID == "" {
			v.fail(at, "no id")
		}
		if len(s.Routes) == 0 {
			v.fail(at, "no routes")
		}
		for _, r := range s.Routes {
			if !slices.Contains(knownRoutes, r) {
				v.fail(at, "unknown route %q", r)
			}
		}
		if !slices.Contains(knownAudiences, s.Audience) {
			v.fail(at, "unknown audience %q", s.Audience)
		}
		if !slices.Contains(knownActions, s.Action) {
			v.fail(at, "unknown action %q", s.Action)
		}
		v.textWith(at+".title", s.Title, stepPlaceholders, nil)
		v.textWith(at+".body", s.Body, stepPlaceholders, nil)
		if len(s.Kinds) > 0 && s.Audience != AudienceOrganisation {
			v.fail(at+".kinds", "only an organisation's step has words per kind")
		}
		for kind, w := range s.Kinds {
			if !slices.Contains(OrgKinds, kind) {
				v.fail(at+".kinds."+kind, "unknown kind of organisation")
			}
			if w.Title == "" && w.Body == "" {
				v.fail(at+".kinds."+kind, "empty")
			}
			// An empty one keeps the step's own words.
			if w.Title != "" {
				v.textWith(at+".kinds."+kind+".title", w.Title, stepPlaceholders, nil)
			}
			if w.Body != "" {
				v.textWith(at+".kinds."+kind+".body", w.Body, stepPlaceholders, nil)
			}
		}
	}
	for _, r := range knownRoutes {
		if len(g.StepsFor(r, AudiencePerson)) == 0 {
			v.fail("steps", "no steps for route %q", r)
		}
	}
}

func appIDs(g *Guide) []string {
	var ids []string
	for _, a := range g.Apps {
		ids = append(ids, a.ID)
	}
	return ids
}

// sameShape compares two languages: the same IDs in the same order, so that
// no page, app or step is missing from a translation.
func sameShape(a, b *Guide) []error {
	var errs []error
	same := func(what string, x, y []string) {
		if !slices.Equal(x, y) {
			errs = append(errs, fmt.Errorf("content: %s and %s differ in %s: %v against %v", a.Lang, b.Lang, what, x, y))
		}
	}
	same("explain", pageIDs(a.Explain), pageIDs(b.Explain))
	same("more", pageIDs(a.More), pageIDs(b.More))
	same("steps", stepKeys(a.Steps), stepKeys(b.Steps))
	same("apps", appIDs(a), appIDs(b))
	for _, app := range a.Apps {
		if other := b.App(app.ID); other != nil && len(app.Menu) != len(other.Menu) {
			errs = append(errs, fmt.Errorf("content: %s and %s differ in the menu route of %s", a.Lang, b.Lang, app.ID))
		}
	}
	if len(a.Sources) != len(b.Sources) {
		errs = append(errs, fmt.Errorf("content: %s has %d sources, %s has %d", a.Lang, len(a.Sources), b.Lang, len(b.Sources)))
	}
	return errs
}

func pageIDs(pages []Page) []string {
	var ids []string
	for _, p := range pages {
		ids = append(ids, p.ID)
	}
	return ids
}

// stepKeys describes each step by everything but its words.
func stepKeys(steps []Step) []string {
	var keys []string
	for _, s := range steps {
		kinds := slices.Sorted(maps.Keys(s.Kinds))
		keys = append(keys, fmt.Sprintf("%s/%s/%s/%s/%s", s.ID, strings.Join(s.Routes, ","), s.Audience, s.Action, strings.Join(kinds, ",")))
	}
	return keys
}
