package letter

import (
	"errors"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/fileproblem"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/tui"
)

// Offer asks, once the letter is on the screen, what to do with it:
// save it as a file, copy it, or nothing more. After saving or copying it
// asks again, so that a person can do both, with "done" under the cursor.
//
// It runs below the letter, not on the alternate screen, so that the
// letter stays in view while the person decides. What was done is printed
// above the question, one line each, and stays there; the question itself
// is gone when the offer ends.
type Offer struct {
	t      *i18n.Translator
	keys   tui.KeyMap
	styles tui.Styles
	opts   OfferOptions

	stage  offerStage
	form   *huh.Form
	choice string // offerSave, offerCopy or offerDone
	name   string // the file's name, as typed
	yes    bool   // replace the file that is there
	width  int
	done   bool
	said   bool // a line was printed above the question
}

// OfferOptions are the letter, and the ways to keep it.
type OfferOptions struct {
	Text string                 // the letter as text: saved and copied
	Page func() ([]byte, error) // the letter as a printable page, for a name ending in .html
	// WriteFile writes a file as the system's writer does
	// (cmd/internal/system/files); nil offers no saving.
	WriteFile func(path string, data []byte, overwrite bool) error
	// Clipboard is the system's. The terminal's (OSC 52) is always asked
	// too: it also works over SSH.
	Clipboard Clipboard
	// DefaultName is the name the file question starts with.
	DefaultName string
	ASCII       bool
}

// Clipboard takes text to paste elsewhere: the system's is
// cmd/internal/system/clipboard.
type Clipboard interface {
	Copy(text string) error
}

// The questions the offer asks, one at a time.
type offerStage int

const (
	offerChoose  offerStage = iota // save, copy or done
	offerName                      // the file's name
	offerReplace                   // the file is there: replace it?
)

// The answers to the first question.
const (
	offerSave = "save"
	offerCopy = "copy"
	offerDone = "done"
)

// Messages of the offer.
type (
	offerAnsweredMsg struct{} // the question on screen was answered
	offerStoppedMsg  struct{} // Ctrl+C
	offerSavedMsg    struct {
		path string
		err  error
	}
	offerCopiedMsg struct{ err error }
)

// NewOffer makes the offer for a letter.
func NewOffer(t *i18n.Translator, opts OfferOptions) *Offer {
	o := &Offer{t: t, keys: tui.NewKeyMap(t, opts.ASCII), styles: tui.NewStyles(opts.ASCII), opts: opts, name: opts.DefaultName}
	o.ask(offerChoose)
	return o
}

// ask puts up a question.
func (o *Offer) ask(stage offerStage) tea.Cmd {
	t := o.t
	o.stage = stage
	var field huh.Field
	switch stage {
	case offerChoose:
		options := []huh.Option[string]{}
		if o.opts.WriteFile != nil {
			options = append(options, huh.NewOption(t.T("letter_cmd.offer_save"), offerSave))
		}
		options = append(options,
			huh.NewOption(t.T("letter_cmd.offer_copy"), offerCopy),
			huh.NewOption(t.T("letter_cmd.offer_done"), offerDone))
		field = huh.NewSelect[string]().
			Title(t.T("letter_cmd.offer_title")).
			Description(t.T("letter_cmd.offer_help")).
			Options(options...).
			Value(&o.choice)
	case offerName:
		dir, _ := filepath.Abs(".")
		field = huh.NewInput().
			Title(t.T("letter_cmd.save_title")).
			Description(t.T("letter_cmd.save_help", i18n.Data{"Dir": typed.EchoPath(dir)})).
			Value(&o.name).
			Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return errors.New(t.T("letter_cmd.save_no_name"))
				}
				return nil
			})
	case offerReplace:
		o.yes = false
		field = huh.NewSelect[bool]().
			Title(t.T("letter_cmd.exists_title", i18n.Data{"Path": typed.EchoPath(o.path())})).
			Options(
				huh.NewOption(t.T("letter_cmd.exists_no"), false),
				huh.NewOption(t.T("letter_cmd.exists_yes"), true)).
			Value(&o.yes)
	}
	theme := huh.ThemeFunc(func(bool) *huh.Styles { return o.styles.Huh })
	form := huh.NewForm(huh.NewGroup(field)).
		WithKeyMap(o.keys.Huh).
		WithTheme(theme).
		WithShowHelp(false)
	if o.width > 0 {
		form = form.WithWidth(o.width)
	}
	form.SubmitCmd = func() tea.Msg { return offerAnsweredMsg{} }
	form.CancelCmd = func() tea.Msg { return offerStoppedMsg{} }
	o.form = form
	return form.Init()
}

// path is the file's name as it will be written, from the folder the
// program runs in.
func (o *Offer) path() string {
	abs, err := filepath.Abs(strings.TrimSpace(o.name))
	if err != nil {
		return strings.TrimSpace(o.name)
	}
	return abs
}

// Init starts the first question.
func (o *Offer) Init() tea.Cmd { return o.form.Init() }

// Update answers keys and what the questions, the file and the clipboard
// say.
func (o *Offer) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, used := o.keys.JobKey(msg, false); used {
		return o, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		o.width = msg.Width
		o.form = o.form.WithWidth(msg.Width)
	case tea.KeyPressMsg:
		// Esc goes back a question; on the first, it is done.
		if key.Matches(msg, o.keys.Back) {
			switch o.stage {
			case offerChoose:
				return o, o.stop()
			case offerName:
				return o, o.ask(offerChoose)
			case offerReplace:
				return o, o.ask(offerName)
			}
		}
	case offerStoppedMsg:
		return o, o.stop()
	case offerAnsweredMsg:
		return o, o.answered()
	case offerSavedMsg:
		return o, o.saved(msg)
	case offerCopiedMsg:
		line := o.styles.Done + " " + o.t.T("letter_cmd.copied")
		if msg.err != nil {
			line = "! " + o.t.T("letter_cmd.copy_maybe")
		}
		o.choice = offerDone
		return o, tea.Sequence(o.say(line), o.ask(offerChoose))
	}
	m, cmd := o.form.Update(msg)
	if form, ok := m.(*huh.Form); ok {
		o.form = form
	}
	return o, cmd
}

// stop ends the offer: the question goes, what was printed stays.
func (o *Offer) stop() tea.Cmd {
	o.done = true
	return tea.Quit
}

// answered does what the question on screen was answered with.
func (o *Offer) answered() tea.Cmd {
	switch o.stage {
	case offerName:
		return o.save(false)
	case offerReplace:
		if o.yes {
			return o.save(true)
		}
		return o.ask(offerName)
	}
	switch o.choice {
	case offerSave:
		return o.ask(offerName)
	case offerCopy:
		text, clip := o.opts.Text, o.opts.Clipboard
		return tea.Batch(tea.SetClipboard(text), func() tea.Msg {
			if clip == nil {
				return offerCopiedMsg{err: errors.New("no clipboard")}
			}
			return offerCopiedMsg{err: clip.Copy(text)}
		})
	}
	return o.stop()
}

// save writes the letter: a printable page for a name ending in .html,
// text otherwise. A file that is there is replaced only after a yes.
func (o *Offer) save(overwrite bool) tea.Cmd {
	path := o.path()
	write, text, page := o.opts.WriteFile, o.opts.Text, o.opts.Page
	return func() tea.Msg {
		data := []byte(text)
		switch strings.ToLower(filepath.Ext(path)) {
		case ".html", ".htm":
			var err error
			if data, err = page(); err != nil {
				return offerSavedMsg{path: path, err: err}
			}
		}
		return offerSavedMsg{path: path, err: write(path, data, overwrite)}
	}
}

// saved says what became of the letter, or asks whether to replace the
// file that is there.
func (o *Offer) saved(msg offerSavedMsg) tea.Cmd {
	data := i18n.Data{"Path": typed.EchoPath(msg.path), "Dir": typed.EchoPath(filepath.Dir(msg.path))}
	switch {
	case errors.Is(msg.err, fileproblem.ErrExists):
		return o.ask(offerReplace)
	case msg.err != nil:
		// Said, and the name asked again: another name, another folder.
		return tea.Sequence(o.say("! "+o.t.T(fileproblem.MessageID(msg.err), data)), o.ask(offerName))
	}
	o.choice = offerDone
	return tea.Sequence(o.say(o.styles.Done+" "+o.t.T("letter_cmd.written", data)), o.ask(offerChoose))
}

// say prints a line above the question, where it stays: the first with an
// empty line between it and the letter.
func (o *Offer) say(line string) tea.Cmd {
	if !o.said {
		o.said = true
		line = "\n" + line
	}
	return tea.Println(line)
}

// View draws the question on screen with its keys, below the letter.
func (o *Offer) View() tea.View {
	if o.done {
		return tea.NewView("")
	}
	k := o.keys
	var keys []key.Binding
	switch o.stage {
	case offerChoose:
		keys = []key.Binding{k.Choose, k.Move, k.QuitTyping}
	case offerName:
		save := k.Next
		save.SetHelp(save.Help().Key, o.t.T("letter_cmd.save_key"))
		keys = []key.Binding{save, k.Back, k.QuitTyping}
	case offerReplace:
		keys = []key.Binding{k.Choose, k.Move, k.Back, k.QuitTyping}
	}
	// An empty line between the letter, or what was done, and the
	// question.
	return tea.NewView("\n" + o.form.View() + "\n\n" + helpLine(o.styles, keys, o.width))
}
