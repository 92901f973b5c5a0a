package wizard

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// newOptionsPage asks the model's question with one answer. The answer
// is written straight into the wizard's answers, so it is kept when the
// person goes back, and the cursor stands on it then.
func newOptionsPage(c *common, sc walk.Screen, answer *string) *menuPage {
	var opts []walk.Option
	if sc.Question != nil {
		opts = sc.Question.Options
	}
	cursor := max(slices.IndexFunc(opts, func(o walk.Option) bool { return o.Chosen }), 0)
	if *answer == "" && len(opts) > 0 {
		// The cursor starts on the first option, which is then the answer
		// the person sees chosen.
		*answer = opts[0].ID
	}
	var items []menuItem
	for _, o := range opts {
		items = append(items, menuItem{label: o.Label})
	}
	text := newScreenPage(c, sc)
	if sc.Question != nil {
		text.body = sc.Question.Help
	}
	p := newMenuPage(c, text, items)
	p.list.cursor = cursor
	p.choose = func(i int) tea.Cmd {
		*answer = opts[i].ID
		return send(nextMsg{})
	}
	return p
}

// appsPage asks which apps the person uses; more than one may be ticked.
// The question says how to tick, and the help line what Enter does on the
// line under the cursor.
type appsPage struct {
	c       *common
	text    *textPage
	list    checklist
	options []walk.Option
	warn    bool // the person went on with nothing ticked
	width   int
}

func newAppsPage(c *common, sc walk.Screen) page {
	q := sc.Question
	// How to tick is the wizard's: it names its keys.
	body := q.Help + "\n\n" + c.t.T("apps.how_to_tick", map[string]any{"Done": c.t.T("apps.done")})
	p := &appsPage{c: c, text: newTextPage(c, sc.Title, body), options: q.Options}
	p.list = checklist{choiceList: choiceList{c: c}, done: c.t.T("apps.done")}
	for _, o := range q.Options {
		p.list.labels = append(p.list.labels, o.Label)
		p.list.ticked = append(p.list.ticked, o.Chosen)
	}
	return p
}

func (p *appsPage) Init() tea.Cmd { return nil }

func (p *appsPage) SetSize(width, height int) {
	p.width = width
	p.text.SetSize(width, max(height-len(p.below())-1, 0))
}

// below is what stands under the question: the list, and the warning once
// the person went on without a tick.
func (p *appsPage) below() []string {
	lines := p.list.lines(p.width)
	if p.warn {
		lines = append(lines, "")
		for _, l := range prose.WrapLine(p.c.t.T("apps.none_chosen"), p.width) {
			lines = append(lines, p.c.styles.Warning.Render(l))
		}
	}
	return lines
}

func (p *appsPage) Update(msg tea.Msg) (page, tea.Cmd) {
	k := p.c.keys
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil
	}
	switch {
	case key.Matches(press, k.Tick) && !p.list.onDone() && !p.list.ticked[p.list.cursor]:
		p.tick(p.list.cursor, true)
	case key.Matches(press, k.Next):
		// On a ticked app, or on the last line: go on, once the text has
		// been read and something is ticked.
		if p.text.readOn() {
			return p, nil
		}
		if !slices.Contains(p.list.ticked, true) {
			p.warn = true
			return p, nil
		}
		return p, send(nextMsg{})
	case key.Matches(press, k.Toggle) && !p.list.onDone():
		p.tick(p.list.cursor, !p.list.ticked[p.list.cursor])
	case p.list.move(press, len(p.options)+1):
	default:
		p.text.scrollKey(press, false)
	}
	return p, nil
}

// tick ticks an app or takes its tick away, and keeps the answers in step.
func (p *appsPage) tick(i int, on bool) {
	p.list.ticked[i] = on
	p.c.answers.Apps = p.c.answers.Apps[:0]
	for j, o := range p.options {
		if p.list.ticked[j] {
			p.c.answers.Apps = append(p.c.answers.Apps, o.ID)
		}
	}
	if on {
		p.warn = false
	}
}

func (p *appsPage) Help() []key.Binding {
	k := p.c.keys
	var h []key.Binding
	switch {
	case !p.list.onDone() && !p.list.ticked[p.list.cursor]:
		h = append(h, k.Tick)
	case p.text.text.unread():
		h = append(h, k.ReadOn)
	default:
		h = append(h, k.Next)
	}
	if !p.list.onDone() && p.list.ticked[p.list.cursor] {
		// On an app not ticked, Enter ticks it; the space bar is for
		// taking a tick away.
		untick := k.Toggle
		untick.SetHelp(untick.Help().Key, p.c.t.T("keys.untick"))
		h = append(h, untick)
	}
	h = append(h, k.Move)
	if p.text.text.overflows() {
		h = append(h, k.Scroll)
	}
	return h
}

func (p *appsPage) View() string {
	return strings.Join(append(p.text.text.view(), append([]string{""}, p.below()...)...), "\n")
}

func (p *appsPage) cursorAt() int   { return p.list.cursorAt() }
func (p *appsPage) setCursor(i int) { p.list.setCursor(i) }
