package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/linkcheck"
)

// checkLinks runs check-links with curl pointed at a local TLS server for
// every form address (curl --connect-to), so that the real addresses are
// asked and the real internet never is.
func checkLinks(t *testing.T, handler http.Handler, lang string) result {
	t.Helper()
	needTool(t, "curl", "apt-get install curl")
	srv := httptest.NewTLSServer(handler)
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	g, _ := content.Load(lang)
	args := []string{"--insecure"} // the test server's own certificate
	for _, app := range g.FormApps() {
		form, _ := url.Parse(app.Form)
		args = append(args, "--connect-to", form.Hostname()+":443:"+u.Host)
	}
	var stdout, stderr bytes.Buffer
	a, _ := testApp(nil, nil, true, &stdout, &stderr)
	a.linkChecker = linkcheck.Checker{Args: args}
	code := a.run(context.Background(), []string{"--lang", lang, "check-links"})
	return result{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

func TestCheckLinks(t *testing.T) {
	g, _ := content.Load("nl")
	fb, ig := g.App("facebook"), g.App("instagram")
	nl := i18n.MustNew("nl")
	path := func(address string) string { u, _ := url.Parse(address); return u.Path }

	t.Run("all answer", func(t *testing.T) {
		var mu sync.Mutex
		seen := map[string]string{}
		r := checkLinks(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			defer mu.Unlock()
			seen[r.URL.Path] = r.Header.Get("User-Agent")
		}), "nl")
		if r.code != exitOK {
			t.Errorf("exit %d: %s", r.code, r.stderr)
		}
		for _, app := range []*content.App{fb, ig} {
			if ua, ok := seen[path(app.Form)]; !ok || !strings.HasPrefix(ua, "bezwaarwijzer/") {
				t.Errorf("%s was not asked, or without a clear User-Agent (%q)", app.Form, ua)
			}
			if !strings.Contains(r.stdout, nl.T("links.ok", i18n.Data{"App": app.Name})) || !strings.Contains(r.stdout, app.Form) {
				t.Errorf("no verdict for %s:\n%s", app.Name, r.stdout)
			}
		}
		if !strings.Contains(r.stdout, nl.T("links.all_ok")) {
			t.Errorf("no summary:\n%s", r.stdout)
		}
	})

	t.Run("one is gone", func(t *testing.T) {
		r := checkLinks(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == path(ig.Form) {
				http.NotFound(w, r)
			}
		}), "nl")
		if r.code != exitFail {
			t.Errorf("exit %d, want %d", r.code, exitFail)
		}
		if !strings.Contains(r.stdout, nl.T("links.ok", i18n.Data{"App": fb.Name})) ||
			!strings.Contains(r.stdout, nl.T("links.not_found", i18n.Data{"App": ig.Name, "Status": 404})) {
			t.Errorf("wrong verdicts:\n%s", r.stdout)
		}
		if !strings.Contains(r.stderr, nl.T("links.some_fail")) {
			t.Errorf("stderr %q does not say what to do", r.stderr)
		}
	})

	t.Run("server error, in English", func(t *testing.T) {
		en := i18n.MustNew("en")
		r := checkLinks(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusServiceUnavailable)
		}), "en")
		if r.code != exitFail || !strings.Contains(r.stdout, en.T("links.error_status", i18n.Data{"App": fb.Name, "Status": 503})) {
			t.Errorf("exit %d:\n%s", r.code, r.stdout)
		}
		if goErrors.MatchString(r.stdout + r.stderr) {
			t.Errorf("a Go error reached the person:\n%s%s", r.stdout, r.stderr)
		}
	})
}

func TestKioskFlags(t *testing.T) {
	nl := i18n.MustNew("nl")
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--idle", "5m"}, exitUsage, nl.T("error.idle_without_kiosk")},
		{[]string{"--kiosk", "--idle", "straks"}, exitUsage, nl.T("error.bad_flag", i18n.Data{"Flag": "--idle"})},
		{[]string{"--kiosk", "--idle", "0s"}, exitUsage, nl.T("error.idle_too_short")},
		// Valid flags reach the wizard, which needs a terminal.
		{[]string{"--kiosk", "--idle", "90s"}, exitFail, nl.T("error.no_terminal")},
		{[]string{"--kiosk"}, exitFail, nl.T("error.no_terminal")},
	}
	for _, c := range cases {
		r := run(t, nil, nil, true, c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, r.code, r.stderr, c.code, c.want)
		}
		if goErrors.MatchString(r.stderr) {
			t.Errorf("%v: a Go error reached the person: %s", c.args, r.stderr)
		}
	}
}

// TestCheckLinksWithoutCurl: without curl, check-links says what to do.
func TestCheckLinksWithoutCurl(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	nl := i18n.MustNew("nl")
	r := run(t, nil, nil, true, "check-links")
	if r.code != exitFail || !strings.Contains(r.stderr, nl.T("links.no_curl")) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}
