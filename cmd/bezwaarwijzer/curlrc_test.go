package main

import (
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestCheckLinksIgnoresCurlrc: a volunteer's own .curlrc does not change
// what check-links reports. Here it would make curl follow redirects by
// itself (so a moved form would look as if it answered) and send a header
// of its own. Through the built program, with curl on the PATH; a small
// wrapper only points curl at the local test servers, after its first
// argument, as a volunteer's curl would get it.
func TestCheckLinksIgnoresCurlrc(t *testing.T) {
	needTool(t, "curl", "apt-get install curl")
	needTool(t, "sh", "a POSIX shell")
	realCurl, _ := exec.LookPath("curl")
	g, _ := content.Load("nl")
	fb := g.App("facebook")
	var fromCurlrc atomic.Bool
	ls := newLinkServers(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Curlrc") != "" {
			fromCurlrc.Store(true)
		}
		if strings.HasPrefix(fb.Form.String(), "https://"+r.Host+r.URL.Path) {
			http.Redirect(w, r, "https://www.facebook.com/login/", http.StatusFound)
		}
	}))

	home := t.TempDir()
	curlrc := "location\nheader = \"X-Curlrc: read\"\n"
	if err := os.WriteFile(filepath.Join(home, ".curlrc"), []byte(curlrc), 0o600); err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	writeScript(t, filepath.Join(bin, "curl"), `first="$1"; shift; exec `+shq(realCurl)+` "$first" `+quoteArgs(ls.args...)+` "$@"`+"\n")
	env := []string{"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"), "HOME=" + home, "XDG_CONFIG_HOME=" + home, "CURL_HOME=" + home}

	code, stdout, stderr := runBuilt(t, env, nil, "--lang", "nl", "check-links")
	nl := i18n.MustNew("nl")
	if code != exitOK {
		t.Errorf("exit %d, want %d; stderr %q", code, exitOK, stderr)
	}
	for _, want := range []string{
		nl.T("links.redirected", i18n.Data{"App": fb.Name}),
		nl.T("links.location", i18n.Data{"Address": "https://www.facebook.com/login/"}),
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the output does not say %q: the .curlrc changed the result\n%s", want, stdout)
		}
	}
	if fromCurlrc.Load() {
		t.Error("curl read the .curlrc: its header reached the site")
	}
}
