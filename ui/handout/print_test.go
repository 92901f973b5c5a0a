//go:build unix

package handout

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// tool finds the first of names on PATH. A missing tool skips the test on
// a developer's machine, but fails it in CI, where a skip would hide that
// the printed page was never checked.
func tool(t *testing.T, names ...string) string {
	t.Helper()
	for _, name := range names {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	msg := fmt.Sprintf("%s not found on PATH, so the printed page cannot be checked; install it with: apt-get install chromium poppler-utils",
		strings.Join(names, " or "))
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// run runs a command with a time limit and returns its standard output. It
// runs in a process group of its own, which is killed afterwards: the
// browser starts helper processes that would otherwise outlive the test.
func run(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if cmd.Process != nil {
		// Whatever is left of the group; ESRCH when it is gone already.
		if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); err != nil && !errors.Is(err, syscall.ESRCH) {
			t.Logf("killing what is left of %s: %v", filepath.Base(name), err)
		}
	}
	if err != nil {
		t.Fatalf("%s: %v (%v)\n%s", filepath.Base(name), err, ctx.Err(), stderr.String())
	}
	return out
}

var (
	pagesLine = regexp.MustCompile(`(?m)^Pages:\s+(\d+)$`)
	sizeLine  = regexp.MustCompile(`(?m)^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts`)
	anySpace  = regexp.MustCompile(`\s+`)
)

// TestPrinted prints the Dutch page for both apps with a real browser, as
// a volunteer would, and reads the PDF back.
func TestPrinted(t *testing.T) {
	chromium := tool(t, "chromium", "chromium-browser", "google-chrome")
	pdfinfo := tool(t, "pdfinfo")
	pdftotext := tool(t, "pdftotext")

	dir := t.TempDir()
	page := filepath.Join(dir, "handout.html")
	pdf := filepath.Join(dir, "handout.pdf")
	if err := os.WriteFile(page, []byte(render(t, "nl", nil, afterDeadline)), 0o600); err != nil {
		t.Fatal(err)
	}
	run(t, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--no-pdf-header-footer",
		"--print-to-pdf="+pdf, "file://"+page)

	info := string(run(t, pdfinfo, "-f", "1", "-l", "100", pdf))
	m := pagesLine.FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo gives no page count:\n%s", info)
	}
	pages, _ := strconv.Atoi(m[1])
	t.Logf("%d pages", pages)
	// One or two sheets per app.
	if pages < 2 || pages > 4 {
		t.Errorf("%d pages, want 2 to 4", pages)
	}
	sizes := sizeLine.FindAllStringSubmatch(info, -1)
	if len(sizes) != pages {
		t.Errorf("pdfinfo gives %d page sizes for %d pages:\n%s", len(sizes), pages, info)
	}
	for _, s := range sizes {
		w, _ := strconv.ParseFloat(s[2], 64)
		h, _ := strconv.ParseFloat(s[3], 64)
		if w < 594 || w > 596 || h < 841 || h > 843 {
			t.Errorf("page %s is %s x %s pts, want A4 (595 x 842)", s[1], s[2], s[3])
		}
	}

	text := string(run(t, pdftotext, "-layout", pdf, "-"))
	sheets := strings.Split(strings.TrimRight(text, "\f"), "\f")
	flat := anySpace.ReplaceAllString(text, " ")
	g := guide(t, "nl")
	tr := i18n.MustNew("nl")
	for _, s := range []string{printDate["nl"], "Bezwaar maken bij Facebook", "Bezwaar maken bij Instagram"} {
		if !strings.Contains(flat, s) {
			t.Errorf("the printed page does not show %q", s)
		}
	}
	for i, a := range g.FormApps() {
		title := tr.T("handout.app", i18n.Data{"App": a.Name})
		// The address may be broken over lines; the address, its digits
		// and the words about the code must be on one sheet.
		found := false
		for _, sheet := range sheets {
			if strings.Contains(anySpace.ReplaceAllString(sheet, ""), a.Form) {
				found = true
				words := anySpace.ReplaceAllString(sheet, " ")
				if !strings.Contains(words, prose.GroupDigits(a.Form)) || !strings.Contains(words, tr.T("handout.scan")) {
					t.Errorf("%s: the address is on a sheet without its digits or the words about the code", a.Name)
				}
			}
		}
		if !found {
			t.Errorf("the printed page does not show the address %s", a.Form)
		}
		// The second and later apps start on a sheet of their own.
		if i > 0 && !slices.ContainsFunc(sheets, func(s string) bool { return strings.HasPrefix(strings.TrimSpace(s), title) }) {
			t.Errorf("%q does not start a sheet", title)
		}
	}
}
