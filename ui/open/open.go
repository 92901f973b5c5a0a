// Package open writes what the `open` command prints about one app's
// objection form: that an address file is in use, the form's address to
// type over, with its digits in groups and when it was last checked, its
// QR code for the person's own phone, and, where the form did not open,
// the route inside the app, how old it is and the last way in.
package open

import (
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/dated"
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
	if inUse := dated.InUse(o.T, o.Guide); inUse != "" {
		p.printf("%s\n\n", strings.Join(prose.WrapLine(inUse, Width), "\n"))
	}
	return p.err
}

// Write writes what became of the form: its address and QR code, and
// where it did not open, the route inside the app.
func Write(w io.Writer, o Options, outcome Outcome) error {
	p := &printer{w: w, o: o}
	t, app := o.T, o.App
	switch outcome {
	case NoBrowser:
		p.address(t.T("open.type_address", i18n.Data{"App": app.Name}))
		p.code()
		p.route()
	case Failed:
		p.address(t.T("open.failed", i18n.Data{"App": app.Name}))
		p.code()
		p.route()
	case Opened:
		p.address(t.T("open.opened", i18n.Data{"App": app.Name}))
		p.code()
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
	if _, err := fmt.Fprintf(p.w, format, args...); err != nil && p.err == nil {
		p.err = err
	}
}

// address writes the form's address to type over, and when it was last
// checked.
func (p *printer) address(intro string) {
	t, app := p.o.T, p.o.App
	p.printf("%s\n\n  %s\n", intro, app.Form.String())
	if d := prose.GroupDigits(app.Form.String()); d != "" {
		p.printf("  %s\n", t.T("step.digits", i18n.Data{"Digits": d}))
	}
	for _, l := range prose.WrapLine(dated.Checked(t, app.FormChecked), Width-2) {
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
func (p *printer) route() {
	t, g, app := p.o.T, p.o.Guide, p.o.App
	p.printf("\n%s\n", t.T("step.route_intro", i18n.Data{"App": app.Name}))
	for i, line := range app.Menu {
		p.printf("  %d. %s\n", i+1, line)
	}
	for _, text := range []string{dated.RouteNote(t, g, app), dated.LastWay(g)} {
		p.printf("\n%s\n", strings.Join(prose.Wrap(text, Width, "-"), "\n"))
	}
}
