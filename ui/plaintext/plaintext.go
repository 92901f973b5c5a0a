// Package plaintext writes the whole guide as plain text: for screen
// readers, for printing, for piping into another program. It reads the
// same content as the wizard, and writes no escape codes at all.
package plaintext

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/banner"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/dated"
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

// Write writes the guide: the deadline, the explanations, per app the
// address and the steps on this computer and the route in the app, the
// apps without a form, what more you can do, and the sources.
func Write(out io.Writer, o Options) error {
	t, g := o.T, o.Guide
	w := &writer{out: out}
	w.title(g.Welcome.Title, "=")
	w.text(banner.Sentence(t, g.Deadline, o.Now))
	if o.Practice {
		w.text(banner.Practice(t, g.Deadline, o.Now))
	}
	if s := dated.InUse(t, g); s != "" {
		w.text(s)
	}
	w.text(g.Welcome.Body)
	if g.Deadline.CountdownAt(o.Now).Passed {
		w.text(g.Deadline.Note)
	}
	for _, p := range g.Explain {
		w.page(p.Title, p.Body)
	}
	for _, app := range g.FormApps() {
		if len(o.Apps) > 0 && !slices.Contains(o.Apps, app.ID) {
			continue
		}
		w.app(t, g, app)
	}
	for _, app := range g.Apps {
		if !app.HasForm() {
			w.page(app.Page.Title, app.Page.Body)
		}
	}
	for _, p := range g.More {
		w.page(p.Title, p.Body)
	}
	w.page(g.Info.Title, g.Info.Body)
	w.title(t.T("info.sources"), "-")
	var sources []string
	for _, s := range g.Sources {
		sources = append(sources, "- "+s.Name+": "+s.What)
	}
	w.text(strings.Join(sources, "\n"))
	w.text(g.Done.Objected)
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

// app writes one app's objection: the address and when it was checked,
// the steps on a computer, the sample reason, and the route inside the
// app with its date, and the last way in.
func (w *writer) app(t *i18n.Translator, g *content.Guide, app content.App) {
	w.title(t.T("text.app_title", i18n.Data{"App": app.Name}), "=")
	w.text(t.T("text.address"))
	w.line("  " + app.Form.String())
	if d := prose.GroupDigits(app.Form.String()); d != "" {
		w.line("  " + t.T("step.digits", i18n.Data{"Digits": d}))
	}
	for _, l := range prose.WrapLine(dated.Checked(t, app.FormChecked), Width-2) {
		w.line("  " + l)
	}
	w.line("")
	fill := strings.NewReplacer("{app}", app.Name, "{url}", app.Form.String())
	steps := g.StepsFor(content.RouteComputer, content.AudiencePerson)
	w.title(t.T("text.steps", i18n.Data{"App": app.Name}), "-")
	for i, step := range steps {
		w.numbered(i+1, fill.Replace(step.Title))
		body := fill.Replace(step.Body)
		if step.Action == content.ActionReason {
			body += "\n\n" + t.T("acc.reason", i18n.Data{"Reason": g.Reason})
		}
		// Under the step's title, past its number "1. ".
		for _, l := range prose.Wrap(body, Width-3, "-") {
			w.line(strings.TrimRight("   "+l, " "))
		}
		w.line("")
	}
	w.title(t.T("text.route", i18n.Data{"App": app.Name}), "-")
	for i, line := range app.Menu {
		w.numbered(i+1, line)
	}
	w.line("")
	w.text(dated.RouteNote(t, g, app))
	w.text(dated.LastWay(g))
}

// writer writes lines and keeps the first error.
type writer struct {
	out io.Writer
	err error
}

func (w *writer) line(s string) {
	if w.err == nil {
		_, w.err = fmt.Fprintln(w.out, s)
	}
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

func (w *writer) text(s string) {
	for _, l := range prose.Wrap(s, Width, "-") {
		w.line(l)
	}
	w.line("")
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
