package lines

import (
	"fmt"
	"io"
	"strings"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// How a screen of the model (content/walk) reads, line by line. The walk
// prints every screen with these, and asks only after: what the screen
// says is decided once, in the model.

// Print writes the screen s as the line mode shows it: where it stands,
// its title, its words, the form's address with its digits in groups, what
// became of the form, the route in the app with its date, the sample
// reason, a list, the checklist, the closing words, and the options or
// choices, numbered. The walk prints every screen this way (the step that
// opens a form in two parts, around its question: see Head and Form).
func Print(out io.Writer, t *i18n.Translator, s walk.Screen) {
	p := printer{out: out, t: t}
	p.line("")
	p.head(s)
	p.form(s)
	p.rest(s)
}

// printer writes lines, wrapped at Width, in the words of t.
type printer struct {
	out io.Writer
	t   *i18n.Translator
}

// head is the top of a screen: on the welcome screen its title, the
// deadline, its words and its notes; elsewhere where it stands, its title,
// why it is here (the notes) and its words.
func (p printer) head(s walk.Screen) {
	if s.At.Kind == walk.Welcome {
		p.heading(s.Title)
		p.text(s.Banner.Sentence)
		p.text(s.Banner.Practice)
		p.text(s.Text)
		for _, note := range s.Notes {
			p.text(note)
		}
		return
	}
	p.text(s.Progress)
	if s.Title != "" {
		p.heading(s.Title)
	}
	for _, note := range s.Notes {
		p.text(note)
	}
	p.text(s.Text)
}

// form is what a step says of its form: what became of it, what to do with
// the address, the address, and the route in the app. A line-by-line
// reader has nothing one key away, so the route is always there.
func (p printer) form(s walk.Screen) {
	p.text(s.Status)
	if a := s.Address; a != nil {
		p.wrapped("", a.Lead)
		p.address(a)
	}
	if r := s.Route; r != nil {
		p.wrapped("", r.Intro)
		p.list(r.Steps, nil)
		p.line("")
		p.text(r.Note)
		p.text(r.LastWay)
	}
}

// rest is what a screen shows under its words: the sample reason, a list,
// the checklist, the closing words, and what it asks.
func (p printer) rest(s walk.Screen) {
	if r := s.Reason; r != nil {
		p.text(r.Label + " " + r.Text)
		p.text(r.TypeOver)
	}
	if s.ListTitle != "" {
		p.heading(s.ListTitle)
	}
	if len(s.List) > 0 {
		p.text("- " + strings.Join(s.List, "\n- "))
	}
	if len(s.Checklist) > 0 {
		var items []string
		for _, c := range s.Checklist {
			items = append(items, c.Text)
		}
		p.text("- " + strings.Join(items, "\n- "))
	}
	p.text(s.Closing)
	if q := s.Question; q != nil {
		p.text(q.Help)
		if !q.Typed {
			labels := make([]string, len(q.Options))
			chosen := make([]bool, len(q.Options))
			for i, o := range q.Options {
				// Only where more than one may be chosen is each marked;
				// a single answer is said under the list (acc.current).
				labels[i], chosen[i] = o.Label, q.Many && o.Chosen
			}
			p.list(labels, chosen)
			p.line("")
		}
	}
	if len(s.Choices) > 0 {
		labels := make([]string, len(s.Choices))
		for i, c := range s.Choices {
			labels[i] = c.Label
		}
		p.list(labels, nil)
		p.line("")
	}
}

// address writes a form's address to type over, indented and never
// wrapped; the digits at its end in groups; and when it was last checked.
func (p printer) address(a *walk.Address) {
	p.line("  " + a.Full.String())
	if a.Digits != "" {
		p.text(a.DigitsLabel + " " + a.Digits)
	}
	p.text(a.Checked)
}

func (p printer) line(s string) { _, _ = fmt.Fprintln(p.out, s) }

// heading prints a title with a blank line under it.
func (p printer) heading(s string) {
	p.line(s)
	p.line("")
}

// text prints a text wrapped, paragraphs and bullets as the guide has
// them, and a blank line after it; nothing for no text.
func (p printer) text(s string) {
	if s == "" {
		return
	}
	for _, l := range prose.Wrap(s, Width, "-") {
		p.line(l)
	}
	p.line("")
}

// prompt prints what to type, wrapped, right before reading.
func (p printer) prompt(s string) {
	for _, l := range prose.WrapLine(s, Width) {
		p.line(l)
	}
}

// list prints numbered choices; chosen ones say so.
func (p printer) list(labels []string, chosen []bool) {
	for i, l := range labels {
		if i < len(chosen) && chosen[i] {
			l += " " + p.t.T("acc.chosen")
		}
		p.wrapped(fmt.Sprintf("%d. ", i+1), l)
	}
}

// wrapped prints one item with a hanging indent after its label; nothing
// for no item.
func (p printer) wrapped(label, s string) {
	if s == "" {
		return
	}
	indent := strings.Repeat(" ", len(label))
	for i, l := range prose.WrapLine(s, Width-len(label)) {
		if i == 0 {
			p.line(label + l)
		} else {
			p.line(indent + l)
		}
	}
}
