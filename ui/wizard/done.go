package wizard

import (
	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// checkItem is a line of the done screen's checklist: its mark ("[x]",
// "[ ]", "•", "!") and its words, wrapped under the words.
type checkItem struct {
	mark, text string
	warn       bool // what matters most: drawn to stand out (a kiosk's log-out)
}

// newDonePage is the last screen: a checklist of what was done and what is
// left to do, the closing words, then print, start over, more information,
// or stop. The checklist comes first: it is what this person did.
//
// What to keep (the confirmation) is said only after an objection.
func (w *wizard) newDonePage() page {
	c := w.c
	checklist := w.checklist()
	objected := c.audience == content.AudiencePerson && w.answers.Objected(c.g)
	text := newTextPage(c, c.g.Done.Title, "")
	text.extra = func(width int) []string {
		var lines []string
		for _, item := range checklist {
			wrapped := hanging(item.mark, item.text, width)
			if item.warn {
				for i, l := range wrapped {
					wrapped[i] = c.styles.Warning.Render(l)
				}
			}
			lines = append(lines, wrapped...)
		}
		words := c.g.Done.Body
		if objected {
			words = c.g.Done.Objected
		}
		lines = append(lines, "")
		return append(lines, prose.Wrap(words, width, c.styles.Bullet)...)
	}
	var items []menuItem
	if len(w.printApps()) > 0 {
		items = append(items, menuItem{c.t.T("done.print"), printMsg{}})
	}
	items = append(items,
		menuItem{c.t.T("done.again"), restartMsg{}},
		menuItem{c.t.T("done.info"), gotoMsg{to: walk.Place{Kind: walk.Info}}},
	)
	if !c.opts.Kiosk {
		items = append(items, menuItem{c.t.T("done.stop"), stopMsg{}})
	}
	p := newMenuPage(c, text, items)
	// Under the choices, in view however long the text: what became of
	// the printed page.
	p.footer = func(width int) []string {
		if w.printed == "" {
			return nil
		}
		style := c.styles.Status
		if w.printFailed {
			style = c.styles.Warning
		}
		var lines []string
		for _, l := range prose.WrapLine(w.printed, width) {
			lines = append(lines, style.Render(l))
		}
		return lines
	}
	return p
}

// checklist is what the done screen lists: what the person did, per app.
func (w *wizard) checklist() []checkItem {
	c := w.c
	s := c.styles
	if c.audience == content.AudienceOrganisation {
		return w.orgChecklist()
	}
	var items []checkItem
	for _, item := range walk.Checklist(c.g, w.answers, w.opened, w.reached) {
		mark := s.NoCheck
		if item.Done() {
			mark = s.Check
		}
		data := i18n.Data{}
		if item.Via != nil {
			data["App"] = item.Via.Name
		}
		items = append(items, checkItem{mark: mark, text: c.t.List(appNames(item.Apps)) + ": " + c.t.T(item.MessageID(), data)})
	}
	// On a shared computer, logging out is the last thing to do (FACTS H9),
	// once the person may be logged in here; on a kiosk it is what matters
	// most.
	if here := w.answers.LoggedInHere(c.g, w.opened); len(here) > 0 {
		data := i18n.Data{"Apps": c.t.List(appNames(here))}
		if c.opts.Kiosk {
			items = append(items, checkItem{mark: "!", text: c.t.T("done.log_out_kiosk", data), warn: true})
		} else {
			items = append(items, checkItem{mark: s.Bullet, text: c.t.T("done.log_out", data)})
		}
	}
	return items
}

// orgChecklist is an organisation's done screen: what was done per account,
// and what to keep in the case file.
func (w *wizard) orgChecklist() []checkItem {
	c, s := w.c, w.c.styles
	var items []checkItem
	for _, item := range walk.OrgChecklist(w.answers, w.opened, w.reached) {
		mark := s.NoCheck
		if item.Status != walk.NotFinished {
			mark = s.Check
		}
		name := item.Account.Name.String() + " (" + c.g.App(item.Account.App).Name + ")"
		items = append(items, checkItem{mark: mark, text: name + ": " + c.t.T(walk.Item{Status: item.Status}.MessageID())})
	}
	// Where to keep it depends on the kind (FACTS O9).
	return append(items, checkItem{mark: s.Bullet, text: c.t.T(letter.KeepMessageID(w.answers.Kind))})
}

// appNames are the apps' names, in order.
func appNames(apps []content.App) []string {
	var names []string
	for _, app := range apps {
		names = append(names, app.Name)
	}
	return names
}
