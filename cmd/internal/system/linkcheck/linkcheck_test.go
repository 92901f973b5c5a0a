package linkcheck

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
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

func checked(t *testing.T, raw string) address.Checked {
	t.Helper()
	c, err := content.AllowList().Check(raw)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// asked records which hosts and paths a test server was asked for.
type asked struct {
	mu   sync.Mutex
	seen []string
}

func (a *asked) add(r *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	scheme := "https"
	if r.TLS == nil {
		scheme = "http"
	}
	a.seen = append(a.seen, scheme+"://"+r.Host+r.URL.Path)
}

func (a *asked) list() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return slices.Clone(a.seen)
}

func TestCheck(t *testing.T) {
	needCurl(t)
	var log asked
	var agent sync.Map
	release := make(chan struct{})
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.add(r)
		agent.Store(r.Header.Get("User-Agent"), true)
		switch r.URL.Path {
		case "/ok":
		case "/gone":
			w.WriteHeader(http.StatusGone)
		case "/missing":
			http.NotFound(w, r)
		case "/broken":
			w.WriteHeader(http.StatusServiceUnavailable)
		case "/moved":
			http.Redirect(w, r, "https://help.meta.com/ok", http.StatusMovedPermanently)
		case "/relative":
			http.Redirect(w, r, "/ok", http.StatusFound)
		case "/moved-to-gone":
			http.Redirect(w, r, "https://help.instagram.com/missing", http.StatusFound)
		case "/to-http":
			http.Redirect(w, r, "http://www.facebook.com/ok", http.StatusFound)
		case "/off-list":
			http.Redirect(w, r, "https://evil.example/ok", http.StatusFound)
		case "/look-alike":
			http.Redirect(w, r, "https://www.facebook.com.evil.example/ok", http.StatusFound)
		case "/escape":
			w.Header().Set("Location", "https://www.facebook.com/\x1b]2;owned\x07")
			w.WriteHeader(http.StatusFound)
		case "/port":
			http.Redirect(w, r, "https://www.facebook.com:8443/ok", http.StatusFound)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/slow":
			select {
			case <-release:
			case <-r.Context().Done():
			}
		}
	})
	srv := httptest.NewTLSServer(handler)
	defer srv.Close()
	defer close(release)
	plain := httptest.NewServer(handler)
	defer plain.Close()
	closed := httptest.NewServer(http.NotFoundHandler())
	closedHost := closed.Listener.Addr().String()
	closed.Close() // nothing listens there any more

	tls, web := srv.Listener.Addr().String(), plain.Listener.Addr().String()
	args := []string{"--insecure"} // the test server's own certificate
	for _, host := range []string{"www.facebook.com", "help.instagram.com", "help.meta.com", "evil.example", "www.facebook.com.evil.example"} {
		args = append(args, "--connect-to", host+":443:"+tls, "--connect-to", host+":80:"+web)
	}
	args = append(args, "--connect-to", "closed.facebook.com:443:"+closedHost)
	c := Checker{UserAgent: "bezwaarwijzer-test/1", Timeout: time.Second, Args: args}

	tests := []struct {
		address  string
		outcome  Outcome
		reason   Reason
		status   int
		location string
	}{
		{"https://www.facebook.com/ok", Answers, NoReason, 200, ""},
		{"https://www.facebook.com/gone", Gone, NoReason, 410, ""},
		{"https://www.facebook.com/missing", Gone, NoReason, 404, ""},
		{"https://www.facebook.com/broken", Unreachable, ErrorStatus, 503, ""},
		{"https://www.facebook.com/moved", Redirected, NoReason, 200, "https://help.meta.com/ok"},
		{"https://help.instagram.com/relative", Redirected, NoReason, 200, "https://help.instagram.com/ok"},
		{"https://www.facebook.com/moved-to-gone", Gone, NoReason, 404, "https://help.instagram.com/missing"},
		{"https://www.facebook.com/to-http", Unreachable, ToHTTP, 302, "http://www.facebook.com/ok"},
		{"https://www.facebook.com/off-list", Unreachable, OffList, 302, "https://evil.example/ok"},
		{"https://www.facebook.com/look-alike", Unreachable, OffList, 302, "https://www.facebook.com.evil.example/ok"},
		{"https://www.facebook.com/port", Unreachable, Unsafe, 302, "https://www.facebook.com:8443/ok"},
		{"https://www.facebook.com/loop", Unreachable, TooMany, 302, "https://www.facebook.com/loop"},
		{"https://www.facebook.com/slow", Unreachable, TimedOut, 0, ""},
		{"https://closed.facebook.com/x", Unreachable, NoAnswer, 0, ""},
	}
	forms := make([]address.Checked, len(tests))
	for i, tt := range tests {
		forms[i] = checked(t, tt.address)
	}
	start := time.Now()
	results, err := c.Check(context.Background(), forms)
	if err != nil {
		t.Fatal(err)
	}
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Errorf("the checks took %v: they should run at once, each with its own timeout", elapsed)
	}
	for i, r := range results {
		tt := tests[i]
		if r.Address != forms[i] {
			t.Errorf("result %d is for %s, want %s: the order must follow the addresses", i, r.Address, forms[i])
		}
		if r.Outcome != tt.outcome || r.Reason != tt.reason || r.Status != tt.status || r.Location != tt.location {
			t.Errorf("%s: got outcome %v, reason %v, status %d, location %q (%v); want %v, %v, %d, %q",
				tt.address, r.Outcome, r.Reason, r.Status, r.Location, r.Err, tt.outcome, tt.reason, tt.status, tt.location)
		}
	}
	for _, a := range log.list() {
		if strings.HasPrefix(a, "http:") || strings.Contains(a, "evil.example") {
			t.Errorf("asked for %s: only https, and only hosts on the allow-list, may be asked", a)
		}
	}
	agent.Range(func(k, _ any) bool {
		if k != "bezwaarwijzer-test/1" {
			t.Errorf("User-Agent %q, want the checker's", k)
		}
		return true
	})

	t.Run("a Location with a terminal escape", func(t *testing.T) {
		results, _ := c.Check(context.Background(), []address.Checked{checked(t, "https://www.facebook.com/escape")})
		r := results[0]
		if r.Outcome != Unreachable || r.Reason != Unsafe || !strings.HasPrefix(r.Location, "https://www.facebook.com/") {
			t.Fatalf("got %+v", r)
		}
		if strings.ContainsAny(r.Location, "\x1b\x07") {
			t.Errorf("the Location reaches the terminal with its escape: %q", r.Location)
		}
	})

	t.Run("a certificate that is not the site's", func(t *testing.T) {
		strict := c
		strict.Args = slices.DeleteFunc(slices.Clone(args), func(a string) bool { return a == "--insecure" })
		results, _ := strict.Check(context.Background(), []address.Checked{checked(t, "https://www.facebook.com/ok")})
		if r := results[0]; r.Outcome != Unreachable || r.Reason != Insecure {
			t.Errorf("got outcome %v, reason %v (%v), want Unreachable, Insecure", r.Outcome, r.Reason, r.Err)
		}
	})
}

// fakeCurl writes a curl that records its arguments, one a line, and
// answers 200.
func fakeCurl(t *testing.T) (curl, argsFile string) {
	t.Helper()
	dir := t.TempDir()
	curl, argsFile = filepath.Join(dir, "curl"), filepath.Join(dir, "args")
	script := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '" + argsFile + "'; done\nprintf '200 '\n"
	if err := os.WriteFile(curl, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return curl, argsFile
}

// TestCurlArguments: curl reads no configuration of the person's (-q must
// come first), asks over https only, redirects included, and follows none
// by itself.
func TestCurlArguments(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh to run a fake curl")
	}
	curl, argsFile := fakeCurl(t)
	results, err := Checker{Curl: curl}.Check(context.Background(), []address.Checked{checked(t, "https://www.facebook.com/x")})
	if err != nil || results[0].Outcome != Answers {
		t.Fatalf("got %+v, %v", results, err)
	}
	data, _ := os.ReadFile(argsFile)
	args := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(args) == 0 || args[0] != "-q" {
		t.Fatalf("curl's first argument is %q, want -q: %q", args[0], args)
	}
	joined := "\n" + strings.Join(args, "\n") + "\n"
	for _, want := range []string{"\n--proto\n=https\n", "\n--proto-redir\n=https\n", "\n--\nhttps://www.facebook.com/x\n"} {
		if !strings.Contains(joined, want) {
			t.Errorf("curl is not given %q: %q", strings.TrimSpace(want), args)
		}
	}
	for _, never := range []string{"-L", "--location", "--location-trusted", "-k", "--insecure"} {
		if slices.Contains(args, never) {
			t.Errorf("curl is given %s: %q", never, args)
		}
	}
}

// TestNeverAsksForAnAddressThatFails: an address that fails the check is
// not asked for at all.
func TestNeverAsksForAnAddressThatFails(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh to run a fake curl")
	}
	curl, argsFile := fakeCurl(t)
	wide, _ := address.NewAllowList("evil.example", "facebook.com")
	evil, err := wide.Check("https://evil.example/x")
	if err != nil {
		t.Fatal(err)
	}
	results, err := Checker{Curl: curl}.Check(context.Background(), []address.Checked{evil, {}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if r.Outcome != Unreachable || r.Reason != Refused {
			t.Errorf("%q: got %v, %v, want Unreachable, Refused", r.Address, r.Outcome, r.Reason)
		}
	}
	if _, err := os.Stat(argsFile); err == nil {
		data, _ := os.ReadFile(argsFile)
		t.Errorf("curl was run for an address that fails the check: %q", data)
	}
}

func TestNoCurl(t *testing.T) {
	fb := checked(t, "https://www.facebook.com/")
	results, err := Checker{Curl: "/nonexistent/curl"}.Check(context.Background(), []address.Checked{fb})
	if err != nil {
		t.Fatalf("a missing curl binary given by path should give a result per address, got %v", err)
	}
	if r := results[0]; r.Outcome != Unreachable || r.Reason != NoAnswer {
		t.Errorf("got %+v", r)
	}
	t.Setenv("PATH", t.TempDir())
	if _, err := (Checker{}).Check(context.Background(), nil); !errors.Is(err, ErrNoCurl) {
		t.Errorf("without curl on the PATH: %v, want ErrNoCurl", err)
	}
}

func TestClean(t *testing.T) {
	long := "https://www.facebook.com/" + strings.Repeat("a", 500)
	tests := []struct{ in, want string }{
		{"https://www.facebook.com/login/?next=%2Fhelp", "https://www.facebook.com/login/?next=%2Fhelp"},
		{"https://evil.example/\x1b]2;x\x07", "https://evil.example/%1B]2;x%07"},
		{"https://evil.example/\u202eexe", "https://evil.example/%E2%80%AEexe"},
		{"https://evil.example/a b\r\n", "https://evil.example/a%20b%0D%0A"},
		{long, long[:maxShown] + "..."},
		{long[:maxShown], long[:maxShown]},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
