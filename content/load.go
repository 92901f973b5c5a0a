package content

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sync"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"

	// The deadline is Amsterdam time, and Windows kiosks have no time zone
	// database of their own.
	_ "time/tzdata"
)

//go:embed data/*.toml
var files embed.FS

// Languages lists the languages the guide is written in; Dutch first, as the
// default.
var Languages = []string{"nl", "en"}

// ErrUnknownLanguage is returned by Load for a language the guide is not
// written in.
var ErrUnknownLanguage = errors.New("unknown language")

// commonFile is what is the same in every language.
type commonFile struct {
	Deadline struct {
		At   time.Time `toml:"at"`
		Zone string    `toml:"zone"`
	} `toml:"deadline"`
	Links struct {
		AllowedHosts []string `toml:"allowed_hosts"`
	} `toml:"links"`
	Apps []struct {
		ID    string   `toml:"id"`
		Form  string   `toml:"form"`
		Via   string   `toml:"via"`
		Sites []string `toml:"sites"`
	} `toml:"apps"`
}

// langFile is the texts of one language.
type langFile struct {
	Lang     string `toml:"lang"`
	Reason   string `toml:"reason"`
	Deadline struct {
		Before string `toml:"before"`
		Today  string `toml:"today"`
		After  string `toml:"after"`
		Note   string `toml:"note"`
	} `toml:"deadline"`
	Welcome   Page                `toml:"welcome"`
	Explain   []Page              `toml:"explain"`
	Recognise Page                `toml:"recognise"`
	Questions map[string]Question `toml:"questions"`
	Apps      []struct {
		ID        string   `toml:"id"`
		Name      string   `toml:"name"`
		Recognise string   `toml:"recognise"`
		Menu      []string `toml:"menu"`
		Page      Page     `toml:"page"`
	} `toml:"apps"`
	Steps   []Step   `toml:"steps"`
	More    []Page   `toml:"more"`
	Done    Done     `toml:"done"`
	Info    Page     `toml:"info"`
	Sources []Source `toml:"sources"`
}

// orgFile is the organisation's path in one language.
type orgFile struct {
	Lang string `toml:"lang"`
	Organisation
	Steps []Step `toml:"steps"`
}

// Load reads the embedded guide in the given language. It does not
// validate: Validate does that, and the tests run it for every language.
func Load(lang string) (*Guide, error) {
	return load(files, lang)
}

func load(fsys fs.FS, lang string) (*Guide, error) {
	if !slices.Contains(Languages, lang) {
		return nil, fmt.Errorf("%w: %q", ErrUnknownLanguage, lang)
	}
	var common commonFile
	if err := decode(fsys, "data/common.toml", &common); err != nil {
		return nil, err
	}
	var texts langFile
	if err := decode(fsys, "data/"+lang+".toml", &texts); err != nil {
		return nil, err
	}
	var org orgFile
	if err := decode(fsys, "data/organisation."+lang+".toml", &org); err != nil {
		return nil, err
	}
	if org.Lang != texts.Lang {
		return nil, fmt.Errorf("content: organisation.%s.toml says lang %q", lang, org.Lang)
	}
	zone, err := time.LoadLocation(common.Deadline.Zone)
	if err != nil {
		return nil, fmt.Errorf("content: deadline zone: %w", err)
	}

	g := &Guide{
		Lang: texts.Lang,
		Deadline: Deadline{
			At:     common.Deadline.At.In(zone),
			Zone:   zone,
			Before: texts.Deadline.Before,
			Today:  texts.Deadline.Today,
			After:  texts.Deadline.After,
			Note:   texts.Deadline.Note,
		},
		Welcome:      texts.Welcome,
		Explain:      texts.Explain,
		Recognise:    texts.Recognise,
		Questions:    texts.Questions,
		Steps:        append(texts.Steps, org.Steps...),
		Organisation: org.Organisation,
		Reason:       texts.Reason,
		More:         texts.More,
		Done:         texts.Done,
		Info:         texts.Info,
		Sources:      texts.Sources,
	}
	forms, err := checkForms(common)
	if err != nil {
		return nil, err
	}
	if err := checkSites(common); err != nil {
		return nil, err
	}
	// The apps' order and their forms come from the common file; a language
	// only adds words. An app a language forgets keeps an empty name, which
	// Validate reports.
	for _, c := range common.Apps {
		app := App{ID: c.ID, Form: forms[c.ID], Via: c.Via, Sites: c.Sites}
		for _, t := range texts.Apps {
			if t.ID == c.ID {
				app.Name, app.Recognise, app.Menu, app.Page = t.Name, t.Recognise, t.Menu, t.Page
				app.Page.ID = c.ID
			}
		}
		g.Apps = append(g.Apps, app)
	}
	for _, t := range texts.Apps {
		if g.App(t.ID) == nil {
			return nil, fmt.Errorf("content: %s: app %q is not in common.toml", lang, t.ID)
		}
	}
	return g, nil
}

// checkForms checks every form address against the allow-list, and
// returns them checked, by app. A guide with an address that fails does not
// load: no face can then show, print or open it.
func checkForms(common commonFile) (map[string]address.Checked, error) {
	var errs []error
	allow, err := address.NewAllowList(common.Links.AllowedHosts...)
	if err != nil {
		errs = append(errs, fmt.Errorf("content: common.toml: links.allowed_hosts: %w", err))
	}
	forms := map[string]address.Checked{}
	for _, c := range common.Apps {
		if c.Form == "" {
			continue
		}
		form, err := allow.Check(c.Form)
		if err != nil {
			errs = append(errs, fmt.Errorf("content: common.toml: apps.%s.form: %w", c.ID, err))
		}
		forms[c.ID] = form
	}
	return forms, errors.Join(errs...)
}

// checkSites checks the apps' sites: host names as the allow-list has
// them, lower case and of two labels at least, so that no site is "com".
func checkSites(common commonFile) error {
	var errs []error
	for _, c := range common.Apps {
		if _, err := address.NewAllowList(c.Sites...); len(c.Sites) > 0 && err != nil {
			errs = append(errs, fmt.Errorf("content: common.toml: apps.%s.sites: %w", c.ID, err))
		}
	}
	return errors.Join(errs...)
}

// AllowList returns the built-in allow-list, from the common file inside
// the program: no file outside it can widen the list. The browser opener
// and check-links check every address against it once more. Should the
// common file not load, the list is empty and allows nothing; Validate
// reports why.
func AllowList() address.AllowList {
	list, _ := builtinAllowList()
	return list
}

var builtinAllowList = sync.OnceValues(func() (address.AllowList, error) {
	var common commonFile
	if err := decode(files, "data/common.toml", &common); err != nil {
		return address.AllowList{}, err
	}
	list, err := address.NewAllowList(common.Links.AllowedHosts...)
	if err != nil {
		return address.AllowList{}, fmt.Errorf("content: common.toml: links.allowed_hosts: %w", err)
	}
	return list, nil
})

func decode(fsys fs.FS, name string, v any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("content: %w", err)
	}
	md, err := toml.Decode(string(data), v)
	if err != nil {
		return fmt.Errorf("content: %s: %w", name, err)
	}
	// A misspelt key would otherwise leave a text silently empty.
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		return fmt.Errorf("content: %s: unknown key %q", name, undecoded[0].String())
	}
	return nil
}

// App returns the app with the given ID, or nil.
func (g *Guide) App(id string) *App {
	for i := range g.Apps {
		if g.Apps[i].ID == id {
			return &g.Apps[i]
		}
	}
	return nil
}

// FormApps returns the apps that have an objection form, in order.
func (g *Guide) FormApps() []App {
	var apps []App
	for _, a := range g.Apps {
		if a.HasForm() {
			apps = append(apps, a)
		}
	}
	return apps
}

// StepsFor returns the steps for a route and audience, in order.
func (g *Guide) StepsFor(route, audience string) []Step {
	var steps []Step
	for _, s := range g.Steps {
		if slices.Contains(s.Routes, route) && s.Audience == audience {
			steps = append(steps, s)
		}
	}
	return steps
}

// Page returns the page with the given ID among the explanations and the
// "more" pages, or nil.
func (g *Guide) Page(id string) *Page {
	for _, pages := range [][]Page{g.Explain, g.More} {
		for i := range pages {
			if pages[i].ID == id {
				return &pages[i]
			}
		}
	}
	return nil
}
