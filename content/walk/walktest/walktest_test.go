package walktest

import (
	"slices"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
)

func load(t *testing.T, lang string) *content.Guide {
	t.Helper()
	g, err := content.Load(lang)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestEveryKindOfScreen: the cases reach every kind of screen, for a
// person and for an organisation, with and without a kiosk, in every
// language of the guide.
func TestEveryKindOfScreen(t *testing.T) {
	for _, lang := range content.Languages {
		g := load(t, lang)
		seen := map[walk.Kind]bool{}
		audiences := map[string]map[bool]bool{}
		for _, c := range Cases(g) {
			seen[c.At.Kind] = true
			if audiences[c.State.Audience] == nil {
				audiences[c.State.Audience] = map[bool]bool{}
			}
			audiences[c.State.Audience][c.State.Kiosk] = true
			if c.State.Audience != c.Walk.Audience || c.State.Kiosk != c.Walk.Kiosk || c.State.Now != Now {
				t.Errorf("%s: state %+v does not match the walk", c.Name, c.State)
			}
		}
		for k := walk.Welcome; k <= walk.Letter; k++ {
			if !seen[k] {
				t.Errorf("%s: no case shows a screen of kind %s", lang, PlaceName(walk.Place{Kind: k}))
			}
		}
		for _, aud := range []string{content.AudiencePerson, content.AudienceOrganisation} {
			if !audiences[aud][false] || !audiences[aud][true] {
				t.Errorf("%s: %s walks with and without a kiosk: %v", lang, aud, audiences[aud])
			}
		}
	}
}

// TestEveryScreenOfTheWalk: a walk's cases are its order, screen by
// screen, then the done screen with nothing done and the information.
func TestEveryScreenOfTheWalk(t *testing.T) {
	g := load(t, "nl")
	for _, w := range Walks(g) {
		var got []walk.Place
		for _, c := range w.Cases(g) {
			got = append(got, c.At)
		}
		want := append(walk.Order(g, w.Answers, w.Audience), walk.Place{Kind: walk.Done}, walk.Place{Kind: walk.Info})
		if !slices.Equal(got, want) {
			t.Errorf("%s: cases at %v, want %v", w.Name, got, want)
		}
	}
}

// TestTheWalksThatMatter: among the walks are those that broke faces
// before: only an app that lives on another (Threads), only an app without
// a form (WhatsApp), linked answered each way, each route, not knowing,
// and an organisation of each kind with two accounts on one app.
func TestTheWalksThatMatter(t *testing.T) {
	g := load(t, "nl")
	has := func(match func(Walk) bool) bool { return slices.ContainsFunc(Walks(g), match) }
	only := func(id string) func(Walk) bool {
		return func(w Walk) bool { return slices.Equal(w.Answers.Apps, []string{id}) }
	}
	for name, match := range map[string]func(Walk) bool{
		"only threads":  only("threads"),
		"only whatsapp": only("whatsapp"),
		"unsure":        only(content.OptionUnknown),
		"every app": func(w Walk) bool {
			return len(w.Answers.Apps) == len(g.Questions[content.QuestionApps].Options)
		},
		"two accounts on one app": func(w Walk) bool {
			return len(w.Answers.Accounts) == 2 && w.Answers.Accounts[0].App == w.Answers.Accounts[1].App
		},
	} {
		if !has(match) {
			t.Errorf("no walk: %s", name)
		}
	}
	for _, l := range []string{content.OptionYes, content.OptionNo, content.OptionUnknown} {
		if !has(func(w Walk) bool { return w.Answers.Linked == l }) {
			t.Errorf("no walk with linked %q", l)
		}
	}
	for _, r := range []string{content.RouteComputer, content.RoutePhone, content.RouteApp} {
		if !has(func(w Walk) bool { return w.Answers.Where == r && w.Audience == content.AudiencePerson }) {
			t.Errorf("no walk on route %q", r)
		}
	}
	for _, k := range content.OrgKinds {
		if !has(func(w Walk) bool { return w.Answers.Kind == k && w.Audience == content.AudienceOrganisation }) {
			t.Errorf("no organisation of kind %q", k)
		}
	}
}

// TestWhatHappened: the done screen at the end of a walk on the computer
// has every form opened and every step seen, so every line of its
// checklist is ticked; the extra done screen has nothing done.
func TestWhatHappened(t *testing.T) {
	g := load(t, "nl")
	a := walk.Answers{Apps: []string{"facebook", "instagram"}, Linked: content.OptionNo, Where: content.RouteComputer}
	w := Walk{Name: "both", Answers: a, Audience: content.AudiencePerson}
	cs := w.Cases(g)
	end, nothing := cs[len(cs)-3], cs[len(cs)-2]
	if end.At.Kind != walk.Done || nothing.At.Kind != walk.Done {
		t.Fatalf("the last cases are %s and %s, want the done screens", end.Name, nothing.Name)
	}
	for _, app := range []string{"facebook", "instagram"} {
		if !end.State.Opened[app] || !end.State.Reached[app] {
			t.Errorf("at the end, %s was not opened and reached: %+v", app, end.State)
		}
		if nothing.State.Opened[app] || nothing.State.Reached[app] {
			t.Errorf("with nothing done, %s was opened or reached: %+v", app, nothing.State)
		}
	}
	if cs[0].State.Opened["facebook"] {
		t.Errorf("the welcome screen has a form opened already")
	}
	for _, c := range Cases(g) {
		if c.State.Audience != content.AudienceOrganisation || c.At.Kind != walk.OrgDetails {
			continue
		}
		// What was typed gives the answers again.
		var got walk.Answers
		got.Kind = c.Answers.Kind
		got.SetOrg(c.State.Typed)
		if !slices.Equal(got.Accounts, c.Answers.Accounts) || got.Org != c.Answers.Org {
			t.Fatalf("%s: typed %q gives %+v, want %+v", c.Name, c.State.Typed, got, c.Answers)
		}
	}
}
