package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// inputPage asks for one line of typed text: a title, what to type, and a
// line to type it on. Enter checks the answer: a problem is said under the
// line, in words, and the answer is not taken; otherwise done says what
// happens next. Every letter is typed, q too; Backspace and ← edit.
type inputPage struct {
	c     *common
	text  *textPage
	input textinput.Model
	value *string // where the answer goes, as typed, so that going back shows it
	check func() error
	done  func(value string) tea.Cmd
	help  []key.Binding
	err   error
	width int
}

func newInputPage(c *common, title, help string, value *string, limit int) *inputPage {
	in := textinput.New()
	in.Prompt = c.styles.Cursor
	in.CharLimit = limit
	styles := textinput.DefaultStyles(true)
	styles.Focused = textinput.StyleState{Prompt: c.styles.Chosen}
	// A cursor that does not blink: calmer to read, and nothing redraws
	// the screen while the person thinks.
	styles.Cursor.Blink = false
	in.SetStyles(styles)
	in.SetValue(*value)
	in.Focus()
	return &inputPage{c: c, text: newTextPage(c, title, help), input: in, value: value, help: []key.Binding{c.keys.Next}}
}

func (p *inputPage) typing() bool { return true }

func (p *inputPage) Init() tea.Cmd { return nil }

func (p *inputPage) SetSize(width, height int) {
	p.width = width
	p.input.SetWidth(max(width-len(p.input.Prompt)-1, 1))
	p.text.SetSize(width, max(height-len(p.below())-1, 0))
}

// below is the line to type on, and under it what is wrong with the answer.
func (p *inputPage) below() []string {
	lines := []string{p.input.View()}
	if p.err != nil {
		lines = append(lines, "")
		for _, l := range prose.WrapLine(p.err.Error(), p.width) {
			lines = append(lines, p.c.styles.Warning.Render(l))
		}
	}
	return lines
}

func (p *inputPage) Update(msg tea.Msg) (page, tea.Cmd) {
	if press, ok := msg.(tea.KeyPressMsg); ok && key.Matches(press, p.c.keys.Next) {
		*p.value = p.input.Value()
		if p.check != nil {
			if p.err = p.check(); p.err != nil {
				return p, nil
			}
		}
		return p, p.done(*p.value)
	}
	if press, ok := msg.(tea.KeyPressMsg); ok && p.text.scrollKey(press, false) {
		return p, nil
	}
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		// What was wrong may be right now: the message waits for Enter.
		*p.value, p.err = p.input.Value(), nil
	}
	return p, cmd
}

func (p *inputPage) Help() []key.Binding { return p.help }

func (p *inputPage) View() string {
	return strings.Join(append(p.text.text.view(), append([]string{""}, p.below()...)...), "\n")
}
