package wizard

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/viewport"
)

// scrollText is a text that may be longer than its room. It shows what fits
// and, under it, a line that says where more text is. It remembers whether
// its end has been shown: until then, Enter shows more instead of going
// on, so that no text is skipped unread.
type scrollText struct {
	c      *common
	vp     viewport.Model
	lines  []string
	height int
	seen   bool // the last line has been on screen
}

func newScrollText(c *common) scrollText {
	return scrollText{c: c, vp: viewport.New()}
}

// set gives the text its lines and its room. Where it scrolls to stays,
// as far as the new lines allow.
//
// Lines that change (the route in the app asked for with m, a status)
// have not all been read: their end must be shown again before Enter goes
// on.
func (s *scrollText) set(lines []string, width, height int) {
	if !slices.Equal(lines, s.lines) {
		s.seen = false
	}
	s.lines, s.height = lines, height
	h := height
	if s.overflows() {
		h = height - 1 // the line that says there is more
	}
	s.vp.SetWidth(max(width, 1))
	s.vp.SetHeight(max(h, 0))
	s.vp.SetContentLines(append([]string(nil), lines...))
	s.look()
}

// overflows reports whether the text is longer than its room.
func (s *scrollText) overflows() bool {
	return len(s.lines) > max(s.height, 0)
}

// minReading is the least room in which Enter pages through a text before
// it goes on: three lines and the line about the rest. In less (the
// question above the apps, in the smallest window), paging a line or two
// at a time would take a press for every line; there the page keys read
// it, and the help line says so.
const minReading = 4

// look notes that the end is on screen, or that the room is too small to
// read in by Enter.
func (s *scrollText) look() {
	if !s.overflows() || s.vp.AtBottom() || s.height < minReading {
		s.seen = true
	}
}

// unread reports whether part of the text has not been on screen yet.
func (s *scrollText) unread() bool { return !s.seen }

// scroll moves the text by a number of lines, up when negative.
func (s *scrollText) scroll(n int) {
	if n > 0 {
		s.vp.ScrollDown(n)
	} else {
		s.vp.ScrollUp(-n)
	}
	s.look()
}

// page is how far a page key moves: a page less one line, so that the
// last line read stays in view; in a room of a few lines, a whole page.
func (s *scrollText) page() int {
	if h := s.vp.Height(); h < 6 {
		return max(h, 1)
	}
	return s.vp.Height() - 1
}

// view is the part of the text in view, and the line about the rest.
func (s *scrollText) view() []string {
	if !s.overflows() {
		return s.lines
	}
	if s.height <= 0 {
		return nil
	}
	var lines []string
	if s.height > 1 {
		lines = strings.Split(s.vp.View(), "\n")
	}
	for i, l := range lines {
		// The viewport pads its lines to its width; the padding is not text.
		lines[i] = strings.TrimRight(l, " ")
	}
	note := "page.more_below"
	if s.vp.AtBottom() {
		note = "page.more_above"
	}
	return append(lines, s.c.styles.Progress.Render(s.c.t.T(note)))
}
