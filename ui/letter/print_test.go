//go:build unix

package letter

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tool finds the first of names on PATH. A missing tool skips the test on
// a developer's machine, but fails it in CI, where a skip would hide that
// the printed letter was never checked.
func tool(t *testing.T, names ...string) string {
	t.Helper()
	for _, name := range names {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	msg := fmt.Sprintf("%s not found on PATH, so the printed letter cannot be checked; install it with: apt-get install chromium poppler-utils",
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
)

// TestPrinted prints the Dutch letter with a real browser, as a clerk
// would, and reads the PDF back: A4, all of it there, and the greeting,
// the name and the date together on the last sheet, also when the accounts
// make the letter longer than one sheet.
func TestPrinted(t *testing.T) {
	t.Run("testdorp", func(t *testing.T) {
		sheets := printed(t, testdorp)
		if len(sheets) != 1 {
			t.Errorf("%d sheets, want 1", len(sheets))
		}
		flat := oneLine(strings.Join(sheets, " "))
		for _, s := range []string{"Onderwerp:", "Namens Gemeente Testdorp maken wij bezwaar", "@gemeentetestdorp (Instagram)",
			"artikel 21", "schriftelijk", "communicatie@testdorp.nl"} {
			if !strings.Contains(flat, s) {
				t.Errorf("the printed letter does not show %q", s)
			}
		}
		checkEnd(t, sheets)
	})
	t.Run("20 accounts", func(t *testing.T) {
		sheets := printed(t, with(func(d *Details) { d.Accounts = accounts(MaxAccounts) }))
		if len(sheets) != 2 {
			t.Errorf("%d sheets, want 2", len(sheets))
		}
		checkEnd(t, sheets)
	})
}

// checkEnd fails when the greeting, the name and the date are not together
// at the end of the last sheet.
func checkEnd(t *testing.T, sheets []string) {
	t.Helper()
	last := oneLine(sheets[len(sheets)-1])
	if !strings.HasSuffix(last, "Met vriendelijke groet, Gemeente Testdorp Testdorp, 22 november 2026") {
		t.Errorf("the greeting, the name and the date are not together at the end:\n%s", last)
	}
}

// printed prints the Dutch letter to A4 and returns the text of its sheets.
func printed(t *testing.T, d Details) []string {
	t.Helper()
	chromium := tool(t, "chromium", "chromium-browser", "google-chrome")
	pdfinfo := tool(t, "pdfinfo")
	pdftotext := tool(t, "pdftotext")

	dir := t.TempDir()
	html := filepath.Join(dir, "brief.html")
	pdf := filepath.Join(dir, "brief.pdf")
	if err := os.WriteFile(html, []byte(htmlPage(t, "nl", d)), 0o600); err != nil {
		t.Fatal(err)
	}
	run(t, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--no-pdf-header-footer",
		"--print-to-pdf="+pdf, "file://"+html)

	info := string(run(t, pdfinfo, "-f", "1", "-l", "100", pdf))
	m := pagesLine.FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo gives no page count:\n%s", info)
	}
	pages, _ := strconv.Atoi(m[1])
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
	text := string(run(t, pdftotext, pdf, "-"))
	return strings.Split(strings.TrimRight(text, "\f"), "\f")
}
