// Package linkcheck asks whether the objection forms' addresses still
// answer, so that a volunteer can check before a session. It is the only
// part of the program that uses the network itself, and only when asked.
package linkcheck

import (
	"context"
	"io"
	"net/http"
	"sync"
	"time"
)

// Timeout is how long one address may take to answer.
const Timeout = 10 * time.Second

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
	Client    *http.Client
	UserAgent string
	Timeout   time.Duration
}

// Check asks every address at once and returns the results in the order
// given.
func (c Checker) Check(ctx context.Context, addresses []string) []Result {
	results := make([]Result, len(addresses))
	var wg sync.WaitGroup
	for i, address := range addresses {
		wg.Go(func() { results[i] = c.check(ctx, address) })
	}
	wg.Wait()
	return results
}

func (c Checker) check(ctx context.Context, address string) Result {
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = Timeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	r := Result{Address: address}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, address, nil)
	if err != nil {
		r.Err = err
		return r
	}
	req.Header.Set("User-Agent", c.UserAgent)
	client := c.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		r.Err, r.TimedOut = err, ctx.Err() == context.DeadlineExceeded
		return r
	}
	defer resp.Body.Close()
	// Read a little, so that a server that answers its headers but then
	// hangs still counts as answering, and the connection closes cleanly.
	_, _ = io.CopyN(io.Discard, resp.Body, 64<<10)
	r.Status = resp.StatusCode
	return r
}
