package accessible

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/flow"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/savefile"
)

// The organisation's walk, line by line: the same questions, letter and
// checks as the wizard's (package letter), answered by typing a line.

// Who signs the letter, and their function (FACTS O10), are asked after
// the place, on the place's screen: the walk (package flow) has the
// questions the wizard asks, and these are not among them yet. They are
// kept with the walk's answers, after them.
const (
	askSigner = flow.AskPlace + 1 + iota
	askFunction
	orgQuestions // how many answers the organisation types
)

// orgFields are the letter's fields, by question, for its problems.
var orgFields = map[int]letter.Field{
	flow.AskOrg: letter.FieldOrg, flow.AskInstagram: letter.FieldAccounts,
	flow.AskContact: letter.FieldContact, flow.AskPlace: letter.FieldPlace,
	askSigner: letter.FieldSigner, askFunction: letter.FieldFunction,
}

// typed are the letter's details as typed.
func (w *walker) typed() letter.Details {
	d := letter.Details{Kind: w.kind, Org: w.org[flow.AskOrg], Contact: w.org[flow.AskContact], Place: w.org[flow.AskPlace],
		Signer: w.org[askSigner], Function: w.org[askFunction]}
	d.Accounts = append(letter.ParseAccounts(w.org[flow.AskFacebook], "facebook"), letter.ParseAccounts(w.org[flow.AskInstagram], "instagram")...)
	return d
}

// orgIntro explains the organisation's path, and asks what kind of
// organisation it is: the letter's reasons, and where the confirmation is
// kept, depend on it (FACTS O8, O9). A number or a word of the kind's
// label answers ("gemeente", "vereniging"); Enter alone keeps the kind
// chosen before.
func (w *walker) orgIntro() (move, error) {
	o := w.g.Organisation
	w.heading(o.Intro.Title)
	w.text(o.Intro.Body)
	w.heading(o.Form.Kind)
	w.text(o.Form.KindHelp)
	labels := make([]string, len(content.OrgKinds))
	names := make([][]string, len(content.OrgKinds))
	current := -1
	for i, kind := range content.OrgKinds {
		labels[i] = o.Kinds[kind].Label
		names[i] = []string{labels[i]}
		if kind == w.kind {
			current = i
		}
	}
	w.list(labels, nil)
	w.line("")
	if current >= 0 {
		w.text(w.t.T("acc.current", i18n.Data{"Answer": labels[current]}))
	}
	n, err := w.number(namesOf(names), current)
	if err != nil || n < 0 {
		return back, err
	}
	w.kind = content.OrgKinds[n]
	return next, nil
}

// orgQuestion asks the question of screen i for the letter; the place's
// screen asks who signs, and their function, after it. The word for back
// goes back a question, and from the first to the screen before.
func (w *walker) orgQuestion(i int) (move, error) {
	questions := []int{i}
	if i == flow.AskPlace {
		questions = []int{flow.AskPlace, askSigner, askFunction}
	}
	for at := 0; at < len(questions); {
		if at > 0 {
			w.line("") // as between screens
		}
		m, err := w.orgAsk(questions[at])
		switch {
		case err != nil:
			return 0, err
		case m == back && at == 0:
			return back, nil
		case m == back:
			at--
		default:
			at++
		}
	}
	return next, nil
}

// orgAsk asks question i for the letter, until its answer has no
// problem. Enter alone keeps what is filled in, or leaves the field empty;
// the word for empty empties it. An answer with a problem is not kept:
// the field holds what it held before, so Enter then goes on, as the
// problem's advice to leave it empty says.
func (w *walker) orgAsk(i int) (move, error) {
	f := w.g.Organisation.Form
	title := [...]string{f.Org, f.Facebook, f.Instagram, f.Contact, f.Place, f.Signer, f.Function}[i]
	help := [...]string{f.OrgHelp, f.FacebookHelp, f.InstagramHelp, f.ContactHelp, f.PlaceHelp, f.SignerHelp, f.FunctionHelp}[i]
	w.heading(title)
	w.text(help)
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
		if field, ok := orgFields[i]; ok {
			if p := problemFor(w.typed().Check(), field); p != nil {
				w.text(w.t.T(p.MessageID, p.Data))
				w.org[i] = before
				continue
			}
		}
		w.setOrgAnswers()
		return next, nil
	}
}

// optionalOrg reports whether question i may stay empty. The name may not;
// the accounts may, on one app (the letter's check wants one at least).
func optionalOrg(i int) bool { return i != flow.AskOrg }

// orgPrompt says what to type for question i: an answer; Enter alone to
// keep what is filled in, or to leave an optional field empty; the word
// that empties it; back, and stop (in a kiosk: start over).
func (w *walker) orgPrompt(i int, filled bool) string {
	var parts []string
	switch {
	case filled:
		parts = append(parts, w.t.T("lines.type_new_answer"))
		if optionalOrg(i) {
			parts = append(parts, w.t.T("lines.make_empty"))
		}
	default:
		parts = append(parts, w.t.T("lines.type_answer"))
		if optionalOrg(i) {
			parts = append(parts, w.t.T("lines.leave_empty"))
		}
	}
	if w.o.Kiosk {
		return strings.Join(append(parts, w.t.T("lines.back_restart")), " ")
	}
	return strings.Join(append(parts, w.t.T("lines.back_stop")), " ")
}

func problemFor(problems []letter.Problem, field letter.Field) *letter.Problem {
	for i := range problems {
		if problems[i].Field == field {
			return &problems[i]
		}
	}
	return nil
}

// setOrgAnswers puts the cleaned details in the answers, which decide the
// walk: the steps come per account.
func (w *walker) setOrgAnswers() {
	d := w.typed().Cleaned()
	w.answers.Org, w.answers.Contact, w.answers.Place = d.Org, d.Contact, d.Place
	w.answers.Accounts = nil
	for _, acc := range d.Accounts {
		w.answers.Accounts = append(w.answers.Accounts, flow.Account{Name: acc.Name, App: acc.App})
	}
}

// details are the answers as the letter takes them.
func (w *walker) details() letter.Details {
	signed := w.typed().Cleaned()
	d := letter.Details{Kind: w.kind, Org: w.answers.Org, Contact: w.answers.Contact, Place: w.answers.Place,
		Signer: signed.Signer, Function: signed.Function}
	for _, acc := range w.answers.Accounts {
		d.Accounts = append(d.Accounts, letter.Account{Name: acc.Name, App: acc.App})
	}
	return d
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
	for _, l := range strings.Split(strings.TrimRight(letter.Text(t, g, w.details(), w.o.Clock()), "\n"), "\n") {
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
		text:     letter.Text(t, g, w.details(), w.o.Clock()),
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
		if err := letter.HTML(&data, t, g, w.details(), w.o.Clock()); err != nil {
			w.text(t.T("error.cannot_write", i18n.Data{"Path": name}))
			return nil
		}
	default:
		data.WriteString(letter.Text(t, g, w.details(), w.o.Clock()))
	}
	abs, _ := filepath.Abs(name)
	info := i18n.Data{"Path": abs, "Dir": filepath.Dir(abs)}
	err = w.o.WriteFile(name, []byte(data.String()), false)
	if errors.Is(err, savefile.ErrExists) {
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
		w.text(t.T(savefile.MessageID(err), info))
		return nil
	}
	w.text(t.T("org.saved", info))
	return nil
}
