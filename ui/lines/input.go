package lines

import (
	"bytes"
	"errors"
	"io"
	"os"

	"github.com/charmbracelet/x/term"
)

// Reading lines. The walk waits for a line, a signal and (in kiosk mode) a
// timer at once, so lines are read in a goroutine of their own, one line at
// a time when the walk asks for one: nothing is read ahead of the walk, and
// the goroutine alone touches the input.

// maxLine is the longest line that is read, in bytes (as bufio.Scanner's
// limit): a longer one is refused, so that memory stays bounded.
const maxLine = 64 << 10

// ErrLineTooLong is a line longer than maxLine. Its rest, up to the end of
// the line, is skipped, so reading can go on after it.
var ErrLineTooLong = errors.New("line too long")

// IsTerminal reports whether r is a terminal, where reading can go on after
// an end of input (Ctrl+D); elsewhere an end of input is for good.
func IsTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// readResult is one line read, or why none was.
type readResult struct {
	line string
	err  error
}

// input is the walk's side of the reading goroutine.
type input struct {
	requests chan<- struct{}
	results  <-chan readResult
	pending  bool // a line was asked for and has not come yet
	gone     bool // nothing more will come: the walk waits without input
}

// newInput starts the reading goroutine; it ends when done is closed.
func newInput(r io.Reader, done <-chan struct{}) *input {
	requests := make(chan struct{}, 1)
	results := make(chan readResult, 1)
	go func() {
		lines := &lineSplitter{r: r}
		for {
			select {
			case <-requests:
			case <-done:
				return
			}
			line, err := lines.next()
			// Never blocks: one line is asked for at a time.
			results <- readResult{line, err}
		}
	}()
	return &input{requests: requests, results: results}
}

// next asks for a line, unless one is asked for already, and returns where
// it comes; nil when the input is gone, so a select waits for the rest.
func (in *input) next() <-chan readResult {
	if in.gone {
		return nil
	}
	if !in.pending {
		in.requests <- struct{}{}
		in.pending = true
	}
	return in.results
}

// lineSplitter cuts what it reads into lines. Unlike bufio.Scanner it can
// go on after an end of input, as a terminal can after Ctrl+D.
type lineSplitter struct {
	r        io.Reader
	buf      []byte // read, not yet returned
	skipping bool   // the rest of a line that was too long is being skipped
	chunk    [4096]byte
}

// next returns the next line without its line ending. At an end of input
// it returns the unfinished line first, if there is one, then io.EOF.
func (s *lineSplitter) next() (string, error) {
	for {
		if i := bytes.IndexByte(s.buf, '\n'); i >= 0 {
			skipped, long := s.skipping, i > maxLine
			var line string
			if !skipped && !long {
				line = string(bytes.TrimSuffix(s.buf[:i], []byte{'\r'}))
			}
			s.buf = append(s.buf[:0], s.buf[i+1:]...)
			s.skipping = false
			switch {
			case skipped:
				continue
			case long:
				return "", ErrLineTooLong
			}
			return line, nil
		}
		if len(s.buf) > maxLine || (s.skipping && len(s.buf) > 0) {
			s.buf = s.buf[:0]
			if !s.skipping {
				s.skipping = true
				return "", ErrLineTooLong
			}
		}
		n, err := s.r.Read(s.chunk[:])
		s.buf = append(s.buf, s.chunk[:n]...)
		if n > 0 {
			continue
		}
		if errors.Is(err, io.EOF) {
			line, skipped := s.buf, s.skipping
			s.buf, s.skipping = s.buf[:0], false
			if len(line) > 0 && !skipped {
				return string(bytes.TrimSuffix(line, []byte{'\r'})), nil
			}
			return "", io.EOF
		}
		if err != nil {
			return "", err
		}
	}
}
