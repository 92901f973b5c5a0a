package letter

import (
	"io"
	"strings"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Section is a part of the letter: the salutation, the opening, the
// accounts, and so on. Class names it on the printed page. The blocks of
// a section of Lines are lines, one under the other, without space
// between them: the signer's name, function and organisation.
type Section struct {
	Class  string
	Blocks []content.Block
	Lines  bool
}

// Parts is the letter in words, without layout: the faces lay it out as
// text and as a page alike, so that both have the same parts in the same
// order.
type Parts struct {
	Lang         string
	SubjectLabel string
	Subject      string
	Sections     []Section
}

// Compose fills the guide's letter with the details. The guide's
// texts are split into paragraphs and bullets before the details go in, so
// that typed text can never start a bullet or a paragraph of its own.
func Compose(t *i18n.Translator, g *content.Guide, d Details, now time.Time) Parts {
	d.Accounts = fit(d.Accounts)
	if g.Deadline.Zone != nil {
		// The letter is dated in the Netherlands, wherever the computer
		// thinks it is.
		now = now.In(g.Deadline.Zone)
	}
	kind := kindOf(g, d.Kind)
	fill := strings.NewReplacer("{org}", d.Org.String(), "{contact}", d.Contact.String(), "{place}", d.Place.String(), "{date}", t.Date(now),
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
		name := a.Name.String()
		if app := apps.named(a); app != nil && app.Name != "" {
			name += " (" + app.Name + ")"
		}
		accounts = append(accounts, content.Block{Text: name, Bullet: true, First: i == 0})
	}
	p := Parts{
		Lang:         t.Lang(),
		SubjectLabel: t.T("letter.subject_label"),
		Subject:      fill.Replace(l.Subject),
	}
	add := func(class string, bs []content.Block) {
		if len(bs) > 0 {
			p.Sections = append(p.Sections, Section{Class: class, Blocks: bs})
		}
	}
	add("salutation", blocks(l.Salutation))
	add("opening", blocks(l.Opening))
	add("accounts", accounts)
	add("frame", blocks(l.Frame))
	add("reasons", blocks(l.ReasonsIntro, kind.Reasons))
	add("request", blocks(l.Request))
	if !d.Contact.IsEmpty() {
		add("contact", blocks(l.Contact))
	}
	add("closing", blocks(l.Closing))
	// The signer's name and function, or a line to write each by hand
	// (FACTS O10), and the organisation under them. A typed value is one
	// line, whatever it holds: it is not read as text of the guide.
	signer, function := content.Block{Text: d.Signer.String()}, content.Block{Text: d.Function.String()}
	if d.Signer.IsEmpty() {
		signer = blocks(l.SignerBlank)[0]
	}
	if d.Function.IsEmpty() {
		function = blocks(l.FunctionBlank)[0]
	}
	p.Sections = append(p.Sections, Section{Class: "signature", Lines: true,
		Blocks: append([]content.Block{signer, function}, blocks(l.Signature)...)})
	if !d.Place.IsEmpty() {
		add("date", blocks(l.DatePlace))
	} else {
		add("date", blocks(l.Date))
	}
	return p
}

// Layout lays the letter out: as text, to read, copy and save, and as a
// printable page, to save as .html. ui/letter has the program's; the
// command line hands it to the faces that ask an organisation's questions,
// so that no face imports another.
type Layout interface {
	Text(t *i18n.Translator, g *content.Guide, d Details, now time.Time) string
	HTML(w io.Writer, t *i18n.Translator, g *content.Guide, d Details, now time.Time) error
}
