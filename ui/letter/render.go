// Package letter is the letter face: the organisation's letter
// (content/letter) laid out as plain text, to read, copy and paste, and as
// a printable page; and the letter command's questions (Form) and what it
// offers to do with the letter (Offer). Text and page clean every typed
// value first, so a caller that forgot cannot put an escape sequence or
// markup in them.
package letter

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// width is the width of the text letter in columns: what fits in an e-mail
// and on paper in a fixed-width font.
const width = 72

// Text returns the letter as plain text, wrapped at width columns, ending in
// a newline. It cleans the details itself, so a caller that forgot cannot
// put an escape sequence in it. t and g must not be nil.
func Text(t *i18n.Translator, g *content.Guide, d letter.Details, now time.Time) string {
	p := letter.Compose(t, g, d, now)
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
	Blocks []content.Paragraph
}

// HTML writes the letter as a printable A4 page: one self-contained file,
// black on white, without script, links or anything loaded from elsewhere.
// Every typed value is cleaned and then escaped by html/template, so it is
// never markup. The page is built whole before it is written.
func HTML(w io.Writer, t *i18n.Translator, g *content.Guide, d letter.Details, now time.Time) error {
	if t == nil || g == nil {
		return errors.New("letter: no translator or guide")
	}
	if g.Lang != t.Lang() {
		return fmt.Errorf("letter: guide in %q, words in %q", g.Lang, t.Lang())
	}
	p := letter.Compose(t, g, d, now)
	v := view{Lang: p.Lang, SubjectLabel: p.SubjectLabel, Subject: p.Subject}
	for _, s := range p.Sections {
		hs := htmlSection{Class: s.Class, Blocks: content.Paragraphs(s.Blocks)}
		if atEnd[s.Class] {
			v.End = append(v.End, hs)
		} else {
			v.Sections = append(v.Sections, hs)
		}
	}
	var b bytes.Buffer
	// Parsed here, once a run, not kept: a run prints one page.
	page := template.Must(template.New("letter").Parse(pageSource))
	if err := page.Execute(&b, v); err != nil {
		return fmt.Errorf("letter: %w", err)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// Layout lays the letter out as Text and as HTML, for a face that shows
// the letter: the command line hands it to the faces, which import no
// other face.
type Layout struct{}

// Text is the letter as text (see Text).
func (Layout) Text(t *i18n.Translator, g *content.Guide, d letter.Details, now time.Time) string {
	return Text(t, g, d, now)
}

// HTML writes the letter as a printable page (see HTML).
func (Layout) HTML(w io.Writer, t *i18n.Translator, g *content.Guide, d letter.Details, now time.Time) error {
	return HTML(w, t, g, d, now)
}
