// Package linkcheck asks whether the objection forms' addresses still
// answer, so that a volunteer can check before a session. It is the only
// part of the program that goes on the network, and only when asked.
//
// It asks through curl, which comes with Windows 10 and 11 and with macOS,
// and with almost every Linux. That keeps an HTTPS client (some 4 MiB of
// TLS and HTTP code) out of the program: the wizard that runs on a kiosk
// laptop cannot reach the network by itself, by construction.
package linkcheck

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Timeout is how long one address may take to answer.
const Timeout = 10 * time.Second

// ErrNoCurl is returned when curl cannot be found.
var ErrNoCurl = errors.New("curl not found")

// Result is what one address did.
type Result struct {
	Address string
	// Status is the HTTP status of the answer, after redirects; 0 when
	// there was no answer.
	Status int
	// Err is set when there was no answer: no network, no such host, or
	// no answer within the timeout.
	Err error
	// TimedOut is set when the answer did not come in time.
	TimedOut bool
}

// OK reports whether the address answered without an error status. A
// form that asks to log in first answers too: that is how it works.
func (r Result) OK() bool { return r.Err == nil && r.Status > 0 && r.Status < 400 }

// Checker asks addresses.
type Checker struct {
	// Curl is the curl program; empty means the one on the PATH.
	Curl      string
	UserAgent string
	Timeout   time.Duration
	// Args are extra arguments for curl, for tests: where to connect.
	Args []string
}

// Check asks every address at once and returns the results in the order
// given. It fails only when there is no curl to ask with.
func (c Checker) Check(ctx context.Context, addresses []string) ([]Result, error) {
	curl := c.Curl
	if curl == "" {
		var err error
		if curl, err = exec.LookPath("curl"); err != nil {
			return nil, ErrNoCurl
		}
	}
	results := make([]Result, len(addresses))
	var wg sync.WaitGroup
	for i, address := range addresses {
		wg.Go(func() { results[i] = c.check(ctx, curl, address) })
	}
	wg.Wait()
	return results, nil
}

// curlTimedOut is curl's exit status for "operation timed out".
const curlTimedOut = 28

func (c Checker) check(ctx context.Context, curl, address string) Result {
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = Timeout
	}
	r := Result{Address: address}
	// curl keeps its own time; this is in case it hangs all the same.
	ctx, cancel := context.WithTimeout(ctx, timeout+5*time.Second)
	defer cancel()
	args := []string{
		"--silent", "--show-error",
		"--location", "--max-redirs", "5",
		"--max-time", strconv.FormatFloat(timeout.Seconds(), 'f', -1, 64),
		"--user-agent", c.UserAgent,
		"--output", os.DevNull,
		"--write-out", "%{http_code}",
	}
	args = append(append(args, c.Args...), "--", address)
	cmd := exec.CommandContext(ctx, curl, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit) && exit.ExitCode() == curlTimedOut, ctx.Err() == context.DeadlineExceeded:
		r.Err, r.TimedOut = fmt.Errorf("no answer within %v", timeout), true
		return r
	case err != nil:
		r.Err = fmt.Errorf("curl: %v: %s", err, strings.TrimSpace(errOut.String()))
		return r
	}
	status, err := strconv.Atoi(strings.TrimSpace(out.String()))
	if err != nil || status == 0 {
		r.Err = fmt.Errorf("no HTTP answer (%q)", out.String())
		return r
	}
	r.Status = status
	return r
}
