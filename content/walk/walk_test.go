package walk

import (
	"slices"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
)

func guide(t *testing.T) *content.Guide {
	t.Helper()
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// walkOf builds an expected walk from its parts.
func walkOf(parts ...[]Place) []Place {
	var walk []Place
	for _, p := range parts {
		walk = append(walk, p...)
	}
	return walk
}

func one(k Kind) []Place { return []Place{{Kind: k}} }

// start is the welcome screen, the explanations and the apps question.
func start(g *content.Guide) []Place {
	s := one(Welcome)
	for i := range g.Explain {
		s = append(s, Place{Kind: Explain, Index: i})
	}
	return append(s, Place{Kind: Apps})
}

// end is the "more" pages and the done screen.
func end(g *content.Guide) []Place {
	var s []Place
	for i := range g.More {
		s = append(s, Place{Kind: More, Index: i})
	}
	return append(s, Place{Kind: Done})
}

// steps is every step of a route for one app.
func steps(t *testing.T, g *content.Guide, app, route string) []Place {
	t.Helper()
	n := len(g.StepsFor(route, content.AudiencePerson))
	if n == 0 {
		t.Fatalf("no steps for route %s", route)
	}
	var s []Place
	for i := range n {
		s = append(s, Place{Kind: Step, App: app, Index: i})
	}
	return s
}

func other(apps ...string) []Place {
	var s []Place
	for _, a := range apps {
		s = append(s, Place{Kind: Other, App: a})
	}
	return s
}

func ids(apps []content.App) []string {
	var s []string
	for _, a := range apps {
		s = append(s, a.ID)
	}
	return s
}

func TestWalk(t *testing.T) {
	g := guide(t)
	tests := []struct {
		name      string
		answers   Answers
		want      []Place
		asks      bool     // AsksLinked
		formApps  []string // FormApps
		covered   []string // CoveredByLinked
		otherApps []string // OtherApps
	}{
		{
			name:    "a fresh start",
			answers: Answers{},
			want:    walkOf(start(g), end(g)),
		},
		{
			name:     "only Facebook",
			answers:  Answers{Apps: []string{"facebook"}, Where: content.RouteComputer},
			want:     walkOf(start(g), one(Where), steps(t, g, "facebook", content.RouteComputer), end(g)),
			formApps: []string{"facebook"},
		},
		{
			name:     "only Facebook, where not yet answered: the computer's steps",
			answers:  Answers{Apps: []string{"facebook"}},
			want:     walkOf(start(g), one(Where), steps(t, g, "facebook", content.RouteComputer), end(g)),
			formApps: []string{"facebook"},
		},
		{
			name:     "only Instagram on the phone",
			answers:  Answers{Apps: []string{"instagram"}, Where: content.RoutePhone},
			want:     walkOf(start(g), one(Where), steps(t, g, "instagram", content.RoutePhone), end(g)),
			formApps: []string{"instagram"},
		},
		{
			name:    "Facebook and Instagram, not linked",
			answers: Answers{Apps: []string{"facebook", "instagram"}, Linked: content.OptionNo, Where: content.RouteComputer},
			want: walkOf(start(g), one(Linked), one(Where),
				steps(t, g, "facebook", content.RouteComputer),
				steps(t, g, "instagram", content.RouteComputer), end(g)),
			asks:     true,
			formApps: []string{"facebook", "instagram"},
		},
		{
			name:    "Facebook and Instagram chosen the other way round: the guide's order",
			answers: Answers{Apps: []string{"instagram", "facebook"}, Linked: content.OptionUnknown, Where: content.RoutePhone},
			want: walkOf(start(g), one(Linked), one(Where),
				steps(t, g, "facebook", content.RoutePhone),
				steps(t, g, "instagram", content.RoutePhone), end(g)),
			asks:     true,
			formApps: []string{"facebook", "instagram"},
		},
		{
			name:    "Facebook and Instagram, linked not yet answered",
			answers: Answers{Apps: []string{"facebook", "instagram"}},
			want: walkOf(start(g), one(Linked), one(Where),
				steps(t, g, "facebook", content.RouteComputer),
				steps(t, g, "instagram", content.RouteComputer), end(g)),
			asks:     true,
			formApps: []string{"facebook", "instagram"},
		},
		{
			name:     "Facebook and Instagram, linked",
			answers:  Answers{Apps: []string{"facebook", "instagram"}, Linked: content.OptionYes, Where: content.RouteComputer},
			want:     walkOf(start(g), one(Linked), one(Where), steps(t, g, "facebook", content.RouteComputer), end(g)),
			asks:     true,
			formApps: []string{"facebook"},
			covered:  []string{"instagram"},
		},
		{
			name:     "linked answered, then Instagram dropped",
			answers:  Answers{Apps: []string{"facebook"}, Linked: content.OptionYes},
			want:     walkOf(start(g), one(Where), steps(t, g, "facebook", content.RouteComputer), end(g)),
			formApps: []string{"facebook"},
		},
		{
			name:     "does not know",
			answers:  Answers{Apps: []string{content.OptionUnknown}, Where: content.RouteComputer},
			want:     walkOf(start(g), one(Recognise), one(Where), steps(t, g, "facebook", content.RouteComputer), steps(t, g, "instagram", content.RouteComputer), end(g)),
			formApps: []string{"facebook", "instagram"},
		},
		{
			name:     "does not know, with Facebook and Instagram ticked and linked: no linked question",
			answers:  Answers{Apps: []string{"facebook", "instagram", content.OptionUnknown}, Linked: content.OptionYes},
			want:     walkOf(start(g), one(Recognise), one(Where), steps(t, g, "facebook", content.RouteComputer), steps(t, g, "instagram", content.RouteComputer), end(g)),
			formApps: []string{"facebook", "instagram"},
		},
		{
			name:      "only WhatsApp",
			answers:   Answers{Apps: []string{"whatsapp"}},
			want:      walkOf(start(g), other("whatsapp"), end(g)),
			otherApps: []string{"whatsapp"},
		},
		{
			name:      "Threads and Messenger: Instagram's steps (Threads lives on it), then the guide's order",
			answers:   Answers{Apps: []string{"threads", "messenger"}, Where: content.RoutePhone},
			want:      walkOf(start(g), one(Where), steps(t, g, "instagram", content.RoutePhone), other("messenger", "threads"), end(g)),
			formApps:  []string{"instagram"},
			otherApps: []string{"messenger", "threads"},
		},
		{
			name:      "only Threads: Instagram's steps",
			answers:   Answers{Apps: []string{"threads"}, Where: content.RouteComputer},
			want:      walkOf(start(g), one(Where), steps(t, g, "instagram", content.RouteComputer), other("threads"), end(g)),
			formApps:  []string{"instagram"},
			otherApps: []string{"threads"},
		},
		{
			name:      "Threads and Instagram: Instagram once",
			answers:   Answers{Apps: []string{"instagram", "threads"}, Where: content.RouteComputer},
			want:      walkOf(start(g), one(Where), steps(t, g, "instagram", content.RouteComputer), other("threads"), end(g)),
			formApps:  []string{"instagram"},
			otherApps: []string{"threads"},
		},
		{
			name:    "Facebook and Threads: the linked question, since Threads means an Instagram account",
			answers: Answers{Apps: []string{"facebook", "threads"}, Linked: content.OptionYes, Where: content.RouteComputer},
			want: walkOf(start(g), one(Linked), one(Where), steps(t, g, "facebook", content.RouteComputer),
				other("threads"), end(g)),
			asks:      true,
			formApps:  []string{"facebook"},
			covered:   []string{"instagram"},
			otherApps: []string{"threads"},
		},
		{
			name:      "Instagram and WhatsApp",
			answers:   Answers{Apps: []string{"whatsapp", "instagram"}, Where: content.RoutePhone},
			want:      walkOf(start(g), one(Where), steps(t, g, "instagram", content.RoutePhone), other("whatsapp"), end(g)),
			formApps:  []string{"instagram"},
			otherApps: []string{"whatsapp"},
		},
		{
			name:     "in the app",
			answers:  Answers{Apps: []string{"facebook"}, Where: content.RouteApp},
			want:     walkOf(start(g), one(Where), steps(t, g, "facebook", content.RouteApp), end(g)),
			formApps: []string{"facebook"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Order(g, tt.answers, content.AudiencePerson)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Walk =\n%v\nwant\n%v", got, tt.want)
			}
			if a := tt.answers.AsksLinked(g); a != tt.asks {
				t.Errorf("AsksLinked = %v, want %v", a, tt.asks)
			}
			if a := ids(tt.answers.FormApps(g)); !slices.Equal(a, tt.formApps) {
				t.Errorf("FormApps = %v, want %v", a, tt.formApps)
			}
			if a := ids(tt.answers.CoveredByLinked(g)); !slices.Equal(a, tt.covered) {
				t.Errorf("CoveredByLinked = %v, want %v", a, tt.covered)
			}
			if a := ids(tt.answers.OtherApps(g)); !slices.Equal(a, tt.otherApps) {
				t.Errorf("OtherApps = %v, want %v", a, tt.otherApps)
			}
		})
	}
}

// TestWalkSteps checks that a walk's step screens point at the steps of the
// chosen route: the computer's begin by opening the form, the phone's by
// showing the address and the app's by its menu route.
func TestWalkSteps(t *testing.T) {
	g := guide(t)
	tests := []struct {
		route  string
		action string
	}{
		{content.RouteComputer, content.ActionOpen},
		{content.RoutePhone, content.ActionAddress},
		{content.RouteApp, content.ActionMenu},
	}
	for _, tt := range tests {
		t.Run(tt.route, func(t *testing.T) {
			a := Answers{Apps: []string{"instagram"}, Where: tt.route}
			if a.Route() != tt.route {
				t.Errorf("Route() = %q, want %q", a.Route(), tt.route)
			}
			steps := g.StepsFor(tt.route, content.AudiencePerson)
			var seen []int
			for _, s := range Order(g, a, content.AudiencePerson) {
				if s.Kind == Step {
					seen = append(seen, s.Index)
				}
			}
			if len(seen) != len(steps) {
				t.Fatalf("%d step screens, want %d", len(seen), len(steps))
			}
			if first := steps[seen[0]]; first.Action != tt.action {
				t.Errorf("first step %s has action %q, want %q", first.ID, first.Action, tt.action)
			}
			for i, idx := range seen {
				if idx != i {
					t.Errorf("step screen %d has index %d", i, idx)
				}
			}
		})
	}
}

func TestRoute(t *testing.T) {
	if r := (Answers{}).Route(); r != content.RouteComputer {
		t.Errorf("Route() before the question = %q, want %q", r, content.RouteComputer)
	}
	if r := (Answers{Where: content.RoutePhone}).Route(); r != content.RoutePhone {
		t.Errorf("Route() = %q, want %q", r, content.RoutePhone)
	}
}

func TestNext(t *testing.T) {
	g := guide(t)
	tests := []struct {
		name    string
		answers Answers
	}{
		{"only Facebook", Answers{Apps: []string{"facebook"}}},
		{"linked", Answers{Apps: []string{"facebook", "instagram"}, Linked: content.OptionYes, Where: content.RoutePhone}},
		{"does not know", Answers{Apps: []string{content.OptionUnknown}, Where: content.RouteApp}},
		{"only WhatsApp", Answers{Apps: []string{"whatsapp"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name+": follows the walk", func(t *testing.T) {
			walk := Order(g, tt.answers, content.AudiencePerson)
			s := walk[0]
			for i := 1; i < len(walk); i++ {
				next, ok := Next(g, tt.answers, content.AudiencePerson, s)
				if !ok || next != walk[i] {
					t.Fatalf("Next(%v) = %v, %v; want %v, true", s, next, ok, walk[i])
				}
				s = next
			}
			if s.Kind != Done {
				t.Errorf("the walk ends at %v, want Done", s)
			}
			if next, ok := Next(g, tt.answers, content.AudiencePerson, s); ok {
				t.Errorf("Next at the end = %v, true; want false", next)
			}
		})
	}
	notInWalk := []struct {
		name    string
		answers Answers
		screen  Place
	}{
		{"linked question when only Facebook", Answers{Apps: []string{"facebook"}}, Place{Kind: Linked}},
		{"Instagram's step when only Facebook", Answers{Apps: []string{"facebook"}}, Place{Kind: Step, App: "instagram"}},
		{"a step past the last", Answers{Apps: []string{"facebook"}, Where: content.RouteApp}, Place{Kind: Step, App: "facebook", Index: 99}},
		{"where when only WhatsApp", Answers{Apps: []string{"whatsapp"}}, Place{Kind: Where}},
		{"the information screen", Answers{Apps: []string{"facebook"}}, Place{Kind: Info}},
		{"an explanation that is not there", Answers{}, Place{Kind: Explain, Index: len(g.Explain)}},
	}
	for _, tt := range notInWalk {
		t.Run("not in the walk: "+tt.name, func(t *testing.T) {
			if next, ok := Next(g, tt.answers, content.AudiencePerson, tt.screen); ok || next != (Place{}) {
				t.Errorf("Next(%v) = %v, %v; want the zero screen, false", tt.screen, next, ok)
			}
		})
	}
}

func TestAnswersHas(t *testing.T) {
	a := Answers{Apps: []string{"facebook", content.OptionUnknown}}
	if !a.Has("facebook") || a.Has("instagram") {
		t.Errorf("Has: facebook %v, instagram %v; want true, false", a.Has("facebook"), a.Has("instagram"))
	}
	if !a.Unsure() {
		t.Error("Unsure() = false with unknown chosen")
	}
	if (Answers{Apps: []string{"facebook"}}).Unsure() {
		t.Error("Unsure() = true without unknown chosen")
	}
}

// TestReachedVia: Instagram's steps are there because of Threads only when
// Instagram itself was not chosen.
func TestReachedVia(t *testing.T) {
	g := guide(t)
	for _, tt := range []struct {
		apps []string
		want []string
	}{
		{[]string{"threads"}, []string{"threads"}},
		{[]string{"threads", "whatsapp"}, []string{"threads"}},
		{[]string{"threads", "instagram"}, nil},
		{[]string{"facebook"}, nil},
		{[]string{"threads", content.OptionUnknown}, nil},
	} {
		a := Answers{Apps: tt.apps}
		if got := ids(a.ReachedVia(g, "instagram")); !slices.Equal(got, tt.want) {
			t.Errorf("%v: ReachedVia(instagram) = %v, want %v", tt.apps, got, tt.want)
		}
	}
}

// TestChecklistClaimsOnlyWhatHappened: the done screen's lines say what
// became of each app, and tick only what was done; an app that lives on
// another's account is done when that one is, and says it is not sure.
func TestChecklistClaimsOnlyWhatHappened(t *testing.T) {
	g := guide(t)
	type line struct {
		apps   string
		status Status
		done   bool
	}
	lines := func(items []Item) []line {
		var out []line
		for _, it := range items {
			out = append(out, line{strings.Join(ids(it.Apps), ","), it.Status, it.Done()})
		}
		return out
	}
	for _, tt := range []struct {
		name            string
		answers         Answers
		opened, reached map[string]bool
		want            []line
		objected        bool
	}{
		{"only WhatsApp: read, nothing objected", Answers{Apps: []string{"whatsapp"}}, nil, nil,
			[]line{{"whatsapp", Read, true}}, false},
		{"only Threads, walked", Answers{Apps: []string{"threads"}, Where: content.RoutePhone}, nil, map[string]bool{"instagram": true},
			[]line{{"instagram", Walked, true}, {"threads", Via, true}}, true},
		{"only Threads, not finished", Answers{Apps: []string{"threads"}, Where: content.RoutePhone}, nil, nil,
			[]line{{"instagram", NotFinished, false}, {"threads", Via, false}}, true},
		{"Threads and Messenger", Answers{Apps: []string{"threads", "messenger"}}, map[string]bool{"instagram": true}, map[string]bool{"instagram": true},
			[]line{{"instagram", OpenedAndWalked, true}, {"threads", Via, true}, {"messenger", Read, true}}, true},
		{"linked, the second not walked itself", Answers{Apps: []string{"facebook", "instagram"}, Linked: content.OptionYes}, nil, map[string]bool{"facebook": true},
			[]line{{"facebook", Walked, true}, {"instagram", Covered, true}}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := lines(Checklist(g, tt.answers, tt.opened, tt.reached))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Checklist = %v, want %v", got, tt.want)
			}
			if o := tt.answers.Objected(g); o != tt.objected {
				t.Errorf("Objected = %v, want %v", o, tt.objected)
			}
		})
	}
}

// TestLoggedInHere: the reminder to log out follows what happened on this
// computer, not the last answer: a form opened here and then the phone
// chosen still asks to log out.
func TestLoggedInHere(t *testing.T) {
	g := guide(t)
	both := []string{"facebook", "instagram"}
	for _, tt := range []struct {
		name    string
		answers Answers
		opened  map[string]bool
		want    []string
	}{
		{"phone, nothing opened", Answers{Apps: both, Linked: content.OptionNo, Where: content.RoutePhone}, nil, nil},
		{"opened here, then the phone chosen", Answers{Apps: both, Linked: content.OptionNo, Where: content.RoutePhone}, map[string]bool{"facebook": true}, []string{"facebook"}},
		{"the computer's route, no browser could open", Answers{Apps: both, Linked: content.OptionNo, Where: content.RouteComputer}, nil, both},
		{"in the app", Answers{Apps: []string{"instagram"}, Where: content.RouteApp}, nil, nil},
		{"only WhatsApp on the computer's route", Answers{Apps: []string{"whatsapp"}, Where: content.RouteComputer}, nil, nil},
	} {
		if got := ids(tt.answers.LoggedInHere(g, tt.opened)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: LoggedInHere = %v, want %v", tt.name, got, tt.want)
		}
	}
}
