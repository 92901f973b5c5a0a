// Package plaintext writes the whole guide as plain text: for screen
// readers, for printing, for piping into another program. It writes the
// screens of the walk as the model (content/walk) words them, and no
// escape codes at all.
package plaintext

import (
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// Width is the width lines are wrapped at.
const Width = 72

// Options choose what to write.
type Options struct {
	T     *i18n.Translator
	Guide *content.Guide
	// Apps are the apps with a form whose steps are written; empty means
	// all of them.
	Apps     []string
	Now      time.Time
	Practice bool // the clock was set with --now
}

// Write writes the guide: the deadline and the welcome, the explanations,
// per app the steps on a computer as the screens of a walk have them
// (the address and the route in the app on the step that opens the form),
// the apps without a form, what more you can do, and the sources. Nothing
// opens from a text: the model words its screens for a printed face.
func Write(out io.Writer, o Options) error {
	t, g := o.T, o.Guide
	w := &writer{out: out, rightToLeft: i18n.RightToLeft(t.Lang())}
	state := walk.State{Now: o.Now, Practice: o.Practice, Opening: walk.Printed}
	build := func(a walk.Answers, at walk.Place) walk.Screen { return walk.Build(g, t, a, at, state) }

	welcome := build(walk.Answers{}, walk.Place{Kind: walk.Welcome})
	w.title(welcome.Title, "=")
	w.text(welcome.Banner.Sentence)
	w.text(welcome.Banner.Practice)
	w.text(welcome.Text)
	for _, note := range welcome.Notes {
		w.text(note)
	}
	for i := range g.Explain {
		w.screen(build(walk.Answers{}, walk.Place{Kind: walk.Explain, Index: i}))
	}
	var objected []string
	for _, app := range g.FormApps() {
		if len(o.Apps) > 0 && !slices.Contains(o.Apps, app.ID) {
			continue
		}
		objected = append(objected, app.ID)
		w.app(t, g, app, state)
	}
	for _, app := range g.Apps {
		if !app.HasForm() {
			w.screen(build(walk.Answers{}, walk.Place{Kind: walk.Other, App: app.ID}))
		}
	}
	for i := range g.More {
		w.screen(build(walk.Answers{}, walk.Place{Kind: walk.More, Index: i}))
	}
	w.screen(build(walk.Answers{}, walk.Place{Kind: walk.Info}))
	// What the done screen says last after an objection: what to keep.
	w.text(build(walk.Answers{Apps: objected}, walk.Place{Kind: walk.Done}).Closing)
	return w.err
}

// Page returns one page of the guide as plain text: its title underlined,
// its body wrapped, with no blank line at the end. A message that points
// to a page (an app without a form) shows it this way.
func Page(title, body string) string {
	var b strings.Builder
	w := &writer{out: &b}
	w.page(title, body)
	return strings.TrimRight(b.String(), "\n")
}

// app writes one app's objection: its steps on a computer, each as the
// model has the screen. Should no step show the address or the route,
// they come first, as the form has them.
func (w *writer) app(t *i18n.Translator, g *content.Guide, app content.App, state walk.State) {
	w.title(t.T("text.app_title", i18n.Data{"App": app.Name}), "=")
	w.text(t.T("text.steps", i18n.Data{"App": app.Name}))
	a := walk.Answers{Apps: []string{app.ID}, Where: content.RouteComputer}
	var screens []walk.Screen
	address, route := false, false
	for i := range walk.Steps(g, a, content.AudiencePerson) {
		s := walk.Build(g, t, a, walk.Place{Kind: walk.Step, App: app.ID, Index: i}, state)
		address, route = address || s.Address != nil, route || s.Route != nil
		screens = append(screens, s)
	}
	if form := walk.Form(g, t, a, app, state); !address || !route {
		if address {
			form.Address = nil
		}
		if route {
			form.Route = nil
		}
		form.Reason = nil
		w.screen(form)
	}
	for _, s := range screens {
		w.screen(s)
	}
}

// screen writes one screen: where it stands, its title underlined, its
// words, and what it shows beside them.
func (w *writer) screen(s walk.Screen) {
	w.wrapped(s.Progress)
	if s.Title != "" {
		w.title(s.Title, "-")
	}
	w.text(s.Text)
	for _, note := range s.Notes {
		w.text(note)
	}
	if a := s.Address; a != nil {
		w.text(a.Lead)
		w.address(a)
	}
	w.text(s.Status)
	if r := s.Route; r != nil {
		w.wrapped(r.Intro)
		for i, step := range r.Steps {
			w.numbered(i+1, step)
		}
		w.line("")
		w.text(r.Note)
		w.text(r.LastWay)
	}
	if r := s.Reason; r != nil {
		w.text(r.Label + " " + r.Text)
		w.text(r.TypeOver)
	}
	if s.ListTitle != "" {
		w.title(s.ListTitle, "-")
	}
	if len(s.List) > 0 {
		w.text("- " + strings.Join(s.List, "\n- "))
	}
	w.text(s.Closing)
}

// address writes a form's address indented, to type over: whole, then the
// digits at its end in groups, then when it was last checked. The address
// is never wrapped, and the groups stay on one line.
func (w *writer) address(a *walk.Address) {
	w.line("  " + a.Full.String())
	if a.Digits != "" {
		digits := a.DigitsLabel + " " + strings.ReplaceAll(a.Digits, " ", noBreak)
		for _, l := range prose.WrapLine(digits, Width-2) {
			w.line("  " + strings.ReplaceAll(l, noBreak, " "))
		}
	}
	for _, l := range prose.WrapLine(a.Checked, Width-2) {
		w.line("  " + l)
	}
	w.line("")
}

// noBreak joins words that wrap as one.
const noBreak = "\u00a0"

// writer writes lines and keeps the first error.
type writer struct {
	out io.Writer
	err error
	// rightToLeft is set for a language written from right to left: each
	// address and each run of groups of digits is then isolated, see
	// leftToRight.
	rightToLeft bool
}

func (w *writer) line(s string) {
	if w.rightToLeft {
		s = leftToRight(s)
	}
	if w.err == nil {
		_, w.err = fmt.Fprintln(w.out, s)
	}
}

// Unicode's isolates: what is between them reads from left to right, as
// one piece, whatever the direction of the line around it.
const (
	leftToRightIsolate    = "\u2066"
	popDirectionalIsolate = "\u2069"
)

var (
	// anAddress is an address in a line; a mark after it, such as the
	// full stop at the end of a sentence, is not part of it.
	anAddress = regexp.MustCompile(`https?://[^\s"«»]*[^\s"«».,;:!?)\]]`)
	// digitGroups is a run of groups of digits, as walk.GroupDigits
	// writes them: "712 876 720 715 583".
	digitGroups = regexp.MustCompile(`\b\d{1,3}(?: \d{3})+\b`)
)

// leftToRight isolates each address and each run of groups of digits in a
// line of a right-to-left text. Without it, a viewer that follows Unicode's
// rules for right-to-left text (a browser, Notepad, Word) shows the groups
// in reverse order next to Arabic words, and may put "https://" on the
// other side of an address; a person who types them over would type the
// wrong number.
func leftToRight(line string) string {
	isolate := func(s string) string { return leftToRightIsolate + s + popDirectionalIsolate }
	line = anAddress.ReplaceAllStringFunc(line, isolate)
	return digitGroups.ReplaceAllStringFunc(line, isolate)
}

// title writes a heading underlined, so it stands out without any colour
// or escape code.
func (w *writer) title(s, under string) {
	for _, l := range prose.WrapLine(s, Width) {
		w.line(l)
	}
	w.line(strings.Repeat(under, min(len([]rune(s)), Width)))
	w.line("")
}

// text writes a text wrapped, paragraphs and bullets as the guide has
// them, and a blank line after it; nothing for no text.
func (w *writer) text(s string) {
	if s == "" {
		return
	}
	for _, l := range prose.Wrap(s, Width, "-") {
		w.line(l)
	}
	w.line("")
}

// wrapped writes a line of words wrapped, without a blank line after it.
func (w *writer) wrapped(s string) {
	if s == "" {
		return
	}
	for _, l := range prose.WrapLine(s, Width) {
		w.line(l)
	}
}

func (w *writer) page(title, body string) {
	w.title(title, "-")
	w.text(body)
}

func (w *writer) numbered(n int, s string) {
	label := fmt.Sprintf("%d. ", n)
	for i, l := range prose.WrapLine(s, Width-len(label)) {
		if i == 0 {
			w.line(label + l)
		} else {
			w.line(strings.Repeat(" ", len(label)) + l)
		}
	}
}
