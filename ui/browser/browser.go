// Package browser opens an objection form in the person's web browser. It
// is the only way the program reaches the internet on its own, and it opens
// only addresses that the content allows.
package browser

import (
	"errors"
	"io"
	"runtime"
	"sync"

	pkgbrowser "github.com/pkg/browser"
)

// Opener opens an address in a browser.
type Opener interface {
	Open(address string) error
}

// ErrNoBrowser is returned when there is no browser to open here.
var ErrNoBrowser = errors.New("no browser available")

// System opens addresses with the operating system's browser.
type System struct{}

func init() {
	// pkg/browser writes what the opener prints to the terminal, over the
	// wizard's screen; nobody needs to read it.
	pkgbrowser.Stdout = io.Discard
	pkgbrowser.Stderr = io.Discard
}

// Open starts the browser at address. It blocks until the opener returns,
// so the wizard calls it from a command, never from Update.
func (System) Open(address string) error {
	return pkgbrowser.OpenURL(address)
}

// Available reports whether a graphical browser can be started. On Linux
// and the BSDs without a display, xdg-open would start a text-mode browser
// inside the wizard's terminal; there the person gets the address instead.
func Available(goos string, getenv func(string) string) bool {
	switch goos {
	case "windows", "darwin":
		return true
	}
	return getenv("DISPLAY") != "" || getenv("WAYLAND_DISPLAY") != ""
}

// Here reports whether a browser can be started on this machine.
func Here(getenv func(string) string) bool { return Available(runtime.GOOS, getenv) }

// Stub records the addresses it is asked to open, for tests. The wizard
// opens from a command's goroutine, hence the lock.
type Stub struct {
	Err error

	mu     sync.Mutex
	opened []string
}

// Open records address and returns s.Err.
func (s *Stub) Open(address string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.opened = append(s.opened, address)
	return s.Err
}

// Opened returns the addresses opened so far.
func (s *Stub) Opened() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.opened...)
}
