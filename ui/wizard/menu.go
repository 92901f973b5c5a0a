package wizard

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
)

// menuItem is a choice on a menu: its words, and what choosing it does.
type menuItem struct {
	label string
	msg   tea.Msg
}

// menuItems are a menu's choices, each with what taking it does here.
func menuItems(choices []walk.Choice) []menuItem {
	var items []menuItem
	for _, ch := range choices {
		items = append(items, menuItem{ch.Label, actionMsg(ch.Action)})
	}
	return items
}

// actionMsg is the message that does what a choice asks.
func actionMsg(a walk.Action) tea.Msg {
	switch a {
	case walk.ActionBegin:
		return startMsg{audience: content.AudiencePerson}
	case walk.ActionOrganisation:
		return startMsg{audience: content.AudienceOrganisation}
	case walk.ActionQuick:
		return startMsg{audience: content.AudiencePerson, quick: true}
	case walk.ActionInfo:
		return gotoMsg{to: walk.Place{Kind: walk.Info}}
	case walk.ActionLanguage:
		return chooseLanguageMsg{}
	case walk.ActionStop:
		return stopMsg{}
	case walk.ActionPrint:
		return printMsg{}
	case walk.ActionAgain:
		return restartMsg{}
	}
	return nil
}

// menuPage is a text with a list of choices under it. The choices stay in
// view; a long text scrolls above them with the page keys, and Enter shows
// the rest of it before it takes a choice.
type menuPage struct {
	c     *common
	text  *textPage
	list  choiceList
	items []menuItem
	// choose, when set, is what taking choice i does; otherwise its
	// message is sent.
	choose func(i int) tea.Cmd
	// footer are lines under the choices: what became of the last one.
	footer func(width int) []string
	width  int
	// moved is set once the person moved the cursor: they have picked a
	// choice, so Enter takes it, even with text left unread above (in a
	// small window the text of the welcome screen is longer than it).
	moved bool
}

func newMenuPage(c *common, text *textPage, items []menuItem) *menuPage {
	p := &menuPage{c: c, text: text, items: items, list: choiceList{c: c}}
	for _, it := range items {
		p.list.labels = append(p.list.labels, it.label)
	}
	return p
}

func (p *menuPage) Init() tea.Cmd { return nil }

// SetSize gives the choices the lines they need, and the text the rest.
func (p *menuPage) SetSize(width, height int) {
	p.width = width
	p.text.SetSize(width, max(height-len(p.below())-1, 0))
}

// below is what stands under the text: the choices, and the footer.
func (p *menuPage) below() []string {
	lines := p.list.lines(p.width)
	if p.footer != nil {
		// Right under the choices: it says what became of one of them.
		lines = append(lines, p.footer(p.width)...)
	}
	return lines
}

func (p *menuPage) Update(msg tea.Msg) (page, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(msg, p.c.keys.Choose):
			if !p.moved && p.text.readOn() {
				return p, nil
			}
			if p.choose != nil {
				return p, p.choose(p.list.cursor)
			}
			return p, send(p.items[p.list.cursor].msg)
		case p.list.move(msg, len(p.items)):
			p.moved = true
		default:
			// The arrows are the choices'; the page keys move the text.
			p.text.scrollKey(msg, false)
		}
	}
	return p, nil
}

func (p *menuPage) Help() []key.Binding {
	k := p.c.keys
	enter := k.Choose
	if p.text.text.unread() && !p.moved {
		enter = k.ReadOn
	}
	h := []key.Binding{enter, k.Move}
	if p.text.text.overflows() {
		h = append(h, k.Scroll)
	}
	return h
}

func (p *menuPage) View() string {
	return strings.Join(append(p.text.text.view(), append([]string{""}, p.below()...)...), "\n")
}

func (p *menuPage) cursorAt() int   { return p.list.cursorAt() }
func (p *menuPage) setCursor(i int) { p.list.setCursor(i) }
