// Package linkcheck asks whether the objection forms' addresses still
// answer, so that a volunteer can check before a session. It is the only
// part of the program that goes on the network, and only when asked.
//
// It asks through curl, which comes with Windows 10 and 11 and with macOS,
// and with almost every Linux. That keeps an HTTPS client (some 4 MiB of
// TLS and HTTP code) out of the program: the wizard that runs on a kiosk
// laptop cannot reach the network by itself, by construction.
//
// curl is told to use https only and not to follow redirects. This package
// follows them itself, one at a time, and checks each new address against
// the allow-list before it asks for it: it never asks a host off the list,
// nor anything over http. That also tells a volunteer where a form went.
package linkcheck

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
)

// Timeout is how long one address may take to answer.
const Timeout = 10 * time.Second

// MaxRedirects is how many redirects are followed before giving up.
const MaxRedirects = 5

// ErrNoCurl is returned when curl cannot be found.
var ErrNoCurl = errors.New("curl not found")

// Outcome is what a volunteer learns about one form: one of four.
type Outcome int

const (
	// Unreachable: no answer, a failed secure connection, an error from
	// the site, or a redirect that is not followed (to http, or off the
	// allow-list). Reason says which. It is the zero value: knowing
	// nothing is not good news.
	Unreachable Outcome = iota
	// Answers: the address itself answers. A page that answers may still
	// be a login page, or say that the form is gone.
	Answers
	// Redirected: the site sends the person on, and the last address
	// answers. Location says where.
	Redirected
	// Gone: the site says the page is not there (404) or gone (410).
	Gone
)

// Reason says why a form could not be reached.
type Reason int

// Reasons for Unreachable.
const (
	NoReason    Reason = iota
	NoAnswer           // no network, no such host, no connection
	TimedOut           // no answer within the timeout
	Insecure           // the secure connection failed (TLS)
	ErrorStatus        // the site answered with an error status
	ToHTTP             // a redirect to plain http
	OffList            // a redirect to a host that is not on the allow-list
	Unsafe             // a redirect to an address that fails the check otherwise
	TooMany            // more than MaxRedirects redirects
	Refused            // the address itself fails the check; never asked
)

// Result is what one form's address did.
type Result struct {
	Address address.Checked
	Outcome Outcome
	Reason  Reason
	// Status is the last HTTP status; 0 when there was no answer.
	Status int
	// Location is where the site sent the person, when it redirected:
	// the last address asked, or the one refused. It is cleaned for a
	// terminal: printable ASCII only, shortened when very long.
	Location string
	// Err says what went wrong, for a developer.
	Err error
}

// Checker asks addresses.
type Checker struct {
	// Curl is the curl program; empty means the one on the PATH.
	Curl      string
	UserAgent string
	Timeout   time.Duration
	// Args are extra arguments for curl, for tests: where to connect.
	Args []string
	// Allow is the allow-list every address is checked against before it
	// is asked for: the guide's (content.Guide.Allow), which the command
	// line loaded once and hands down. The zero list reads the built-in
	// one, so that no Checker asks an address unchecked.
	Allow address.AllowList
}

// Check asks every form at once and returns the results in the order
// given. It fails only when there is no curl to ask with.
func (c Checker) Check(ctx context.Context, forms []address.Checked) ([]Result, error) {
	curl := c.Curl
	if curl == "" {
		var err error
		if curl, err = exec.LookPath("curl"); err != nil {
			return nil, ErrNoCurl
		}
	}
	if len(c.Allow.Hosts()) == 0 {
		c.Allow = content.AllowList()
	}
	results := make([]Result, len(forms))
	var wg sync.WaitGroup
	for i, form := range forms {
		wg.Go(func() { results[i] = c.check(ctx, curl, form) })
	}
	wg.Wait()
	return results, nil
}

func (c Checker) check(ctx context.Context, curl string, form address.Checked) Result {
	r := Result{Address: form}
	// The same check as the browser's, again, before anything is asked.
	current, err := c.Allow.Check(form.String())
	if err != nil {
		r.Reason, r.Err = Refused, err
		return r
	}
	for hop := 0; ; hop++ {
		a := c.ask(ctx, curl, current.String())
		r.Status, r.Err = a.status, a.err
		if hop > 0 {
			r.Location = Clean(current.String())
		}
		if a.reason != NoReason {
			r.Reason = a.reason
			return r
		}
		if a.location == "" || a.status < 300 || a.status > 399 {
			switch {
			case a.status == 404 || a.status == 410:
				r.Outcome = Gone
			case a.status >= 400:
				r.Reason = ErrorStatus
			case hop == 0:
				r.Outcome = Answers
			default:
				r.Outcome = Redirected
			}
			return r
		}
		r.Location = Clean(a.location)
		if hop == MaxRedirects {
			r.Reason = TooMany
			return r
		}
		next, err := c.Allow.Check(a.location)
		if err != nil {
			r.Reason, r.Err = redirectRefused(a.location, err), err
			return r
		}
		current = next
	}
}

// redirectRefused says why a redirect to location is not followed.
func redirectRefused(location string, err error) Reason {
	switch {
	case errors.Is(err, address.ErrNotHTTPS) && strings.HasPrefix(strings.ToLower(location), "http:"):
		return ToHTTP
	case errors.Is(err, address.ErrNotAllowed), errors.Is(err, address.ErrHost):
		return OffList
	}
	return Unsafe
}

// answer is what one request gave.
type answer struct {
	status   int
	location string // the Location of a redirect, as curl made it absolute
	reason   Reason // set when there was no usable answer
	err      error
}

// curl's exit statuses for a timeout, and for failed secure connections.
const curlTimedOut = 28

var curlTLS = []int{35, 51, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91}

// ask asks one address, without following a redirect.
func (c Checker) ask(ctx context.Context, curl, address string) answer {
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = Timeout
	}
	// curl keeps its own time; this is in case it hangs all the same.
	ctx, cancel := context.WithTimeout(ctx, timeout+5*time.Second)
	defer cancel()
	args := []string{
		// First, or curl reads the person's .curlrc, which could send it
		// elsewhere, follow redirects or switch checks off.
		"-q",
		"--silent", "--show-error",
		"--proto", "=https", "--proto-redir", "=https",
		"--max-time", strconv.FormatFloat(timeout.Seconds(), 'f', -1, 64),
		"--user-agent", c.UserAgent,
		"--output", os.DevNull,
		"--write-out", "%{http_code} %{redirect_url}",
	}
	args = append(append(args, c.Args...), "--", address)
	cmd := exec.CommandContext(ctx, curl, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit) && exit.ExitCode() == curlTimedOut, ctx.Err() == context.DeadlineExceeded:
		return answer{reason: TimedOut, err: fmt.Errorf("no answer within %v", timeout)}
	case errors.As(err, &exit) && slices.Contains(curlTLS, exit.ExitCode()):
		return answer{reason: Insecure, err: fmt.Errorf("curl: %v: %s", err, strings.TrimSpace(errOut.String()))}
	case err != nil:
		return answer{reason: NoAnswer, err: fmt.Errorf("curl: %v: %s", err, strings.TrimSpace(errOut.String()))}
	}
	code, location, _ := strings.Cut(out.String(), " ")
	status, err := strconv.Atoi(code)
	if err != nil || status == 0 {
		return answer{reason: NoAnswer, err: fmt.Errorf("no HTTP answer (%q)", out.String())}
	}
	return answer{status: status, location: strings.TrimSpace(location)}
}

// maxShown is how much of an address a volunteer is shown.
const maxShown = 300

// Clean makes an address from a site safe to print on a terminal: every
// byte that is not printable ASCII is written as %XX, so no escape sequence
// or bidi control passes, and a very long address is shortened.
func Clean(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if b.Len() >= maxShown {
			return b.String()[:maxShown] + "..."
		}
		if c := s[i]; c > ' ' && c < 0x7f {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
