package lines

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/fileproblem"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The organisation's walk, line by line: the same questions, in the same
// order and with the same checks as the wizard's (package walk), answered
// by typing a line.

// orgKind asks what kind of organisation it is: the letter's reasons, the
// steps and where the confirmation is kept depend on it (FACTS O8, O9). A
// number or a word of the kind's label answers ("gemeente",
// "vereniging"); Enter alone keeps the kind chosen before.
func (w *walker) orgKind() (move, error) {
	sc := w.build(walk.Place{Kind: walk.OrgKind}, walk.NoBrowser)
	w.print(sc)
	return w.choose(sc.Question, &w.answers.Kind)
}

// orgAsk asks typed question i for the letter, until its answer has no
// problem. Enter alone keeps what is filled in, or leaves the field empty;
// the word for empty empties it. An answer with a problem is not kept:
// the field holds what it held before, so Enter then goes on, as the
// problem's advice to leave it empty says. A new answer with a warning
// (an account on another site) is said, and kept only when the person
// says so.
func (w *walker) orgAsk(i int) (move, error) {
	w.print(w.build(walk.Place{Kind: walk.OrgDetails, Index: i}, walk.NoBrowser))
	for {
		// What was typed goes back to the screen, so it is cleaned of
		// escape sequences and controls first (cut nowhere).
		shown := typed.Clean(w.org[i], len(w.org[i]))
		if shown != "" {
			w.text(w.t.T("lines.current_typed", i18n.Data{"Answer": shown}))
		}
		answer, err := w.askTyped(w.orgPrompt(i, shown != ""))
		if err != nil {
			return 0, err
		}
		before := w.org[i]
		switch {
		case answer == "\x00back":
			return back, nil
		case w.isWord(strings.ToLower(answer), "acc.words_empty"):
			w.org[i] = ""
		case answer != "":
			w.org[i] = answer
		}
		if p := w.org.Problem(w.g, i); p != nil {
			w.text(w.t.T(p.MessageID, p.Data))
			w.org[i] = before
			continue
		}
		if w.org[i] != before {
			keep, err := w.keepDespite(w.org.Warnings(i, w.t, w.g))
			if err != nil {
				return 0, err
			}
			if !keep {
				w.org[i] = before
				continue
			}
		}
		w.answers.SetOrg(w.g, w.org)
		return next, nil
	}
}

// keepDespite says the warnings about an answer, and asks whether to keep
// it all the same; no, the default, asks the question again. With no
// warnings it keeps the answer without asking.
func (w *walker) keepDespite(warnings []letter.Problem) (bool, error) {
	if len(warnings) == 0 {
		return true, nil
	}
	for _, p := range warnings {
		w.text(w.t.T(p.MessageID, p.Data))
	}
	keep, err := w.yesNoOrBack(w.t.T("orgflow.keep_account"), false)
	if errors.Is(err, errBack) {
		// Back at this question is back to the question: the answer is
		// not kept.
		return false, nil
	}
	return keep, err
}

// optionalOrg reports whether question i may stay empty. The name may not;
// the accounts may, on one app (the letter's check wants one at least).
func (w *walker) optionalOrg(i int) bool { return walk.OrgQuestions(w.g)[i].Optional }

// orgPrompt says what to type for question i: an answer; Enter alone to
// keep what is filled in, or to leave an optional field empty; the word
// that empties it; back, and stop (in a kiosk: start over).
func (w *walker) orgPrompt(i int, filled bool) string {
	var parts []string
	switch {
	case filled:
		parts = append(parts, w.t.T("lines.type_new_answer"))
		if w.optionalOrg(i) {
			parts = append(parts, w.t.T("lines.make_empty"))
		}
	default:
		parts = append(parts, w.t.T("lines.type_answer"))
		if w.optionalOrg(i) {
			parts = append(parts, w.t.T("lines.leave_empty"))
		}
	}
	if w.o.Kiosk {
		return strings.Join(append(parts, w.t.T("lines.back_restart")), " ")
	}
	return strings.Join(append(parts, w.t.T("lines.back_stop")), " ")
}

// askTyped reads a typed answer as it was typed (only trimmed): a name
// keeps its capitals. The words for back and stop still work.
func (w *walker) askTyped(prompt string) (string, error) {
	for {
		line, err := w.readLine(prompt)
		if err != nil {
			return "", err
		}
		answer := strings.TrimSpace(line)
		switch lower := strings.ToLower(answer); {
		case w.isWord(lower, "acc.words_stop"):
			if err := w.confirmStop(); err != nil {
				return "", err
			}
			continue
		case w.isWord(lower, "acc.words_back"):
			return "\x00back", nil
		}
		return answer, nil
	}
}

// letter prints the letter, and offers to save it, except in a kiosk: a
// kiosk writes nothing to disk.
func (w *walker) letter() (move, error) {
	t, g := w.t, w.g
	w.heading(g.Organisation.Letter.Title)
	for _, l := range strings.Split(strings.TrimRight(w.o.Letter.Text(t, g, w.answers.Details(), w.o.Clock()), "\n"), "\n") {
		w.line(l)
	}
	w.line("")
	if w.o.WriteFile != nil && !w.o.Kiosk {
		save, err := w.yesNoOrBack(t.T("acc.save_letter"), false)
		if errors.Is(err, errBack) {
			return back, nil
		}
		if err != nil {
			return 0, err
		}
		if save {
			if err := w.saveLetter(); err != nil {
				return 0, err
			}
		}
	}
	return w.goOnOrCopy(&copyable{
		text:     w.o.Letter.Text(t, g, w.answers.Details(), w.o.Clock()),
		copiedID: "lines.letter_copied", failedID: "lines.letter_copy_failed",
	})
}

// saveLetter asks for a file name and writes the letter there, as text or,
// for .html, a printable page; a file that is there is replaced only after
// a yes.
func (w *walker) saveLetter() error {
	t, g := w.t, w.g
	w.text(t.T("org.save_help"))
	name, err := w.askTyped(t.T("acc.save_name", i18n.Data{"Name": t.T("org.default_name")}))
	if err != nil || name == "\x00back" {
		return err
	}
	if name == "" {
		name = t.T("org.default_name")
	}
	var data strings.Builder
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm":
		if err := w.o.Letter.HTML(&data, t, g, w.answers.Details(), w.o.Clock()); err != nil {
			w.text(t.T("error.cannot_write", i18n.Data{"Path": name}))
			return nil
		}
	default:
		data.WriteString(w.o.Letter.Text(t, g, w.answers.Details(), w.o.Clock()))
	}
	abs, _ := filepath.Abs(name)
	info := i18n.Data{"Path": abs, "Dir": filepath.Dir(abs)}
	err = w.o.WriteFile(name, []byte(data.String()), false)
	if errors.Is(err, fileproblem.ErrExists) {
		// Back keeps the file that is there, as no does.
		replace, err2 := w.yesNoOrBack(t.T("org.exists_body", info), false)
		switch {
		case errors.Is(err2, errBack):
			return nil
		case err2 != nil:
			return err2
		case !replace:
			return nil
		}
		err = w.o.WriteFile(name, []byte(data.String()), true)
	}
	if err != nil {
		w.text(t.T(fileproblem.MessageID(err), info))
		return nil
	}
	w.text(t.T("org.saved", info))
	return nil
}
