package letter

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// width is the width of the text letter in columns: what fits in an e-mail
// and on paper in a fixed-width font.
const width = 72

// section is a part of the letter: the salutation, the opening, the
// accounts, and so on. Class names it on the printed page. The blocks of
// a section of Lines are lines, one under the other, without space
// between them: the signer's name, function and organisation.
type section struct {
	Class  string
	Blocks []content.Block
	Lines  bool
}

// parts is the letter in words, laid out by Text and by HTML alike, so
// that both have the same parts in the same order.
type parts struct {
	Lang         string
	SubjectLabel string
	Subject      string
	Sections     []section
}

// compose fills the guide's letter with the cleaned details. The guide's
// texts are split into paragraphs and bullets before the details go in, so
// that typed text can never start a bullet or a paragraph of its own.
func compose(t *i18n.Translator, g *content.Guide, d Details, now time.Time) parts {
	d = d.Cleaned()
	if g.Deadline.Zone != nil {
		// The letter is dated in the Netherlands, wherever the computer
		// thinks it is.
		now = now.In(g.Deadline.Zone)
	}
	kind := kindOf(g, d.Kind)
	fill := strings.NewReplacer("{org}", d.Org, "{contact}", d.Contact, "{place}", d.Place, "{date}", t.Date(now),
		"{people}", kind.People)
	blocks := func(texts ...string) []content.Block {
		var bs []content.Block
		for _, text := range texts {
			for _, b := range content.Blocks(text) {
				b.Text = fill.Replace(b.Text)
				bs = append(bs, b)
			}
		}
		return bs
	}

	l := g.Organisation.Letter
	accounts := blocks(l.AccountsIntro)
	apps := AppsOf(g)
	for i, a := range d.Accounts {
		name := a.Name
		if app := apps.named(a); app != nil && app.Name != "" {
			name += " (" + app.Name + ")"
		}
		accounts = append(accounts, content.Block{Text: name, Bullet: true, First: i == 0})
	}
	p := parts{
		Lang:         t.Lang(),
		SubjectLabel: t.T("letter.subject_label"),
		Subject:      fill.Replace(l.Subject),
	}
	add := func(class string, bs []content.Block) {
		if len(bs) > 0 {
			p.Sections = append(p.Sections, section{Class: class, Blocks: bs})
		}
	}
	add("salutation", blocks(l.Salutation))
	add("opening", blocks(l.Opening))
	add("accounts", accounts)
	add("frame", blocks(l.Frame))
	add("reasons", blocks(l.ReasonsIntro, kind.Reasons))
	add("request", blocks(l.Request))
	if d.Contact != "" {
		add("contact", blocks(l.Contact))
	}
	add("closing", blocks(l.Closing))
	// The signer's name and function, or a line to write each by hand
	// (FACTS O10), and the organisation under them. A typed value is one
	// line, whatever it holds: it is not read as text of the guide.
	signer, function := content.Block{Text: d.Signer}, content.Block{Text: d.Function}
	if d.Signer == "" {
		signer = blocks(l.SignerBlank)[0]
	}
	if d.Function == "" {
		function = blocks(l.FunctionBlank)[0]
	}
	p.Sections = append(p.Sections, section{Class: "signature", Lines: true,
		Blocks: append([]content.Block{signer, function}, blocks(l.Signature)...)})
	if d.Place != "" {
		add("date", blocks(l.DatePlace))
	} else {
		add("date", blocks(l.Date))
	}
	return p
}

// Text returns the letter as plain text, wrapped at width columns, ending in
// a newline. It cleans the details itself, so a caller that forgot cannot
// put an escape sequence in it. t and g must not be nil.
func Text(t *i18n.Translator, g *content.Guide, d Details, now time.Time) string {
	p := compose(t, g, d, now)
	// The subject's further lines start under its first word.
	indent := strings.Repeat(" ", ansi.StringWidth(p.SubjectLabel)+1)
	var lines []string
	for i, l := range prose.WrapLine(p.Subject, width-len(indent)) {
		if i == 0 {
			lines = append(lines, p.SubjectLabel+" "+l)
		} else {
			lines = append(lines, indent+l)
		}
	}
	for _, s := range p.Sections {
		lines = append(lines, "")
		if s.Lines {
			for _, b := range s.Blocks {
				lines = append(lines, prose.WrapLine(b.Text, width)...)
			}
			continue
		}
		lines = append(lines, layout(s.Blocks, width)...)
	}
	return strings.Join(lines, "\n") + "\n"
}

// layout lays blocks out as prose.Wrap does a text: a blank line between
// paragraphs and before a list, bullets "- " with a hanging indent.
func layout(blocks []content.Block, width int) []string {
	var lines []string
	for i, b := range blocks {
		if i > 0 && (!b.Bullet || b.First) {
			lines = append(lines, "")
		}
		if !b.Bullet {
			lines = append(lines, prose.WrapLine(b.Text, width)...)
			continue
		}
		for j, l := range prose.WrapLine(b.Text, width-2) {
			if j == 0 {
				lines = append(lines, "- "+l)
			} else {
				lines = append(lines, "  "+l)
			}
		}
	}
	return lines
}

// The page's layout lives in one template, so that it reads as HTML and
// html/template escapes every text that goes into it.
//
//go:embed letter.html.tmpl
var pageSource string

// page is parsed on first use, not when the program starts: most runs never
// write a letter, and every millisecond of start-up counts.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("letter").Parse(pageSource))
})

// view is what the template shows. End is the greeting, the name and the
// date, kept together on one sheet.
type view struct {
	Lang         string
	SubjectLabel string
	Subject      string
	Sections     []htmlSection
	End          []htmlSection
}

// atEnd are the sections of the letter's end.
var atEnd = map[string]bool{"closing": true, "signature": true, "date": true}

type htmlSection struct {
	Class  string
	Blocks []block
}

// block is a paragraph (Text) or a list (Items): prose gives bullets one by
// one, and HTML wants them together in one <ul>.
type block struct {
	Text  string
	Items []string
}

// HTML writes the letter as a printable A4 page: one self-contained file,
// black on white, without script, links or anything loaded from elsewhere.
// Every typed value is cleaned and then escaped by html/template, so it is
// never markup. The page is built whole before it is written.
func HTML(w io.Writer, t *i18n.Translator, g *content.Guide, d Details, now time.Time) error {
	if t == nil || g == nil {
		return errors.New("letter: no translator or guide")
	}
	if g.Lang != t.Lang() {
		return fmt.Errorf("letter: guide in %q, words in %q", g.Lang, t.Lang())
	}
	p := compose(t, g, d, now)
	v := view{Lang: p.Lang, SubjectLabel: p.SubjectLabel, Subject: p.Subject}
	for _, s := range p.Sections {
		hs := htmlSection{Class: s.Class, Blocks: group(s.Blocks)}
		if atEnd[s.Class] {
			v.End = append(v.End, hs)
		} else {
			v.Sections = append(v.Sections, hs)
		}
	}
	var b bytes.Buffer
	if err := page().Execute(&b, v); err != nil {
		return fmt.Errorf("letter: %w", err)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// group puts each list's bullets together.
func group(blocks []content.Block) []block {
	var out []block
	for _, b := range blocks {
		switch {
		case !b.Bullet:
			out = append(out, block{Text: b.Text})
		case b.First || len(out) == 0 || out[len(out)-1].Items == nil:
			out = append(out, block{Items: []string{b.Text}})
		default:
			out[len(out)-1].Items = append(out[len(out)-1].Items, b.Text)
		}
	}
	return out
}
