package ui

import (
	"errors"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// questionPage asks one question with huh. The answer is written straight
// into the wizard's answers, so it is kept when the person goes back.
type questionPage struct {
	c     *common
	form  *huh.Form
	field huh.Field
	help  []key.Binding
	q     content.Question
	width int
	// done is what answering sends; the next screen, unless set.
	done func() tea.Msg
	// submitted, when set, is set once Enter is pressed.
	submitted *bool
}

// questionOf is a question without options, for sizing a typed answer.
func questionOf(title, help string) content.Question {
	return content.Question{Title: title, Help: help, Options: []content.Option{{}}}
}

// newAppsPage asks which apps the person uses; more than one may be ticked.
func newAppsPage(c *common) page {
	q := c.g.Questions[content.QuestionApps]
	submitted := false
	var options []huh.Option[string]
	for _, o := range q.Options {
		options = append(options, huh.NewOption(o.Label, o.ID).Selected(c.answers.Has(o.ID)))
	}
	multi := huh.NewMultiSelect[string]()
	multi.WithTheme(c.huhTheme())
	field := multi.
		Title(q.Title).
		Description(q.Help + "\n").
		Options(options...).
		Filterable(false).
		Value(&c.answers.Apps).
		Validate(func(apps []string) error {
			// huh checks when the question gets the focus too: warn only
			// once the person has pressed Enter.
			if len(apps) == 0 && submitted {
				return errors.New(c.t.T("apps.none_chosen"))
			}
			return nil
		})
	k := c.keys
	p := newQuestionPage(c, field, q, []key.Binding{k.Choose, k.Toggle, k.Move})
	p.submitted = &submitted
	return p
}

// newChoicePage asks a question with one answer. order, when given, puts
// the options with those IDs first.
func newChoicePage(c *common, id string, answer *string, order []string) page {
	q := c.g.Questions[id]
	opts := slices.Clone(q.Options)
	if len(order) > 0 {
		slices.SortStableFunc(opts, func(a, b content.Option) int {
			return rank(order, a.ID) - rank(order, b.ID)
		})
	}
	var options []huh.Option[string]
	for _, o := range opts {
		options = append(options, huh.NewOption(o.Label, o.ID))
	}
	if *answer == "" {
		// The cursor starts on the first option, which is then the answer
		// the person sees chosen.
		*answer = opts[0].ID
	}
	sel := huh.NewSelect[string]()
	sel.WithTheme(c.huhTheme())
	field := sel.
		Title(q.Title).
		Description(q.Help + "\n").
		Options(options...).
		Value(answer)
	k := c.keys
	return newQuestionPage(c, field, q, []key.Binding{k.Choose, k.Move})
}

func rank(order []string, id string) int {
	if i := slices.Index(order, id); i >= 0 {
		return i
	}
	return len(order)
}

func newQuestionPage(c *common, field huh.Field, q content.Question, help []key.Binding) *questionPage {
	return &questionPage{c: c, form: newForm(c, field), field: field, help: help, q: q}
}

func (p *questionPage) Init() tea.Cmd { return p.form.Init() }

// SetSize gives the question the lines it needs, title, help and every
// option, or what there is.
func (p *questionPage) SetSize(width, height int) {
	p.width = width
	// Title, help, the blank line under it, and every option.
	need := len(prose.WrapLine(p.q.Title, width)) + len(prose.WrapLine(p.q.Help, width)) + 1 + len(p.q.Options)
	sizeField(p.field, width, min(need, height))
}

func (p *questionPage) Update(msg tea.Msg) (page, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && p.submitted != nil && key.Matches(k, p.c.keys.Choose) {
		*p.submitted = true
	}
	_, cmd := p.form.Update(msg)
	if p.form.State == huh.StateCompleted {
		if p.done != nil {
			return p, p.done
		}
		return p, send(nextMsg{})
	}
	return p, cmd
}

func (p *questionPage) Help() []key.Binding { return p.help }

func (p *questionPage) View() string { return fieldView(p.c, p.field, p.width) }
