package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/flow"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/qr"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/qr/qrtest"
)

// phoneScreen returns the phone step of an app at 80x24, as shown.
func phoneScreen(t *testing.T, lang, app string, ascii bool) (*wizard, string) {
	t.Helper()
	opts, _ := testOptions(lang, weekBefore)
	opts.Practice = true // the longest banner: the least room
	opts.ASCII = ascii
	w, err := newWizard(opts, weekBefore)
	if err != nil {
		t.Fatal(err)
	}
	w.answers = flow.Answers{Apps: []string{app}, Where: content.RoutePhone}
	w.show(flow.Screen{Kind: flow.Step, App: app})
	w.setSize(80, 24)
	return w, ansi.Strip(w.view())
}

// cutCode cuts the QR code, width cells wide, out of a screen: the lines
// that start with it, up to the gap beside it.
func cutCode(screen string, width int) string {
	var rows []string
	for _, l := range strings.Split(screen, "\n") {
		r := []rune(strings.TrimPrefix(l, strings.Repeat(" ", margin)))
		if len(r) == 0 || !strings.ContainsRune("█▀▄", r[0]) {
			continue
		}
		r = append(r, []rune(strings.Repeat(" ", width))...)
		rows = append(rows, string(r[:width]))
	}
	return strings.Join(rows, "\n")
}

// TestPhoneCodeScans: the code on the phone step, cut from the screen as
// the person sees it at 80x24, decodes to the exact form address; and the
// address stands beside it in parts, with the instruction.
func TestPhoneCodeScans(t *testing.T) {
	for _, lang := range content.Languages {
		for _, id := range []string{"facebook", "instagram"} {
			t.Run(lang+"/"+id, func(t *testing.T) {
				w, screen := phoneScreen(t, lang, id, false)
				app := w.c.g.App(id)
				width, _, err := qr.Size(app.Form.String(), false)
				if err != nil {
					t.Fatal(err)
				}
				got, err := qrtest.DecodeTerminal(cutCode(screen, width))
				if err != nil {
					t.Fatalf("the code on screen does not scan: %v\n%s", err, screen)
				}
				if got != app.Form.String() {
					t.Errorf("the code says %q, want %q", got, app.Form.String())
				}
				for _, part := range addressParts(app.Form.String()) {
					if !strings.Contains(screen, part) {
						t.Errorf("the address part %q is not beside the code:\n%s", part, screen)
					}
				}
				// It wraps beside the code: look for its words in order.
				if !inOrder(screen, strings.Fields(w.c.t.T("step.scan"))) {
					t.Errorf("no instruction beside the code:\n%s", screen)
				}
				if n := len(strings.Split(screen, "\n")); n > 24 {
					t.Errorf("%d lines", n)
				}
			})
		}
	}
}

// TestPhoneWithoutRoomForTheCode: where the code cannot be shown (ASCII
// drawing at 80x24, or a small window), the address and its digits still
// are.
func TestPhoneWithoutRoomForTheCode(t *testing.T) {
	w, screen := phoneScreen(t, "nl", "facebook", true)
	if strings.Contains(screen, "##") {
		t.Errorf("an ASCII code that cannot fit is drawn:\n%s", screen)
	}
	if !strings.Contains(screen, w.c.g.App("facebook").Form.String()) {
		t.Errorf("no address:\n%s", screen)
	}
	w.c.opts.ASCII = false
	w.show(flow.Screen{Kind: flow.Step, App: "facebook"})
	w.setSize(MinWidth, MinHeight)
	small := ansi.Strip(w.view())
	if strings.Contains(small, "█") || !strings.Contains(small, "712876720715583") {
		t.Errorf("at %dx%d want the address without the code:\n%s", MinWidth, MinHeight, small)
	}
}

func TestAddressParts(t *testing.T) {
	cases := map[string][]string{
		"https://www.facebook.com/help/contact/712876720715583": {"https://www.facebook.com/", "help/contact/", "712876720715583"},
		"https://help.instagram.com/contact/767264225370182":    {"https://help.instagram.com/", "contact/", "767264225370182"},
		"https://www.whatsapp.com/":                             {"https://www.whatsapp.com/"},
		"not an address":                                        {"not an address"},
	}
	for in, want := range cases {
		got := addressParts(in)
		if !slices.Equal(got, want) {
			t.Errorf("addressParts(%q) = %q, want %q", in, got, want)
		}
		if strings.Join(got, "") != in {
			t.Errorf("the parts of %q do not make the address again", in)
		}
	}
}

// inOrder reports whether the words appear in text in this order.
func inOrder(text string, words []string) bool {
	for _, w := range words {
		i := strings.Index(text, w)
		if i < 0 {
			return false
		}
		text = text[i+len(w):]
	}
	return true
}
