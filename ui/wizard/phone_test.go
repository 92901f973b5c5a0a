package wizard

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
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
	w.answers = walk.Answers{Apps: []string{app}, Where: content.RoutePhone}
	w.show(walk.Place{Kind: walk.Step, App: app})
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
	for _, lang := range i18n.ScreenLanguages() {
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
				for _, part := range walk.AddressParts(app.Form.String()) {
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
// are, and nothing offers a code that cannot be shown.
func TestPhoneWithoutRoomForTheCode(t *testing.T) {
	w, screen := phoneScreen(t, "nl", "facebook", true)
	if _, err := qrtest.DecodeScreen(w.view(), qrtest.Dark); err == nil {
		t.Errorf("an ASCII code that cannot fit is drawn:\n%s", screen)
	}
	if !strings.Contains(screen, w.c.g.App("facebook").Form.String()) {
		t.Errorf("no address:\n%s", screen)
	}
	for _, offer := range []string{w.c.t.T("qr.show_hint"), w.c.t.T("qr.key_show")} {
		if strings.Contains(flat(screen), offer) {
			t.Errorf("offers %q where the window cannot hold the code:\n%s", offer, screen)
		}
	}
	w.c.opts.ASCII = false
	w.show(walk.Place{Kind: walk.Step, App: "facebook"})
	w.setSize(MinWidth, MinHeight)
	small := ansi.Strip(w.view())
	if strings.Contains(small, "█") || !strings.Contains(small, "712876720715583") {
		t.Errorf("at %dx%d want the address without the code:\n%s", MinWidth, MinHeight, small)
	}
}

// phoneModel is the program on the phone step for Facebook, at a size, as
// a terminal with this colour profile and background colour (nil: one that
// does not answer) would have told it.
func phoneModel(t *testing.T, ascii bool, width, height int, profile colorprofile.Profile, bg color.Color) *Model {
	t.Helper()
	opts, _ := testOptions("nl", weekBefore)
	opts.ASCII = ascii
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	m.Update(tea.ColorProfileMsg{Profile: profile})
	if bg != nil {
		m.Update(tea.BackgroundColorMsg{Color: bg})
	}
	m.w.answers = walk.Answers{Apps: []string{"facebook"}, Where: content.RoutePhone}
	m.w.history = []walk.Place{{Kind: walk.Where}}
	m.w.show(walk.Place{Kind: walk.Step, App: "facebook"})
	return m
}

// scans reports whether the screen's code says the Facebook form's
// address on a terminal with this theme.
func scans(t *testing.T, m *Model, theme qrtest.Theme) bool {
	t.Helper()
	got, err := qrtest.DecodeScreen(m.View().Content, theme)
	if err == nil && got != m.w.c.g.App("facebook").Form.String() {
		t.Fatalf("the code says %q", got)
	}
	return err == nil
}

// TestPhoneCodeFollowsTheTerminal: without colour, the code is drawn the
// right way round for the background the terminal says it has, and i
// turns it around (and says so); with colour it scans on either
// background, and i is not offered.
func TestPhoneCodeFollowsTheTerminal(t *testing.T) {
	white, black := color.RGBA{0xff, 0xff, 0xff, 0xff}, color.RGBA{0, 0, 0, 0xff}
	for _, ascii := range []bool{false, true} {
		width, height := 80, 24
		if ascii {
			width, height = 200, 50
		}
		name := fmt.Sprintf("ascii=%v/%dx%d", ascii, width, height)
		t.Run(name+"/no colour, light", func(t *testing.T) {
			m := phoneModel(t, ascii, width, height, colorprofile.ASCII, white)
			if !scans(t, m, qrtest.Light) || scans(t, m, qrtest.Dark) {
				t.Errorf("want a code for a light background:\n%s", ansi.Strip(m.View().Content))
			}
			screen := flat(ansi.Strip(m.View().Content))
			for _, want := range []string{m.w.c.t.T("qr.invert_hint"), "i " + m.w.c.t.T("qr.key_invert")} {
				if !strings.Contains(screen, want) {
					t.Errorf("the screen does not say %q:\n%s", want, screen)
				}
			}
			m.Update(keyMsg("i"))
			if scans(t, m, qrtest.Light) || !scans(t, m, qrtest.Dark) {
				t.Error("i did not turn the code around")
			}
			// The terminal stays the same in the other language.
			m.Update(switchLangs{})
			m.w.answers = walk.Answers{Apps: []string{"facebook"}, Where: content.RoutePhone}
			m.w.show(walk.Place{Kind: walk.Step, App: "facebook"})
			if !scans(t, m, qrtest.Dark) {
				t.Error("switching the language lost the way round")
			}
		})
		t.Run(name+"/no colour, dark", func(t *testing.T) {
			m := phoneModel(t, ascii, width, height, colorprofile.ASCII, black)
			if !scans(t, m, qrtest.Dark) || scans(t, m, qrtest.Light) {
				t.Errorf("want a code for a dark background:\n%s", ansi.Strip(m.View().Content))
			}
		})
		t.Run(name+"/no colour, no answer", func(t *testing.T) {
			m := phoneModel(t, ascii, width, height, colorprofile.ASCII, nil)
			if !scans(t, m, qrtest.Dark) {
				t.Error("a terminal that does not answer is not taken to be dark")
			}
			m.Update(keyMsg("i"))
			if !scans(t, m, qrtest.Light) {
				t.Error("i does not turn the code around for a light terminal")
			}
		})
		t.Run(name+"/colour", func(t *testing.T) {
			m := phoneModel(t, ascii, width, height, colorprofile.ANSI256, white)
			if !scans(t, m, qrtest.Light) || !scans(t, m, qrtest.Dark) {
				t.Errorf("in colour the code must scan on both:\n%s", ansi.Strip(m.View().Content))
			}
			m.Update(keyMsg("i"))
			if !scans(t, m, qrtest.Light) || !scans(t, m, qrtest.Dark) {
				t.Error("i changed a code in colour")
			}
			if screen := flat(ansi.Strip(m.View().Content)); strings.Contains(screen, m.w.c.t.T("qr.invert_hint")) {
				t.Errorf("i is offered in colour:\n%s", screen)
			}
		})
	}
}

// TestPhoneCodeWithoutAttributes: where not even reverse video reaches
// the screen (no TERM), the ASCII code is drawn with "#", which shows.
func TestPhoneCodeWithoutAttributes(t *testing.T) {
	m := phoneModel(t, true, 200, 50, colorprofile.NoTTY, nil)
	if strings.Contains(m.View().Content, "\x1b[7m") {
		t.Error("reverse video where the terminal shows none")
	}
	width, _, err := qr.Size(m.w.c.g.App("facebook").Form.String(), true)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, l := range strings.Split(ansi.Strip(m.View().Content), "\n") {
		if l = strings.TrimPrefix(l, strings.Repeat(" ", margin)); strings.HasPrefix(l, "##") {
			rows = append(rows, (l + strings.Repeat(" ", width))[:width])
		}
	}
	modules, err := qrtest.ASCII(strings.Join(rows, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	img, err := qrtest.Picture(modules, qrtest.Background, false)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := qrtest.Decode(img); err != nil || got != m.w.c.g.App("facebook").Form.String() {
		t.Errorf("the code says %q (%v)", got, err)
	}
}

// TestPhoneCodeAlone: where the window holds the code but not the words
// beside it, g shows the code alone, and Esc gives the step back, not the
// screen before.
func TestPhoneCodeAlone(t *testing.T) {
	m := phoneModel(t, true, 80, 40, colorprofile.ASCII, nil)
	tr := m.w.c.t
	screen := flat(ansi.Strip(m.View().Content))
	if scans(t, m, qrtest.Dark) {
		t.Fatal("the code fits beside the words at 80x40; this test needs a window where it does not")
	}
	for _, want := range []string{tr.T("qr.show_hint"), "g " + tr.T("qr.key_show")} {
		if !strings.Contains(screen, want) {
			t.Errorf("the step does not say %q:\n%s", want, screen)
		}
	}
	m.Update(keyMsg("g"))
	if !scans(t, m, qrtest.Dark) {
		t.Fatalf("g did not show the code:\n%s", ansi.Strip(m.View().Content))
	}
	if lines := strings.Split(m.View().Content, "\n"); len(lines) > 40 {
		t.Errorf("%d lines", len(lines))
	}
	m.Update(keyMsg("esc"))
	if m.w.screen.Kind != walk.Step || scans(t, m, qrtest.Dark) {
		t.Errorf("Esc did not give the step back:\n%s", ansi.Strip(m.View().Content))
	}
	// Made smaller than the code, the window shows the step again.
	m.Update(keyMsg("g"))
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(ansi.Strip(m.View().Content), m.w.c.g.App("facebook").Form.String()) {
		t.Errorf("at 80x24 the step is not shown:\n%s", ansi.Strip(m.View().Content))
	}
}

// TestGoldenPhone: the phone step in both languages, in the ASCII look
// and the normal one, at 80x24 and 200x50. In the ASCII look at 80x24 there
// is no room for the code; at 200x50 it stands beside the words. Reversed
// cells, of which the ASCII code is made, show as "#".
func TestGoldenPhone(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, tr := words(t, lang)
		for _, look := range []string{"ascii", "unicode"} {
			for _, size := range [][2]int{{80, 24}, {200, 50}} {
				t.Run(fmt.Sprintf("%s/%s/%dx%d", lang, look, size[0], size[1]), func(t *testing.T) {
					opts, _ := testOptions(lang, weekBefore)
					opts.Practice, opts.ASCII = true, look == "ascii"
					s := start(t, opts, size[0], size[1])
					wait := func(text string) {
						if opts.ASCII {
							text = prose.ASCII(text)
						}
						s.waitFor(text)
					}
					wait(g.Welcome.Title)
					s.press("enter")
					for _, p := range g.Explain {
						wait(p.Title)
						s.press("enter")
					}
					wait(g.Questions[content.QuestionApps].Title)
					s.press("space")
					wait("[x] " + g.App("facebook").Name)
					s.press("enter")
					wait(g.Questions[content.QuestionWhere].Title)
					for _, o := range g.Questions[content.QuestionWhere].Options {
						if o.ID == content.RoutePhone {
							break
						}
						s.press("down")
					}
					s.press("enter")
					wait(tr.T("step.progress", i18n.Data{"App": "Facebook", "N": 1, "Total": len(g.StepsFor(content.RoutePhone, content.AudiencePerson))}))
					wait("712876720715583")
					screen, err := qrtest.Text(s.p.rawScreen())
					if err != nil {
						t.Fatal(err)
					}
					golden.RequireEqual(t, screen)
				})
			}
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
