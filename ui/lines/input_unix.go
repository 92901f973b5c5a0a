//go:build unix

package lines

import (
	"io"
	"os"

	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/unix"
)

// stoppable returns a reader of the same terminal as r whose waiting read
// ends when it is closed; ok is false when r is no terminal, or when its
// terminal cannot be opened so.
//
// A read of standard input that waits when the walk ends would go on
// waiting, and take the answer of the next thing that asks the terminal
// something: the error message after Ctrl+C asks the terminal for its
// background colour (fang, through lipgloss) and would hang. /dev/tty,
// opened anew and without blocking, is read through Go's poller, so
// closing it ends the read; and it leaves standard input, which the shell
// shares, as it was.
func stoppable(r io.Reader) (io.ReadCloser, bool) {
	f, ok := r.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return nil, false
	}
	tty, err := os.OpenFile("/dev/tty", os.O_RDONLY|unix.O_NONBLOCK, 0)
	if err != nil {
		return nil, false
	}
	// The same terminal: standard input is the controlling terminal, the
	// one /dev/tty is, when both give the same foreground process group (a
	// terminal that is not the controlling one gives none).
	in, err := unix.IoctlGetInt(int(f.Fd()), unix.TIOCGPGRP)
	own := -1
	if conn, cerr := tty.SyscallConn(); err == nil && cerr == nil {
		// Not tty.Fd(): that would make its reads block again.
		cerr = conn.Control(func(fd uintptr) { own, err = unix.IoctlGetInt(int(fd), unix.TIOCGPGRP) })
		if cerr != nil {
			err = cerr
		}
	}
	if err != nil || in != own {
		_ = tty.Close()
		return nil, false
	}
	return tty, true
}
