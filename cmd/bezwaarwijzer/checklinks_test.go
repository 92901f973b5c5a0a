package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/linkcheck"
	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// linkRun is a run of check-links, and what the test servers were asked.
type linkRun struct {
	result
	asked []string // "https://host/path" or "http://host/path"
}

// linkServers are a local TLS server and a plain HTTP server, both with
// handler, that curl reaches for every form's host (curl --connect-to), and
// for evil.example, a host off the allow-list: so the real addresses are
// asked and the real internet never is.
type linkServers struct {
	mu    sync.Mutex
	asked []string
	args  []string
}

func newLinkServers(t *testing.T, handler http.Handler) *linkServers {
	t.Helper()
	needTool(t, "curl", "apt-get install curl")
	ls := &linkServers{}
	record := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		scheme := "https"
		if r.TLS == nil {
			scheme = "http"
		}
		ls.mu.Lock()
		ls.asked = append(ls.asked, scheme+"://"+r.Host+r.URL.Path)
		ls.mu.Unlock()
		handler.ServeHTTP(w, r)
	})
	tls := httptest.NewTLSServer(record)
	t.Cleanup(tls.Close)
	plain := httptest.NewServer(record)
	t.Cleanup(plain.Close)
	g, _ := content.Load("nl")
	hosts := []string{"evil.example"}
	for _, app := range g.FormApps() {
		hosts = append(hosts, app.Form.Host())
	}
	ls.args = []string{"--insecure"} // the test server's own certificate
	for _, h := range hosts {
		ls.args = append(ls.args, "--connect-to", h+":443:"+tls.Listener.Addr().String(), "--connect-to", h+":80:"+plain.Listener.Addr().String())
	}
	return ls
}

func (ls *linkServers) seen() []string {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	return slices.Clone(ls.asked)
}

// checkLinks runs check-links in lang against handler.
func checkLinks(t *testing.T, handler http.Handler, lang string) linkRun {
	t.Helper()
	ls := newLinkServers(t, handler)
	var stdout, stderr bytes.Buffer
	a, _ := testApp(nil, nil, true, &stdout, &stderr)
	a.linkChecker = linkcheck.Checker{Args: ls.args}
	code := a.run(context.Background(), []string{"--lang", lang, "check-links"})
	return linkRun{result{code: code, stdout: stdout.String(), stderr: stderr.String()}, ls.seen()}
}

// TestCheckLinks: one of four outcomes per form, each in the person's
// words, with the right exit code; only https, and only hosts on the
// allow-list, are ever asked.
func TestCheckLinks(t *testing.T) {
	g, _ := content.Load("nl")
	fb, ig := g.App("facebook"), g.App("instagram")
	nl, en := i18n.MustNew("nl"), i18n.MustNew("en")
	path := func(a *content.App) string { u, _ := url.Parse(a.Form.String()); return u.Path }
	// redirect sends Facebook's form to location, and lets Instagram's
	// answer.
	redirect := func(location string) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == path(fb) {
				http.Redirect(w, r, location, http.StatusFound)
			}
		})
	}
	status := func(code int) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == path(ig) {
				w.WriteHeader(code)
			}
		})
	}
	verdict := func(tr *i18n.Translator, id string, app *content.App, status int) string {
		return tr.T(id, i18n.Data{"App": app.Name, "Status": status, "Seconds": int(linkcheck.Timeout.Seconds())})
	}
	located := func(tr *i18n.Translator, address string) string {
		return tr.T("links.location", i18n.Data{"Address": address})
	}

	tests := []struct {
		name    string
		lang    string
		handler http.Handler
		code    int
		want    []string
		notWant []string
		stderr  string
	}{
		{
			name: "both answer", lang: "nl",
			handler: http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}),
			code:    exitOK,
			want: []string{verdict(nl, "links.answers", fb, 0), fb.Form.String(), verdict(nl, "links.answers", ig, 0), ig.Form.String(),
				nl.T("links.all_answer")},
			notWant: []string{"Stuurt door naar"},
		},
		{
			name: "404", lang: "nl", handler: status(http.StatusNotFound), code: exitFail,
			want:    []string{verdict(nl, "links.answers", fb, 0), verdict(nl, "links.gone", ig, 404)},
			notWant: []string{nl.T("links.all_answer")},
			stderr:  nl.T("links.some_fail", i18n.Data{"App": "facebook"}),
		},
		{
			name: "410", lang: "en", handler: status(http.StatusGone), code: exitFail,
			want:   []string{verdict(en, "links.gone", ig, 410)},
			stderr: en.T("links.some_fail", i18n.Data{"App": "facebook"}),
		},
		{
			name: "server error", lang: "en", handler: status(http.StatusServiceUnavailable), code: exitFail,
			want: []string{verdict(en, "links.error_status", ig, 503)},
		},
		{
			name: "redirect within the allow-list", lang: "nl",
			handler: redirect("https://www.facebook.com/login/?next=%2Fhelp%2Fcontact"),
			code:    exitOK,
			want: []string{verdict(nl, "links.redirected", fb, 200), fb.Form.String(),
				located(nl, "https://www.facebook.com/login/?next=%2Fhelp%2Fcontact"), nl.T("links.check_redirected"),
				verdict(nl, "links.answers", ig, 0)},
			notWant: []string{nl.T("links.all_answer")},
		},
		{
			name: "redirect from https to http", lang: "nl",
			handler: redirect("http://evil.example/x"),
			code:    exitFail,
			want:    []string{verdict(nl, "links.to_http", fb, 302), located(nl, "http://evil.example/x")},
			notWant: []string{verdict(nl, "links.answers", fb, 0), nl.T("links.all_answer")},
			stderr:  nl.T("links.some_fail", i18n.Data{"App": "facebook"}),
		},
		{
			name: "redirect to http on the same host", lang: "en",
			handler: redirect("http://www.facebook.com/help/contact/712876720715583"),
			code:    exitFail,
			want:    []string{verdict(en, "links.to_http", fb, 302)},
		},
		{
			name: "redirect off the allow-list", lang: "nl",
			handler: redirect("https://evil.example/form"),
			code:    exitFail,
			want:    []string{verdict(nl, "links.off_list", fb, 302), located(nl, "https://evil.example/form")},
			stderr:  nl.T("links.some_fail", i18n.Data{"App": "facebook"}),
		},
		{
			name: "redirect to a look-alike host", lang: "nl",
			handler: redirect("https://www.facebook.com.evil.example/form"),
			code:    exitFail,
			want:    []string{verdict(nl, "links.off_list", fb, 302)},
		},
		{
			name: "a Location with a terminal escape", lang: "nl",
			handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == path(fb) {
					w.Header().Set("Location", "https://www.facebook.com/\x1b]2;owned\x07")
					w.WriteHeader(http.StatusFound)
				}
			}),
			code:    exitFail,
			want:    []string{verdict(nl, "links.unsafe", fb, 302), "https://www.facebook.com/"},
			notWant: []string{"\x1b", "\x07"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := checkLinks(t, tt.handler, tt.lang)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", r.code, tt.code, r.stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("the output does not say %q:\n%s", w, r.stdout)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(r.stdout, w) {
					t.Errorf("the output says %q:\n%s", w, r.stdout)
				}
			}
			if !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr %q does not say %q", r.stderr, tt.stderr)
			}
			if goErrors.MatchString(r.stdout + r.stderr) {
				t.Errorf("a Go error reached the person:\n%s%s", r.stdout, r.stderr)
			}
			for _, a := range r.asked {
				if strings.HasPrefix(a, "http:") || strings.Contains(a, "evil.example") {
					t.Errorf("asked for %s: only https, and only hosts on the allow-list, may be asked", a)
				}
			}
			if !slices.Contains(r.asked, "https://"+fb.Form.Host()+path(fb)) || !slices.Contains(r.asked, "https://"+ig.Form.Host()+path(ig)) {
				t.Errorf("the forms were not both asked: %v", r.asked)
			}
		})
	}
}

// TestCheckLinksNoAnswer: where nothing answers, check-links says so, and
// asks whether there is internet.
func TestCheckLinksNoAnswer(t *testing.T) {
	needTool(t, "curl", "apt-get install curl")
	closed := httptest.NewServer(http.NotFoundHandler())
	addr := closed.Listener.Addr().String()
	closed.Close() // nothing listens there any more
	g, _ := content.Load("nl")
	var args []string
	for _, app := range g.FormApps() {
		args = append(args, "--connect-to", app.Form.Host()+":443:"+addr)
	}
	var stdout, stderr bytes.Buffer
	a, _ := testApp(nil, nil, true, &stdout, &stderr)
	a.linkChecker = linkcheck.Checker{Args: args}
	code := a.run(context.Background(), []string{"--lang", "nl", "check-links"})
	nl := i18n.MustNew("nl")
	for _, app := range g.FormApps() {
		if want := nl.T("links.no_answer", i18n.Data{"App": app.Name}); !strings.Contains(stdout.String(), want) {
			t.Errorf("the output does not say %q:\n%s", want, stdout.String())
		}
	}
	if code != exitFail || !strings.Contains(stderr.String(), nl.T("links.some_fail", i18n.Data{"App": "facebook"})) {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
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
