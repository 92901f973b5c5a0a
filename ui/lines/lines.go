// Package lines is the wizard line by line, for screen readers and
// for anyone who cannot use a screen that redraws: every screen is printed
// once, as plain lines; every question is a numbered list, answered with a
// number and Enter; yes and no are typed as words. It walks the same guide
// in the same order as the wizard, through package walk.
package lines

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/banner"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/dated"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
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
	o   Options
	t   *i18n.Translator
	g   *content.Guide
	in  *input
	out io.Writer
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
		o: o, t: l.t, g: l.g, in: in, out: o.Out, langs: langs,
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

// show prints a screen once and asks what the person wants.
func (w *walker) show(s walk.Place) (move, error) {
	g, t := w.g, w.t
	w.line("")
	switch s.Kind {
	case walk.Welcome:
		w.heading(g.Welcome.Title)
		w.text(banner.Sentence(t, g.Deadline, w.o.Clock()))
		if w.o.Practice {
			w.text(banner.Practice(t, g.Deadline, w.o.Clock()))
		}
		w.text(g.Welcome.Body)
		if g.Deadline.CountdownAt(w.o.Clock()).Passed {
			w.text(g.Deadline.Note)
		}
		// An address file in use is said once, before anything is chosen.
		if inUse := dated.InUse(t, g); inUse != "" {
			w.text(inUse)
		}
		// The other languages, each in its own name; which one is asked
		// next (chooseLanguage).
		labels := []string{t.T("welcome.begin"), t.T("welcome.organisation"), t.T("welcome.info"), walk.OtherLanguageNames(t.Lang())}
		moves := []move{next, asOrganisation, goInfo, otherLanguage}
		if !w.o.Kiosk { // a kiosk does not stop
			labels, moves = append(labels, t.T("welcome.stop")), append(moves, stop)
		}
		return w.menu(labels, moves)
	case walk.Explain:
		p := g.Explain[s.Index]
		w.text(t.T("explain.progress", i18n.Data{"N": s.Index + 1, "Total": len(g.Explain)}))
		return w.page(p.Title, p.Body)
	case walk.Recognise:
		w.heading(g.Recognise.Title)
		w.text(g.Recognise.Body)
		var list []string
		for _, app := range g.Apps {
			list = append(list, "- "+app.Name+": "+app.Recognise)
		}
		w.text(strings.Join(list, "\n"))
		w.text(g.Recognise.Next)
		return w.goOn()
	case walk.Apps:
		return w.apps()
	case walk.Linked:
		return w.choose(content.QuestionLinked, &w.answers.Linked)
	case walk.Where:
		return w.choose(content.QuestionWhere, &w.answers.Where)
	case walk.Step:
		return w.stepScreen(s)
	case walk.Other:
		app := g.App(s.App)
		return w.page(app.Page.Title, app.Page.Body)
	case walk.More:
		return w.page(g.More[s.Index].Title, g.More[s.Index].Body)
	case walk.Done:
		return w.done()
	case walk.OrgIntro:
		return w.page(g.Organisation.Intro.Title, g.Organisation.Intro.Body)
	case walk.OrgKind:
		return w.orgKind()
	case walk.OrgDetails:
		return w.orgAsk(s.Index)
	case walk.OrgAdvice:
		return w.page(g.Organisation.Advice.Title, g.Organisation.Advice.Body)
	case walk.Letter:
		return w.letter()
	case walk.Info:
		w.heading(g.Info.Title)
		w.text(g.Info.Body)
		w.heading(t.T("info.sources"))
		for _, src := range g.Sources {
			w.text("- " + src.Name + ": " + src.What)
		}
		if _, err := w.ask(t.T("acc.prompt_return"), false); err != nil {
			return 0, err
		}
		return back, nil
	}
	return next, nil
}

// page prints a title and a text, and waits for Enter.
func (w *walker) page(title, body string) (move, error) {
	w.heading(title)
	w.text(body)
	return w.goOn()
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

// menu prints numbered choices and returns the move of the chosen one.
func (w *walker) menu(labels []string, moves []move) (move, error) {
	w.list(labels, nil)
	w.line("")
	names := make([][]string, len(labels))
	for i, l := range labels {
		names[i] = []string{l}
	}
	n, err := w.number(namesOf(names), -1)
	if err != nil || n < 0 {
		return back, err
	}
	return moves[n], nil
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
		if picks, ok := names.pick(answer, w.words("acc.words_and")); ok && len(picks) == 1 {
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
	return namesOf(names)
}

// list prints numbered choices; chosen ones say so.
func (w *walker) list(labels []string, chosen []bool) {
	for i, l := range labels {
		if i < len(chosen) && chosen[i] {
			l += " " + w.t.T("acc.chosen")
		}
		w.wrapped(fmt.Sprintf("%d. ", i+1), l)
	}
}

// choose asks a question with one answer, kept in *answer.
func (w *walker) choose(id string, answer *string) (move, error) {
	q := w.g.Questions[id]
	return w.chooseAmong(q.Title, q.Help, q.Options, answer)
}

// chooseAmong asks a question with one answer among options, kept in
// *answer; Enter alone keeps the answer given before.
func (w *walker) chooseAmong(title, help string, options []content.Option, answer *string) (move, error) {
	w.heading(title)
	w.text(help)
	labels := make([]string, len(options))
	current := -1
	for i, o := range options {
		labels[i] = o.Label
		if o.ID == *answer {
			current = i
		}
	}
	w.list(labels, nil)
	w.line("")
	if current >= 0 {
		w.text(w.t.T("acc.current", i18n.Data{"Answer": labels[current]}))
	}
	n, err := w.number(w.optionNames(options), current)
	if err != nil || n < 0 {
		return back, err
	}
	*answer = options[n].ID
	return next, nil
}

// apps asks which apps the person uses: one or more numbers.
func (w *walker) apps() (move, error) {
	q := w.g.Questions[content.QuestionApps]
	w.heading(q.Title)
	w.text(q.Help)
	labels := make([]string, len(q.Options))
	chosen := make([]bool, len(q.Options))
	for i, o := range q.Options {
		labels[i], chosen[i] = o.Label, w.answers.Has(o.ID)
	}
	w.list(labels, chosen)
	w.line("")
	// The example names are the first two, as the example numbers are.
	example := i18n.Data{"Apps": strings.Join(labels[:min(2, len(labels))], ", ")}
	prompt := w.t.T("acc.prompt_numbers", example)
	names := w.optionNames(q.Options)
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
		picks, ok := names.pick(answer, w.words("acc.words_and"))
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

// stepScreen prints a step, and what it needs: the address, the route in
// the app, the sample reason; on the first step it offers to open the form.
func (w *walker) stepScreen(s walk.Place) (move, error) {
	t, g := w.t, w.g
	app := g.App(s.App)
	steps := w.steps()
	step := steps[s.Index]
	account := ""
	if w.audience == content.AudienceOrganisation && s.Account < len(w.answers.Accounts) {
		account = w.answers.Accounts[s.Account].Name
	}
	fill := strings.NewReplacer("{app}", app.Name, "{url}", app.Form.String(), "{account}", account)
	if account != "" {
		w.text(t.T("step.progress_org", i18n.Data{"App": app.Name, "Account": account, "N": s.Index + 1, "Total": len(steps)}))
	} else {
		w.text(t.T("step.progress", i18n.Data{"App": app.Name, "N": s.Index + 1, "Total": len(steps)}))
	}
	w.heading(fill.Replace(step.Title))
	if s.Index == 0 && account == "" {
		for _, via := range w.answers.ReachedVia(g, app.ID) {
			w.text(t.T("step.via", i18n.Data{"App": app.Name, "Via": via.Name}))
		}
		for _, other := range w.answers.CoveredByLinked(g) {
			w.text(t.T("step.linked", i18n.Data{"App": app.Name, "Other": other.Name}))
		}
	}
	switch step.Action {
	case content.ActionOpen:
		// Its words say the form opens by itself; where it cannot, the
		// address and the route say what to do instead.
		if w.o.CanBrowse && w.o.Browser != nil {
			w.text(fill.Replace(step.Body))
		}
		err := w.open(*app, s.Key(w.audience))
		if errors.Is(err, errBack) {
			return back, nil
		}
		if err != nil {
			return 0, err
		}
	case content.ActionAddress:
		w.text(fill.Replace(step.Body))
		w.text(t.T("step.type_on_phone"))
		w.address(*app)
		w.route(*app)
	case content.ActionMenu:
		w.text(fill.Replace(step.Body))
		w.route(*app)
	case content.ActionReason:
		w.text(fill.Replace(step.Body))
		w.text(t.T("acc.reason", i18n.Data{"Reason": g.Reason}))
		// Away from this computer a copy is of no use: the reason is
		// typed over on the phone or tablet.
		if w.audience == content.AudiencePerson && w.answers.Route() != content.RouteComputer {
			w.text(t.T("lines.reason_type_over"))
			break
		}
		return w.goOnOrCopy(&copyable{text: g.Reason, copiedID: "lines.reason_copied", failedID: "lines.reason_copy_failed"})
	default:
		w.text(fill.Replace(step.Body))
	}
	return w.goOn()
}

// open offers to open the form in the browser; where none can open, or it
// fails, it gives the address and the route in the app (FACTS H10). The
// word for back at its question is errBack.
func (w *walker) open(app content.App, key string) error {
	t := w.t
	if !w.o.CanBrowse || w.o.Browser == nil {
		w.text(t.T("step.no_browser"))
		w.address(app)
		w.route(app)
		return nil
	}
	yes, err := w.yesNoOrBack(t.T("acc.open_now", i18n.Data{"App": app.Name}), true)
	if err != nil {
		return err
	}
	if !yes {
		w.text(t.T("acc.type_address"))
		w.address(app)
		w.route(app)
		return nil
	}
	if w.o.Browser.Open(app.Form) != nil {
		w.text(t.T("step.open_failed"))
		w.address(app)
		w.route(app)
		return nil
	}
	w.opened[key] = true
	w.text(t.T("step.opened"))
	// The address stays in reach: to check the page, or to type it
	// where the browser did not really come up.
	w.line(t.T("text.address"))
	w.address(app)
	return nil
}

// address prints a form's address to type over, its digits in groups,
// and when it was last checked.
func (w *walker) address(app content.App) {
	w.line("  " + app.Form.String())
	if d := prose.GroupDigits(app.Form.String()); d != "" {
		w.text(w.t.T("step.digits", i18n.Data{"Digits": d}))
	}
	w.text(dated.Checked(w.t, app.FormChecked))
}

// route prints the way to the objection inside the app, how old it is
// (FACTS H5), and the last way in when both fail (H13).
func (w *walker) route(app content.App) {
	w.line(w.t.T("step.route_intro", i18n.Data{"App": app.Name}))
	w.list(app.Menu, nil)
	w.line("")
	w.text(dated.RouteNote(w.t, w.g, app))
	w.text(dated.LastWay(w.g))
}

// done prints what the person did, and the choices at the end.
func (w *walker) done() (move, error) {
	t, g := w.t, w.g
	w.heading(g.Done.Title)
	if w.audience == content.AudienceOrganisation {
		for _, item := range walk.OrgChecklist(w.answers, w.opened, w.reached) {
			name := item.Account.Name + " (" + g.App(item.Account.App).Name + ")"
			w.text("- " + name + ": " + t.T(walk.Item{Status: item.Status}.MessageID()))
		}
		w.text("- " + t.T(letter.KeepMessageID(w.answers.Kind)))
	}
	for _, item := range walk.Checklist(g, w.answers, w.opened, w.reached) {
		var names []string
		for _, app := range item.Apps {
			names = append(names, app.Name)
		}
		data := i18n.Data{}
		if item.Via != nil {
			data["App"] = item.Via.Name
		}
		w.text("- " + t.List(names) + ": " + t.T(item.MessageID(), data))
	}
	// Once the person may be logged in here, logging out is the last thing
	// to do; on a kiosk it is what matters most, as in the wizard.
	if here := w.answers.LoggedInHere(g, w.opened); len(here) > 0 {
		var names []string
		for _, app := range here {
			names = append(names, app.Name)
		}
		id := "done.log_out"
		if w.o.Kiosk {
			id = "done.log_out_kiosk"
		}
		w.text("- " + t.T(id, i18n.Data{"Apps": t.List(names)}))
	}
	// What to keep is said only after an objection.
	if w.audience == content.AudiencePerson && w.answers.Objected(g) {
		w.text(g.Done.Objected)
	} else {
		w.text(g.Done.Body)
	}
	if w.o.Kiosk { // a kiosk does not stop
		return w.menu([]string{t.T("done.again"), t.T("done.info")}, []move{restart, goInfo})
	}
	return w.menu([]string{t.T("done.again"), t.T("done.info"), t.T("done.stop")}, []move{restart, goInfo, stop})
}

// Output.

func (w *walker) line(s string) { _, _ = fmt.Fprintln(w.out, s) }

// heading prints a title with a blank line under it.
func (w *walker) heading(s string) {
	w.line(s)
	w.line("")
}

// text prints a text wrapped, paragraphs and bullets as the guide has them,
// and a blank line after it.
func (w *walker) text(s string) {
	for _, l := range prose.Wrap(s, Width, "-") {
		w.line(l)
	}
	w.line("")
}

// prompt prints what to type, wrapped, right before reading.
func (w *walker) prompt(s string) {
	for _, l := range prose.WrapLine(s, Width) {
		w.line(l)
	}
}

// wrapped prints one item with a hanging indent after its label.
func (w *walker) wrapped(label, s string) {
	indent := strings.Repeat(" ", len(label))
	for i, l := range prose.WrapLine(s, Width-len(label)) {
		if i == 0 {
			w.line(label + l)
		} else {
			w.line(indent + l)
		}
	}
}
