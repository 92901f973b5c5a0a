package wizard

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/tui"
)

// Layout limits.
const (
	MinWidth  = 60 // below this the wizard asks for a larger window
	MinHeight = 18
	textWidth = 72 // lines longer than this are hard to follow
	margin    = 2  // empty columns left of the text
	// roomyHeight is the height from which an empty line parts the banner
	// from the page; in a smaller window the rule under the banner does.
	roomyHeight = 22
	// helpRows is how many lines the key help may take: in a narrow
	// window the keys a screen needs go on a second or third line rather
	// than drop off.
	helpRows = 3
)

// wizard walks a person through the guide. It owns the screen shown, the
// way back and the answers; everything it remembers goes with it when the
// program starts over.
type wizard struct {
	c       *common
	answers walk.Answers
	screen  walk.Place
	history []walk.Place
	page    page
	// dialogs are the questions over the page, the last on top.
	dialogs []page
	// cursors is where the cursor stood on each screen with choices when
	// the person left it: going back, it stands on what they chose.
	cursors map[walk.Place]int

	copied bool // something was put on the clipboard (a kiosk clears it)

	opened  map[string]bool // step keys (walk.Place.Key) whose form was opened
	reached map[string]bool // step keys whose last step was reached
	// openedNow are the steps whose form was opened since the answers were
	// last given: the step says so. Choosing again starts afresh, while
	// opened keeps what happened (the done screen needs it).
	openedNow   map[string]bool
	printed     string // what happened to the printed page, on the done screen
	printFailed bool   // and whether it failed

	// An organisation's walk.
	org          walk.OrgTyped // what was typed for the letter
	orgTaken     walk.OrgTyped // the answers the person went on with
	letterStatus string        // what became of copying or saving the letter
	saveName     string        // the file name last given for the letter

	width, height int
	help          help.Model

	// banner keeps the banner's lines until its words or the width change:
	// once a minute at most, where frames come many times a second.
	banner struct {
		key   string
		lines []string
	}
}

func newWizard(opts Options, now time.Time) (*wizard, error) {
	t, g, err := load(opts, opts.Lang)
	if err != nil {
		return nil, err
	}
	w := &wizard{opened: map[string]bool{}, reached: map[string]bool{}, openedNow: map[string]bool{}, cursors: map[walk.Place]int{}}
	w.c = &common{
		opts: opts, t: t, g: g, now: now,
		styles: tui.NewStyles(opts.ASCII), keys: tui.NewKeyMap(t, opts.ASCII),
		answers: &w.answers, audience: content.AudiencePerson, copied: &w.copied,
	}
	w.c.screen = w.build
	w.help = help.New()
	w.help.ShortSeparator = w.c.styles.HelpSep
	w.help.Styles = help.Styles{ShortKey: w.c.styles.HelpKey, ShortDesc: w.c.styles.HelpDesc}
	w.page = w.newPage(walk.Place{Kind: walk.Welcome})
	return w, nil
}

func (w *wizard) init() tea.Cmd { return w.page.Init() }

func (w *wizard) setNow(now time.Time) {
	w.c.now = now
	w.layout()
}

func (w *wizard) setSize(width, height int) {
	w.width, w.height = width, height
	w.layout()
}

// textWidth is the width of the text column.
func (w *wizard) textWidth() int {
	return max(min(w.width-2*margin, textWidth), 1)
}

// top is what the person sees and answers: the dialog on top, or the page.
func (w *wizard) top() page {
	if len(w.dialogs) > 0 {
		return w.dialogs[len(w.dialogs)-1]
	}
	return w.page
}

// gap is the empty line between the banner and the page, where there is
// room for it.
func (w *wizard) gap() int {
	if w.height >= roomyHeight {
		return 1
	}
	return 0
}

// layout tells the page how much room it has: the window less the banner
// above and the key help below. The banner's length changes with the
// clock, and the help's with what the page shows, so the wizard lays out
// again after every message; the help is measured twice, because the room
// it leaves decides whether the page scrolls, and so its keys.
func (w *wizard) layout() {
	if w.width == 0 {
		return
	}
	if wp, ok := w.page.(windowPage); ok {
		wp.setWindow(w.width, w.height)
	}
	p := w.top()
	room := func(help int) int {
		return max(w.height-len(w.bannerLines())-w.gap()-1-help, 0)
	}
	rows := len(w.helpLines(p))
	p.SetSize(w.textWidth(), room(rows))
	if again := len(w.helpLines(p)); again != rows {
		p.SetSize(w.textWidth(), room(again))
	}
}

// update handles a message, then lays the screen out again.
func (w *wizard) update(msg tea.Msg) tea.Cmd {
	cmd := w.handle(msg)
	w.layout()
	return cmd
}

func (w *wizard) handle(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return w.key(msg)
	case nextMsg:
		return w.next()
	case startMsg:
		w.c.audience = msg.audience
		if msg.quick {
			return w.goTo(walk.Place{Kind: walk.Apps})
		}
		return w.next()
	case saveMsg:
		return w.save(msg)
	case savedMsg:
		return w.saved(msg)
	case askSaveMsg:
		return w.askSave()
	case gotoMsg:
		return w.goTo(msg.to)
	case backMsg:
		return w.back()
	case closeConfirm:
		if len(w.dialogs) > 0 {
			w.dialogs = w.dialogs[:len(w.dialogs)-1]
		}
		return nil
	case closeDialogs:
		w.dialogs = slices.DeleteFunc(w.dialogs, func(p page) bool { _, keep := p.(*stillThere); return !keep })
		return nil
	case stillThereMsg:
		if d, ok := w.top().(*stillThere); ok {
			d.setLeft(msg.left)
			return nil
		}
		return w.push(newStillThere(w.c, msg.left))
	case stillHereMsg:
		w.dialogs = slices.DeleteFunc(w.dialogs, func(p page) bool { _, ok := p.(*stillThere); return ok })
		return nil
	case openMsg:
		return w.open(msg)
	case chooseLanguageMsg:
		return w.askLanguage()
	case printMsg:
		return w.askPrintLanguage()
	case printIn:
		return w.printChosen(msg)
	case printedMsg:
		w.printed, w.printFailed = w.printStatus(msg), msg.err != nil
		return nil
	case openedMsg:
		if msg.err == nil {
			w.opened[msg.key] = true
			w.openedNow[msg.key] = true
		}
	case copiedMsg:
	default:
		// A dialog's own messages (the cursor of the file name's line)
		// are for it, not for the page under it.
		if len(w.dialogs) > 0 {
			top := len(w.dialogs) - 1
			var cmd tea.Cmd
			w.dialogs[top], cmd = w.dialogs[top].Update(msg)
			return cmd
		}
	}
	var cmd tea.Cmd
	w.page, cmd = w.page.Update(msg)
	return cmd
}

// closingPage is a page that shows something the person opened on it (the
// route in the app, asked for with m). Esc closes that first, rather than
// leave the page: the person asked for it, and may not know the key that
// opened it closes it too.
type closingPage interface {
	hasOpen() bool
	closeOpen()
}

// key handles a key: a dialog's answers first, then the keys that go back
// or stop, then the page's own.
func (w *wizard) key(msg tea.KeyPressMsg) tea.Cmd {
	k := w.c.keys
	if len(w.dialogs) > 0 {
		return w.dialogKey(msg)
	}
	if w.tooSmall() {
		// Nothing on screen to act on but the request to enlarge;
		// stopping stays possible.
		if key.Matches(msg, k.Quit) {
			return w.askQuit()
		}
		return nil
	}
	typing := w.isTyping()
	back := k.Back
	if typing {
		back = k.BackTyping
	}
	// The QR code alone on the window goes back to its step first.
	if wp, ok := w.page.(windowPage); ok && wp.hasWindow() && key.Matches(msg, back) {
		wp.giveBackWindow()
		return nil
	}
	// What the person opened on the page (the route asked for with m)
	// closes first, as the QR code alone does.
	if cp, ok := w.page.(closingPage); ok && cp.hasOpen() && key.Matches(msg, back) {
		cp.closeOpen()
		return nil
	}
	switch {
	case key.Matches(msg, k.QuitTyping), !typing && key.Matches(msg, k.Quit):
		return w.askQuit()
	case len(w.history) == 0 && key.Matches(msg, k.BackTyping):
		// Esc on the first screen is the way out, as q is.
		return w.askQuit()
	case len(w.history) > 0 && key.Matches(msg, back):
		return w.back()
	}
	var cmd tea.Cmd
	w.page, cmd = w.page.Update(msg)
	return cmd
}

// dialogKey hands a key to the dialog on top. A two-answer dialog's
// answers are its own; the file name takes typing, and Esc goes back to
// the letter. Ctrl+C asks whether to stop, or on that question says yes.
func (w *wizard) dialogKey(msg tea.KeyPressMsg) tea.Cmd {
	k := w.c.keys
	top := len(w.dialogs) - 1
	switch d := w.dialogs[top].(type) {
	case *dialog:
		if answer, ok := d.answerFor(msg); ok {
			return send(answer)
		}
		if key.Matches(msg, k.QuitTyping) {
			if d.stops {
				// Ctrl+C twice stops, as it does in most programs.
				return send(d.yes.msg)
			}
			return w.askQuit()
		}
	case *stillThere:
		// The kiosk takes every key while it asks; none reaches here.
		return nil
	default:
		switch {
		case key.Matches(msg, k.BackTyping):
			return send(closeConfirm{})
		case key.Matches(msg, k.QuitTyping):
			return w.askQuit()
		}
	}
	if w.tooSmall() {
		return nil
	}
	var cmd tea.Cmd
	w.dialogs[top], cmd = w.dialogs[top].Update(msg)
	return cmd
}

// isTyping reports whether the page or dialog in front takes typed letters.
func (w *wizard) isTyping() bool {
	t, ok := w.top().(typingPage)
	return ok && t.typing()
}

// push puts a dialog over what is shown.
func (w *wizard) push(d page) tea.Cmd {
	w.dialogs = append(w.dialogs, d)
	return d.Init()
}

// askQuit asks whether to stop, or in a kiosk whether to start over, over
// whatever is asked now: no goes back to it.
func (w *wizard) askQuit() tea.Cmd { return w.push(newQuitDialog(w.c)) }

// next goes on to the next screen of the walk. Answering a question again
// clears what the screens after it said happened: that was for the answers
// given before.
func (w *wizard) next() tea.Cmd {
	switch w.screen.Kind {
	case walk.Step:
		if w.isLastStep(w.screen) {
			w.reached[w.screen.Key(w.c.audience)] = true
		}
	case walk.Apps, walk.Linked, walk.Where, walk.OrgKind, walk.OrgDetails:
		clear(w.openedNow)
		w.printed, w.letterStatus = "", ""
	}
	to, ok := walk.Next(w.c.g, w.answers, w.c.audience, w.screen)
	if !ok {
		return nil
	}
	return w.goTo(to)
}

// goTo shows a screen and remembers the way back.
func (w *wizard) goTo(to walk.Place) tea.Cmd {
	w.leave()
	w.history = append(w.history, w.screen)
	return w.show(to)
}

// back shows the screen before; the answers stay as they were.
func (w *wizard) back() tea.Cmd {
	if len(w.history) == 0 {
		return nil
	}
	if w.screen.Kind == walk.Done {
		// What became of the printed page was said for that visit.
		w.printed = ""
	}
	w.leave()
	to := w.history[len(w.history)-1]
	w.history = w.history[:len(w.history)-1]
	return w.show(to)
}

// leave remembers where the cursor stands on the screen being left.
func (w *wizard) leave() {
	if p, ok := w.page.(cursorPage); ok {
		w.cursors[w.screen] = p.cursorAt()
	}
}

func (w *wizard) show(s walk.Place) tea.Cmd {
	w.screen = s
	w.page = w.newPage(s)
	if p, ok := w.page.(cursorPage); ok {
		if i, ok := w.cursors[s]; ok {
			p.setCursor(i)
		}
	}
	w.layout()
	return w.page.Init()
}

func (w *wizard) isLastStep(s walk.Place) bool {
	return s.Index == len(w.steps())-1
}

// steps are the steps of the walk: a person's for the chosen route, an
// organisation's for its kind.
func (w *wizard) steps() []content.Step {
	return walk.Steps(w.c.g, w.answers, w.c.audience)
}

// remembers reports whether the wizard holds anything of the person who
// used it: an answer, a screen to go back to, something copied or typed.
// A kiosk with nothing to forget stays calm.
func (w *wizard) remembers() bool {
	return len(w.history) > 0 || !reflect.ValueOf(w.answers).IsZero() || w.copied ||
		w.org != (walk.OrgTyped{}) || w.orgTaken != (walk.OrgTyped{}) || w.saveName != "" || len(w.opened) > 0 || len(w.reached) > 0 ||
		w.printed != "" || w.letterStatus != "" || w.c.audience != content.AudiencePerson
}

// open opens a form in the browser, from a command: the browser may take a
// while to start, and the screen must not wait for it.
func (w *wizard) open(msg openMsg) tea.Cmd {
	// Only the content's form addresses open; the opener checks them.
	app := w.c.g.App(msg.app)
	if app == nil || !app.HasForm() {
		return nil
	}
	form, opener := app.Form, w.c.opts.Browser
	return func() tea.Msg {
		if opener == nil {
			return openedMsg{key: msg.key, err: errNoOpener}
		}
		return openedMsg{key: msg.key, err: opener.Open(form)}
	}
}

// newPage builds the page for a screen, fresh: it reads the answers so far.
// Its words are the model's; the page lays them out and styles them.
func (w *wizard) newPage(s walk.Place) page {
	c := w.c
	switch s.Kind {
	case walk.Step:
		return w.newStepPage(s)
	case walk.OrgKind:
		return w.newOrgKind()
	case walk.OrgDetails:
		return w.newOrgQuestion(s.Index)
	case walk.Letter:
		return w.newLetterPage()
	}
	sc := w.build(s, walk.CanOpen)
	switch s.Kind {
	case walk.Welcome:
		return newWelcomePage(c, sc)
	case walk.Apps:
		return newAppsPage(c, sc)
	case walk.Linked:
		return newOptionsPage(c, sc, &w.answers.Linked)
	case walk.Where:
		return newOptionsPage(c, sc, &w.answers.Where)
	case walk.Done:
		return w.newDonePage(sc)
	case walk.Info:
		// Outside the walk: Enter goes on where the person was, as Esc
		// does, once they have seen all of it.
		p := newScreenPage(c, sc)
		p.onNext = backMsg{}
		return p
	}
	// The pages of words: the explanations, how to recognise the apps, an
	// app without a form, the pages after the steps, an organisation's
	// explanation and advice.
	return newScreenPage(c, sc)
}

// state is what the model needs to know besides the answers, as the
// wizard keeps it: who walks, what happened, the clock; opening is what
// became of the form on the step built.
func (w *wizard) state(opening walk.Opening) walk.State {
	c := w.c
	return walk.State{
		Audience: c.audience, Opening: opening, Kiosk: c.opts.Kiosk,
		Now: c.now, Practice: c.opts.Practice,
		Opened: w.opened, Reached: w.reached,
		CanPrint: c.opts.Print != nil, Refused: c.opts.AddressRefused, Typed: w.org,
	}
}

// build is the screen at s in words, as the model decides it now.
func (w *wizard) build(s walk.Place, opening walk.Opening) walk.Screen {
	return walk.Build(w.c.g, w.c.t, w.answers, s, w.state(opening))
}

// printApps are the apps whose steps the printed page shows, where the
// wizard can print.
func (w *wizard) printApps() []string {
	if w.c.opts.Print == nil {
		return nil
	}
	return w.answers.PrintApps(w.c.g)
}

// print makes the page with the steps, from a command: writing the file and
// starting the browser take a moment.
func (w *wizard) print(lang string) tea.Cmd {
	print, apps := w.c.opts.Print, w.printApps()
	if print == nil || len(apps) == 0 {
		return nil
	}
	return func() tea.Msg {
		path, opened, err := print(lang, apps)
		return printedMsg{path: path, opened: opened, err: err}
	}
}

func (w *wizard) printStatus(msg printedMsg) string {
	t := w.c.t
	switch {
	case msg.err != nil:
		return t.T("done.print_failed")
	case msg.opened:
		return t.T("done.printed_open")
	}
	return t.T("done.printed_file", i18n.Data{"Path": msg.path})
}

func (w *wizard) tooSmall() bool {
	return w.width < MinWidth || w.height < MinHeight
}

// bannerLines are the deadline banner, wrapped, with the practice line when
// the clock is set, and a rule under them.
func (w *wizard) bannerLines() []string {
	c, s := w.c, w.c.styles
	width := w.textWidth()
	sentence := walk.BannerSentence(c.t, c.g.Deadline, c.now)
	practice := ""
	if c.opts.Practice {
		practice = walk.PracticeSentence(c.t, c.g.Deadline, c.now)
	}
	key := fmt.Sprint(width, "\x00", sentence, "\x00", practice)
	if w.banner.key == key {
		return w.banner.lines
	}
	var lines []string
	for _, l := range prose.WrapLine(sentence, width) {
		lines = append(lines, s.Banner.Render(l))
	}
	for _, l := range prose.WrapLine(practice, width) {
		if l != "" {
			lines = append(lines, s.Practice.Render(l))
		}
	}
	lines = append(lines, s.Rule.Render(strings.Repeat(s.RuleChar, width)))
	w.banner.key, w.banner.lines = key, lines
	return lines
}

// view draws the whole window: the banner, the page, and right under it
// the key help, so that the keys stand close to the words they act on in
// a tall window too.
func (w *wizard) view() string {
	if w.width == 0 {
		return ""
	}
	if w.tooSmall() {
		return w.tooSmallView()
	}
	p := w.top()
	top := w.bannerLines()
	gap := w.gap()
	if wp, ok := p.(windowPage); ok && wp.hasWindow() {
		top, gap = nil, 0 // the page alone on the window, above the key help
	}
	help := w.helpLines(p)
	room := max(w.height-len(top)-gap-1-len(help), 0)
	body := strings.Split(p.View(), "\n")
	if len(body) > room {
		body = body[:room]
	}
	lines := slices.Clone(top)
	if gap > 0 {
		lines = append(lines, "")
	}
	lines = append(lines, body...)
	lines = append(lines, "")
	lines = append(lines, help...)
	pad := strings.Repeat(" ", margin)
	for i, l := range lines {
		if l != "" {
			lines[i] = pad + l
		}
	}
	return strings.Join(lines, "\n")
}

func (w *wizard) tooSmallView() string {
	msg := w.c.t.T("window.too_small", i18n.Data{"Width": MinWidth, "Height": MinHeight})
	switch d := w.top().(type) {
	case *dialog:
		// The question, short enough for a small window, with its keys.
		msg = d.title + " " + w.renderHelp([]key.Binding{d.yesKey(), d.noKey()})
	case *stillThere:
		msg = d.title + " " + d.helpSentence()
	}
	// Even a window too small for these words gets no more than it holds.
	lines := prose.WrapLine(msg, max(w.width-1, 1))
	lines = lines[:min(len(lines), w.height)]
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w.width, "")
	}
	return strings.Join(lines, "\n")
}

// keys are the keys the help line shows for what is in front: its own,
// then back and stop (a dialog's answers are its own). In a kiosk the stop
// keys start over, and the help says so.
func (w *wizard) keys(p page) []key.Binding {
	k, t := w.c.keys, w.c.t
	own := p.Help()
	if len(w.dialogs) > 0 {
		return own
	}
	if cp, ok := p.(closingPage); ok && cp.hasOpen() {
		// Esc closes what was opened, before it goes back.
		closes := k.Back
		closes.SetHelp(closes.Help().Key, t.T("keys.close"))
		own = append(own, closes)
	} else if len(w.history) > 0 {
		if w.isTyping() {
			own = append(own, k.BackTyping)
		} else {
			own = append(own, k.Back)
		}
	}
	quit := k.Quit
	names := []string{quit.Help().Key}
	switch {
	case w.isTyping():
		quit, names = k.QuitTyping, []string{k.QuitTyping.Help().Key}
	case w.c.opts.Kiosk:
		// In a kiosk Ctrl+C does what q does, and it is not the way out
		// it is elsewhere: the help names both.
		names = append(names, k.QuitTyping.Help().Key)
	}
	if w.c.opts.Kiosk {
		quit.SetHelp("", t.T("kiosk.quit_yes_key"))
	}
	if len(w.history) == 0 {
		// On the first screen Esc asks too: there is nothing to go back to.
		names = append(names, k.BackTyping.Help().Key)
	}
	quit.SetHelp(strings.Join(names, "/"), quit.Help().Desc)
	return append(own, quit)
}

// helpLines lays the key help out in at most helpRows lines. In a window
// too narrow for all of it, the page's last keys go first: what Enter
// does, back and stop always stay. A page may say its help in a sentence.
func (w *wizard) helpLines(p page) []string {
	width := w.textWidth()
	if s, ok := p.(sentencePage); ok {
		return prose.WrapLine(s.helpSentence(), width)
	}
	all := w.keys(p)
	global := len(all) - len(p.Help())
	for {
		lines := w.fitHelp(all, width)
		if len(lines) <= helpRows || len(all)-global <= 1 {
			return lines
		}
		all = slices.Delete(all, len(all)-global-1, len(all)-global)
	}
}

// fitHelp puts the keys on as many lines as they need, breaking only
// between keys.
func (w *wizard) fitHelp(bindings []key.Binding, width int) []string {
	var lines []string
	var line []key.Binding
	for _, b := range bindings {
		if len(line) > 0 && lipgloss.Width(w.renderHelp(append(slices.Clone(line), b))) > width {
			lines = append(lines, w.renderHelp(line))
			line = nil
		}
		line = append(line, b)
	}
	if len(line) > 0 {
		lines = append(lines, w.renderHelp(line))
	}
	return lines
}

func (w *wizard) renderHelp(bindings []key.Binding) string {
	return w.help.ShortHelpView(bindings)
}
