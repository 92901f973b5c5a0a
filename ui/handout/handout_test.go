package handout

import (
	"bytes"
	"errors"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/printtest"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/qr/qrtest"
)

var (
	// afterDeadline is a day long after 27 May 2025; beforeDeadline is a
	// week before it.
	afterDeadline  = mustTime("2026-11-22T10:00:00+01:00")
	beforeDeadline = mustTime("2025-05-20T10:00:00+02:00")

	// printDate is afterDeadline written out, as a person reads it.
	printDate = map[string]string{"nl": "22 november 2026", "en": "22 November 2026", "tr": "22 Kasım 2026", "ar": "22 نوفمبر 2026"}
)

func mustTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func guide(t *testing.T, lang string) *content.Guide {
	t.Helper()
	g, err := content.Load(lang)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func render(t *testing.T, lang string, apps []string, now time.Time) string {
	t.Helper()
	var b bytes.Buffer
	err := Render(&b, Options{T: i18n.MustNew(lang), Guide: guide(t, lang), Apps: apps, Now: now})
	if err != nil {
		t.Fatalf("Render(%s, %v): %v", lang, apps, err)
	}
	return b.String()
}

var (
	styleOrSVG = regexp.MustCompile(`(?s)<style>.*?</style>|<svg.*?</svg>`)
	tag        = regexp.MustCompile(`<[^>]*>`)
	// inSentence marks an address in a sentence: it is part of the
	// sentence, not a block of its own.
	inSentence = regexp.MustCompile(`</?bdi[^>]*>`)
	spaces     = regexp.MustCompile(`\s+`)
)

// visible returns the words a reader sees: without the style sheet, the
// QR codes and the tags, with entities decoded and white space collapsed.
// A check on it fails when a text is only in an attribute.
func visible(page string) string {
	s := styleOrSVG.ReplaceAllString(page, " ")
	s = strings.ReplaceAll(s, "<wbr>", "")
	s = inSentence.ReplaceAllString(s, "")
	s = tag.ReplaceAllString(s, " ")
	return strings.TrimSpace(spaces.ReplaceAllString(html.UnescapeString(s), " "))
}

// oneLine collapses white space, as visible does, for texts to look for.
func oneLine(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// chosenApps is what the page should show for the given IDs.
func chosenApps(g *content.Guide, ids []string) []content.App {
	var apps []content.App
	for _, a := range g.FormApps() {
		if len(ids) == 0 || slices.Contains(ids, a.ID) {
			apps = append(apps, a)
		}
	}
	return apps
}

func TestRender(t *testing.T) {
	for _, lang := range content.Languages {
		for _, ids := range [][]string{nil, {"facebook"}, {"instagram"}, {"facebook", "instagram"}} {
			t.Run(lang+"/"+strings.Join(ids, ","), func(t *testing.T) {
				g := guide(t, lang)
				tr := i18n.MustNew(lang)
				page := render(t, lang, ids, afterDeadline)
				text := visible(page)
				apps := chosenApps(g, ids)
				if len(apps) == 0 {
					t.Fatal("no apps chosen: the test checks nothing")
				}

				want := []string{
					g.Welcome.Title,
					walk.BannerSentence(tr, g.Deadline, afterDeadline),
					g.Deadline.Note,
					printDate[lang],
					g.Reason,
				}
				for _, s := range g.Sources {
					want = append(want, s.Name, s.What)
				}
				steps := g.StepsFor(content.RoutePhone, content.AudiencePerson)
				for _, a := range apps {
					fill := strings.NewReplacer("{app}", a.Name, "{url}", a.Form.String())
					want = append(want, a.Name, a.Form.String(), prose.GroupDigits(a.Form.String()))
					for _, s := range steps {
						want = append(want, fill.Replace(s.Title))
						for _, b := range content.Blocks(fill.Replace(s.Body)) {
							want = append(want, b.Text)
						}
					}
					want = append(want, a.Menu...)
				}
				for _, w := range want {
					if !strings.Contains(text, oneLine(w)) {
						t.Errorf("the page does not show %q", w)
					}
				}
				if n := strings.Count(text, g.Reason); n != len(apps) {
					t.Errorf("the reason is shown %d times, want once per app (%d)", n, len(apps))
				}
				for _, a := range g.Apps {
					if a.HasForm() && !slices.ContainsFunc(apps, func(c content.App) bool { return c.ID == a.ID }) &&
						strings.Contains(page, a.Form.String()) {
						t.Errorf("the page has the address of %s, which was not chosen", a.ID)
					}
				}
				htmlTag := "<html lang=\"" + lang + "\">"
				if i18n.RightToLeft(lang) {
					htmlTag = "<html lang=\"" + lang + "\" dir=\"rtl\">"
				}
				if !strings.HasPrefix(page, "<!DOCTYPE html>\n"+htmlTag) {
					t.Errorf("the page does not start with the doctype and %s: %.60q", htmlTag, page)
				}
				checkLeftToRight(t, page, apps)
				// The print layout rests on these rules: A4, each further app on
				// a sheet of its own, and no step or address block cut in two.
				for _, s := range []string{
					"<title>" + g.Welcome.Title + "</title>", `<meta charset="utf-8">`,
					"@page { size: A4;", ".app + .app { break-before: page; }",
					"ol.steps > li { margin: 0 0 2.5mm; padding-inline-start: 1mm; break-inside: avoid; }",
					"margin: 2mm 0 3mm; break-inside: avoid; }",
				} {
					if !strings.Contains(page, s) {
						t.Errorf("the page has no %s", s)
					}
				}
				for _, s := range []string{"{app}", "{url}", "{date}", "handout."} {
					if strings.Contains(page, s) {
						t.Errorf("the page shows a placeholder or message ID: %q", s)
					}
				}
				checkSelfContained(t, page, g, apps)
				checkWellFormed(t, page)
				checkQRCodes(t, page, apps)
			})
		}
	}
}

// checkLeftToRight fails when an address, its digits or a QR code is not
// set from left to right: on a right-to-left page the groups of digits
// would swap places, and the address would read from its end.
func checkLeftToRight(t *testing.T, page string, apps []content.App) {
	t.Helper()
	for _, a := range apps {
		addr := `<p class="address ltr" dir="ltr">` + strings.Join(breakable(a.Form.String()), "<wbr>") + "</p>"
		digits := `<span class="digits ltr" dir="ltr">` + prose.GroupDigits(a.Form.String()) + "</span>"
		for _, want := range []string{addr, digits} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the page has no %s", a.ID, want)
			}
		}
	}
	if n, ltr := len(svgElement.FindAllString(page, -1)), strings.Count(page, `<div class="qr ltr" dir="ltr"><svg`); n != ltr {
		t.Errorf("%d QR codes, %d of them left to right", n, ltr)
	}
	if !strings.Contains(page, ".ltr { direction: ltr; unicode-bidi: isolate; }") {
		t.Error("the page has no rule that keeps .ltr left to right")
	}
}

// checkSelfContained fails when the page could load or run anything, or
// names an address other than the forms'.
func checkSelfContained(t *testing.T, page string, g *content.Guide, apps []content.App) {
	t.Helper()
	lower := strings.ToLower(page)
	for _, bad := range []string{"<script", "<link", "@import", "url(", "<img", "<iframe", "<object", "<embed", "src="} {
		if strings.Contains(lower, bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
	rest := strings.ReplaceAll(page, "<wbr>", "")
	for _, a := range apps {
		rest = strings.ReplaceAll(rest, a.Form.String(), "")
	}
	rest = strings.ReplaceAll(rest, `xmlns="http://www.w3.org/2000/svg"`, "")
	for _, s := range g.Sources {
		rest = strings.ReplaceAll(rest, html.EscapeString(s.Name), "")
		rest = strings.ReplaceAll(rest, html.EscapeString(s.What), "")
	}
	if i := strings.Index(strings.ToLower(rest), "http"); i >= 0 {
		t.Errorf("the page names an address besides the forms: %q", rest[max(0, i-40):min(len(rest), i+60)])
	}
}

// checkWellFormed checks that the page is well-formed HTML with the
// elements it must have.
func checkWellFormed(t testing.TB, page string) {
	t.Helper()
	if err := printtest.WellFormed(page, "html", "head", "meta", "title", "style", "body", "h1", "svg", "ol"); err != nil {
		t.Fatal(err)
	}
}

var svgElement = regexp.MustCompile(`(?s)<svg.*?</svg>`)

// checkQRCodes decodes every QR code on the page, in order, as a phone
// would, and compares it with the chosen forms' addresses.
func checkQRCodes(t *testing.T, page string, apps []content.App) {
	t.Helper()
	var got, want []string
	for _, s := range svgElement.FindAllString(page, -1) {
		got = append(got, decodeSVG(t, s))
	}
	for _, a := range apps {
		want = append(want, a.Form.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("the QR codes read %q, want %q", got, want)
	}
}

// decodeSVG reads a QR code on the page back to its text.
func decodeSVG(t *testing.T, s string) string {
	t.Helper()
	text, err := qrtest.DecodeSVG(s)
	if err != nil {
		t.Fatalf("QR code does not decode: %v", err)
	}
	return text
}

func TestDeadline(t *testing.T) {
	for _, lang := range content.Languages {
		g := guide(t, lang)
		tr := i18n.MustNew(lang)
		beforeWords, _, _ := strings.Cut(g.Deadline.Before, "{")
		afterWords, _, _ := strings.Cut(g.Deadline.After, "{")
		t.Run(lang+"/before", func(t *testing.T) {
			text := visible(render(t, lang, nil, beforeDeadline))
			if s := walk.BannerSentence(tr, g.Deadline, beforeDeadline); !strings.Contains(text, s) {
				t.Errorf("no deadline sentence %q", s)
			}
			if !strings.Contains(text, beforeWords) || strings.Contains(text, afterWords) {
				t.Errorf("want the sentence for before the date (%q), not after it (%q)", beforeWords, afterWords)
			}
			if strings.Contains(text, g.Deadline.Note) {
				t.Error("the note for after the date is shown before it")
			}
			if want := tr.Date(beforeDeadline); !strings.Contains(text, want) {
				t.Errorf("no print date %q", want)
			}
		})
		t.Run(lang+"/after", func(t *testing.T) {
			text := visible(render(t, lang, nil, afterDeadline))
			if !strings.Contains(text, afterWords) || strings.Contains(text, beforeWords) {
				t.Errorf("want the sentence for after the date (%q), not before it (%q)", afterWords, beforeWords)
			}
			sentence := walk.BannerSentence(tr, g.Deadline, afterDeadline)
			i, j := strings.Index(text, sentence), strings.Index(text, g.Deadline.Note)
			if i < 0 || j < i {
				t.Errorf("want the sentence %q and after it the note; at %d and %d", sentence, i, j)
			}
		})
	}
	t.Run("the print date is Amsterdam's", func(t *testing.T) {
		// 23:30 in London is already the next day in Amsterdam.
		text := visible(render(t, "nl", nil, mustTime("2026-11-22T23:30:00Z")))
		if !strings.Contains(text, "23 november 2026") {
			t.Error("the print date is not the day in Amsterdam")
		}
	})
}

func TestAppsInGuideOrder(t *testing.T) {
	text := visible(render(t, "nl", []string{"instagram", "facebook", "instagram"}, afterDeadline))
	fb, ig := strings.Index(text, "Bezwaar maken bij Facebook"), strings.Index(text, "Bezwaar maken bij Instagram")
	if fb < 0 || ig < fb {
		t.Errorf("want Facebook, then Instagram; at %d and %d", fb, ig)
	}
	if n := strings.Count(text, "Bezwaar maken bij Instagram"); n != 1 {
		t.Errorf("Instagram is on the page %d times, want once", n)
	}
}

func TestErrors(t *testing.T) {
	g := guide(t, "nl")
	nl := i18n.MustNew("nl")
	for _, ids := range [][]string{{"whatsapp"}, {"tiktok"}, {""}, {"facebook", "threads"}, {"Facebook"}} {
		t.Run(strings.Join(ids, ","), func(t *testing.T) {
			var b bytes.Buffer
			err := Render(&b, Options{T: nl, Guide: g, Apps: ids, Now: afterDeadline})
			if !errors.Is(err, ErrNoForm) {
				t.Errorf("error = %v, want ErrNoForm", err)
			}
			if b.Len() > 0 {
				t.Errorf("wrote %d bytes despite the error", b.Len())
			}
		})
	}
	for name, o := range map[string]Options{
		"no translator":      {Guide: g},
		"no guide":           {T: nl},
		"languages disagree": {T: i18n.MustNew("en"), Guide: g},
		"no deadline zone":   {T: nl, Guide: &content.Guide{Lang: "nl"}},
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Render(&b, o); err == nil || b.Len() > 0 {
				t.Errorf("error = %v and %d bytes written, want an error and nothing", err, b.Len())
			}
		})
	}
}

// TestWithoutStepActions: the address and the reason stay on the page even
// when the guide no longer ties them to a step.
func TestWithoutStepActions(t *testing.T) {
	g := *guide(t, "nl")
	g.Steps = slices.Clone(g.Steps)
	for i := range g.Steps {
		g.Steps[i].Action = ""
	}
	var b bytes.Buffer
	if err := Render(&b, Options{T: i18n.MustNew("nl"), Guide: &g, Apps: []string{"facebook"}, Now: afterDeadline}); err != nil {
		t.Fatal(err)
	}
	text := visible(b.String())
	form := g.App("facebook").Form.String()
	for _, s := range []string{form, g.Reason} {
		if n := strings.Count(text, s); n != 1 {
			t.Errorf("%q is on the page %d times, want once", s, n)
		}
	}
	if n := len(svgElement.FindAllString(b.String(), -1)); n != 1 {
		t.Errorf("%d QR codes, want 1", n)
	}
}

func TestBlocks(t *testing.T) {
	got := content.Paragraphs(content.Blocks("Eerst dit.\nNog een regel.\n\n- een\n- twee\nverder\n\nDaarna.\n- drie"))
	want := []content.Paragraph{
		{Text: "Eerst dit. Nog een regel."},
		{Items: []string{"een", "twee verder"}},
		{Text: "Daarna."},
		{Items: []string{"drie"}},
	}
	if !slices.EqualFunc(got, want, func(a, b content.Paragraph) bool { return a.Text == b.Text && slices.Equal(a.Items, b.Items) }) {
		t.Errorf("blocks = %q, want %q", got, want)
	}
}

func TestBreakable(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"https://www.facebook.com/help/contact/712876720715583", []string{"https://www.facebook.com/", "help/", "contact/", "712876720715583"}},
		{"https://help.instagram.com/contact/", []string{"https://help.instagram.com/", "contact/"}},
		{"https://example.org", []string{"https://example.org"}},
		{"no scheme/here", []string{"no scheme/here"}},
	}
	for _, tt := range tests {
		got := breakable(tt.in)
		if !slices.Equal(got, tt.want) || strings.Join(got, "") != tt.in {
			t.Errorf("breakable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestGolden keeps the Dutch page for both apps, so that a change to the
// layout shows in review. After a deliberate change: go test ./ui/handout
// -update, and read the diff.
func TestGolden(t *testing.T) {
	golden.RequireEqual(t, render(t, "nl", nil, afterDeadline))
}
