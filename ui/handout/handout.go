// Package handout writes the printable page a person takes home: for each
// chosen app the form's address to type over, a QR code to scan with their
// own phone, the steps, a sample reason and the way through the app's menu
// when the link does not work. A volunteer at a help desk prints it; the
// person does the rest at home, at their own pace, on their own phone.
//
// The page is one self-contained HTML file for A4 paper: no script, no
// external fonts, images or style sheets, so it looks the same offline and
// gives away nothing when it is opened. Every word on it comes from the
// guide or from the handout.* messages.
package handout

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/qr"
)

// ErrNoForm is returned for an app ID that is unknown or has no objection
// form: there is nothing to print for it.
var ErrNoForm = errors.New("handout: no objection form for this app")

// Options say what to print.
type Options struct {
	T     *i18n.Translator
	Guide *content.Guide
	// Apps are the IDs of apps with a form; empty means every app with a
	// form. The page follows the guide's order whatever the order here.
	Apps []string
	// Now is the day the page is made: it is printed, and it decides what
	// the page says about the deadline.
	Now time.Time
	// Practice is set when the clock was set with --now: the page then
	// says on every sheet that it is for practice, so that nobody takes
	// its date home as real advice.
	Practice bool
}

// The page's layout lives in one template, so that it reads as HTML and
// html/template escapes every text that goes into it.
//
//go:embed handout.html.tmpl
var pageSource string

// view is everything the template shows, already in words.
type view struct {
	Lang string
	// RightToLeft is set for a language written from right to left: the
	// page is then too, but for its addresses, digits and codes.
	RightToLeft bool
	Title       string
	Intro       string
	Deadline    string
	Note        string // only once the date has passed
	Made        string
	InUse       string        // only when an address file is in use
	Practice    *practiceView // only with a practice clock
	Apps        []appView

	SourcesTitle string
	SourcesIntro string
	Sources      []content.Source
}

// practiceView marks a page made with a practice clock: a line in the
// deadline's box, and a mark in the margin of every sheet.
type practiceView struct {
	Clock string // "Oefenen: de klok staat op …", as the wizard's banner says
	Note  string
	// Margin is the mark in the margin, a CSS string: html/template would
	// take a text with a colon in a CSS string for an address, and refuse
	// it.
	Margin template.CSS
}

type appView struct {
	Title string
	// Lead says what to do with the address, right before it.
	Lead string
	// Address is the form's address cut after each "/" of its path, the
	// places where a line may break: a break elsewhere, such as in the
	// middle of the number, would make it harder to type over.
	Address []string
	// Digits are the number at the end of the address in groups of three,
	// the part that is hardest to type over; empty when there is none.
	DigitsLabel string
	Digits      string
	// Checked says when the address was last checked.
	Checked string
	QR      template.HTML
	Scan    string

	StepsTitle string
	Steps      []stepView
	// AddressFirst and ReasonAfter are set when no step asks for the
	// address or the reason, so that they are still on the page.
	AddressFirst bool
	ReasonAfter  bool
	ReasonLabel  string
	Reason       string
	// TypeOver says to type the reason over on the phone.
	TypeOver string

	// MenuTitle introduces the route in the app, for when the link does
	// not work.
	MenuTitle string
	Menu      []string
	// MenuNote says how old the route is; LastWay offers Meta's help
	// centre when the link and the route both fail.
	MenuNote string
	LastWay  string
}

type stepView struct {
	// Progress says which step of how many: "Facebook, stap 2 van 6".
	Progress   string
	Title      string
	Body       []content.Paragraph
	WithForm   bool // the address and the QR code belong to this step
	WithReason bool // the sample reason belongs to this step
}

// Render writes the page. It builds the whole page before writing, so that
// an error never leaves half a page behind.
func Render(w io.Writer, o Options) error {
	if o.T == nil || o.Guide == nil || o.Guide.Deadline.Zone == nil {
		return errors.New("handout: no translator, guide or deadline zone")
	}
	g := o.Guide
	if g.Lang != o.T.Lang() {
		return fmt.Errorf("handout: guide in %q, words in %q", g.Lang, o.T.Lang())
	}
	apps, err := chosen(g, o.Apps)
	if err != nil {
		return err
	}

	var names []string
	for _, a := range apps {
		names = append(names, a.Name)
	}
	v := view{
		Lang:         o.T.Lang(),
		RightToLeft:  i18n.RightToLeft(o.T.Lang()),
		Title:        g.Welcome.Title,
		Intro:        o.T.T("handout.intro", i18n.Data{"App": o.T.List(names)}),
		Deadline:     walk.BannerSentence(o.T, g.Deadline, o.Now),
		Made:         o.T.T("handout.made", i18n.Data{"Date": o.T.Date(o.Now.In(g.Deadline.Zone))}),
		InUse:        walk.InUse(o.T, g),
		SourcesTitle: o.T.T("handout.sources"),
		SourcesIntro: o.T.T("handout.sources_intro"),
		Sources:      g.Sources,
	}
	if g.Deadline.CountdownAt(o.Now).Passed {
		v.Note = g.Deadline.Note
	}
	if o.Practice {
		v.Practice = &practiceView{
			Clock:  walk.PracticeSentence(o.T, g.Deadline, o.Now),
			Note:   o.T.T("handout.practice"),
			Margin: cssString(o.T.T("handout.practice_margin")),
		}
		// "Made on" the practice clock's day would not be true.
		v.Made = ""
	}
	for _, a := range apps {
		av, err := newAppView(o.T, g, a)
		if err != nil {
			return err
		}
		v.Apps = append(v.Apps, av)
	}

	var b bytes.Buffer
	// Parsed here, once a run, not kept: a run prints one page.
	page := template.Must(template.New("handout").Funcs(template.FuncMap{"links": links}).Parse(pageSource))
	if err := page.Execute(&b, v); err != nil {
		return fmt.Errorf("handout: %w", err)
	}
	_, err = w.Write(b.Bytes())
	return err
}

// chosen returns the apps to print, in the guide's order.
func chosen(g *content.Guide, ids []string) ([]content.App, error) {
	for _, id := range ids {
		if a := g.App(id); a == nil || !a.HasForm() {
			return nil, fmt.Errorf("%w: %q", ErrNoForm, id)
		}
	}
	var apps []content.App
	for _, a := range g.FormApps() {
		if len(ids) == 0 || slices.Contains(ids, a.ID) {
			apps = append(apps, a)
		}
	}
	return apps, nil
}

// newAppView lays out one app's steps as the model has the screens of a
// walk on the person's own phone, the route the page follows. The page is
// printed: nothing on it opens, and nothing is one key away. Should no
// step give the address, the route or the reason, the form gives them,
// so that they are on the page all the same.
func newAppView(t *i18n.Translator, g *content.Guide, a content.App) (appView, error) {
	code, err := qr.SVG(a.Form.String())
	if err != nil {
		return appView{}, fmt.Errorf("handout: %s: %w", a.ID, err)
	}
	av := appView{
		Title: t.T("handout.app", i18n.Data{"App": a.Name}),
		// The SVG is made here from the guide's own address, not from
		// anything typed, and is escaped by package qr.
		QR:         template.HTML(code),
		Scan:       t.T("handout.scan"),
		StepsTitle: t.T("handout.steps"),
	}
	answers := walk.Answers{Apps: []string{a.ID}, Where: content.RoutePhone}
	state := walk.State{Opening: walk.Printed}
	var address *walk.Address
	var route *walk.Route
	var reason *walk.Reason
	for i := range walk.Steps(g, answers, content.AudiencePerson) {
		s := walk.Build(g, t, answers, walk.Place{Kind: walk.Step, App: a.ID, Index: i}, state)
		sv := stepView{Progress: s.Progress, Title: s.Title, Body: content.Paragraphs(content.Blocks(s.Text))}
		if s.Address != nil && address == nil {
			address, sv.WithForm = s.Address, true
		}
		if s.Reason != nil && reason == nil {
			reason, sv.WithReason = s.Reason, true
		}
		if s.Route != nil && route == nil {
			route = s.Route
		}
		av.Steps = append(av.Steps, sv)
	}
	form := walk.Form(g, t, answers, a, state)
	if av.AddressFirst = address == nil; av.AddressFirst {
		address = form.Address
	}
	if av.ReasonAfter = reason == nil; av.ReasonAfter {
		reason = form.Reason
	}
	if route == nil {
		route = form.Route
	}
	av.Lead, av.Address, av.Checked = address.Lead, breakable(address.Full.String()), address.Checked
	av.DigitsLabel, av.Digits = address.DigitsLabel, address.Digits
	av.ReasonLabel, av.Reason, av.TypeOver = reason.Label, reason.Text, reason.TypeOver
	av.MenuTitle, av.Menu, av.MenuNote, av.LastWay = route.Intro, route.Steps, route.Note, route.LastWay
	return av, nil
}

// cssString quotes s as a CSS string. Every character but an ASCII letter,
// digit or space is written as a hex escape, so that no text can end the
// string or the style sheet.
func cssString(s string) template.CSS {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ') {
			b.WriteRune(r)
			continue
		}
		// The space ends the escape, and is not part of the text.
		fmt.Fprintf(&b, "\\%x ", r)
	}
	b.WriteByte('"')
	return template.CSS(b.String())
}

// breakable cuts an address after each "/" that follows the host.
func breakable(address string) []string {
	scheme, rest, ok := strings.Cut(address, "://")
	if !ok {
		return []string{address}
	}
	parts := strings.SplitAfter(rest, "/")
	parts[0] = scheme + "://" + parts[0]
	if parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return parts
}

// anAddress is an address in a sentence. A mark that follows it, such as
// the full stop at the end of the sentence, is not part of it.
var anAddress = regexp.MustCompile(`https?://[^\s<>"«»]*[^\s<>"«».,;:!?)\]]`)

// links escapes a text for the page and marks each address in it: it reads
// from left to right also in a right-to-left sentence (else "https://"
// ends up on the other side), and it may break after each "/" and, when a
// part is longer than the line, inside it, so that it never runs past the
// edge of the paper.
func links(s string) template.HTML {
	var b strings.Builder
	last := 0
	for _, m := range anAddress.FindAllStringIndex(s, -1) {
		b.WriteString(template.HTMLEscapeString(s[last:m[0]]))
		b.WriteString(`<bdi class="ltr link" dir="ltr">`)
		for i, part := range breakable(s[m[0]:m[1]]) {
			if i > 0 {
				b.WriteString("<wbr>")
			}
			b.WriteString(template.HTMLEscapeString(part))
		}
		b.WriteString("</bdi>")
		last = m[1]
	}
	b.WriteString(template.HTMLEscapeString(s[last:]))
	return template.HTML(b.String())
}
