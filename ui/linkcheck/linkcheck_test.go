package linkcheck

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// needCurl skips when curl is missing, with how to install it; under
// CI=true it fails instead, because CI installs it.
func needCurl(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("curl"); err == nil {
		return
	}
	msg := "curl is not installed (apt-get install curl); check-links asks through it"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

func TestCheck(t *testing.T) {
	needCurl(t)
	var agent atomic.Value
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		agent.Store(r.Header.Get("User-Agent"))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ok", http.StatusFound)
	})
	mux.HandleFunc("/gone", http.NotFound)
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

	c := Checker{UserAgent: "bezwaarwijzer-test/1", Timeout: time.Second}
	addresses := []string{srv.URL + "/ok", srv.URL + "/moved", srv.URL + "/gone", srv.URL + "/broken", srv.URL + "/slow", closedURL + "/x"}
	start := time.Now()
	results, err := c.Check(context.Background(), addresses)
	if err != nil {
		t.Fatal(err)
	}
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

func TestNoCurl(t *testing.T) {
	_, err := Checker{Curl: "/nonexistent/curl"}.Check(context.Background(), []string{"https://www.facebook.com/"})
	if err != nil {
		t.Fatalf("a missing curl binary given by path should give a result per address, got %v", err)
	}
	t.Setenv("PATH", t.TempDir())
	if _, err := (Checker{}).Check(context.Background(), nil); !errors.Is(err, ErrNoCurl) {
		t.Errorf("without curl on the PATH: %v, want ErrNoCurl", err)
	}
}

// TestAddressIsNotAnOption: an address can never be read as one of curl's
// options.
func TestAddressIsNotAnOption(t *testing.T) {
	needCurl(t)
	results, _ := Checker{Timeout: time.Second}.Check(context.Background(), []string{"--output=/tmp/bezwaarwijzer-pwned"})
	if _, err := os.Stat("/tmp/bezwaarwijzer-pwned"); err == nil {
		os.Remove("/tmp/bezwaarwijzer-pwned")
		t.Fatal("an address was taken as an option")
	}
	if results[0].OK() || !strings.Contains(results[0].Address, "--output") {
		t.Errorf("got %+v", results[0])
	}
}
