package open

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// TestWrite: every outcome gives the address with its digit groups and
// the QR code's words; where the form did not open, the route in the app
// too, step by step. Into a pipe, nothing but characters.
func TestWrite(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		tr := i18n.MustNew(lang)
		g, err := content.Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, app := range g.FormApps() {
			o := Options{T: tr, Guide: g, App: app, Profile: colorprofile.NoTTY,
				DarkBackground: func() bool { t.Error("a pipe was asked its background"); return true }}
			for _, c := range []struct {
				outcome Outcome
				route   bool
			}{{NoBrowser, true}, {Failed, true}, {Opened, false}} {
				var b bytes.Buffer
				if err := Write(&b, o, c.outcome); err != nil {
					t.Fatal(err)
				}
				out := b.String()
				want := []string{app.Form.String(), tr.T("open.scan")}
				if d := prose.GroupDigits(app.Form.String()); d != "" {
					want = append(want, d)
				}
				if c.route {
					want = append(want, app.Menu...)
				}
				for _, w := range want {
					if !strings.Contains(out, w) {
						t.Errorf("%s/%s/%d: %q is missing:\n%s", lang, app.ID, c.outcome, w, out)
					}
				}
				intro := tr.T("walk.route_intro", i18n.Data{"App": app.Name})
				if !c.route && (strings.Contains(out, intro) || strings.Contains(out, app.Menu[0])) {
					t.Errorf("%s/%s: the route is shown though the form opened:\n%s", lang, app.ID, out)
				}
				if strings.Contains(out, "\x1b") {
					t.Errorf("%s/%s/%d: an escape sequence into a pipe: %q", lang, app.ID, c.outcome, out)
				}
			}
		}
	}
}

// TestCodeAsksTheBackground: without colours, the terminal is asked its
// background, and the code is drawn the other way round on a light one.
func TestCodeAsksTheBackground(t *testing.T) {
	tr := i18n.MustNew("nl")
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	codes := map[bool]string{}
	for _, dark := range []bool{true, false} {
		asked := false
		o := Options{T: tr, Guide: g, App: g.FormApps()[0], Profile: colorprofile.ASCII,
			DarkBackground: func() bool { asked = true; return dark }}
		var b bytes.Buffer
		if err := Write(&b, o, Opened); err != nil {
			t.Fatal(err)
		}
		if !asked {
			t.Errorf("dark=%v: the terminal was not asked its background", dark)
		}
		codes[dark] = b.String()
	}
	if codes[true] == codes[false] {
		t.Error("the code is drawn the same on a light and a dark background")
	}
}

// TestWriteASCII: with the ASCII look every character is ASCII, the
// Turkish letters too ("açın" reads "acin"), and the address stays whole.
func TestWriteASCII(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		tr := i18n.MustNew(lang)
		g, err := content.Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		app := g.FormApps()[0]
		var b bytes.Buffer
		o := Options{T: tr, Guide: g, App: app, ASCII: true, Profile: colorprofile.NoTTY}
		if err := Write(&b, o, NoBrowser); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for i, r := range out {
			if r > 0x7f {
				t.Errorf("%s: %q at %d is not ASCII:\n%s", lang, r, i, out)
				break
			}
		}
		if !strings.Contains(out, app.Form.String()) || !strings.Contains(out, prose.ASCII(tr.T("open.scan"))) {
			t.Errorf("%s: the address or the words about the code are missing:\n%s", lang, out)
		}
	}
}
