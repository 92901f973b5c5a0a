// Package i18n holds every sentence of the program's interface (titles,
// buttons, key help, errors, the banner's words) in embedded TOML files, one
// per language, and picks the language a person reads.
package i18n

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"time"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	gotoml "github.com/pelletier/go-toml/v2"
	"golang.org/x/text/language"
)

//go:embed locales/*.toml
var locales embed.FS

// Languages are the languages the interface is written in; Dutch first, as
// the default. Not every face offers each (see OnScreen).
var Languages = []string{"nl", "en", "tr", "ar"}

// rightToLeft are the languages written from right to left.
var rightToLeft = []string{"ar"}

// RightToLeft says whether lang is written from right to left.
func RightToLeft(lang string) bool { return slices.Contains(rightToLeft, lang) }

// OnScreen says whether the faces that draw on a terminal (the wizard, the
// line-by-line mode, open) offer lang. Most terminals, the Windows console
// among them, cannot show right-to-left text correctly: those languages
// are offered on paper and in plain text only.
func OnScreen(lang string) bool {
	return slices.Contains(Languages, lang) && !RightToLeft(lang)
}

// ScreenLanguages are the languages a terminal face offers, in the order
// of Languages.
func ScreenLanguages() []string {
	var langs []string
	for _, lang := range Languages {
		if OnScreen(lang) {
			langs = append(langs, lang)
		}
	}
	return langs
}

// Name is lang's name in lang itself ("Nederlands", "Türkçe"): how a
// person finds their language in a list. It reads only the language's
// small file lang.<lang>.toml, not all its messages.
func Name(lang string) string {
	data, err := fs.ReadFile(locales, "locales/lang."+lang+".toml")
	var file map[string]any
	if err == nil {
		err = gotoml.Unmarshal(data, &file)
	}
	if name, ok := file["language.name"].(string); ok && err == nil && name != "" {
		return name
	}
	return lang
}

// Default is the language when nothing else decides.
const Default = "nl"

// ErrUnknownLanguage is returned for a language the program does not speak.
var ErrUnknownLanguage = errors.New("unknown language")

// Data fills the {{.Name}} fields of a message.
type Data = map[string]any

// Translator gives the sentences of one language.
type Translator struct {
	lang string
	loc  *goi18n.Localizer
}

// Each part of the program has its own file per language, named
// "<part>.<lang>.toml", so that writers of different parts do not edit the
// same file.
func loadBundle(lang string) *goi18n.Bundle {
	b := goi18n.NewBundle(language.Make(lang))
	files, err := localeFiles(lang)
	if err == nil && len(files) == 0 {
		err = fmt.Errorf("no files for %s", lang)
	}
	if err == nil {
		err = addFiles(b, files)
	}
	if err != nil {
		// The files are embedded and tested: this is a build mistake.
		panic(fmt.Sprintf("i18n: %v", err))
	}
	return b
}

// addFiles parses the files side by side and adds their messages in the
// files' order. Parsing is most of the time a short command takes before
// it can say anything, and a computer has more than one core.
func addFiles(b *goi18n.Bundle, files []string) error {
	parsed := make([]*goi18n.MessageFile, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, name := range files {
		wg.Go(func() {
			data, err := fs.ReadFile(locales, name)
			if err == nil {
				parsed[i], err = goi18n.ParseMessageFileBytes(data, name, unmarshalers)
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, mf := range parsed {
		if errs[i] != nil {
			return errs[i]
		}
		if err := b.AddMessages(mf.Tag, mf.Messages...); err != nil {
			return err
		}
	}
	return nil
}

var unmarshalers = map[string]goi18n.UnmarshalFunc{"toml": gotoml.Unmarshal}

// localeFiles lists the embedded message files of a language.
func localeFiles(lang string) ([]string, error) {
	return fs.Glob(locales, "locales/*."+lang+".toml")
}

// New returns the translator for lang, one of Languages. It parses the
// language's files every time, and keeps nothing: the caller keeps the
// translator for as long as it speaks that language (the command line
// keeps one per language for the whole run), so no copy lives on in the
// package where a test or a second caller could not see it.
func New(lang string) (*Translator, error) {
	if !slices.Contains(Languages, lang) {
		return nil, fmt.Errorf("%w: %q", ErrUnknownLanguage, lang)
	}
	return &Translator{lang: lang, loc: goi18n.NewLocalizer(loadBundle(lang), lang)}, nil
}

// MustNew is New for languages known to exist, such as Default.
func MustNew(lang string) *Translator {
	t, err := New(lang)
	if err != nil {
		panic(err)
	}
	return t
}

// Lang returns the translator's language code.
func (t *Translator) Lang() string { return t.lang }

// T returns the message with the given ID, filled with data. A missing
// message shows its ID, which the tests forbid: it never reaches a person.
func (t *Translator) T(id string, data ...Data) string {
	cfg := &goi18n.LocalizeConfig{MessageID: id}
	if len(data) > 0 {
		cfg.TemplateData = data[0]
	}
	s, err := t.loc.Localize(cfg)
	if err != nil || s == "" {
		return id
	}
	return s
}

// N returns the plural form of the message for count; {{.Count}} holds the
// count.
func (t *Translator) N(id string, count int, data ...Data) string {
	d := Data{}
	if len(data) > 0 {
		for k, v := range data[0] {
			d[k] = v
		}
	}
	d["Count"] = count
	s, err := t.loc.Localize(&goi18n.LocalizeConfig{MessageID: id, PluralCount: count, TemplateData: d})
	if err != nil || s == "" {
		return id
	}
	return s
}

// Date writes a date out, "27 mei 2025" or "27 May 2025".
func (t *Translator) Date(d time.Time) string {
	months := strings.Fields(t.T("date.months"))
	month := d.Month().String()
	if len(months) == 12 {
		month = months[d.Month()-1]
	}
	return t.T("date.format", Data{"Day": d.Day(), "Month": month, "Year": d.Year()})
}

// DateTime writes a date and a time of day, "20 mei 2025, 10:00".
func (t *Translator) DateTime(d time.Time) string {
	return t.T("date.time", Data{"Date": t.Date(d), "Time": d.Format("15:04")})
}

// List joins items the way the language does: "a, b en c".
func (t *Translator) List(items []string) string { return t.join(items, "list.and") }

// Or joins alternatives: "a, b of c".
func (t *Translator) Or(items []string) string { return t.join(items, "list.or") }

func (t *Translator) join(items []string, word string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], t.T("list.comma")) + t.T(word) + items[len(items)-1]
}
