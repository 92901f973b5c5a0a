package wizard

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// choiceList is a list of choices with a cursor: "> " stands before the
// one highlighted, so no colour is needed to see it. ↑ and ↓ move it; it
// stops at the ends rather than jumping round, which would lose the
// person.
type choiceList struct {
	c      *common
	labels []string
	cursor int
}

// move moves the cursor for ↑ and ↓, and reports whether the key was one.
func (l *choiceList) move(msg tea.KeyPressMsg, count int) bool {
	k := l.c.keys
	switch {
	case key.Matches(msg, k.Up):
		l.cursor = max(l.cursor-1, 0)
	case key.Matches(msg, k.Down):
		l.cursor = min(l.cursor+1, count-1)
	default:
		return false
	}
	return true
}

// lines draws the choices, each wrapped under itself.
func (l *choiceList) lines(width int) []string {
	var lines []string
	for i, label := range l.labels {
		lines = append(lines, l.line(i == l.cursor, "", label, width)...)
	}
	return lines
}

// line draws one choice: the cursor's mark or room for it, a mark of its
// own (a tick box) if it has one, and its words, wrapped under them.
func (l *choiceList) line(here bool, mark, label string, width int) []string {
	s := l.c.styles
	pad := strings.Repeat(" ", ansi.StringWidth(s.Cursor))
	if here {
		pad = s.Cursor
	}
	// hanging puts the space between the marks and the words.
	head := pad[:len(pad)-1]
	if mark != "" {
		head = pad + mark
	}
	lines := hanging(head, label, width)
	if here {
		for i, line := range lines {
			lines[i] = s.Chosen.Render(line)
		}
	}
	return lines
}

func (l *choiceList) cursorAt() int { return l.cursor }

func (l *choiceList) setCursor(i int) {
	l.cursor = min(max(i, 0), max(len(l.labels)-1, 0))
}

// checklist is the list of apps to tick, with a last line to go on: "Klaar,
// verder". Enter does what a person who presses it on an app means: it
// ticks the app. On an app already ticked, or on the last line, it goes
// on. The space bar ticks and unticks.
type checklist struct {
	choiceList
	ticked []bool
	done   string // the words of the last line
}

// onDone reports whether the cursor is on the last line, not on an app.
func (l *checklist) onDone() bool { return l.cursor == len(l.labels) }

func (l *checklist) lines(width int) []string {
	s := l.c.styles
	var lines []string
	for i, label := range l.labels {
		mark := s.NoCheck
		if l.ticked[i] {
			mark = s.Check
		}
		lines = append(lines, l.line(i == l.cursor, mark, label, width)...)
	}
	return append(lines, l.line(l.onDone(), "", l.done, width)...)
}

func (l *checklist) setCursor(i int) {
	l.cursor = min(max(i, 0), len(l.labels))
}
