package linkcheck

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestCheck(t *testing.T) {
	var agent atomic.Value
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		agent.Store(r.Header.Get("User-Agent"))
		w.WriteHeader(http.StatusOK)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ok", http.StatusFound)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.NotFound(w, r)
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusInternalServerError)
	})
	release := make(chan struct{})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	defer close(release)

	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close() // nothing listens there any more

	c := Checker{Client: srv.Client(), UserAgent: "bezwaarwijzer-test/1", Timeout: 200 * time.Millisecond}
	addresses := []string{srv.URL + "/ok", srv.URL + "/moved", srv.URL + "/gone", srv.URL + "/broken", srv.URL + "/slow", closedURL + "/x"}
	start := time.Now()
	results := c.Check(context.Background(), addresses)
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Errorf("the checks took %v: they should run at once, each with its own timeout", elapsed)
	}
	want := []struct {
		ok       bool
		status   int
		timedOut bool
		noAnswer bool
	}{
		{ok: true, status: 200},
		{ok: true, status: 200},
		{status: 404},
		{status: 500},
		{timedOut: true, noAnswer: true},
		{noAnswer: true},
	}
	for i, r := range results {
		w := want[i]
		if r.Address != addresses[i] {
			t.Errorf("result %d is for %s, want %s: the order must follow the addresses", i, r.Address, addresses[i])
		}
		if r.OK() != w.ok || r.Status != w.status || r.TimedOut != w.timedOut || (r.Err != nil) != w.noAnswer {
			t.Errorf("%s: got ok=%v status=%d timedOut=%v err=%v, want %+v", r.Address, r.OK(), r.Status, r.TimedOut, r.Err, w)
		}
	}
	if got, _ := agent.Load().(string); got != "bezwaarwijzer-test/1" {
		t.Errorf("User-Agent %q, want the checker's", got)
	}
}

func TestBadAddress(t *testing.T) {
	r := Checker{}.Check(context.Background(), []string{"://nonsense"})[0]
	if r.OK() || r.Err == nil || !strings.Contains(r.Address, "nonsense") {
		t.Errorf("a bad address gave %+v", r)
	}
}
