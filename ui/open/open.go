// Package open writes what the `open` command prints about one app's
// objection form: that an address file is in use, the form's address to
// type over, with its digits in groups and when it was last checked, its
// QR code for the person's own phone, and, where the form did not open,
// the route inside the app, how old it is and the last way in. The
// address and the route are the model's (walk.Form), as the step that
// opens the form has them; the sentence before them is the command's
// own, for it reports what it did, with no step around it.
package open

import (
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/qr"
)

// Width is the width lines are wrapped at, as in `text`.
const Width = 72

// Outcome is what became of the form.
type Outcome int

// The outcomes.
const (
	NoBrowser Outcome = iota // no browser may open here: the address is to type over
	Failed                   // the browser did not open
	Opened                   // the form is open in the browser
)

// Options choose what to write, and how the output can show it.
type Options struct {
	T     *i18n.Translator
	Guide *content.Guide
	App   content.App // an app with a form
	ASCII bool        // draw with ASCII only
	// Profile is what the output can show: colours, only reverse video
	// (colorprofile.ASCII), or plain characters (a file or a pipe).
	Profile colorprofile.Profile
	// Environ decides the colours the QR code is written in (NO_COLOR,
	// TERM).
	Environ []string
	// DarkBackground asks the terminal whether its background is dark. It
	// is asked only where the code takes the terminal's own colours.
	DarkBackground func() bool
}

// Intro writes what comes before the form is opened: that an address file
// is in use, if one is.
func Intro(w io.Writer, o Options) error {
	p := &printer{w: w, o: o}
	if inUse := walk.InUse(o.T, o.Guide); inUse != "" {
		p.printf("%s\n\n", strings.Join(prose.WrapLine(inUse, Width), "\n"))
	}
	return p.err
}

// Write writes what became of the form: its address and QR code, and
// where it did not open, the route inside the app.
func Write(w io.Writer, o Options, outcome Outcome) error {
	p := &printer{w: w, o: o}
	t, app := o.T, o.App
	intro, opening := t.T("open.type_address", i18n.Data{"App": app.Name}), walk.NoBrowser
	switch outcome {
	case Failed:
		intro, opening = t.T("open.failed", i18n.Data{"App": app.Name}), walk.OpenFailed
	case Opened:
		intro, opening = t.T("open.opened", i18n.Data{"App": app.Name}), walk.FormOpen
	}
	a := walk.Answers{Apps: []string{app.ID}, Where: content.RouteComputer}
	form := walk.Form(o.Guide, t, a, app, walk.State{Opening: opening})
	p.address(intro, form.Address)
	p.code()
	if form.Route != nil && form.Route.AtOnce {
		p.route(form.Route)
	}
	return p.err
}

// printer writes, and keeps the first error.
type printer struct {
	w   io.Writer
	o   Options
	err error
}

func (p *printer) printf(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	if p.o.ASCII {
		s = prose.ASCII(s)
	}
	if _, err := io.WriteString(p.w, s); err != nil && p.err == nil {
		p.err = err
	}
}

// address writes the form's address to type over, its digits in groups,
// and when it was last checked.
func (p *printer) address(intro string, a *walk.Address) {
	p.printf("%s\n\n  %s\n", intro, a.Full.String())
	if a.Digits != "" {
		p.printf("  %s %s\n", a.DigitsLabel, a.Digits)
	}
	for _, l := range prose.WrapLine(a.Checked, Width-2) {
		p.printf("  %s\n", l)
	}
}

// code writes the address as a QR code, for the person's own phone. To
// scan, it must come out as dark modules on a light field:
//   - on a terminal with colours, white on black, whatever its theme;
//   - on one without (NO_COLOR), in the terminal's own colours, the right
//     way round for its background, which the terminal is asked for;
//   - into a file or a pipe, as plain characters, printed cells light.
//
// On a terminal the ASCII drawing is made of solid reversed cells.
func (p *printer) code() {
	look := qr.Look{ASCII: p.o.ASCII}
	profile := p.o.Profile
	if profile >= colorprofile.ASCII {
		look.Reverse = true
	}
	if profile == colorprofile.ASCII {
		look.DarkInk = !p.o.DarkBackground()
	}
	code, err := qr.Terminal(p.o.App.Form.String(), look)
	if err != nil {
		return
	}
	p.printf("\n")
	if profile >= colorprofile.ANSI {
		cw := colorprofile.NewWriter(p.w, p.o.Environ)
		style := lipgloss.NewStyle().Foreground(lipgloss.Color("15")).Background(lipgloss.Color("0"))
		if _, err := fmt.Fprintln(cw, style.Render(code)); err != nil && p.err == nil {
			p.err = err
		}
	} else {
		p.printf("%s\n", code)
	}
	p.printf("%s\n", p.o.T.T("open.scan"))
}

// route writes the route inside the app, for when the link does not work
// (FACTS H10), how old it is (H5), and the last way in (H13).
func (p *printer) route(r *walk.Route) {
	p.printf("\n%s\n", strings.Join(prose.WrapLine(r.Intro, Width), "\n"))
	for i, line := range r.Steps {
		p.printf("  %d. %s\n", i+1, line)
	}
	for _, text := range []string{r.Note, r.LastWay} {
		p.printf("\n%s\n", strings.Join(prose.Wrap(text, Width, "-"), "\n"))
	}
}
