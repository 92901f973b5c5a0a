package content

import (
	"errors"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestValidate is the content check of the project: every language loads,
// every text is there, every address may be opened, and the languages hold
// the same pages, apps, questions and steps.
func TestValidate(t *testing.T) {
	if err := Validate(); err != nil {
		t.Fatalf("the embedded content does not validate:\n%v", err)
	}
}

func TestLoad(t *testing.T) {
	for _, lang := range Languages {
		t.Run(lang, func(t *testing.T) {
			g, err := Load(lang)
			if err != nil {
				t.Fatalf("Load(%q): %v", lang, err)
			}
			if g.Lang != lang {
				t.Errorf("Load(%q).Lang = %q, want %q", lang, g.Lang, lang)
			}
			if err := g.Validate(); err != nil {
				t.Errorf("Load(%q).Validate():\n%v", lang, err)
			}
		})
	}
}

func TestLoadUnknownLanguage(t *testing.T) {
	for _, lang := range []string{"", "de", "NL", "nl_NL", "common"} {
		t.Run(lang, func(t *testing.T) {
			g, err := Load(lang)
			if !errors.Is(err, ErrUnknownLanguage) {
				t.Errorf("Load(%q) error = %v, want one wrapping ErrUnknownLanguage", lang, err)
			}
			if g != nil {
				t.Errorf("Load(%q) returned a guide with the error", lang)
			}
		})
	}
}

// realFS returns the embedded content files as a MapFS, so that a test can
// change one thing in them.
func realFS(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	names, err := fs.Glob(files, "data/*.toml")
	if err != nil || len(names) < 3 {
		t.Fatalf("the embedded files: %v %v", names, err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(files, name)
		if err != nil {
			t.Fatalf("reading the embedded %s: %v", name, err)
		}
		m[name] = &fstest.MapFile{Data: data}
	}
	return m
}

// replaceIn changes the first old in the named file of m into new, and
// fails when old is not there: a test whose change silently does nothing
// would prove nothing.
func replaceIn(t *testing.T, m fstest.MapFS, name, old, new string) {
	t.Helper()
	f, ok := m[name]
	if !ok {
		t.Fatalf("no file %s", name)
	}
	text := string(f.Data)
	if !strings.Contains(text, old) {
		t.Fatalf("%s does not contain %q: the test needs updating", name, old)
	}
	m[name] = &fstest.MapFile{Data: []byte(strings.Replace(text, old, new, 1))}
}

func TestLoadFromUnchangedFiles(t *testing.T) {
	// The base of the mistake tests below: without a change, the copied
	// files load and validate.
	for _, lang := range Languages {
		t.Run(lang, func(t *testing.T) {
			g, err := load(realFS(t), lang)
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			if err := g.Validate(); err != nil {
				t.Fatalf("Validate:\n%v", err)
			}
		})
	}
}

func TestValidateCatchesMistakes(t *testing.T) {
	tests := []struct {
		name      string
		file, old string
		new       string
		// want are the parts the error must name, so that a writer finds
		// the mistake.
		want []string
	}{
		{
			name: "letter without the organisation's name",
			file: "data/organisation.nl.toml",
			old:  `opening = "Namens {org} vragen`,
			new:  `opening = "Namens ons vragen`,
			want: []string{"nl", "organisation.letter.opening", "{org}"},
		},
		{
			name: "a kind of organisation without its words",
			file: "data/organisation.nl.toml",
			old:  `[kinds.association]`,
			new:  `[kinds.vereniging]`,
			want: []string{"nl", "organisation.kinds.association", "missing", "organisation.kinds.vereniging", "unknown kind"},
		},
		{
			name: "the legal frame without its people",
			file: "data/organisation.en.toml",
			old:  `and of {people} who react`,
			new:  `and of those who react`,
			want: []string{"en", "organisation.letter.frame", "{people}"},
		},
		{
			name: "a step's words for a kind not known",
			file: "data/organisation.nl.toml",
			old:  `[steps.kinds.public]`,
			new:  `[steps.kinds.gemeente]`,
			want: []string{"nl", "org_keep", "kinds.gemeente", "unknown kind"},
		},
		{
			name: "a question for the letter without help",
			file: "data/organisation.nl.toml",
			old:  `signer_help = "Mag leeg blijven.`,
			new:  `signer_help = "" #`,
			want: []string{"nl", "organisation.form.signer_help", "empty"},
		},
		{
			name: "an account in a person's step",
			file: "data/nl.toml",
			old:  `title = "Log in bij {app}"`,
			new:  `title = "Log in bij {account}"`,
			want: []string{"steps", "login", "unknown placeholder {account}"},
		},
		{
			name: "an organisation's question without help",
			file: "data/organisation.en.toml",
			old:  `place_help = "Goes under the letter, with the date. May stay empty."`,
			new:  `place_help = ""`,
			want: []string{"en", "organisation.form.place_help", "empty"},
		},
		{
			name: "an app living on an app without a form",
			file: "data/common.toml",
			old:  `via = "instagram"`,
			new:  `via = "whatsapp"`,
			want: []string{"nl", "apps.threads.via", `"whatsapp" is not an app with a form`},
		},
		{
			name: "an app living on an app that is not there",
			file: "data/common.toml",
			old:  `via = "instagram"`,
			new:  `via = "tiktok"`,
			want: []string{"apps.threads.via", `"tiktok"`},
		},
		{
			name: "no words for after an objection on the done screen",
			file: "data/en.toml",
			old:  `Keep the e-mail with the confirmation. You cannot look up your objection later. Meta promises to respect your objection. You cannot check that."""`,
			new:  `"""`,
			want: []string{"en", "done.objected", "empty"},
		},
		{
			name: "empty title",
			file: "data/nl.toml",
			old:  `title = "Bezwaar maken tegen Meta AI"`,
			new:  `title = ""`,
			want: []string{"nl", "welcome.title", "empty"},
		},
		{
			name: "blank deadline note",
			file: "data/nl.toml",
			old:  `note = "Ook nu de datum voorbij is`,
			new:  `note = "   " #`,
			want: []string{"deadline.note", "empty"},
		},
		{
			name: "empty reason",
			file: "data/en.toml",
			old:  `reason = "I do not want Meta`,
			new:  `reason = "" #`,
			want: []string{"en", "reason", "empty"},
		},
		{
			name: "an app with a form but no sites for its accounts",
			file: "data/common.toml",
			old:  `sites = ["instagram.com", "instagr.am"]`,
			new:  ``,
			want: []string{"apps.instagram.sites", "empty"},
		},
		{
			name: "a site that is a whole top-level domain",
			file: "data/common.toml",
			old:  `sites = ["facebook.com", "fb.com", "fb.me"]`,
			new:  `sites = ["facebook.com", "com"]`,
			want: []string{"apps.facebook.sites", `"com"`},
		},
		{
			name: "form over http",
			file: "data/common.toml",
			old:  `form = "https://www.facebook.com/`,
			new:  `form = "http://www.facebook.com/`,
			want: []string{"apps.facebook.form", "https"},
		},
		{
			name: "form on a host not on the allow-list",
			file: "data/common.toml",
			old:  `form = "https://help.instagram.com/`,
			new:  `form = "https://evil.example/`,
			want: []string{"apps.instagram.form", "evil.example", "allow-list"},
		},
		{
			name: "form on a look-alike host",
			file: "data/common.toml",
			old:  `form = "https://www.facebook.com/`,
			new:  `form = "https://facebook.com.evil.example/`,
			want: []string{"apps.facebook.form", "facebook.com.evil.example", "allow-list"},
		},
		{
			name: "form with a port",
			file: "data/common.toml",
			old:  `form = "https://www.facebook.com/`,
			new:  `form = "https://www.facebook.com:8443/`,
			want: []string{"apps.facebook.form", "port"},
		},
		{
			name: "no allowed hosts",
			file: "data/common.toml",
			old:  `allowed_hosts = ["facebook.com", "instagram.com", "whatsapp.com", "meta.com"]`,
			new:  `allowed_hosts = []`,
			want: []string{"links.allowed_hosts", "apps.facebook.form"},
		},
		{
			name: "unknown placeholder in a step",
			file: "data/nl.toml",
			old:  `title = "Open het formulier van {app}"`,
			new:  `title = "Open het formulier van {foo}"`,
			want: []string{"steps[0] (open).title", "unknown placeholder {foo}"},
		},
		{
			name: "unknown placeholder in the deadline",
			file: "data/en.toml",
			old:  `before = "You have {left} left`,
			new:  `before = "You have {left} {days} left`,
			want: []string{"deadline.before", "unknown placeholder {days}"},
		},
		{
			name: "deadline sentence without its placeholder",
			file: "data/nl.toml",
			old:  `De datum {date} is voorbij ({ago}).`,
			new:  `De datum {date} is voorbij.`,
			want: []string{"deadline.after", "misses placeholder {ago}"},
		},
		{
			name: "no sentence for the day itself",
			file: "data/en.toml",
			old:  `today = "From today`,
			new:  `# today = "From today`,
			want: []string{"en", "deadline.today", "empty"},
		},
		{
			name: "the day's sentence without its date",
			file: "data/nl.toml",
			old:  `today = "Vanaf vandaag, {date}, gebruikt`,
			new:  `today = "Vanaf vandaag gebruikt`,
			want: []string{"nl", "deadline.today", "misses placeholder {date}"},
		},
		{
			name: "the day's sentence with a placeholder of another",
			file: "data/nl.toml",
			old:  `today = "Vanaf vandaag, {date}, gebruikt`,
			new:  `today = "Vanaf vandaag, {date} ({ago}), gebruikt`,
			want: []string{"nl", "deadline.today", "unknown placeholder {ago}"},
		},
		{
			name: "step with an unknown route",
			file: "data/nl.toml",
			old:  "id = \"open\"\nroutes = [\"computer\"]",
			new:  "id = \"open\"\nroutes = [\"computr\"]",
			want: []string{"steps[0] (open)", `unknown route "computr"`},
		},
		{
			name: "step with an unknown action",
			file: "data/en.toml",
			old:  `action = "reason"`,
			new:  `action = "explain"`,
			want: []string{"(reason)", `unknown action "explain"`},
		},
		{
			name: "step with an unknown audience",
			file: "data/nl.toml",
			old:  "id = \"send\"\nroutes = [\"computer\", \"phone\", \"app\"]\naudience = \"person\"",
			new:  "id = \"send\"\nroutes = [\"computer\", \"phone\", \"app\"]\naudience = \"persoon\"",
			want: []string{"(send)", `unknown audience "persoon"`},
		},
		{
			name: "missing question option",
			file: "data/nl.toml",
			old:  `  { id = "no", label = "Nee, ze zijn niet gekoppeld" },` + "\n",
			new:  "",
			want: []string{"questions.linked.options", "[yes unknown]"},
		},
		{
			name: "empty option label",
			file: "data/en.toml",
			old:  `{ id = "phone", label = "On my phone or tablet" }`,
			new:  `{ id = "phone", label = "" }`,
			want: []string{"en", "questions.where.options.phone", "empty"},
		},
		{
			name: "app without a name",
			file: "data/nl.toml",
			old:  `name = "Threads"`,
			new:  `name = ""`,
			want: []string{"apps.threads.name", "empty"},
		},
		{
			name: "form app without a menu route",
			file: "data/nl.toml",
			old: `menu = [
  "Open de app en tik op je profielfoto.",
  "Tik rechtsboven op de 3 streepjes.",
  "Kies daarna Privacycentrum.",
  "Tik in de tekst over AI bij Meta op de blauwe woorden Bezwaar maken.",
  "Vul je e-mailadres in, en als je wilt een korte reden.",
  "Tik op Verzenden om je bezwaar te versturen.",
]`,
			new:  `menu = []`,
			want: []string{"apps.instagram.menu", "empty"},
		},
		{
			name: "empty line in a menu route",
			file: "data/en.toml",
			old: `menu = [
  "Open the app and tap your profile photo.",`,
			new: `menu = [
  "",`,
			want: []string{"apps.facebook.menu[0]", "empty"},
		},
		{
			name: "two explain pages with one id",
			file: "data/en.toml",
			old:  `id = "not"`,
			new:  `id = "what"`,
			want: []string{"explain[1]", `id "what" twice`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := realFS(t)
			replaceIn(t, m, tt.file, tt.old, tt.new)
			err := loadAndValidate(m, langOf(tt.file))
			if err == nil {
				t.Fatal("no error, want one")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not name %q:\n%v", w, err)
				}
			}
		})
	}
}

// langOf returns the language a changed file is read in: its own, or
// Dutch for the common file.
func langOf(file string) string {
	for _, lang := range Languages {
		if file == "data/"+lang+".toml" || file == "data/organisation."+lang+".toml" {
			return lang
		}
	}
	return Languages[0]
}

func loadAndValidate(fsys fs.FS, lang string) error {
	g, err := load(fsys, lang)
	if err != nil {
		return err
	}
	return g.Validate()
}

func TestLoadCatchesMistakes(t *testing.T) {
	tests := []struct {
		name      string
		file, old string
		new       string
		lang      string
		want      []string
	}{
		{
			name: "misspelt key in a language",
			file: "data/nl.toml",
			old:  `title = "Wat doet Meta?"`,
			new:  `titel = "Wat doet Meta?"`,
			lang: "nl",
			want: []string{"data/nl.toml", "unknown key", "titel"},
		},
		{
			name: "misspelt key in the common file",
			file: "data/common.toml",
			old:  `allowed_hosts =`,
			new:  `allowed_host =`,
			lang: "en",
			want: []string{"data/common.toml", "unknown key", "allowed_host"},
		},
		{
			name: "app that is not in the common file",
			file: "data/en.toml",
			old:  "[[apps]]\nid = \"threads\"",
			new:  "[[apps]]\nid = \"tiktok\"",
			lang: "en",
			want: []string{"tiktok", "common.toml"},
		},
		{
			name: "unknown time zone",
			file: "data/common.toml",
			old:  `zone = "Europe/Amsterdam"`,
			new:  `zone = "Europe/Atlantis"`,
			lang: "nl",
			want: []string{"zone"},
		},
		{
			name: "broken TOML",
			file: "data/en.toml",
			old:  `lang = "en"`,
			new:  `lang = "en`,
			lang: "en",
			want: []string{"data/en.toml"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := realFS(t)
			replaceIn(t, m, tt.file, tt.old, tt.new)
			g, err := load(m, tt.lang)
			if err == nil {
				t.Fatal("load: no error, want one")
			}
			if g != nil {
				t.Error("load returned a guide with the error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not name %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	m := realFS(t)
	delete(m, "data/en.toml")
	if _, err := load(m, "en"); err == nil {
		t.Error("load without en.toml: no error")
	}
}

// loadBoth loads the real guides in the first two languages.
func loadBoth(t *testing.T) (a, b *Guide) {
	t.Helper()
	a, err := Load(Languages[0])
	if err != nil {
		t.Fatal(err)
	}
	b, err = Load(Languages[1])
	if err != nil {
		t.Fatal(err)
	}
	return a, b
}

func TestSameShape(t *testing.T) {
	tests := []struct {
		name   string
		change func(g *Guide)
		want   string // what the error names; "" for no error
	}{
		{name: "unchanged", change: func(*Guide) {}},
		{
			name:   "words differ",
			change: func(g *Guide) { g.Explain[0].Title = "Something else"; g.Steps[0].Body = "Other words" },
		},
		{
			name:   "an explain page fewer",
			change: func(g *Guide) { g.Explain = g.Explain[:len(g.Explain)-1] },
			want:   "explain",
		},
		{
			name:   "explain pages in another order",
			change: func(g *Guide) { g.Explain[0], g.Explain[1] = g.Explain[1], g.Explain[0] },
			want:   "explain",
		},
		{
			name:   "a more page renamed",
			change: func(g *Guide) { g.More[0].ID = "extra" },
			want:   "more",
		},
		{
			name:   "a step fewer",
			change: func(g *Guide) { g.Steps = g.Steps[1:] },
			want:   "steps",
		},
		{
			name:   "a step with another action",
			change: func(g *Guide) { g.Steps[0].Action = ActionAddress },
			want:   "steps",
		},
		{
			name:   "a step on another route",
			change: func(g *Guide) { g.Steps[0].Routes = []string{RoutePhone} },
			want:   "steps",
		},
		{
			name:   "an app fewer",
			change: func(g *Guide) { g.Apps = g.Apps[:len(g.Apps)-1] },
			want:   "apps",
		},
		{
			name:   "a shorter menu route",
			change: func(g *Guide) { a := g.App("instagram"); a.Menu = a.Menu[1:] },
			want:   "menu route of instagram",
		},
		{
			name:   "a source fewer",
			change: func(g *Guide) { g.Sources = g.Sources[1:] },
			want:   "sources",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := loadBoth(t)
			tt.change(b)
			errs := sameShape(a, b)
			if tt.want == "" {
				if len(errs) > 0 {
					t.Errorf("sameShape: %v, want no errors", errs)
				}
				return
			}
			if len(errs) == 0 {
				t.Fatalf("sameShape: no errors, want one naming %q", tt.want)
			}
			if err := errors.Join(errs...); !strings.Contains(err.Error(), tt.want) {
				t.Errorf("sameShape error does not name %q:\n%v", tt.want, err)
			}
		})
	}
}

func TestStepsFor(t *testing.T) {
	for _, lang := range Languages {
		g, err := Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			route      string
			firstID    string
			firstDoing string
			// the steps every route ends with, in order
			last []string
		}{
			{RouteComputer, "open", ActionOpen, []string{"email", "reason", "send", "confirm", "logout"}},
			{RoutePhone, "phone", ActionAddress, []string{"email", "reason", "send", "confirm"}},
			{RouteApp, "menu", ActionMenu, []string{"email", "reason", "send", "confirm"}},
		}
		for _, tt := range tests {
			t.Run(lang+"/"+tt.route, func(t *testing.T) {
				steps := g.StepsFor(tt.route, AudiencePerson)
				if len(steps) == 0 {
					t.Fatal("no steps")
				}
				if steps[0].ID != tt.firstID || steps[0].Action != tt.firstDoing {
					t.Errorf("first step = %s (action %q), want %s (action %q)",
						steps[0].ID, steps[0].Action, tt.firstID, tt.firstDoing)
				}
				var ids []string
				for _, s := range steps {
					ids = append(ids, s.ID)
					if !slices.Contains(s.Routes, tt.route) {
						t.Errorf("step %s is not for route %s: %v", s.ID, tt.route, s.Routes)
					}
					if s.Audience != AudiencePerson {
						t.Errorf("step %s is for %s", s.ID, s.Audience)
					}
				}
				if len(ids) < len(tt.last) || !slices.Equal(ids[len(ids)-len(tt.last):], tt.last) {
					t.Errorf("steps = %v, want them to end with %v", ids, tt.last)
				}
				// In the guide's order.
				var all []string
				for _, s := range g.Steps {
					if slices.Contains(ids, s.ID) {
						all = append(all, s.ID)
					}
				}
				if !slices.Equal(ids, all) {
					t.Errorf("steps = %v, not in the guide's order %v", ids, all)
				}
			})
		}
		t.Run(lang+"/nobody", func(t *testing.T) {
			if steps := g.StepsFor("bicycle", AudiencePerson); len(steps) != 0 {
				t.Errorf("StepsFor an unknown route = %d steps, want none", len(steps))
			}
			if steps := g.StepsFor(RouteComputer, "alien"); len(steps) != 0 {
				t.Errorf("StepsFor an unknown audience = %d steps, want none", len(steps))
			}
		})
	}
}

// TestOrgSteps: an organisation's steps come in the words of its kind where
// they differ, the same steps in the same order; a kind not known keeps
// the steps' own words; the guide itself is not changed.
func TestOrgSteps(t *testing.T) {
	for _, lang := range Languages {
		g, err := Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		own := g.StepsFor(RouteComputer, AudienceOrganisation)
		ids := func(steps []Step) []string {
			var ids []string
			for _, s := range steps {
				ids = append(ids, s.ID)
			}
			return ids
		}
		for _, kind := range append(slices.Clone(OrgKinds), "", "gemeente") {
			steps := g.OrgSteps(kind)
			if !slices.Equal(ids(steps), ids(own)) {
				t.Errorf("%s/%q: steps %v, want %v", lang, kind, ids(steps), ids(own))
				continue
			}
			changed := 0
			for i, s := range steps {
				w, ok := own[i].Kinds[kind]
				switch {
				case !ok && (s.Title != own[i].Title || s.Body != own[i].Body):
					t.Errorf("%s/%q: step %s changed without words for its kind", lang, kind, s.ID)
				case ok && ((w.Title != "" && s.Title != w.Title) || (w.Body != "" && s.Body != w.Body)):
					t.Errorf("%s/%q: step %s is not in its kind's words", lang, kind, s.ID)
				case ok:
					changed++
				}
			}
			if slices.Contains(OrgKinds, kind) && changed == 0 {
				t.Errorf("%s/%q: no step in the kind's own words", lang, kind)
			}
		}
		if again := g.StepsFor(RouteComputer, AudienceOrganisation); !reflect.DeepEqual(again, own) {
			t.Errorf("%s: OrgSteps changed the guide's steps", lang)
		}
	}
}

func TestApps(t *testing.T) {
	g, err := Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("FormApps", func(t *testing.T) {
		var ids []string
		for _, a := range g.FormApps() {
			ids = append(ids, a.ID)
			if !a.HasForm() {
				t.Errorf("%s is a form app without a form", a.ID)
			}
		}
		if want := []string{"facebook", "instagram"}; !slices.Equal(ids, want) {
			t.Errorf("FormApps = %v, want %v", ids, want)
		}
	})
	tests := []struct {
		id      string
		name    string
		hasForm bool
	}{
		{"facebook", "Facebook", true},
		{"instagram", "Instagram", true},
		{"whatsapp", "WhatsApp", false},
		{"messenger", "Messenger", false},
		{"threads", "Threads", false},
	}
	for _, tt := range tests {
		t.Run("App/"+tt.id, func(t *testing.T) {
			a := g.App(tt.id)
			if a == nil {
				t.Fatalf("App(%q) = nil", tt.id)
			}
			if a.ID != tt.id || a.Name != tt.name || a.HasForm() != tt.hasForm {
				t.Errorf("App(%q) = %s %q form %v, want %s %q form %v",
					tt.id, a.ID, a.Name, a.HasForm(), tt.id, tt.name, tt.hasForm)
			}
			if !a.HasForm() && a.Page.ID != tt.id {
				t.Errorf("App(%q).Page.ID = %q, want the app's id", tt.id, a.Page.ID)
			}
		})
	}
	t.Run("App/unknown", func(t *testing.T) {
		if a := g.App("tiktok"); a != nil {
			t.Errorf("App(tiktok) = %+v, want nil", a)
		}
	})
	t.Run("App points into the guide", func(t *testing.T) {
		g, err := Load("en")
		if err != nil {
			t.Fatal(err)
		}
		g.App("facebook").Name = "Changed"
		if g.Apps[0].Name != "Changed" {
			t.Error("App returns a copy, want a pointer into the guide")
		}
	})
}

func TestPage(t *testing.T) {
	g, err := Load("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"what", "not", "why", "limits", "more"} {
		t.Run(id, func(t *testing.T) {
			p := g.Page(id)
			if p == nil || p.ID != id || p.Title == "" {
				t.Errorf("Page(%q) = %+v, want the page", id, p)
			}
		})
	}
	t.Run("unknown", func(t *testing.T) {
		if p := g.Page("welcome"); p != nil {
			t.Errorf("Page(welcome) = %+v, want nil: the welcome page is not among them", p)
		}
	})
}
