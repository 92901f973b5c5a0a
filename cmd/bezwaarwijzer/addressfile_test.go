package main

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The address file (issue 11, point 4), through the built program: put
// beside it, as a library does for the program behind a desktop shortcut,
// or named with --forms.

const (
	newFacebookForm = "https://www.facebook.com/help/contact/111222333444"
	checkedByLine   = "Gecontroleerd op 3 december 2026 door Bibliotheek Testdorp."
)

// movedFacebook is an address file with a new address and route for
// Facebook.
const movedFacebook = `# Bijgewerkt door de bibliotheek.
[facebook]
adres = "` + newFacebookForm + `"
gecontroleerd = 2026-12-03
door = "Bibliotheek Testdorp"
weg = [
  "Open Facebook en tik op Menu.",
  "Tik op Privacy en dan op Bezwaar tegen AI.",
]
`

// programWith copies the built program into a folder of its own, with
// an address file beside it when file is not "", and returns the copy.
func programWith(t *testing.T, file string) string {
	t.Helper()
	src, err := os.Open(built(t))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dir := t.TempDir()
	bin := filepath.Join(dir, filepath.Base(built(t)))
	dst, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
	if file != "" {
		if err := os.WriteFile(filepath.Join(dir, "formulieren.toml"), []byte(file), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return bin
}

// runProgram runs bin with exactly env, and returns its exit code and
// output.
func runProgram(t *testing.T, bin string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errOut.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("%v: %v", args, err)
	}
	if goErrors.MatchString(r.stdout + r.stderr) {
		t.Errorf("%v: a Go error reached the person:\n%s%s", args, r.stdout, r.stderr)
	}
	return r
}

// dutchEnv is a Dutch environment with no browser; browse adds the fake
// one from bin.
func dutchEnv(t *testing.T, browse string) []string {
	env := []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
	if browse != "" {
		env = append(env, "DISPLAY=:0", "PATH="+browse+":"+os.Getenv("PATH"))
	}
	return env
}

// TestAddressFileBesideTheProgram: a formulieren.toml with a new Facebook
// address, beside the program, changes what text, open and handout show
// and open, and says once that it is in use.
func TestAddressFileBesideTheProgram(t *testing.T) {
	bin := programWith(t, movedFacebook)
	nl := i18n.MustNew("nl")
	builtin, _ := content.Load("nl")
	oldForm := builtin.App("facebook").Form.String()
	inUse := squeeze(nl.T("forms.in_use", i18n.Data{"Path": filepath.Join(filepath.Dir(bin), "formulieren.toml")}))

	says := func(t *testing.T, name string, r result, want ...string) {
		t.Helper()
		if r.code != exitOK || r.stderr != "" {
			t.Errorf("%s: exit %d, stderr %q", name, r.code, r.stderr)
		}
		out := normalise(r.stdout)
		for _, w := range want {
			if !strings.Contains(out, normalise(w)) {
				t.Errorf("%s does not say %q:\n%s", name, w, r.stdout)
			}
		}
		if n := strings.Count(squeeze(r.stdout), inUse); n != 1 {
			t.Errorf("%s says %d times that the file is in use, want once:\n%s", name, n, r.stdout)
		}
		if strings.Contains(r.stdout, oldForm) {
			t.Errorf("%s still shows the old address %s", name, oldForm)
		}
	}
	route := "1. Open Facebook en tik op Menu. 2. Tik op Privacy en dan op Bezwaar tegen AI."
	routeNote := "Deze weg in de app is van 3 december 2026."

	t.Run("text", func(t *testing.T) {
		r := runProgram(t, bin, dutchEnv(t, ""), "text")
		says(t, "text", r, newFacebookForm, checkedByLine, route, routeNote, builtin.Route.LastWay)
	})
	t.Run("open, no browser", func(t *testing.T) {
		r := runProgram(t, bin, dutchEnv(t, ""), "open", "facebook", "--no-browser")
		says(t, "open", r, newFacebookForm, checkedByLine, route, routeNote, builtin.Route.LastWay)
	})
	t.Run("open", func(t *testing.T) {
		browse, opened := fakeBrowser(t)
		r := runProgram(t, bin, dutchEnv(t, browse), "open", "facebook")
		says(t, "open", r, newFacebookForm, checkedByLine)
		if got := openedSoFar(t, opened); !slices.Equal(got, []string{newFacebookForm}) {
			t.Errorf("the browser was asked to open %q, want %s", got, newFacebookForm)
		}
	})
	t.Run("handout", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "stappen.html")
		r := runProgram(t, bin, dutchEnv(t, ""), "handout", "-o", out)
		if r.code != exitOK {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		page, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		r.stdout = pageWords(string(page))
		says(t, "handout", r, newFacebookForm, checkedByLine, "Open Facebook en tik op Menu.", routeNote, builtin.Route.LastWay)
	})
	t.Run("in English", func(t *testing.T) {
		en := i18n.MustNew("en")
		r := runProgram(t, bin, dutchEnv(t, ""), "--lang", "en", "open", "facebook", "--no-browser")
		out := normalise(r.stdout)
		// The file has the route in Dutch only: the newer route, in the
		// words the app shows here, beats the old one in English.
		for _, w := range []string{newFacebookForm, "Checked on 3 December 2026 by Bibliotheek Testdorp.", route,
			"This route is from 3 December 2026."} {
			if !strings.Contains(out, w) {
				t.Errorf("in English, open does not say %q:\n%s", w, r.stdout)
			}
		}
		if !strings.Contains(squeeze(r.stdout), squeeze(en.T("forms.in_use", i18n.Data{"Path": filepath.Join(filepath.Dir(bin), "formulieren.toml")}))) {
			t.Errorf("in English, open does not say the file is in use:\n%s", r.stdout)
		}
	})
	t.Run("through a link to the program", func(t *testing.T) {
		link := filepath.Join(t.TempDir(), "bezwaarwijzer")
		if err := os.Symlink(bin, link); err != nil {
			t.Skip("no symbolic links here:", err)
		}
		r := runProgram(t, link, dutchEnv(t, ""), "open", "facebook", "--no-browser")
		says(t, "open through a link", r, newFacebookForm, checkedByLine)
	})
}

// squeeze drops all white space: a long file name may be wrapped at a
// slash.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// pageWords is what a reader sees of a page: no tags, entities decoded.
func pageWords(page string) string {
	// A line break's place and an address's direction are inside a
	// sentence: they part no words.
	page = inSentence.ReplaceAllString(page, "")
	var b strings.Builder
	inTag := false
	for _, r := range page {
		switch {
		case r == '<':
			inTag = true
			b.WriteRune(' ')
		case r == '>':
			inTag = false
		case !inTag:
			b.WriteRune(r)
		}
	}
	return strings.NewReplacer("&#34;", `"`, "&#39;", "'", "&amp;", "&", "&quot;", `"`).Replace(b.String())
}

// inSentence are the tags a page puts inside a sentence.
var inSentence = regexp.MustCompile(`<wbr>|</?bdi[^>]*>`)

// TestTamperedAddressFile: a file with an address that fails the check,
// or a line that does not parse, is refused with a sentence that names the
// file and the line; the program's own address stays in use, and the
// command does its job: exit 0.
func TestTamperedAddressFile(t *testing.T) {
	nl := i18n.MustNew("nl")
	builtin, _ := content.Load("nl")
	oldForm := builtin.App("facebook").Form.String()
	known := content.AddressFileKnows()
	tests := []struct {
		name, file string
		line       int
		problem    string
	}{
		{"http", strings.Replace(movedFacebook, "https://", "http://", 1), 3,
			nl.T("forms.problem.not_https")},
		{"a host off the allow-list", strings.Replace(movedFacebook, "https://www.facebook.com/", "https://www.facebook.com.evil.example/", 1), 3,
			nl.T("forms.problem.not_allowed", i18n.Data{"Known": nl.Or(known.Allow.Hosts())})},
		{"a line that does not parse", strings.Replace(movedFacebook, "door = \"Bibliotheek Testdorp\"", "door = Bibliotheek Testdorp", 1), 5,
			nl.T("forms.problem.syntax")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bin := programWith(t, tt.file)
			path := filepath.Join(filepath.Dir(bin), "formulieren.toml")
			refusal := nl.T("forms.at_line", i18n.Data{"Path": path, "N": tt.line, "Reason": tt.problem})
			browse, opened := fakeBrowser(t)
			for _, args := range [][]string{{"open", "facebook"}, {"text"}} {
				r := runProgram(t, bin, dutchEnv(t, browse), args...)
				if r.code != exitOK {
					t.Errorf("%v: exit %d, want 0: %s", args, r.code, r.stderr)
				}
				for _, w := range []string{nl.T("forms.refused", i18n.Data{"Path": path}), refusal, nl.T("forms.refused_after")} {
					if !strings.Contains(r.stderr, w) {
						t.Errorf("%v: stderr does not say %q:\n%s", args, w, r.stderr)
					}
				}
				if !strings.Contains(r.stdout, oldForm) || strings.Contains(r.stdout, "111222333444") {
					t.Errorf("%v: the program's own address is not in use:\n%s", args, r.stdout)
				}
				if strings.Contains(r.stdout, "formulieren.toml") {
					t.Errorf("%v: a refused file is said to be in use:\n%s", args, r.stdout)
				}
			}
			if got := openedSoFar(t, opened); !slices.Equal(got, []string{oldForm}) {
				t.Errorf("the browser was asked to open %q, want the program's own %s", got, oldForm)
			}
		})
	}
}

// TestFormsFlag: --forms FILE is used like the file beside the program
// (and before it); a --forms file that is not there is a mistake on the
// command line: exit 2, nothing done.
func TestFormsFlag(t *testing.T) {
	nl := i18n.MustNew("nl")
	bin := programWith(t, strings.Replace(movedFacebook, "111222333444", "555666777888", 1))
	dir := t.TempDir()
	file := filepath.Join(dir, "nieuw.toml")
	if err := os.WriteFile(file, []byte(movedFacebook), 0o600); err != nil {
		t.Fatal(err)
	}
	r := runProgram(t, bin, dutchEnv(t, ""), "--forms", file, "open", "facebook", "--no-browser")
	if r.code != exitOK || !strings.Contains(r.stdout, newFacebookForm) ||
		!strings.Contains(squeeze(r.stdout), squeeze(nl.T("forms.in_use", i18n.Data{"Path": file}))) {
		t.Errorf("--forms %s: exit %d:\n%s%s", file, r.code, r.stdout, r.stderr)
	}
	// Help is help, whatever --forms says.
	if r := runProgram(t, bin, dutchEnv(t, ""), "--forms", "missing.toml", "--help"); r.code != exitOK || !strings.Contains(r.stdout, "--forms") {
		t.Errorf("--help with a missing --forms file: exit %d:\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--forms", "missing.toml", "text"}, nl.T("forms.missing", i18n.Data{"Path": "missing.toml"})},
		{[]string{"open", "facebook", "--forms=" + filepath.Join(dir, "weg.toml")}, nl.T("forms.missing", i18n.Data{"Path": filepath.Join(dir, "weg.toml")})},
		{[]string{"text", "--forms", dir}, nl.T("forms.not_a_file", i18n.Data{"Path": dir})},
		{[]string{"--forms"}, nl.T("error.flag_needs_value", i18n.Data{"Flag": "--forms"})},
	} {
		r := runProgram(t, bin, dutchEnv(t, ""), c.args...)
		if r.code != exitUsage || r.stdout != "" || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and %q", c.args, r.code, r.stdout, r.stderr, c.want)
		}
	}
}

// TestDatesAndTheLastWayThroughTheProgram: without an address file, text,
// the handout and check-links say when each address was checked; text,
// open and the handout say how old the route is and offer the help centre
// after it.
func TestDatesAndTheLastWayThroughTheProgram(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	checked := "Gecontroleerd op 24 april 2025."
	routeNote := walk.RouteNote(nl, g, *g.App("facebook"))
	if !strings.Contains(routeNote, "april 2025") {
		t.Fatalf("the route's note %q has no date", routeNote)
	}
	bin := programWith(t, "")
	text := runProgram(t, bin, dutchEnv(t, ""), "text")
	open := runProgram(t, bin, dutchEnv(t, ""), "open", "instagram", "--no-browser")
	out := filepath.Join(t.TempDir(), "stappen.html")
	handout := runProgram(t, bin, dutchEnv(t, ""), "handout", "-o", out)
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("handout: %v: %s", err, handout.stderr)
	}
	for name, c := range map[string]struct {
		output string
		want   []string
		apps   int
	}{
		"text":    {text.stdout, []string{checked, routeNote, g.Route.LastWay}, 2},
		"open":    {open.stdout, []string{checked, routeNote, g.Route.LastWay}, 1},
		"handout": {pageWords(string(page)), []string{checked, routeNote, g.Route.LastWay}, 2},
	} {
		words := normalise(c.output)
		for _, w := range c.want {
			if n := strings.Count(words, normalise(w)); n != c.apps {
				t.Errorf("%s says %q %d times, want %d:\n%s", name, w, n, c.apps, c.output)
			}
		}
		if strings.Contains(words, "formulieren.toml") {
			t.Errorf("%s names an address file, with none in use", name)
		}
	}
	// The last way comes after the route.
	words := normalise(open.stdout)
	if strings.Index(words, normalise(g.Route.LastWay)) < strings.Index(words, g.App("instagram").Menu[len(g.App("instagram").Menu)-1]) {
		t.Errorf("open offers the help centre before the route:\n%s", open.stdout)
	}
}

// fakeCurl puts a curl on a PATH of its own that asks the test servers
// instead of the internet, as newLinkServers' arguments say.
func fakeCurl(t *testing.T, ls *linkServers) string {
	t.Helper()
	real, err := exec.LookPath("curl")
	if err != nil {
		t.Skip("no curl")
	}
	dir := t.TempDir()
	args := make([]string, len(ls.args))
	for i, a := range ls.args {
		args[i] = shq(a)
	}
	// The program's -q must stay first, or curl reads a .curlrc.
	writeScript(t, filepath.Join(dir, "curl"), `[ "$1" = "-q" ] && shift
exec `+shq(real)+` -q `+strings.Join(args, " ")+` "$@"
`)
	return dir
}

// TestCheckLinksWithAddressFile: check-links asks the address file's
// address, not the program's own; says when each address was checked;
// and when a form seems moved, says how to put the new address in the
// file: which file, where, and the lines to write.
func TestCheckLinksWithAddressFile(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	ig := g.App("instagram")
	moved := "https://www.facebook.com/privacy/ai-objection"
	ls := newLinkServers(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/help/contact/111222333444":
			http.Redirect(w, r, moved, http.StatusMovedPermanently)
		case strings.TrimPrefix(ig.Form.String(), "https://"+ig.Form.Host()):
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	bin := programWith(t, movedFacebook)
	file := filepath.Join(filepath.Dir(bin), "formulieren.toml")
	env := []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir(), "PATH=" + fakeCurl(t, ls) + ":" + os.Getenv("PATH")}
	before := time.Now().In(g.Deadline.Zone).Format(time.DateOnly)
	r := runProgram(t, bin, env, "check-links")
	after := time.Now().In(g.Deadline.Zone).Format(time.DateOnly)

	if r.code != exitFail {
		t.Errorf("exit %d, want 1 (a form is gone): %s", r.code, r.stderr)
	}
	asked := ls.seen()
	if !slices.Contains(asked, "https://www.facebook.com/help/contact/111222333444") || slices.Contains(asked, g.App("facebook").Form.String()) {
		t.Errorf("check-links asked %v, want the address file's Facebook address and not the program's own", asked)
	}
	out := r.stdout
	if !strings.Contains(squeeze(out), squeeze(nl.T("forms.in_use", i18n.Data{"Path": file}))) {
		t.Errorf("check-links does not say the file is in use:\n%s", out)
	}
	want := []string{
		checkedByLine,
		"Gecontroleerd op 24 april 2025.", // Instagram's own
		normalise(nl.T("forms.moved", i18n.Data{"Path": file})),
		"[facebook]\n  adres = \"" + moved + "\"\n",
		"[instagram]\n  adres = \"" + nl.T("forms.new_address") + "\"\n",
		"door = \"" + nl.T("forms.your_name") + "\"",
		nl.T("forms.moved_redirected", i18n.Data{"App": "Facebook"}),
		nl.T("forms.moved_gone", i18n.Data{"App": "Instagram"}),
		nl.T("forms.moved_after_beside"),
	}
	for _, w := range want {
		if !strings.Contains(out, w) && !strings.Contains(normalise(out), w) {
			t.Errorf("check-links does not say %q:\n%s", w, out)
		}
	}
	if !strings.Contains(out, "gecontroleerd = "+before) && !strings.Contains(out, "gecontroleerd = "+after) {
		t.Errorf("check-links does not give today's date to write:\n%s", out)
	}
}

// TestCheckLinksSaysWhereTheFileGoes: with no address file, check-links
// says to write one beside the program, and shows each form's date.
func TestCheckLinksSaysWhereTheFileGoes(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	fb := g.App("facebook")
	ls := newLinkServers(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if "https://"+r.Host+r.URL.Path == fb.Form.String() {
			w.WriteHeader(http.StatusGone)
		}
	}))
	bin := programWith(t, "")
	env := []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir(), "PATH=" + fakeCurl(t, ls) + ":" + os.Getenv("PATH")}
	r := runProgram(t, bin, env, "check-links")
	out := normalise(r.stdout)
	if n := strings.Count(out, "Gecontroleerd op 24 april 2025."); n != len(g.FormApps()) {
		t.Errorf("check-links gives %d dates, want one per form:\n%s", n, r.stdout)
	}
	file := filepath.Join(filepath.Dir(bin), "formulieren.toml")
	if !strings.Contains(out, normalise(nl.T("forms.moved", i18n.Data{"Path": file}))) || !strings.Contains(r.stdout, "  [facebook]\n") ||
		strings.Contains(r.stdout, "[instagram]") {
		t.Errorf("check-links does not say how to put Facebook's new address beside the program:\n%s", r.stdout)
	}
	if strings.Contains(squeeze(r.stdout), squeeze(nl.T("forms.in_use", i18n.Data{"Path": file}))) {
		t.Errorf("check-links says a file is in use, with none there")
	}
}

// TestPrintedFromTheWizardUsesTheAddressFile: the page the wizard prints
// (in the language the person chose there) is made from the guide with
// the address file in it, like every other face.
func TestPrintedFromTheWizardUsesTheAddressFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "formulieren.toml"), []byte(movedFacebook), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	a, _ := testApp(nil, nil, false, &stdout, &stderr)
	a.exePath = func() (string, error) { return filepath.Join(dir, "bezwaarwijzer"), nil }
	a.tempDir = t.TempDir()
	s := &session{app: a, t: i18n.MustNew("nl"), lang: "nl", clock: a.clock, stdout: &checkedOutput{w: a.stdout}}
	if err := s.findAddressFile(glance{}); err != nil || s.addressFile == nil {
		t.Fatalf("the file beside the program was not read: %v; stderr %q", err, stderr.String())
	}
	var err error
	if s.g, err = s.loadGuide("nl"); err != nil {
		t.Fatal(err)
	}
	for _, lang := range content.Languages {
		path, _, err := s.printSteps(lang, nil)
		if err != nil {
			t.Fatal(err)
		}
		page, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(page), newFacebookForm) || !strings.Contains(string(page), "Bibliotheek Testdorp") {
			t.Errorf("%s: the printed page does not use the address file", lang)
		}
	}
}

// TestRefusalKeptForTheWizard: the sentences that refuse a file are kept
// for a face that covers the terminal (the wizard), the same as said on
// standard error.
func TestRefusalKeptForTheWizard(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "formulieren.toml"), []byte(strings.Replace(movedFacebook, "https:", "http:", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	a, _ := testApp(nil, nil, false, &stdout, &stderr)
	a.exePath = func() (string, error) { return filepath.Join(dir, "bezwaarwijzer"), nil }
	s := &session{app: a, t: i18n.MustNew("nl"), lang: "nl", clock: a.clock, stdout: &checkedOutput{w: a.stdout}}
	if err := s.findAddressFile(glance{}); err != nil || s.addressFile != nil {
		t.Fatalf("a refused file: %v, in use: %v", err, s.addressFile != nil)
	}
	if len(s.addressRefused) < 3 || strings.Join(s.addressRefused, "\n")+"\n" != stderr.String() {
		t.Errorf("kept %q, said %q", s.addressRefused, stderr.String())
	}
}

// TestAddressFileSavedAsText: Notepad saves formulieren.toml.txt unless
// told otherwise; the program says what to do, and goes on.
func TestAddressFileSavedAsText(t *testing.T) {
	nl := i18n.MustNew("nl")
	bin := programWith(t, "")
	txt := filepath.Join(filepath.Dir(bin), "formulieren.toml.txt")
	if err := os.WriteFile(txt, []byte(movedFacebook), 0o600); err != nil {
		t.Fatal(err)
	}
	r := runProgram(t, bin, dutchEnv(t, ""), "open", "facebook", "--no-browser")
	if r.code != exitOK || !strings.Contains(r.stderr, nl.T("forms.txt_name", i18n.Data{"Path": txt})) || strings.Contains(r.stdout, newFacebookForm) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}
