// Package lines is the wizard line by line, for screen readers and
// for anyone who cannot use a screen that redraws: every screen is printed
// once, as plain lines; every question is a numbered list, answered with a
// number and Enter; yes and no are typed as words. It walks the same guide
// in the same order as the wizard, through package walk.
package lines

import (
	"context"
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Width is the width lines are wrapped at.
const Width = 72

// Options are what the command line decides, and the side effects.
type Options struct {
	Lang string
	// Language gives the words and the guide in a language (the person
	// may switch): loaded once per language by the command line, which
	// keeps them, the guide with an address file's addresses. Nil loads
	// the built-in ones.
	Language  func(lang string) (*i18n.Translator, *content.Guide, error)
	Clock     func() time.Time
	Practice  bool // the clock was set with --now
	Browser   Opener
	CanBrowse bool
	In        io.Reader
	Out       io.Writer
	// Clipboard takes the sample reason or the letter when the person
	// asks to copy it. Nil: nothing is offered to copy.
	Clipboard Clipboard
	// WriteFile saves the organisation's letter; an existing file is kept
	// unless overwrite is set, with fileproblem.ErrExists (the system's is
	// cmd/internal/system/files). Nil: no saving. A kiosk never saves,
	// whatever is set here.
	WriteFile func(path string, data []byte, overwrite bool) error
	// Letter lays out an organisation's letter (ui/letter's Layout).
	Letter letter.Layout

	// Kiosk is kiosk mode (DESIGN.md, "Kiosk mode"): there is no way to
	// stop, Ctrl+C and the end of the input start over, a pause asks "Ben
	// je er nog?" and then starts over, and nothing is saved.
	Kiosk bool
	// Idle is how long a kiosk waits for a line before it asks whether
	// the person is still there (0: DefaultIdle).
	Idle time.Duration
	// Terminal says that In is a terminal (see IsTerminal): there, reading
	// goes on after an end of input (Ctrl+D). Elsewhere it is for good.
	Terminal bool
	// Signals are the signals the mode reacts to (see Signals): cmd
	// wires them with signal.Notify, tests send their own. Nil: none.
	Signals <-chan os.Signal
	// After is the clock's timer (nil: time.After); tests pass a fake.
	After func(time.Duration) <-chan time.Time
	// Context ends the walk from outside (nil: nothing does). A kiosk
	// never ends by itself; tests end it this way.
	Context context.Context
}

// Opener opens an objection form in the person's browser. The system's
// (cmd/internal/system/browser) checks the address once more, against the
// allow-list, before it opens it.
type Opener interface {
	Open(form address.Checked) error
}

// Clipboard is the system's clipboard (cmd/internal/system/clipboard).
type Clipboard interface {
	Copy(text string) error
}

// DefaultIdle is how long a kiosk waits by default, as the wizard does
// (wizard.DefaultIdle, the default of --idle).
const DefaultIdle = 3 * time.Minute

// stillThereFor is how long "Ben je er nog?" waits for an answer.
const stillThereFor = 30 * time.Second

// errStop ends the walk: the person chose to stop, or the input ended.
var errStop = errors.New("stop")

// Run walks the person through the guide until they stop or the input
// ends; both end it with a nil error. A signal that stops it is a
// *Stopped, input that cannot be read a *ReadError. In kiosk mode it never
// ends by itself.
func Run(o Options) error {
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.After == nil {
		o.After = time.After
	}
	if o.Idle <= 0 {
		o.Idle = DefaultIdle
	}
	if o.Context == nil {
		o.Context = context.Background()
	}
	// The reading ends with the walk, even a read that still waits.
	reading, stop := context.WithCancel(o.Context)
	defer stop()
	src := o.In
	if o.Terminal {
		if tty, ok := stoppable(o.In); ok {
			defer tty.Close()
			src = tty
		}
	}
	in := newInput(src, reading.Done())
	langs := newLanguages(o.Language)
	w, err := newWalker(o, o.Lang, in, langs)
	if err != nil {
		return err
	}
	defer func() { w.forgetCopied() }()
	for {
		err := w.step()
		switch {
		case errors.Is(err, errStop):
			return nil
		case errors.Is(err, errStartOver):
			// A new walk in the language the program started in: nothing
			// of the last one is kept but the input.
			w.forgetCopied()
			if w, err = newWalker(o, o.Lang, in, langs); err != nil {
				return err
			}
		case err != nil:
			return err
		}
	}
}

// walker is one walk: where the person is, the way back, and their answers.
type walker struct {
	printer
	o  Options
	g  *content.Guide
	in *input
	// langs are the languages loaded in this run, kept for the next walk.
	langs languages

	answers  walk.Answers
	screen   walk.Place
	history  []walk.Place
	opened   map[string]bool // step keys (walk.Place.Key) whose form was opened
	reached  map[string]bool // step keys whose last step was seen
	audience string          // a person, or an organisation for its accounts
	org      walk.OrgTyped   // what the organisation typed, by question
	// started is set once the person has left the welcome screen: from
	// then on there may be something to forget (see fresh).
	started bool
	// copied is set once something was put on the clipboard, which a
	// kiosk empties for the next visitor.
	copied bool
}

func newWalker(o Options, lang string, in *input, langs languages) (*walker, error) {
	l, err := langs.get(lang)
	if err != nil {
		return nil, err
	}
	return &walker{
		printer: printer{out: o.Out, t: l.t},
		o:       o, g: l.g, in: in, langs: langs,
		opened: map[string]bool{}, reached: map[string]bool{}, audience: content.AudiencePerson,
	}, nil
}

// languages are the words and the guide of each language, as the walk
// has used them: a new walk after starting over takes them from here. The
// walk only reads them.
type languages struct {
	loaded map[string]language
	load   func(lang string) (*i18n.Translator, *content.Guide, error) // Options.Language
}

type language struct {
	t *i18n.Translator
	g *content.Guide
}

func newLanguages(load func(string) (*i18n.Translator, *content.Guide, error)) languages {
	if load == nil {
		load = func(lang string) (*i18n.Translator, *content.Guide, error) {
			t, err := i18n.New(lang)
			if err != nil {
				return nil, nil, err
			}
			g, err := content.Load(lang)
			return t, g, err
		}
	}
	return languages{loaded: map[string]language{}, load: load}
}

func (ls languages) get(lang string) (language, error) {
	if l, ok := ls.loaded[lang]; ok {
		return l, nil
	}
	t, g, err := ls.load(lang)
	if err != nil {
		return language{}, err
	}
	ls.loaded[lang] = language{t, g}
	return ls.loaded[lang], nil
}

// The ways a screen can end.
type move int

const (
	next move = iota
	asOrganisation
	back
	goInfo
	restart
	otherLanguage
	stop
)

// step shows the current screen, asks, and moves.
func (w *walker) step() error {
	m, err := w.show(w.screen)
	if err != nil {
		return err
	}
	switch m {
	case next, asOrganisation:
		// Leaving the welcome screen decides who walks.
		if w.screen.Kind == walk.Welcome {
			w.audience = content.AudiencePerson
			if m == asOrganisation {
				w.audience = content.AudienceOrganisation
			}
		}
		if w.screen.Kind == walk.Step && w.screen.Index == len(w.steps())-1 {
			w.reached[w.screen.Key(w.audience)] = true
		}
		if to, ok := walk.Next(w.g, w.answers, w.audience, w.screen); ok {
			w.history = append(w.history, w.screen)
			w.screen = to
		}
	case back:
		if n := len(w.history); n > 0 {
			w.screen, w.history = w.history[n-1], w.history[:n-1]
		}
	case goInfo:
		w.history = append(w.history, w.screen)
		w.screen = walk.Place{Kind: walk.Info}
	case restart:
		w.forgetCopied()
		w.answers, w.history, w.screen = walk.Answers{}, nil, walk.Place{Kind: walk.Welcome}
		w.opened, w.reached = map[string]bool{}, map[string]bool{}
		w.audience, w.org = content.AudiencePerson, walk.OrgTyped{}
		w.started = false
	case otherLanguage:
		lang, err := w.chooseLanguage()
		if err != nil || lang == "" {
			return err
		}
		other, err := newWalker(w.o, lang, w.in, w.langs)
		if err != nil {
			return err
		}
		other.copied = w.copied // still to be forgotten in a kiosk
		*w = *other
	case stop:
		return errStop
	}
	if w.screen.Kind != walk.Welcome {
		w.started = true
	}
	return nil
}

func (w *walker) steps() []content.Step {
	return walk.Steps(w.g, w.answers, w.audience)
}

// state is what the model needs to know of this walk besides the
// answers, with what can become, or became, of a form here.
func (w *walker) state(opening walk.Opening) walk.State {
	return walk.State{
		Audience: w.audience, Opening: opening, Kiosk: w.o.Kiosk,
		Now: w.o.Clock(), Practice: w.o.Practice,
		Opened: w.opened, Reached: w.reached, Typed: w.org,
	}
}

// build is the model's screen at s.
func (w *walker) build(s walk.Place, opening walk.Opening) walk.Screen {
	return walk.Build(w.g, w.t, w.answers, s, w.state(opening))
}

// show prints a screen once, as the model has it, and asks what the
// person wants.
func (w *walker) show(s walk.Place) (move, error) {
	switch s.Kind {
	case walk.Step:
		return w.stepScreen(s)
	case walk.OrgKind:
		return w.orgKind()
	case walk.OrgDetails:
		return w.orgAsk(s.Index)
	case walk.Letter:
		return w.letter()
	}
	sc := w.build(s, walk.NoBrowser)
	w.print(sc)
	switch s.Kind {
	case walk.Welcome, walk.Done:
		return w.menu(doable(sc.Choices))
	case walk.Apps:
		return w.apps(sc.Question)
	case walk.Linked:
		return w.choose(sc.Question, &w.answers.Linked)
	case walk.Where:
		return w.choose(sc.Question, &w.answers.Where)
	case walk.Info:
		if _, err := w.ask(w.t.T("acc.prompt_return"), false); err != nil {
			return 0, err
		}
		return back, nil
	}
	return w.goOn()
}

// print prints a screen whole (see Print).
func (w *walker) print(sc walk.Screen) {
	w.line("")
	w.head(sc)
	w.form(sc)
	w.rest(sc)
}

// moves are what each choice of a menu does here.
var moves = map[walk.Action]move{
	walk.ActionBegin:        next,
	walk.ActionOrganisation: asOrganisation,
	walk.ActionInfo:         goInfo,
	walk.ActionLanguage:     otherLanguage,
	walk.ActionStop:         stop,
	walk.ActionAgain:        restart,
}

// doable are the choices the line mode can do: not the quick way to the
// questions (here every explanation is one Enter away), nor printing
// (nothing is printed from here).
func doable(choices []walk.Choice) []walk.Choice {
	var out []walk.Choice
	for _, c := range choices {
		if _, ok := moves[c.Action]; ok {
			out = append(out, c)
		}
	}
	return out
}

// goOn waits for Enter (go on), or the word for back or stop.
func (w *walker) goOn() (move, error) {
	return w.goOnOrCopy(nil)
}

// copyable is a text the person may put on the clipboard, and what is
// said after: how to paste it, or what to do when copying failed.
type copyable struct {
	text, copiedID, failedID string
}

// goOnOrCopy is goOn that also takes the word for copy, when there is a
// clipboard and something to copy, and then waits again.
func (w *walker) goOnOrCopy(c *copyable) (move, error) {
	if w.o.Clipboard == nil {
		c = nil
	}
	prompt := w.t.T("acc.prompt_next")
	switch {
	case c != nil && w.o.Kiosk:
		prompt = w.t.T("lines.prompt_next_copy_kiosk")
	case c != nil:
		prompt = w.t.T("lines.prompt_next_copy")
	case w.o.Kiosk:
		prompt = w.t.T("lines.prompt_next_kiosk")
	}
	for {
		answer, err := w.ask(prompt, len(w.history) > 0)
		if err != nil {
			return 0, err
		}
		switch {
		case answer == "":
			return next, nil
		case answer == "\x00back":
			return back, nil
		case c != nil && w.isWord(answer, "acc.words_copy"):
			// Set before copying: a kiosk empties the clipboard even
			// when the copy seemed to fail.
			w.copied = true
			if w.o.Clipboard.Copy(c.text) != nil {
				w.text(w.t.T(c.failedID))
			} else {
				w.text(w.t.T(c.copiedID))
			}
		default:
			w.text(w.t.T("acc.not_understood_next"))
		}
	}
}

// forgetCopied empties the clipboard in a kiosk when this visitor copied
// something, so that the next one does not find it there. A failure is
// told to no one: the visitor who copied has gone.
func (w *walker) forgetCopied() {
	if w.o.Kiosk && w.copied && w.o.Clipboard != nil {
		_ = w.o.Clipboard.Copy("")
		w.copied = false
	}
}

// ask prints a prompt and reads one line. The words for back and stop
// work at every prompt: back returns "\x00back" when there is a way back,
// stop asks first and ends the walk (in a kiosk: starts over). The end of
// the input is a stop too (in a kiosk: a start over).
func (w *walker) ask(prompt string, canGoBack bool) (string, error) {
	for {
		line, err := w.readLine(prompt)
		if err != nil {
			return "", err
		}
		answer := strings.ToLower(strings.TrimSpace(line))
		switch {
		case w.isWord(answer, "acc.words_stop"):
			if err := w.confirmStop(); err != nil {
				return "", err
			}
			continue
		case w.isWord(answer, "acc.words_back"):
			if canGoBack {
				return "\x00back", nil
			}
			w.text(w.t.T("acc.no_way_back"))
			continue
		}
		return answer, nil
	}
}

// errBack is the word for back, typed at a yes-or-no question of a screen.
var errBack = errors.New("back")

// yesNo asks a yes-or-no question until it gets an answer it knows; Enter
// alone is the answer the prompt names, dflt. It is the question the word
// for stop asks, so that word means nothing here.
func (w *walker) yesNo(question string, dflt bool) (bool, error) {
	return w.yesOrNo(question, dflt, false)
}

// yesNoOrBack is yesNo on a screen: the words for back (errBack) and stop
// work there, as at every prompt of the screen.
func (w *walker) yesNoOrBack(question string, dflt bool) (bool, error) {
	return w.yesOrNo(question, dflt, true)
}

func (w *walker) yesOrNo(question string, dflt, onScreen bool) (bool, error) {
	prompt := question + " " + w.t.T("lines.yes_no_default_no")
	if dflt {
		prompt = question + " " + w.t.T("lines.yes_no_default_yes")
	}
	for {
		var answer string
		if onScreen {
			a, err := w.ask(prompt, len(w.history) > 0)
			if err != nil {
				return false, err
			}
			if a == "\x00back" {
				return false, errBack
			}
			answer = a
		} else {
			line, err := w.readLine(prompt)
			if err != nil {
				return false, err
			}
			answer = strings.ToLower(strings.TrimSpace(line))
		}
		switch {
		case answer == "":
			return dflt, nil
		case w.isWord(answer, "acc.words_yes"):
			return true, nil
		case w.isWord(answer, "acc.words_no"):
			return false, nil
		}
		w.text(w.t.T("acc.not_understood_yes_no"))
	}
}

func (w *walker) isWord(answer, id string) bool {
	return answer != "" && slices.Contains(strings.Fields(w.t.T(id)), answer)
}

// menu asks for one of the choices printed, and returns its move.
func (w *walker) menu(choices []walk.Choice) (move, error) {
	names := make([][]string, len(choices))
	for i, c := range choices {
		names[i] = []string{c.Label}
	}
	n, err := w.number(namesOf(w.t.Lang(), names), -1)
	if err != nil || n < 0 {
		return back, err
	}
	return moves[choices[n].Action], nil
}

// number asks for one choice: its number, or its name (see pick); Enter
// alone keeps current (when it is 0 or more). It returns -1 for back.
func (w *walker) number(names choiceNames, current int) (int, error) {
	max := len(names)
	prompt := w.t.T("acc.prompt_number", i18n.Data{"Max": max})
	for {
		answer, err := w.ask(prompt, len(w.history) > 0)
		if err != nil {
			return 0, err
		}
		if answer == "\x00back" {
			return -1, nil
		}
		if answer == "" && current >= 0 {
			return current, nil
		}
		if picks, ok := names.pick(w.t.Lang(), answer, w.words("acc.words_and")); ok && len(picks) == 1 {
			return picks[0], nil
		}
		w.text(w.t.T("acc.not_a_number", i18n.Data{"Max": max}))
	}
}

// words is a message that lists words a person may type.
func (w *walker) words(id string) []string { return strings.Fields(w.t.T(id)) }

// optionNames are what each option of a question may be called: its label,
// and for an app also the app's name.
func (w *walker) optionNames(options []content.Option) choiceNames {
	names := make([][]string, len(options))
	for i, o := range options {
		names[i] = []string{o.Label}
		if app := w.g.App(o.ID); app != nil {
			names[i] = append(names[i], app.Name)
		}
	}
	return namesOf(w.t.Lang(), names)
}

// guideOptions are the model's options as the guide has them: the names
// a person may type for each.
func guideOptions(opts []walk.Option) []content.Option {
	out := make([]content.Option, len(opts))
	for i, o := range opts {
		out[i] = content.Option{ID: o.ID, Label: o.Label}
	}
	return out
}

// choose asks for one answer among the options printed, kept in *answer;
// Enter alone keeps the answer given before.
func (w *walker) choose(q *walk.Question, answer *string) (move, error) {
	current := -1
	for i, o := range q.Options {
		if o.Chosen {
			current = i
			w.text(w.t.T("acc.current", i18n.Data{"Answer": o.Label}))
		}
	}
	n, err := w.number(w.optionNames(guideOptions(q.Options)), current)
	if err != nil || n < 0 {
		return back, err
	}
	*answer = q.Options[n].ID
	return next, nil
}

// apps asks which apps the person uses, among the options printed: one
// or more numbers.
func (w *walker) apps(q *walk.Question) (move, error) {
	labels := make([]string, len(q.Options))
	for i, o := range q.Options {
		labels[i] = o.Label
	}
	// The example names are the first two, as the example numbers are.
	example := i18n.Data{"Apps": strings.Join(labels[:min(2, len(labels))], ", ")}
	prompt := w.t.T("acc.prompt_numbers", example)
	names := w.optionNames(guideOptions(q.Options))
	for {
		answer, err := w.ask(prompt, len(w.history) > 0)
		if err != nil {
			return 0, err
		}
		if answer == "\x00back" {
			return back, nil
		}
		if answer == "" && len(w.answers.Apps) > 0 {
			return next, nil
		}
		picks, ok := names.pick(w.t.Lang(), answer, w.words("acc.words_and"))
		if !ok {
			w.text(w.t.T("acc.not_numbers", example))
			continue
		}
		w.answers.Apps = nil
		for _, n := range picks {
			w.answers.Apps = append(w.answers.Apps, q.Options[n].ID)
		}
		return next, nil
	}
}

// stepScreen prints a step as the model has it, and asks: on the step
// that opens the form, whether to open it now; on the step with the
// sample reason, whether to copy it; on the letter's step, whether to copy
// the letter.
func (w *walker) stepScreen(s walk.Place) (move, error) {
	steps := w.steps()
	if s.Index < 0 || s.Index >= len(steps) {
		return next, nil
	}
	canOpen := w.o.CanBrowse && w.o.Browser != nil
	if steps[s.Index].Action == content.ActionOpen && canOpen {
		return w.open(s)
	}
	sc := w.build(s, walk.NoBrowser)
	w.print(sc)
	switch {
	case sc.Reason != nil && sc.Reason.Copy:
		return w.goOnOrCopy(&copyable{text: sc.Reason.Text, copiedID: "lines.reason_copied", failedID: "lines.reason_copy_failed"})
	}
	return w.goOn()
}

// open prints the step that opens the form, and offers to open it in the
// browser; then what became of it, with the address and the route in the
// app (FACTS H10), as the model has them for that. The word for back at
// its question goes back.
func (w *walker) open(s walk.Place) (move, error) {
	t := w.t
	sc := w.build(s, walk.CanOpen)
	w.line("")
	w.head(sc)
	app := w.g.App(s.App)
	yes, err := w.yesNoOrBack(t.T("acc.open_now", i18n.Data{"App": app.Name}), true)
	if errors.Is(err, errBack) {
		return back, nil
	}
	if err != nil {
		return 0, err
	}
	opening := walk.Declined
	if yes {
		opening = walk.OpenFailed
		if sc.Address != nil && w.o.Browser.Open(sc.Address.Full) == nil {
			w.opened[s.Key(w.audience)] = true
			opening = walk.FormOpen
		}
	}
	after := w.build(s, opening)
	w.form(after)
	w.rest(after)
	return w.goOn()
}
