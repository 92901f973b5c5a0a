package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/banner"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/flow"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// Layout limits.
const (
	MinWidth  = 60 // below this the wizard asks for a larger window
	MinHeight = 18
	textWidth = 72 // lines longer than this are hard to follow
	margin    = 2  // empty columns left of the text
)

// wizard walks a person through the guide. It owns the screen shown, the
// way back and the answers; everything it remembers goes with it when the
// program starts over.
type wizard struct {
	c       *common
	answers flow.Answers
	screen  flow.Screen
	history []flow.Screen
	page    page
	confirm page // a question over the page, while asked: a dialog, or the letter's file name

	copied bool // something was put on the clipboard (a kiosk clears it)

	opened  map[string]bool // step keys (flow.Screen.Key) whose form was opened
	reached map[string]bool // step keys whose last step was reached
	printed string          // what happened to the printed page, on the done screen

	// An organisation's walk.
	org          orgInput // what was typed for the letter
	letterStatus string   // what became of copying or saving the letter
	saveName     string   // the file name last given for the letter

	width, height int

	// banner keeps the banner's lines until its words or the width change:
	// once a minute at most, where frames come many times a second.
	banner struct {
		key   string
		lines []string
	}
}

func newWizard(opts Options, now time.Time) (*wizard, error) {
	t, g, err := load(opts.Lang)
	if err != nil {
		return nil, err
	}
	w := &wizard{opened: map[string]bool{}, reached: map[string]bool{}}
	w.c = &common{
		opts: opts, t: t, g: g, now: now,
		styles: NewStyles(opts.ASCII), keys: NewKeyMap(t, opts.ASCII),
		answers: &w.answers, audience: content.AudiencePerson, copied: &w.copied,
	}
	w.page = w.newPage(flow.Screen{Kind: flow.Welcome})
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

// layout tells the page how much room it has: the window less the banner
// above and the key help below. The banner's length changes with the clock.
func (w *wizard) layout() {
	height := w.height - len(w.bannerLines()) - 3
	if p, ok := w.page.(windowPage); ok {
		p.setWindow(w.width, w.height)
	}
	w.page.SetSize(w.textWidth(), height)
	if w.confirm != nil {
		w.confirm.SetSize(w.textWidth(), height)
	}
}

func (w *wizard) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if w.tooSmall() {
			// Nothing on screen to act on but the request to enlarge;
			// stopping stays possible, and so does answering "Stoppen?".
			switch {
			case w.confirm != nil:
				return w.updateConfirm(msg)
			case key.Matches(msg, w.c.keys.Quit):
				return w.askQuit()
			}
			return nil
		}
		if w.confirm != nil {
			return w.updateConfirm(msg)
		}
		if p, ok := w.page.(windowPage); ok && p.hasWindow() && key.Matches(msg, w.c.keys.Back) {
			p.giveBackWindow()
			return nil
		}
		switch {
		case key.Matches(msg, w.c.keys.Back) && len(w.history) == 0:
			// Esc on the first screen is the way out, as q is.
			return w.askQuit()
		case key.Matches(msg, w.c.keys.Back):
			return w.back()
		case key.Matches(msg, w.c.keys.Quit) && !(w.isTyping() && msg.String() == "q"):
			return w.askQuit()
		}
	case nextMsg:
		return w.next()
	case startMsg:
		w.c.audience = msg.audience
		return w.next()
	case saveMsg:
		return w.save(msg)
	case savedMsg:
		return w.saved(msg)
	case gotoMsg:
		return w.goTo(msg.to)
	case backMsg:
		return w.back()
	case closeConfirm:
		w.confirm = nil
		return nil
	case openMsg:
		return w.open(msg)
	case printMsg:
		return w.print()
	case printedMsg:
		w.printed = w.printStatus(msg)
		return w.show(w.screen)
	case openedMsg:
		if msg.err == nil {
			w.opened[msg.key] = true
		}
	case copiedMsg:
	default:
		// While "Stoppen?" is asked, its own messages (huh's, from its
		// choices) are for it, not for the page under it.
		if w.confirm != nil {
			var cmd tea.Cmd
			w.confirm, cmd = w.confirm.Update(msg)
			return cmd
		}
	}
	var cmd tea.Cmd
	w.page, cmd = w.page.Update(msg)
	return cmd
}

// isTyping reports whether the page in front takes typed letters.
func (w *wizard) isTyping() bool {
	p := w.page
	if w.confirm != nil {
		p = w.confirm
	}
	t, ok := p.(typingPage)
	return ok && t.typing()
}

// updateConfirm hands a key to the question over the page. A dialog's
// answers are its own; any other question (the letter's file name) takes
// typing, Esc goes back to the page under it, and Ctrl+C asks whether to
// stop.
func (w *wizard) updateConfirm(msg tea.KeyPressMsg) tea.Cmd {
	k := w.c.keys
	if d, ok := w.confirm.(*dialog); ok {
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
	} else {
		switch {
		case key.Matches(msg, k.Back):
			w.confirm = nil
			return nil
		case key.Matches(msg, k.QuitTyping):
			return w.askQuit()
		}
	}
	var cmd tea.Cmd
	w.confirm, cmd = w.confirm.Update(msg)
	return cmd
}

// askQuit asks whether to stop, or in a kiosk whether to start over, in
// place of any question asked before.
func (w *wizard) askQuit() tea.Cmd {
	w.confirm = newQuitDialog(w.c)
	w.layout()
	return w.confirm.Init()
}

// next goes on to the next screen of the walk.
func (w *wizard) next() tea.Cmd {
	if w.screen.Kind == flow.Step && w.isLastStep(w.screen) {
		w.reached[w.screen.Key(w.c.audience)] = true
	}
	to, ok := flow.Next(w.c.g, w.answers, w.c.audience, w.screen)
	if !ok {
		return nil
	}
	return w.goTo(to)
}

// goTo shows a screen and remembers the way back.
func (w *wizard) goTo(to flow.Screen) tea.Cmd {
	w.history = append(w.history, w.screen)
	return w.show(to)
}

// back shows the screen before; the answers stay as they were.
func (w *wizard) back() tea.Cmd {
	if len(w.history) == 0 {
		return nil
	}
	to := w.history[len(w.history)-1]
	w.history = w.history[:len(w.history)-1]
	return w.show(to)
}

func (w *wizard) show(s flow.Screen) tea.Cmd {
	w.screen = s
	w.page = w.newPage(s)
	w.layout()
	return w.page.Init()
}

func (w *wizard) isLastStep(s flow.Screen) bool {
	return s.Index == len(w.steps())-1
}

// steps are the steps of the walk: a person's for the chosen route, an
// organisation's on a computer.
func (w *wizard) steps() []content.Step {
	if w.c.audience == content.AudienceOrganisation {
		return w.c.g.StepsFor(content.RouteComputer, content.AudienceOrganisation)
	}
	return w.c.g.StepsFor(w.answers.Route(), content.AudiencePerson)
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
func (w *wizard) newPage(s flow.Screen) page {
	c, g := w.c, w.c.g
	switch s.Kind {
	case flow.Welcome:
		return newWelcomePage(c)
	case flow.Explain:
		p := newTextPage(c, g.Explain[s.Index].Title, g.Explain[s.Index].Body)
		p.progress = c.t.T("explain.progress", i18n.Data{"N": s.Index + 1, "Total": len(g.Explain)})
		return p
	case flow.Apps:
		return newAppsPage(c)
	case flow.Recognise:
		p := newTextPage(c, g.Recognise.Title, g.Recognise.Body)
		p.extra = w.recogniseList
		return p
	case flow.Linked:
		return newChoicePage(c, content.QuestionLinked, &w.answers.Linked, nil)
	case flow.Where:
		return newChoicePage(c, content.QuestionWhere, &w.answers.Where, w.whereOrder())
	case flow.Step:
		return w.newStepPage(s)
	case flow.Other:
		app := g.App(s.App)
		return newTextPage(c, app.Page.Title, app.Page.Body)
	case flow.More:
		return newTextPage(c, g.More[s.Index].Title, g.More[s.Index].Body)
	case flow.Done:
		return newDonePage(c, w.checklist(), w.printApps(), w.printed, w.c.audience == content.AudiencePerson && w.answers.Objected(g))
	case flow.Info:
		return newInfoPage(c)
	case flow.OrgIntro:
		return newTextPage(c, g.Organisation.Intro.Title, g.Organisation.Intro.Body)
	case flow.OrgDetails:
		return w.newOrgQuestion(s.Index)
	case flow.OrgAdvice:
		return newTextPage(c, g.Organisation.Advice.Title, g.Organisation.Advice.Body)
	case flow.Letter:
		return w.newLetterPage()
	}
	return newTextPage(c, "", "")
}

// orgChecklist is an organisation's done screen: what was done per account,
// and what to keep in the case file.
func (w *wizard) orgChecklist() []string {
	c, s := w.c, w.c.styles
	var lines []string
	for _, item := range flow.OrgChecklist(w.answers, w.opened, w.reached) {
		mark := s.NoCheck
		if item.Status != flow.NotFinished {
			mark = s.Check
		}
		name := item.Account.Name + " (" + c.g.App(item.Account.App).Name + ")"
		lines = append(lines, mark+" "+name+": "+c.t.T(flow.Item{Status: item.Status}.MessageID()))
	}
	lines = append(lines, s.Bullet+" "+c.t.T("done.org_keep"))
	return lines
}

// printApps are the apps whose steps the printed page shows: every chosen
// app with a form, linked or not.
func (w *wizard) printApps() []string {
	if w.c.opts.Print == nil {
		return nil
	}
	var ids []string
	for _, app := range w.c.g.FormApps() {
		if w.answers.Unsure() || w.answers.Has(app.ID) {
			ids = append(ids, app.ID)
		}
	}
	return ids
}

// print makes the page with the steps, from a command: writing the file and
// starting the browser take a moment.
func (w *wizard) print() tea.Cmd {
	print, lang, apps := w.c.opts.Print, w.c.t.Lang(), w.printApps()
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

// whereOrder is the order of the "where" options: as written, or, where
// the phone is the safer choice, the phone first (kiosk mode).
func (w *wizard) whereOrder() []string {
	if w.c.opts.Kiosk {
		return []string{content.RoutePhone}
	}
	return nil
}

// recogniseList is what each app looks like, then what to do next.
func (w *wizard) recogniseList(width int) []string {
	g := w.c.g
	var list strings.Builder
	for _, app := range g.Apps {
		list.WriteString("- " + app.Name + ": " + app.Recognise + "\n")
	}
	lines := prose.Wrap(list.String(), width, w.c.styles.Bullet)
	lines = append(lines, "")
	return append(lines, prose.Wrap(g.Recognise.Next, width, w.c.styles.Bullet)...)
}

// checklist is what the done screen lists: what the person did, per app.
func (w *wizard) checklist() []string {
	c := w.c
	s := c.styles
	var lines []string
	if c.audience == content.AudienceOrganisation {
		return w.orgChecklist()
	}
	for _, item := range flow.Checklist(c.g, w.answers, w.opened, w.reached) {
		mark := s.NoCheck
		if item.Done() {
			mark = s.Check
		}
		var names []string
		for _, app := range item.Apps {
			names = append(names, app.Name)
		}
		data := i18n.Data{}
		if item.Via != nil {
			data["App"] = item.Via.Name
		}
		lines = append(lines, mark+" "+c.t.List(names)+": "+c.t.T(item.MessageID(), data))
	}
	// On a shared computer, logging out is the last thing to do (FACTS H9),
	// once the person may be logged in here; on a kiosk it is what matters
	// most.
	if here := w.answers.LoggedInHere(c.g, w.opened); len(here) > 0 {
		data := i18n.Data{"Apps": c.t.List(appNames(here))}
		if c.opts.Kiosk {
			lines = append(lines, s.Warning.Render("! "+c.t.T("done.log_out_kiosk", data)))
		} else {
			lines = append(lines, s.Bullet+" "+c.t.T("done.log_out", data))
		}
	}
	return lines
}

// appNames are the apps' names, in order.
func appNames(apps []content.App) []string {
	var names []string
	for _, app := range apps {
		names = append(names, app.Name)
	}
	return names
}

func (w *wizard) tooSmall() bool {
	return w.width < MinWidth || w.height < MinHeight
}

// bannerLines are the deadline banner, wrapped, with the practice line when
// the clock is set, and a rule under them.
func (w *wizard) bannerLines() []string {
	c, s := w.c, w.c.styles
	width := w.textWidth()
	sentence := banner.Sentence(c.t, c.g.Deadline, c.now)
	practice := ""
	if c.opts.Practice {
		practice = banner.Practice(c.t, c.g.Deadline, c.now)
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

// view draws the whole window: banner, page, and the key help on the last
// line.
func (w *wizard) view() string {
	if w.width == 0 {
		return ""
	}
	if w.tooSmall() {
		return w.tooSmallView()
	}
	p := w.page
	if w.confirm != nil {
		p = w.confirm
	}
	top := append(slices.Clone(w.bannerLines()), "")
	if wp, ok := p.(windowPage); ok && wp.hasWindow() {
		top = nil // the page alone on the window, above the key help
	}
	room := max(w.height-len(top)-2, 0)
	body := strings.Split(p.View(), "\n")
	if len(body) > room {
		body = body[:room]
	}
	lines := append(top, body...)
	for len(lines) < w.height-1 {
		lines = append(lines, "")
	}
	lines = append(lines, w.helpLine(p))
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
	if d, ok := w.confirm.(*dialog); ok {
		// The question, short enough for a small window, with its keys.
		msg = d.title + " " + w.renderHelp([]key.Binding{d.yesKey(), d.noKey()})
	}
	// Even a window too small for these words gets no more than it holds.
	lines := prose.WrapLine(msg, max(w.width-1, 1))
	lines = lines[:min(len(lines), w.height)]
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w.width, "")
	}
	return strings.Join(lines, "\n")
}

// helpLine shows the keys of the page, then Esc and q, on one line. When
// the window is narrow, the page's last keys go first: its first key (what
// Enter does), back and stop always stay.
func (w *wizard) helpLine(p page) string {
	k := w.c.keys
	own := p.Help()
	var global []key.Binding
	if w.confirm == nil {
		if len(w.history) > 0 {
			global = append(global, k.Back)
		}
		quit := k.Quit
		if w.isTyping() {
			quit = k.QuitTyping
		}
		if w.c.opts.Kiosk {
			// A kiosk never stops: its quit keys ask to start over.
			quit.SetHelp(quit.Help().Key, w.c.t.T("kiosk.quit_yes_key"))
		}
		global = append(global, quit)
	}
	for {
		line := w.renderHelp(append(slices.Clone(own), global...))
		if lipgloss.Width(line) <= w.textWidth() || len(own) <= 1 {
			return line
		}
		own = own[:len(own)-1]
	}
}

func (w *wizard) renderHelp(bindings []key.Binding) string {
	s := w.c.styles
	var parts []string
	for _, b := range bindings {
		h := b.Help()
		parts = append(parts, s.HelpKey.Render(h.Key)+" "+s.HelpDesc.Render(h.Desc))
	}
	return strings.Join(parts, s.HelpSep)
}
