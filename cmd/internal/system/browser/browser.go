// Package browser opens an objection form, or a page the program wrote, in
// the person's web browser. It is the only way the program sends a person
// to the internet, and it checks every form address itself, against the
// allow-list built into the program, just before it opens it: no face can
// forget the check.
package browser

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	pkgbrowser "github.com/pkg/browser"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
)

// Opener opens addresses in a browser. A form's address can only be
// given as a checked address; a page the program wrote has its own way,
// so that the way to a form stays strict.
type Opener interface {
	// Open opens an objection form's address, after checking it again.
	Open(form address.Checked) error
	// OpenPage opens a page that the program wrote to a local file: the
	// printable steps.
	OpenPage(path string) error
}

var (
	// ErrNoBrowser is returned when there is no browser to open here.
	ErrNoBrowser = errors.New("no browser available")
	// ErrRefused is returned for an address or page the opener will not
	// open.
	ErrRefused = errors.New("browser: refused to open")
)

// System opens addresses with the operating system's browser.
type System struct {
	// Allow is the allow-list every form's address is checked against
	// again: the guide's (content.Guide.Allow), which the command line
	// loaded once and hands down. The zero list reads the built-in one
	// when an address is opened, so that no System opens an address
	// unchecked.
	Allow address.AllowList
	// launch starts the browser; nil is the system's. Tests record.
	launch func(url string) error
}

func init() {
	// pkg/browser writes what the opener prints to the terminal, over the
	// wizard's screen; nobody needs to read it.
	pkgbrowser.Stdout = io.Discard
	pkgbrowser.Stderr = io.Discard
}

// Open checks form once more against the built-in allow-list, then starts
// the browser at it. It blocks until the opener returns, so the wizard
// calls it from a command, never from Update.
func (s System) Open(form address.Checked) error {
	checked, err := checkForm(s.allowList(), form)
	if err != nil {
		return err
	}
	return s.start(checked.String())
}

// OpenPage opens a page the program wrote: an HTML file that exists, and
// no link, device or folder.
func (s System) OpenPage(path string) error {
	u, err := pageURL(path)
	if err != nil {
		return err
	}
	return s.start(u)
}

func (s System) start(u string) error {
	if s.launch != nil {
		return s.launch(u)
	}
	return pkgbrowser.OpenURL(u)
}

// checkForm passes a form's address through the check again. The type
// already says it passed once; this keeps the promise should a zero or
// otherwise made value ever reach here.
func checkForm(allow address.AllowList, form address.Checked) (address.Checked, error) {
	checked, err := allow.Check(form.String())
	if err != nil {
		return address.Checked{}, fmt.Errorf("%w: %w", ErrRefused, err)
	}
	return checked, nil
}

// allowList is the list a form is checked against: the one given, or
// the built-in one.
func (s System) allowList() address.AllowList {
	if len(s.Allow.Hosts()) == 0 {
		return content.AllowList()
	}
	return s.Allow
}

// pageURL makes the file:// address of a page the program wrote.
func pageURL(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrRefused, err)
	}
	info, err := os.Lstat(abs)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrRefused, err)
	}
	if !info.Mode().IsRegular() || !strings.EqualFold(filepath.Ext(abs), ".html") {
		return "", fmt.Errorf("%w: %s is not an HTML file", ErrRefused, abs)
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	if !strings.HasPrefix(u.Path, "/") {
		u.Path = "/" + u.Path // a Windows path: file:///C:/...
	}
	return u.String(), nil
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

// Stub records what it is asked to open, for tests: a form's address, or
// a page's file:// address. It refuses what System refuses, and records
// only what System would have opened. The wizard opens from a command's
// goroutine, hence the lock.
type Stub struct {
	Err error

	mu     sync.Mutex
	opened []string
}

// Open checks form as System does, records it, and returns s.Err.
func (s *Stub) Open(form address.Checked) error {
	checked, err := checkForm(content.AllowList(), form)
	if err != nil {
		return err
	}
	return s.record(checked.String())
}

// OpenPage checks path as System does, records its file:// address, and
// returns s.Err.
func (s *Stub) OpenPage(path string) error {
	u, err := pageURL(path)
	if err != nil {
		return err
	}
	return s.record(u)
}

func (s *Stub) record(u string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.opened = append(s.opened, u)
	return s.Err
}

// Opened returns the addresses opened so far.
func (s *Stub) Opened() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.opened...)
}
