package content

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	gotoml "github.com/pelletier/go-toml/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/forms"

	// The deadline is Amsterdam time, and Windows kiosks have no time zone
	// database of their own.
	_ "time/tzdata"
)

//go:embed data/*.toml
var files embed.FS

// Languages lists the languages the guide is written in; Dutch first, as the
// default.
var Languages = []string{"nl", "en", "tr", "ar"}

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
		// Pages are Meta's other pages a text may point to, as {link:ID}.
		Pages map[string]string `toml:"pages"`
	} `toml:"links"`
	Apps []struct {
		ID   string `toml:"id"`
		Form string `toml:"form"`
		Via  string `toml:"via"`
		// When the form's address and the route in the app were last
		// checked, and where they come from.
		FormChecked  checkedDate `toml:"form_checked"`
		FormSource   string      `toml:"form_source"`
		RouteChecked checkedDate `toml:"route_checked"`
		RouteSource  string      `toml:"route_source"`
		Sites        []string    `toml:"sites"`
	} `toml:"apps"`
}

// checkedDate is a day (2025-04-24), or a month ("2025-04") when a source
// gives no day.
type checkedDate struct {
	on    time.Time
	month bool
}

// UnmarshalTOML reads the value as written in the file: a date
// (2025-04-24) is a day, a string ("2025-04") a month.
func (d *checkedDate) UnmarshalTOML(raw []byte) error {
	text := strings.TrimSpace(string(raw))
	if on, err := time.Parse(time.DateOnly, text); err == nil {
		d.on = on
		return nil
	}
	if month, err := strconv.Unquote(text); err == nil {
		if on, err := time.Parse("2006-01", month); err == nil {
			d.on, d.month = on, true
			return nil
		}
	}
	return fmt.Errorf("want a date (2025-04-24) or a month (\"2025-04\"), got %s", text)
}

// routeFile is the sentences around the route in the app, in one
// language.
type routeFile struct {
	Lang string `toml:"lang"`
	RouteTexts
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
	Recognise Recognise           `toml:"recognise"`
	Questions map[string]Question `toml:"questions"`
	Apps      []struct {
		ID        string   `toml:"id"`
		Name      string   `toml:"name"`
		Recognise string   `toml:"recognise"`
		Menu      []string `toml:"menu"`
		Page      Page     `toml:"page"`
		// The organisation letter's question for the accounts on the
		// app, for an app with a form.
		Accounts     string `toml:"accounts"`
		AccountsHelp string `toml:"accounts_help"`
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

// LoadWith is Load with an address file's newer addresses and routes in
// place of the program's own; a nil file changes nothing. The file was
// checked when it was read (ReadAddressFile).
func LoadWith(lang string, f *forms.File) (*Guide, error) {
	g, err := load(files, lang)
	if err != nil {
		return nil, err
	}
	g.UseAddressFile(f)
	return g, nil
}

// LoadFrom reads a guide laid out as the embedded one (data/common.toml,
// data/<lang>.toml, data/organisation.<lang>.toml, data/route.<lang>.toml)
// from fsys, with its own apps, addresses and allow-list: a test's
// fixture guide (package contenttest).
func LoadFrom(fsys fs.FS, lang string) (*Guide, error) {
	return load(fsys, lang)
}

// ReadAddressFile reads an address file and checks it against the apps
// with a form, the languages and the built-in allow-list. See package
// forms for what it holds and how it fails.
func ReadAddressFile(path string) (*forms.File, error) {
	return forms.Read(path, AddressFileKnows())
}

// AddressFileKnows is what an address file may name.
func AddressFileKnows() forms.Known {
	known := forms.Known{Languages: slices.Clone(Languages), Allow: AllowList()}
	var common commonFile
	if err := decode(files, "data/common.toml", &common); err == nil {
		for _, a := range common.Apps {
			if a.Form != "" {
				known.Apps = append(known.Apps, a.ID)
			}
		}
	}
	return known
}

func load(fsys fs.FS, lang string) (*Guide, error) {
	if !slices.Contains(Languages, lang) {
		return nil, fmt.Errorf("%w: %q", ErrUnknownLanguage, lang)
	}
	var (
		common commonFile
		texts  langFile
		org    orgFile
		route  routeFile
	)
	if err := decodeAll(fsys, map[string]any{
		"data/common.toml":                    &common,
		"data/" + lang + ".toml":              &texts,
		"data/organisation." + lang + ".toml": &org,
		"data/route." + lang + ".toml":        &route,
	}); err != nil {
		return nil, err
	}
	if org.Lang != texts.Lang {
		return nil, fmt.Errorf("content: organisation.%s.toml says lang %q", lang, org.Lang)
	}
	if route.Lang != texts.Lang {
		return nil, fmt.Errorf("content: route.%s.toml says lang %q", lang, route.Lang)
	}
	// An address in a text comes from the common file, checked like the
	// forms: a text names it as {link:ID} and never writes it out.
	links, err := checkLinks(common)
	if err != nil {
		return nil, err
	}
	fillTexts(&texts, links)
	fillTexts(&org, links)
	fillTexts(&route, links)
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
		Route:        route.RouteTexts,
	}
	builtin, err := checkForms(common)
	if err != nil {
		return nil, err
	}
	// checkForms has said what is wrong with the list, if anything.
	g.Allow, _ = allowListOf(common)
	if err := checkSites(common); err != nil {
		return nil, err
	}
	// The apps' order and their forms come from the common file; a language
	// only adds words. An app a language forgets keeps an empty name, which
	// Validate reports.
	for _, c := range common.Apps {
		app := App{ID: c.ID, Form: builtin[c.ID], Via: c.Via, Sites: c.Sites,
			FormChecked:  Checked{On: c.FormChecked.on, Month: c.FormChecked.month, Source: c.FormSource},
			RouteChecked: Checked{On: c.RouteChecked.on, Month: c.RouteChecked.month, Source: c.RouteSource},
		}
		for _, t := range texts.Apps {
			if t.ID == c.ID {
				app.Name, app.Recognise, app.Menu, app.Page = t.Name, t.Recognise, t.Menu, t.Page
				app.Accounts, app.AccountsHelp = t.Accounts, t.AccountsHelp
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

// UseAddressFile puts an address file's addresses and routes in place of
// the program's own. A route in the guide's language is used, else the
// one in the file's first language (Dutch): a newer route in Dutch, the
// words the app shows here, helps more than one from 2025 that no longer
// fits.
func (g *Guide) UseAddressFile(file *forms.File) {
	if file == nil {
		return
	}
	for i := range g.Apps {
		app := &g.Apps[i]
		e, ok := file.Apps[app.ID]
		if !ok || !app.HasForm() {
			continue
		}
		checked := Checked{On: e.Checked, By: e.By, File: file.Path}
		if !e.Form.IsZero() {
			app.Form, app.FormChecked = e.Form, checked
			g.AddressFile = file.Path
		}
		route, ok := e.Route[g.Lang]
		if !ok {
			route, ok = e.Route[Languages[0]]
		}
		if ok {
			app.Menu, app.RouteChecked = slices.Clone(route), checked
			g.AddressFile = file.Path
		}
	}
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

// checkLinks checks the addresses texts may point to, and returns the
// replacer that puts them in: {link:ID} becomes the checked address.
func checkLinks(common commonFile) (*strings.Replacer, error) {
	allow, err := address.NewAllowList(common.Links.AllowedHosts...)
	if err != nil {
		// checkForms says what is wrong with the list; a text's link stays
		// a placeholder, which Validate reports.
		return strings.NewReplacer(), nil
	}
	var pairs []string
	var errs []error
	for _, id := range slices.Sorted(maps.Keys(common.Links.Pages)) {
		link, err := allow.Check(common.Links.Pages[id])
		if err != nil {
			errs = append(errs, fmt.Errorf("content: common.toml: links.pages.%s: %w", id, err))
			continue
		}
		pairs = append(pairs, "{link:"+id+"}", link.String())
	}
	return strings.NewReplacer(pairs...), errors.Join(errs...)
}

// fillTexts puts the links into every text of a decoded file: every
// string, in structs, slices and maps, however deep.
func fillTexts(v any, links *strings.Replacer) {
	var fill func(reflect.Value)
	fill = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			fill(v.Elem())
		case reflect.String:
			if v.CanSet() {
				v.SetString(links.Replace(v.String()))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				fill(v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				fill(v.Index(i))
			}
		case reflect.Map:
			for _, k := range v.MapKeys() {
				e := reflect.New(v.Type().Elem()).Elem()
				e.Set(v.MapIndex(k))
				fill(e)
				v.SetMapIndex(k, e)
			}
		}
	}
	fill(reflect.ValueOf(v))
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
// the program: no file outside it can widen the list. Should the common
// file not load, the list is empty and allows nothing; Validate reports
// why.
//
// It reads the common file each time it is called, and keeps nothing: a
// guide carries the list it was loaded with (Guide.Allow), and the command
// line hands that to the browser opener and check-links, which check every
// address against it once more.
func AllowList() address.AllowList {
	list, _ := builtinAllowList()
	return list
}

func builtinAllowList() (address.AllowList, error) {
	var common commonFile
	if err := decode(files, "data/common.toml", &common); err != nil {
		return address.AllowList{}, err
	}
	return allowListOf(common)
}

// allowListOf is the common file's allow-list.
func allowListOf(common commonFile) (address.AllowList, error) {
	list, err := address.NewAllowList(common.Links.AllowedHosts...)
	if err != nil {
		return address.AllowList{}, fmt.Errorf("content: common.toml: links.allowed_hosts: %w", err)
	}
	return list, nil
}

// decodeAll decodes the files side by side: reading the guide is most of
// what a short command does before it can print, and a computer has more
// than one core. Every file that fails is named in the error.
func decodeAll(fsys fs.FS, into map[string]any) error {
	names := slices.Sorted(maps.Keys(into))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Go(func() { errs[i] = decode(fsys, name, into[name]) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

func decode(fsys fs.FS, name string, v any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("content: %w", err)
	}
	// A misspelt key would otherwise leave a text silently empty.
	d := gotoml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields().EnableUnmarshalerInterface()
	if err := d.Decode(v); err != nil {
		var strict *gotoml.StrictMissingError
		if errors.As(err, &strict) && len(strict.Errors) > 0 {
			return fmt.Errorf("content: %s: unknown key %q", name, strings.Join(strict.Errors[0].Key(), "."))
		}
		return fmt.Errorf("content: %s: %w", name, err)
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

// OrgSteps returns an organisation's steps (on a computer, its office's)
// in the words for its kind of organisation. For a kind it does not know,
// the steps keep their own words, which fit every kind.
func (g *Guide) OrgSteps(kind string) []Step {
	steps := g.StepsFor(RouteComputer, AudienceOrganisation)
	for i, s := range steps {
		w, ok := s.Kinds[kind]
		if !ok {
			continue
		}
		if w.Title != "" {
			steps[i].Title = w.Title
		}
		if w.Body != "" {
			steps[i].Body = w.Body
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
