package letter

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/tui"
)

// ErrAborted is returned by Form.Details when the person stopped the
// form with Ctrl+C.
var ErrAborted = errors.New("aborted")

// ErrNotDone is returned by Form.Details when the form ended before
// the person was done: nothing that was asked may be used.
var ErrNotDone = errors.New("not done")

// Input is what the command line gave, as given, and the kind chosen:
// it fills the form in advance.
type Input struct {
	Kind                string // content.KindPublic or content.KindAssociation
	Org, Contact, Place string
	Signer, Function    string
	// Accounts go to the question of their app; one whose app is not
	// known goes to the first.
	Accounts []letter.Account
}

// typed puts what was given where the form's questions hold it.
func (in Input) typed(g *content.Guide, qs []walk.OrgQuestion) walk.OrgTyped {
	var t walk.OrgTyped
	first := -1
	for i, q := range qs {
		switch q.Ask {
		case walk.AskOrg:
			t[i] = in.Org
		case walk.AskContact:
			t[i] = in.Contact
		case walk.AskPlace:
			t[i] = in.Place
		case walk.AskSigner:
			t[i] = in.Signer
		case walk.AskFunction:
			t[i] = in.Function
		case walk.AskAccounts:
			if first < 0 {
				first = i
			}
		}
	}
	for _, a := range in.Accounts {
		at := walk.OrgIndex(g, walk.AskAccounts, a.App)
		if at < 0 {
			at = first
		}
		if at >= 0 {
			t[at] = joinAccounts(t[at], a.Name.String())
		}
	}
	return t
}

func joinAccounts(list, name string) string {
	if list == "" {
		return name
	}
	return list + ", " + name
}

// Form asks an organisation for its letter's details, with huh, in
// the person's language and with the wizard's keys: one page (a huh group)
// per part of the letter, so that each fits a small window and a question
// can join its part without crowding it. Each problem shows next to its
// field; a warning (an account on another site) shows there too, and a
// second Enter goes on with it. The help line, the program's own, says how
// to go on, back and stop: huh's own is English.
//
// It is a Bubble Tea model: the command runs it on the terminal as it runs
// the wizard, on the alternate screen, so that the same rules hold for
// keys and signals and nothing of it stays in the terminal's scrollback.
// Once it has ended, Details says what was asked.
type Form struct {
	form *huh.Form
	g    *content.Guide
	// kindOf is the kind chosen; typed what was typed, by question (see
	// walk.OrgQuestions): the questions and their checks are the walk's.
	kindOf  *string
	typed   *walk.OrgTyped
	keys    tui.KeyMap
	styles  tui.Styles
	huhKeys *huh.KeyMap
	first   huh.Field // the first question: there is no way back from it
	kind    huh.Field // the question for the kind of organisation: a choice
	width   int
	// checks are the questions' checks. The form checks a question on
	// Enter itself, and moves on at once: huh moves on through commands,
	// and an Enter pressed before they arrive (typed ahead, or held down)
	// would pass a question, or a whole page, unchecked.
	checks map[huh.Field]func() error
}

// fieldState is what a field remembers of the person's tries: how often
// Enter was pressed on it (huh draws the help again when it changes), and
// the value whose warnings were shown and accepted.
type fieldState struct {
	Tries    int
	warned   string
	accepted string
}

// NewForm makes the form, filled in with what the command line gave.
func NewForm(t *i18n.Translator, g *content.Guide, ascii bool, given Input) *Form {
	q := g.Organisation.Form
	qs := walk.OrgQuestions(g)
	typed := given.typed(g, qs)
	kindOf := given.Kind
	lf := &Form{g: g, kindOf: &kindOf, typed: &typed, checks: map[huh.Field]func() error{}, keys: tui.NewKeyMap(t, ascii), styles: tui.NewStyles(ascii)}
	theme := huh.ThemeFunc(func(bool) *huh.Styles { return lf.styles.Huh })

	// Esc goes back a question, as it goes back a screen in the wizard.
	km := *lf.keys.Huh
	km.Input.Prev = key.NewBinding(key.WithKeys("shift+tab", "esc"), key.WithHelp(lf.keys.Back.Help().Key, lf.keys.Back.Help().Desc))
	lf.huhKeys = &km

	// problem is what is wrong with a field now, in words, or "".
	problem := func(field letter.Field) string {
		for _, p := range typed.Draft(g, kindOf).Check() {
			if p.Field == field {
				return t.T(p.MessageID, p.Data)
			}
		}
		return ""
	}
	// warnings are what is probably a mistake in an account question's
	// accounts, in words.
	warnings := func(i int) []string {
		var msgs []string
		for _, w := range typed.Warnings(i, t, g) {
			msgs = append(msgs, t.T(w.MessageID, w.Data))
		}
		return msgs
	}
	warn := func(msg string) string { return lf.styles.Warning.Render("! " + msg) }

	// input asks question i. Its Field says which of Check's problems
	// belong here (none: walk.NoField); its App, for an account question,
	// which app's accounts it asks for.
	input := func(i int) *huh.Input {
		st := &fieldState{}
		oq := qs[i]
		value, help, field, app := &typed[i], oq.Help, oq.Field, oq.App
		f := huh.NewInput()
		f.WithTheme(theme)
		f.Title(oq.Title).Value(value)
		if oq.Max > 0 {
			f.CharLimit(oq.Max)
		}
		// A problem stops the person here. A warning stops the first
		// Enter, so that it is seen; the next goes on with the same value.
		lf.checks[f] = func() error {
			st.Tries++
			if msg := problem(field); field >= 0 && msg != "" {
				return errors.New(msg)
			}
			if ws := warnings(i); app != "" && len(ws) > 0 && st.warned != *value {
				st.warned = *value
				return errors.New(ws[0])
			}
			st.accepted = *value
			return nil
		}
		return f.
			DescriptionFunc(func() string {
				if st.Tries == 0 {
					return help
				}
				if msg := problem(field); field >= 0 && msg != "" {
					return help + "\n" + warn(msg)
				}
				lines := []string{help}
				if app != "" {
					for _, msg := range warnings(i) {
						lines = append(lines, warn(msg))
					}
					if len(lines) > 1 && st.accepted != *value {
						lines = append(lines, t.T("letter_cmd.warning_go_on"))
					}
				}
				return strings.Join(lines, "\n")
			}, st)
	}
	// The kind of organisation comes first: the letter's reasons depend
	// on it (FACTS O8). Given as --kind, it is chosen already.
	var kinds []huh.Option[string]
	for _, id := range content.OrgKinds {
		kinds = append(kinds, huh.NewOption(g.Organisation.Kinds[id].Label, id))
	}
	kind := huh.NewSelect[string]().
		Title(q.Kind).
		Description(q.KindHelp).
		Options(kinds...).
		Value(&kindOf)
	// Once answered, the kind chosen stays marked: without colour, bold
	// alone would not show it.
	chosen := *lf.styles.Huh
	chosen.Blurred.SelectSelector = lipgloss.NewStyle().SetString(lf.styles.Done + " ")
	kind.WithTheme(huh.ThemeFunc(func(bool) *huh.Styles { return &chosen }))
	lf.first, lf.kind = kind, kind
	// The parts of the letter, each a page: the kind and the name; the
	// accounts, one question per app with a form (any may stay empty,
	// not all: the accounts are checked on the last); the contact and
	// the place; who signs and their function (FACTS O10: either may
	// stay empty, for a line to write it by hand).
	page := map[walk.OrgAsk]int{walk.AskOrg: 0, walk.AskAccounts: 1, walk.AskContact: 2, walk.AskPlace: 2, walk.AskSigner: 3, walk.AskFunction: 3}
	fields := make([][]huh.Field, 4)
	fields[0] = []huh.Field{kind}
	for i, oq := range qs {
		fields[page[oq.Ask]] = append(fields[page[oq.Ask]], input(i))
	}
	var parts []*huh.Group
	for _, f := range fields {
		parts = append(parts, huh.NewGroup(f...))
	}
	for i, p := range parts {
		p.Title(q.Title).Description(t.T("letter_cmd.part", i18n.Data{"N": i + 1, "Total": len(parts)}) + "\n")
	}
	form := huh.NewForm(parts...).
		WithKeyMap(lf.huhKeys).
		WithTheme(theme).
		WithShowHelp(false).
		WithShowErrors(false)
	// Done or stopped with Ctrl+C, the form ends the program; State says
	// which.
	form.SubmitCmd = tea.Quit
	form.CancelCmd = tea.Quit
	lf.form = form
	return lf
}

// Init starts the form.
func (f *Form) Init() tea.Cmd { return f.form.Init() }

// Update hands every message to the form, but Ctrl+Z and Ctrl+\, which
// mean here what they mean in the wizard, and Enter, which checks the
// question and goes on here (see checks).
func (f *Form) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, used := f.keys.JobKey(msg, false); used {
		return f, cmd
	}
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		// The questions get the window, but for the help line and the
		// empty line above it.
		f.width = size.Width
		f.form = f.form.WithWidth(size.Width).WithHeight(max(size.Height-2, 1))
	}
	if press, ok := msg.(tea.KeyPressMsg); ok && key.Matches(press, f.huhKeys.Input.Next) && f.form.State == huh.StateNormal {
		return f, f.next()
	}
	m, cmd := f.form.Update(msg)
	if form, ok := m.(*huh.Form); ok {
		f.form = form
	}
	return f, cmd
}

// next checks the question on screen, and goes on to the next question,
// the next page or the end, before another key is read.
func (f *Form) next() tea.Cmd {
	field := f.form.GetFocusedField()
	if check := f.checks[field]; check != nil && check() != nil {
		// Only drawn again: the question says what is wrong.
		_, cmd := f.form.Update(checkedMsg{})
		return cmd
	}
	cmd := f.form.NextField()
	if f.form.GetFocusedField() == field {
		// The page's last question: huh would go to the next page by a
		// command, later; this goes now, and drops that command.
		cmd = f.form.NextGroup()
	}
	return cmd
}

// checkedMsg makes the form draw its questions again, after a check.
type checkedMsg struct{}

// View draws the form on the whole window, which it gives back at the end.
func (f *Form) View() tea.View {
	k := f.keys
	keys := []key.Binding{k.Next}
	if f.form.GetFocusedField() == f.kind {
		keys = []key.Binding{k.Choose, k.Move}
	}
	if f.form.GetFocusedField() != f.first {
		keys = append(keys, f.huhKeys.Input.Prev)
	}
	keys = append(keys, k.QuitTyping)
	v := tea.NewView(f.form.View() + "\n\n" + helpLine(f.styles, keys, f.width))
	v.AltScreen = true
	return v
}

// Details returns the letter's details once the form is done: ErrAborted
// when the person stopped it with Ctrl+C, ErrNotDone when it ended
// otherwise (stopped from outside).
func (f *Form) Details() (letter.Details, error) {
	switch f.form.State {
	case huh.StateCompleted:
		d := f.typed.Draft(f.g, *f.kindOf)
		if len(d.Check()) > 0 {
			// Every page was checked on the way; this cannot be, but a
			// letter with a mistake must never be made.
			return letter.Details{}, ErrNotDone
		}
		return d.Details(), nil
	case huh.StateAborted:
		return letter.Details{}, ErrAborted
	}
	return letter.Details{}, ErrNotDone
}

// helpLine shows keys on one line, as the wizard does. When the window is
// too narrow, the keys in the middle go first: the first (what Enter does)
// and the last (how to stop) always stay.
func helpLine(s tui.Styles, keys []key.Binding, width int) string {
	for {
		var parts []string
		for _, b := range keys {
			h := b.Help()
			parts = append(parts, s.HelpKey.Render(h.Key)+" "+s.HelpDesc.Render(h.Desc))
		}
		line := strings.Join(parts, s.HelpSep)
		if width <= 0 || lipgloss.Width(line) <= width || len(keys) <= 2 {
			return line
		}
		keys = append(keys[:len(keys)-2:len(keys)-2], keys[len(keys)-1])
	}
}
