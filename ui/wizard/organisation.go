package wizard

import (
	"errors"
	"path/filepath"
	"runtime"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/fileproblem"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// newOrgKind asks what kind of organisation it is, the first question for
// the letter: its reasons, the steps and where the confirmation is kept
// depend on it (FACTS O8, O9). The cursor stands on the kind chosen.
func (w *wizard) newOrgKind() page {
	return newOptionsPage(w.c, w.build(walk.Place{Kind: walk.OrgKind}, walk.CanOpen), &w.answers.Kind)
}

// newOrgQuestion builds the typed question for the letter at index i. A
// problem stops the person there; a warning about an account is said, and
// the next Enter goes on with it.
func (w *wizard) newOrgQuestion(i int) page {
	c := w.c
	sc := w.build(walk.Place{Kind: walk.OrgDetails, Index: i}, walk.CanOpen)
	p := newInputPage(c, sc.Title, sc.Question.Help, &w.org[i], sc.Question.Max)
	p.text.progress = sc.Progress
	p.check = func() error {
		// Checked as typed, not yet cleaned: a name too long or an
		// account too many is said, not cut without a word.
		if problem := w.org.Problem(c.g, i); problem != nil {
			return errors.New(c.t.T(problem.MessageID, problem.Data))
		}
		return nil
	}
	p.warn = func() []string {
		var said []string
		for _, warning := range w.org.Warnings(i, c.t, c.g) {
			said = append(said, c.t.T(warning.MessageID, warning.Data))
		}
		return said
	}
	// An answer the person went on with before was warned about then.
	p.warned = w.orgTaken[i]
	p.done = func(value string) tea.Cmd {
		w.orgTaken[i] = value
		w.answers.SetOrg(c.g, w.org)
		return send(nextMsg{})
	}
	return p
}

// letterPage shows the letter to read, scrolling, with keys to copy and to
// save it. As on every page, Enter first shows the rest of the letter:
// the organisation signs it, so it reads all of it before going on.
type letterPage struct {
	*textPage
	w *wizard
}

// letterText is the organisation's letter as text, as it is copied and
// saved.
func (w *wizard) letterText() string {
	return w.c.opts.Letter.Text(w.c.t, w.c.g, w.answers.Details(), w.c.now)
}

func (w *wizard) newLetterPage() page {
	c := w.c
	text := w.letterText()
	p := &letterPage{textPage: newTextPage(c, c.g.Organisation.Letter.Title, ""), w: w}
	// Under the letter, in view wherever it is scrolled to: what became
	// of copying or saving it.
	p.footer = func(width int) []string {
		if w.letterStatus == "" {
			return nil
		}
		return prose.WrapLine(w.letterStatus, width)
	}
	p.extra = func(width int) []string {
		// The letter keeps its own lines, as it is copied and saved,
		// where they fit; in a narrower window its paragraphs flow anew,
		// rather than break every line in two.
		lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
		for _, l := range lines {
			if ansi.StringWidth(l) > width {
				return prose.Wrap(text, width, "-")
			}
		}
		return lines
	}
	return p
}

func (p *letterPage) Update(msg tea.Msg) (page, tea.Cmd) {
	switch msg := msg.(type) {
	case copiedMsg:
		p.w.letterStatus = p.c.t.T("org.copied", pasteData(p.c))
		if msg.err != nil {
			p.w.letterStatus = p.c.t.T("org.copy_maybe")
		}
		return p, nil
	case tea.KeyPressMsg:
		k := p.c.keys
		switch {
		case key.Matches(msg, k.CopyLetter):
			return p, copyText(p.c, p.w.letterText())
		case key.Matches(msg, k.Save) && p.canSave():
			return p, send(askSaveMsg{})
		}
	}
	_, cmd := p.textPage.Update(msg)
	return p, cmd
}

// canSave reports whether the letter may be saved: there is a place to
// write it, and it is not a kiosk, which writes nothing to disk.
func (p *letterPage) canSave() bool {
	return p.c.opts.WriteFile != nil && !p.c.opts.Kiosk
}

func (p *letterPage) Help() []key.Binding {
	k := p.c.keys
	h := p.textPage.Help()
	if p.canSave() {
		h = append(h, k.Save)
	}
	return append(h, k.CopyLetter)
}

// askSave asks for a file name, over the letter.
func (w *wizard) askSave() tea.Cmd {
	c := w.c
	if w.saveName == "" {
		w.saveName = c.t.T("org.default_name")
	}
	k := c.keys
	save := k.Choose
	save.SetHelp(save.Help().Key, c.t.T("org.save_key"))
	p := newInputPage(c, c.t.T("org.save_title"), c.t.T("org.save_help"), &w.saveName, 0)
	p.check = func() error {
		if strings.TrimSpace(w.saveName) == "" {
			return errors.New(c.t.T("org.save_no_name"))
		}
		return nil
	}
	p.done = func(name string) tea.Cmd { return send(saveMsg{path: strings.TrimSpace(name)}) }
	// Esc goes back to the letter; Ctrl+C asks whether to stop (q is a
	// letter of the name).
	p.help = []key.Binding{save, k.BackTyping, k.QuitTyping}
	return w.push(p)
}

// Messages of saving the letter.
type (
	askSaveMsg struct{} // ask for a file name
	saveMsg    struct {
		path      string
		overwrite bool
	}
	savedMsg struct {
		path string
		err  error
	}
)

// save writes the letter, as a printable page for .html and as text
// otherwise; a file that is there is not replaced without asking.
func (w *wizard) save(msg saveMsg) tea.Cmd {
	c := w.c
	d := w.answers.Details()
	var data []byte
	switch strings.ToLower(filepath.Ext(msg.path)) {
	case ".html", ".htm":
		var b strings.Builder
		if err := c.opts.Letter.HTML(&b, c.t, c.g, d, c.now); err != nil {
			return send(savedMsg{path: msg.path, err: err})
		}
		data = []byte(b.String())
	default:
		data = []byte(c.opts.Letter.Text(c.t, c.g, d, c.now))
	}
	write := c.opts.WriteFile
	return func() tea.Msg {
		return savedMsg{path: msg.path, err: write(msg.path, data, msg.overwrite)}
	}
}

// saved says what became of the letter, or asks whether to replace a file
// that is already there.
func (w *wizard) saved(msg savedMsg) tea.Cmd {
	c := w.c
	w.handle(closeDialogs{})
	abs, _ := filepath.Abs(msg.path)
	data := i18n.Data{"Path": abs, "Dir": filepath.Dir(abs)}
	switch {
	case errors.Is(msg.err, fileproblem.ErrExists):
		// Yes writes the letter over the file; no goes back to the letter.
		return w.push(newDialog(c, c.t.T("org.exists_title"), c.t.T("org.exists_body", data),
			answer{c.t.T("org.exists_yes"), c.t.T("org.exists_yes_key"), saveMsg{path: msg.path, overwrite: true}},
			answer{c.t.T("org.exists_no"), c.t.T("org.exists_no_key"), closeDialogs{}}))
	case msg.err != nil:
		w.letterStatus = c.t.T(fileproblem.MessageID(msg.err), data)
	default:
		w.letterStatus = c.t.T("org.saved", data)
	}
	return nil
}

// pasteData names the keys that paste, for the words said after copying:
// Cmd+V on a Mac, Ctrl+V elsewhere.
func pasteData(c *common) i18n.Data {
	id := "keys.paste"
	if runtime.GOOS == "darwin" {
		id = "keys.paste_mac"
	}
	return i18n.Data{"Keys": c.t.T(id)}
}

// copyText puts text on the clipboard, through the terminal and through
// the system, as the sample reason is copied.
func copyText(c *common, text string) tea.Cmd {
	// A kiosk clears what was copied when it starts over.
	*c.copied = true
	clip := c.opts.Clipboard
	return tea.Batch(tea.SetClipboard(text), func() tea.Msg {
		if clip == nil {
			return copiedMsg{err: errors.New("no clipboard")}
		}
		return copiedMsg{err: clip.Copy(text)}
	})
}
