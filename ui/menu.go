package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// menuItem is a choice on a menu: its words, and what choosing it does.
type menuItem struct {
	label string
	msg   tea.Msg
}

// menuPage is a text with a list of choices under it. The choices stay in
// view; a long text scrolls above them.
type menuPage struct {
	c     *common
	text  *textPage
	items []menuItem
	form  *huh.Form
	field huh.Field

	choice int
	width  int
	height int
}

func newMenuPage(c *common, text *textPage, items []menuItem) *menuPage {
	p := &menuPage{c: c, text: text, items: items}
	options := make([]huh.Option[int], len(items))
	for i, it := range items {
		options[i] = huh.NewOption(it.label, i)
	}
	sel := huh.NewSelect[int]()
	// The theme goes on before the options: adding them draws them.
	sel.WithTheme(c.huhTheme())
	p.field = sel.Options(options...).Value(&p.choice)
	p.form = newForm(c, p.field)
	return p
}

// newForm wraps a question in a huh form dressed as the wizard: its keys,
// its looks, no help of its own (the wizard's help line shows the keys).
func newForm(c *common, field huh.Field) *huh.Form {
	theme := c.huhTheme()
	// The theme goes on the field first: huh measures the field while
	// building the group, and would otherwise build its default theme anew
	// for every option it draws.
	field.WithTheme(theme)
	return huh.NewForm(huh.NewGroup(field)).
		WithShowHelp(false).
		WithTheme(theme).
		WithKeyMap(c.keys.Huh)
}

func (p *menuPage) Init() tea.Cmd { return p.form.Init() }

func (p *menuPage) SetSize(width, height int) {
	p.width, p.height = width, height
	// huh counts a line for the empty title of a select, though it draws
	// none: one more line, or the last choice is left out.
	sizeField(p.field, width, len(p.items)+1)
	p.text.SetSize(width, height-len(p.items)-1)
}

// huhTheme is the wizard's look for huh. Every field gets it before its
// options: huh draws options as they are added, and without a theme it
// builds its default theme anew for each one.
func (c *common) huhTheme() huh.Theme {
	return huh.ThemeFunc(func(bool) *huh.Styles { return c.styles.Huh })
}

// sizeField gives a question its width and height. Both are set, never left
// to huh, whose own measure leaves options out.
func sizeField(f huh.Field, width, height int) {
	f.WithWidth(width)
	f.WithHeight(max(height, 1))
}

// fieldView draws a question, and under it what is wrong with the answer.
// The wizard draws the field itself rather than huh's form, which would
// cut it to a height of its own.
func fieldView(c *common, f huh.Field, width int) string {
	view := strings.TrimRight(f.View(), "\n ")
	if err := f.Error(); err != nil {
		view += "\n"
		for _, l := range prose.WrapLine(err.Error(), width) {
			view += "\n" + c.styles.Warning.Render(l)
		}
	}
	return view
}

func (p *menuPage) Update(msg tea.Msg) (page, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "pgup", "pgdown":
			// The text above may scroll; the arrows stay with the choices.
			_, cmd := p.text.Update(msg)
			return p, cmd
		}
	}
	_, cmd := p.form.Update(msg)
	if p.form.State == huh.StateCompleted {
		return p, send(p.items[p.choice].msg)
	}
	return p, cmd
}

func (p *menuPage) Help() []key.Binding {
	h := []key.Binding{p.c.keys.Choose, p.c.keys.Move}
	if p.text.maxOffset() > 0 {
		h = append(h, p.c.keys.Scroll)
	}
	return h
}

func (p *menuPage) View() string {
	return p.text.View() + "\n\n" + fieldView(p.c, p.field, p.width)
}
