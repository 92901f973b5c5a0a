package letter

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/printtest"
)

// now is the day of the golden letters: noon in London, the same day in
// Amsterdam.
var now = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

// dated is now written out, as the letter has it.
var dated = map[string]string{"nl": "22 november 2026", "en": "22 November 2026", "tr": "22 Kasım 2026", "ar": "22 نوفمبر 2026"}

// guides are loaded once: the fuzz targets call them many times.
var guides = func() map[string]*content.Guide {
	gs := map[string]*content.Guide{}
	for _, lang := range content.Languages {
		g, err := content.Load(lang)
		if err != nil {
			panic(err)
		}
		gs[lang] = g
	}
	return gs
}()

// testdorp are the details of a municipality's golden letters: a public
// body, with the signer's name and function.
var testdorp = letter.Draft{
	Kind: content.KindPublic,
	Org:  "Gemeente Testdorp",
	Accounts: []letter.Account{
		acc("Gemeente Testdorp", "facebook"),
		acc("@gemeentetestdorp", "instagram"),
		acc("https://www.facebook.com/testdorpcultuur", ""),
	},
	Contact:  "communicatie@testdorp.nl",
	Place:    "Testdorp",
	Signer:   "J. de Vries",
	Function: "burgemeester",
}

// voetbalclub are the details of an association's golden letters: no
// signer or function, so the letter has lines to write them by hand.
var voetbalclub = letter.Draft{
	Kind: content.KindAssociation,
	Org:  "Voetbalclub Testdorp",
	Accounts: []letter.Account{
		acc("vv.testdorp", "instagram"),
		acc("https://www.facebook.com/voetbalclubtestdorp", "facebook"),
	},
	Contact: "secretaris@vvtestdorp.nl",
	Place:   "Testdorp",
}

// with returns testdorp changed by f, without touching testdorp.
func with(f func(d *letter.Draft)) letter.Draft {
	d := testdorp
	d.Accounts = append([]letter.Account(nil), testdorp.Accounts...)
	f(&d)
	return d
}

// acc is an account as ParseAccounts makes it: cleaned, not cut.
func acc(name, app string) letter.Account {
	return letter.Account{Name: typed.From(name, 10*letter.MaxAccount), App: app}
}

// accounts returns n accounts with different names.
func accounts(n int) []letter.Account {
	var as []letter.Account
	for i := range n {
		as = append(as, acc(fmt.Sprintf("testdorp%d", i+1), "facebook"))
	}
	return as
}

func text(lang string, d letter.Draft) string {
	return Text(i18n.MustNew(lang), guides[lang], d.Details(), now)
}

func htmlPage(t testing.TB, lang string, d letter.Draft) string {
	t.Helper()
	var b bytes.Buffer
	if err := HTML(&b, i18n.MustNew(lang), guides[lang], d.Details(), now); err != nil {
		t.Fatalf("HTML(%s): %v", lang, err)
	}
	return b.String()
}

// goldenLetters are the golden letters' details: a municipality, with a
// signer, and a football club, without.
var goldenLetters = []struct {
	name string
	d    letter.Draft
}{
	{content.KindPublic, testdorp},
	{content.KindAssociation, voetbalclub},
}

// TestGolden keeps the letters of Gemeente Testdorp and Voetbalclub
// Testdorp, as text and as a page, so that a change in the words or the
// layout shows in review. After a deliberate change: go test ./ui/letter
// -run TestGolden -update, and read the letters.
func TestGolden(t *testing.T) {
	for _, gl := range goldenLetters {
		for _, lang := range content.Languages {
			t.Run(gl.name+"/"+lang, func(t *testing.T) {
				golden.RequireEqual(t, text(lang, gl.d))
			})
			t.Run(gl.name+"/"+lang+".html", func(t *testing.T) {
				golden.RequireEqual(t, htmlPage(t, lang, gl.d))
			})
		}
	}
}

// unsafe reports whether r may not be in the text letter: a control
// character other than the newline (ESC, C0, DEL and C1 among them), or a
// format character (bidi controls, zero-width characters).
func unsafe(r rune) bool {
	return (unicode.Is(unicode.Cc, r) && r != '\n') || unicode.Is(unicode.Cf, r)
}

// checkSafe fails when s has an unsafe rune or is not UTF-8.
func checkSafe(t testing.TB, what, s string) {
	t.Helper()
	if i := strings.IndexFunc(s, unsafe); i >= 0 {
		t.Errorf("%s has %q at %d: %q", what, []rune(s[i:])[0], i, s[max(0, i-40):min(len(s), i+40)])
	}
	if !utf8.ValidString(s) {
		t.Errorf("%s is not UTF-8", what)
	}
}

// TestText checks the golden letters' parts in both languages: each is
// there, filled in, in its place, with the reasons of the organisation's
// kind and its people.
func TestText(t *testing.T) {
	words := map[string][]string{
		"nl": {"Namens {org} vragen wij u te stoppen", "artikel 21, eerste lid", "schriftelijk", "binnen een maand", "Testdorp, 22 november 2026"},
		"en": {"On behalf of {org}, we ask you to stop", "article 21(1)", "in writing", "within one month", "Testdorp, 22 November 2026"},
	}
	for _, gl := range goldenLetters {
		for _, lang := range content.Languages {
			t.Run(gl.name+"/"+lang, func(t *testing.T) {
				d := gl.d
				l, kind := guides[lang].Organisation.Letter, guides[lang].Organisation.Kinds[gl.name]
				tr := i18n.MustNew(lang)
				got := text(lang, d)
				flat := oneLine(got)
				fill := strings.NewReplacer("{org}", d.Org, "{contact}", d.Contact,
					"{place}", d.Place, "{date}", dated[lang], "{people}", kind.People)
				// The parts in their order; each must come after the one before.
				want := []string{tr.T("letter.subject_label") + " " + l.Subject, l.Salutation, fill.Replace(l.Opening), l.AccountsIntro}
				for _, a := range d.Accounts {
					want = append(want, "- "+a.Name.String())
				}
				for _, text := range []string{l.Frame, l.ReasonsIntro, kind.Reasons, l.Request} {
					for _, b := range content.Blocks(text) {
						want = append(want, fill.Replace(b.Text))
					}
				}
				signer, function := l.SignerBlank, l.FunctionBlank
				if d.Signer != "" {
					signer, function = d.Signer, d.Function
				}
				want = append(want, fill.Replace(l.Contact), l.Closing,
					signer+"\n"+function+"\n"+fill.Replace(l.Signature)+"\n\n"+fill.Replace(l.DatePlace)+"\n")
				at := 0
				for _, w := range want {
					i := strings.Index(flat[at:], oneLine(w))
					if i < 0 {
						t.Errorf("no %q after position %d", w, at)
						continue
					}
					at += i + len(oneLine(w))
				}
				for _, w := range words[lang] {
					if w = fill.Replace(w); !strings.Contains(flat, w) {
						t.Errorf("the letter does not say %q", w)
					}
				}
				// The end, line by line: the name, the function and the
				// organisation under each other, then the place and date.
				if end := want[len(want)-1]; !strings.HasSuffix(got, "\n"+end) {
					t.Errorf("the letter does not end with\n%s\nbut with\n%s", end, got[max(0, len(got)-len(end)-20):])
				}
				if strings.ContainsAny(got, "{}") {
					t.Errorf("a placeholder is left: %q", got)
				}
				checkSafe(t, "the letter", got)
				checkWidth(t, got)
			})
		}
	}
	if strings.Contains(text("nl", testdorp), "(Facebook)\n- https://www.facebook.com/testdorpcultuur (") {
		t.Error("an account without an app got one")
	}
}

// TestSigner: the signer's name and function are under the greeting, each
// on its line, above the organisation; one that is not given is a line to
// write it by hand. What is typed there is one line, never a placeholder
// or a bullet.
func TestSigner(t *testing.T) {
	for _, lang := range content.Languages {
		l := guides[lang].Organisation.Letter
		for _, c := range []struct {
			name             string
			signer, function string
			want             string
		}{
			{"both", "J. de Vries", "burgemeester", "J. de Vries\nburgemeester\nGemeente Testdorp\n"},
			{"no function", "J. de Vries", "", "J. de Vries\n" + l.FunctionBlank + "\nGemeente Testdorp\n"},
			{"no signer", " ", "secretaris", l.SignerBlank + "\nsecretaris\nGemeente Testdorp\n"},
			{"neither", "", "\u200b", l.SignerBlank + "\n" + l.FunctionBlank + "\nGemeente Testdorp\n"},
			{"typed text stays as typed", "- {org}", "{date}\n\n- x", "- {org}\n{date} - x\nGemeente Testdorp\n"},
		} {
			t.Run(lang+"/"+c.name, func(t *testing.T) {
				d := with(func(d *letter.Draft) { d.Signer, d.Function = c.signer, c.function })
				got := text(lang, d)
				if want := l.Closing + "\n\n" + c.want + "\n"; !strings.Contains(got, want) {
					t.Errorf("the letter's end is not\n%s\nbut\n%s", want, got[max(0, len(got)-200):])
				}
				if page := visible(htmlPage(t, lang, d)); !strings.Contains(page, oneLine(c.want)) {
					t.Errorf("the page's end is not %q:\n%s", oneLine(c.want), page[max(0, len(page)-200):])
				}
			})
		}
	}
}

func TestWithoutContact(t *testing.T) {
	for _, lang := range content.Languages {
		t.Run(lang, func(t *testing.T) {
			l := guides[lang].Organisation.Letter
			got := text(lang, with(func(d *letter.Draft) { d.Contact = " " }))
			before, _, _ := strings.Cut(l.Contact, "{contact}")
			if strings.Contains(got, strings.TrimSpace(before)) || strings.Contains(got, "@testdorp.nl") {
				t.Errorf("a contact line without a contact:\n%s", got)
			}
			if strings.Contains(got, "{") {
				t.Errorf("a placeholder is left:\n%s", got)
			}
			if !strings.Contains(got, l.Closing) {
				t.Error("the closing went with the contact")
			}
		})
	}
}

func TestWithoutPlace(t *testing.T) {
	for _, lang := range content.Languages {
		t.Run(lang, func(t *testing.T) {
			got := text(lang, with(func(d *letter.Draft) { d.Place = "\u200b" }))
			if !strings.HasSuffix(got, "\n\n"+dated[lang]+"\n") {
				t.Errorf("the letter does not end with the date alone: %q", got[max(0, len(got)-60):])
			}
			if strings.Contains(got, ", "+dated[lang]) || strings.Contains(got, "{") {
				t.Errorf("a place or a placeholder is left: %q", got[max(0, len(got)-60):])
			}
		})
	}
}

// TestDateInAmsterdam: the letter is dated by the Dutch calendar, also
// when the computer's clock is in another time zone.
func TestDateInAmsterdam(t *testing.T) {
	late := time.Date(2026, 11, 22, 23, 30, 0, 0, time.UTC)
	got := Text(i18n.MustNew("nl"), guides["nl"], testdorp.Details(), late)
	if !strings.Contains(got, "Testdorp, 23 november 2026") {
		t.Errorf("not dated 23 November in Amsterdam: %q", got[max(0, len(got)-60):])
	}
}

// TestAccountsNamedByTheirApp: the letter names an account's app as it was
// given, unless its address says otherwise: an address of another site
// gets no app, an address of the other app gets that one.
func TestAccountsNamedByTheirApp(t *testing.T) {
	d := with(func(d *letter.Draft) {
		d.Accounts = []letter.Account{
			acc("testdorp", "facebook"),
			acc("twitter.com/testdorp", "facebook"),
			acc("https://www.instagram.com/testdorp", "facebook"),
			acc("facebook.com/testdorp", ""),
			acc("@testdorp", "whatsapp"),
		}
	})
	got := text("nl", d)
	for _, want := range []string{"- testdorp (Facebook)\n", "- twitter.com/testdorp\n", "- https://www.instagram.com/testdorp (Instagram)\n",
		"- facebook.com/testdorp\n", "- @testdorp\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("the letter misses %q:\n%s", want, got)
		}
	}
}

// nasty are details a person could paste, to make the letter move the
// cursor, write the clipboard, turn text around or look like something
// else.
var nasty = letter.Draft{
	Org: "\x1b[2J\x1b[H\u202eGemeente\u200b Testdorp\x1b]52;c;ZXZpbA==\x07\u009b31m\r\n- {contact}",
	Accounts: []letter.Account{
		acc("\x1b]8;;https://evil.example/\x1b\\testdorp\x1b]8;;\x1b\\", "facebook"),
		acc("\ufeff@testdorp\x00\x07\x7f", "whatsapp"),
		acc("\x1b[2J", "instagram"),
		acc(strings.Repeat("https://www.facebook.com/", 20), ""),
	},
	Contact: "\u2066communicatie@testdorp.nl\u2069\x1bP+q\x1b\\",
	Place:   "Test\xffdorp\t\u0085{date}",
}

// placeComma is what stands between the place and the date: Arabic has a
// comma of its own.
func placeComma(lang string) string {
	if lang == "ar" {
		return "، "
	}
	return ", "
}

func TestTextIsSafe(t *testing.T) {
	for _, lang := range content.Languages {
		t.Run(lang, func(t *testing.T) {
			got := text(lang, nasty)
			checkSafe(t, "the letter", got)
			checkWidth(t, got)
			for _, s := range []string{"Gemeente Testdorp", "- testdorp (Facebook)", "- @testdorp\n", "communicatie@testdorp.nl", "Testdorp {date}" + placeComma(lang) + dated[lang]} {
				if !strings.Contains(got, s) {
					t.Errorf("the letter lost %q:\n%s", s, got)
				}
			}
			// Typed text is not read for placeholders, nor for bullets.
			if !strings.Contains(got, "Gemeente Testdorp - {contact}") {
				t.Errorf("the typed name was changed:\n%s", got)
			}
		})
	}
}

// checkWidth fails when a line of the letter is wider than width.
func checkWidth(t *testing.T, letter string) {
	t.Helper()
	for i, l := range strings.Split(letter, "\n") {
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("line %d is %d wide: %q", i+1, w, l)
		}
	}
}

var (
	head   = regexp.MustCompile(`(?s)<head>.*</head>`)
	tag    = regexp.MustCompile(`<[^>]*>`)
	spaces = regexp.MustCompile(`\s+`)
)

// visible returns the words a reader sees on the page, white space
// collapsed.
func visible(page string) string {
	s := head.ReplaceAllString(page, " ")
	s = tag.ReplaceAllString(s, " ")
	return oneLine(html.UnescapeString(s))
}

func oneLine(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// TestTextAndHTMLAgree: the page has the same words as the text, in the
// same order, only without the bullets' dashes.
func TestTextAndHTMLAgree(t *testing.T) {
	for _, lang := range content.Languages {
		for name, d := range map[string]letter.Draft{
			"testdorp":   testdorp,
			"no contact": with(func(d *letter.Draft) { d.Contact = "" }),
			"no place":   with(func(d *letter.Draft) { d.Place = "" }),
		} {
			t.Run(lang+"/"+name, func(t *testing.T) {
				var lines []string
				for _, l := range strings.Split(text(lang, d), "\n") {
					lines = append(lines, strings.TrimPrefix(l, "- "))
				}
				if got, want := visible(htmlPage(t, lang, d)), oneLine(strings.Join(lines, " ")); got != want {
					t.Errorf("the page reads\n%s\nthe text\n%s", got, want)
				}
			})
		}
	}
}

func TestHTML(t *testing.T) {
	for _, lang := range content.Languages {
		t.Run(lang, func(t *testing.T) {
			d := with(func(d *letter.Draft) { d.Org = "<script>alert(1)</script> & Co" })
			got := htmlPage(t, lang, d)
			if !strings.HasPrefix(got, "<!DOCTYPE html>\n<html lang=\""+lang+"\">") {
				t.Errorf("no doctype and html lang=%q: %.60q", lang, got)
			}
			if !strings.Contains(got, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co") {
				t.Error("the organisation's name is not on the page, escaped")
			}
			seen := visible(got)
			for _, s := range []string{"<script>alert(1)</script> & Co", "Gemeente Testdorp (Facebook)",
				"@gemeentetestdorp (Instagram)", "https://www.facebook.com/testdorpcultuur", "Testdorp" + placeComma(lang) + dated[lang]} {
				if !strings.Contains(seen, s) {
					t.Errorf("the page does not show %q", s)
				}
			}
			if strings.Contains(seen, "{") {
				t.Errorf("a placeholder is left: %q", seen)
			}
			checkSelfContained(t, got)
			checkWellFormed(t, got)
			checkPrint(t, got)
		})
	}
}

func TestHTMLIsSafe(t *testing.T) {
	for _, lang := range content.Languages {
		got := htmlPage(t, lang, nasty)
		checkSafe(t, "the page", got)
		checkSelfContained(t, got)
		checkWellFormed(t, got)
		if strings.Contains(got, "evil.example/\"") || strings.Contains(got, "href") {
			t.Error("a typed address became a link")
		}
	}
}

// checkSelfContained fails when the page could load or run anything.
func checkSelfContained(t testing.TB, page string) {
	t.Helper()
	lower := strings.ToLower(page)
	for _, bad := range []string{"<script", "<link", "@import", "url(", "<img", "<iframe", "<object", "<embed", "src=", "href=", "\x1b"} {
		if strings.Contains(lower, bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
}

var fontSize = regexp.MustCompile(`font-size:\s*([\d.]+)(\w+)`)

// checkPrint fails when the page is not set for A4, black on white, in
// type of 12 pt or more.
func checkPrint(t *testing.T, page string) {
	t.Helper()
	for _, s := range []string{"@page { size: A4;", "background: #fff; color: #000;", `<meta charset="utf-8">`} {
		if !strings.Contains(page, s) {
			t.Errorf("the page has no %s", s)
		}
	}
	sizes := fontSize.FindAllStringSubmatch(page, -1)
	if len(sizes) == 0 {
		t.Error("the page sets no font size")
	}
	for _, m := range sizes {
		n, _ := strconv.ParseFloat(m[1], 64)
		if m[2] != "pt" || n < 12 {
			t.Errorf("font-size %s%s, want 12pt or more", m[1], m[2])
		}
	}
}

// checkWellFormed checks that the page is well-formed HTML with the
// elements it must have.
func checkWellFormed(t testing.TB, page string) {
	t.Helper()
	if err := printtest.WellFormed(page, "html", "head", "title", "style", "body", "h1", "p", "ul", "li"); err != nil {
		t.Fatal(err)
	}
}

func TestHTMLErrors(t *testing.T) {
	nl, g := i18n.MustNew("nl"), guides["nl"]
	for name, call := range map[string]func(w io.Writer) error{
		"no translator":      func(w io.Writer) error { return HTML(w, nil, g, testdorp.Details(), now) },
		"no guide":           func(w io.Writer) error { return HTML(w, nl, nil, testdorp.Details(), now) },
		"languages disagree": func(w io.Writer) error { return HTML(w, i18n.MustNew("en"), g, testdorp.Details(), now) },
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := call(&b); err == nil || b.Len() > 0 {
				t.Errorf("error = %v and %d bytes written, want an error and nothing", err, b.Len())
			}
		})
	}
}
