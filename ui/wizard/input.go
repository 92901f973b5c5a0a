package wizard

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
//
// A warning is what is probably a mistake, though the answer can be taken
// (an account on another site): the first Enter says it under the line,
// and the next goes on with the same answer. A small window says as many
// warnings as fit, and Enter says the next ones, before it goes on.
type inputPage struct {
	c     *common
	text  *textPage
	input textinput.Model
	value *string // where the answer goes, as typed, so that going back shows it
	check func() error
	warn  func() []string // the warnings about the answer, in words
	done  func(value string) tea.Cmd
	help  []key.Binding
	err   error
	// warnings are said under the line, about the answer warned: the next
	// Enter takes that answer. An answer taken before is warned already.
	warnings []string
	warned   string
	from     int // the first warning said now
	shown    int // how many warnings, from it, there is room for
	width    int
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
	// The line shows the part of the answer around the cursor at this
	// width; the input works that out only when the cursor moves.
	p.input.SetCursor(p.input.Position())
	// In a small window, not every warning is said at once: the
	// question must stay in view above them.
	p.shown = len(p.warnings) - p.from
	for p.shown > 1 && height-len(p.below())-1 < minQuestion {
		p.shown--
	}
	p.text.SetSize(width, max(height-len(p.below())-1, 0))
}

// minQuestion is the room the question keeps above the line in a small
// window: which question it is, its title and a line of its help.
const minQuestion = 3

// below is the line to type on, and under it what is wrong with the answer,
// or the warnings about it with how to go on.
func (p *inputPage) below() []string {
	lines := []string{p.input.View()}
	if p.err != nil {
		lines = append(lines, "")
		for _, l := range prose.WrapLine(p.err.Error(), p.width) {
			lines = append(lines, p.c.styles.Warning.Render(l))
		}
		return lines
	}
	if p.shown == 0 {
		return lines
	}
	lines = append(lines, "")
	for _, w := range p.warnings[p.from : p.from+p.shown] {
		for _, l := range prose.WrapLine(w, p.width) {
			lines = append(lines, p.c.styles.Warning.Render(l))
		}
	}
	goOn := p.c.t.T("letter_cmd.warning_go_on")
	if p.moreWarnings() {
		goOn = p.c.t.T("orgflow.next_warning")
	}
	return append(lines, prose.WrapLine(goOn, p.width)...)
}

// moreWarnings reports whether there are warnings still to say, after
// those said now.
func (p *inputPage) moreWarnings() bool {
	return p.shown > 0 && p.from+p.shown < len(p.warnings)
}

func (p *inputPage) Update(msg tea.Msg) (page, tea.Cmd) {
	if press, ok := msg.(tea.KeyPressMsg); ok && key.Matches(press, p.c.keys.Next) {
		*p.value = p.input.Value()
		if p.check != nil {
			if p.err = p.check(); p.err != nil {
				return p, nil
			}
		}
		if p.moreWarnings() {
			p.from += p.shown
			return p, nil
		}
		if p.warn != nil && p.warned != *p.value {
			if p.warnings, p.from = p.warn(), 0; len(p.warnings) > 0 {
				p.warned = *p.value
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
		*p.value, p.err, p.warnings, p.warned, p.from, p.shown = p.input.Value(), nil, nil, "", 0, 0
	}
	return p, cmd
}

func (p *inputPage) Help() []key.Binding { return p.help }

func (p *inputPage) View() string {
	return strings.Join(append(p.text.text.view(), append([]string{""}, p.below()...)...), "\n")
}
