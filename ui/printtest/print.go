//go:build unix

package printtest

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

// Printed is a page as headless Chromium prints it.
type Printed struct {
	Sizes  [][2]float64 // width and height of each sheet, in points
	Sheets []string     // the text on each sheet, as pdftotext -layout reads it
}

// Print prints an HTML page to PDF with headless Chromium and reads it
// back with pdfinfo and pdftotext. A missing tool skips the test on a
// developer's machine, but fails it under CI=true, where a skip would hide
// that the printed page was never checked.
func Print(t testing.TB, page string) Printed {
	t.Helper()
	chromium := tool(t, "chromium", "chromium-browser", "google-chrome")
	pdfinfo := tool(t, "pdfinfo")
	pdftotext := tool(t, "pdftotext")

	dir := t.TempDir()
	html := filepath.Join(dir, "page.html")
	pdf := filepath.Join(dir, "page.pdf")
	if err := os.WriteFile(html, []byte(page), 0o600); err != nil {
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
	var p Printed
	for _, s := range sizeLine.FindAllStringSubmatch(info, -1) {
		w, _ := strconv.ParseFloat(s[2], 64)
		h, _ := strconv.ParseFloat(s[3], 64)
		p.Sizes = append(p.Sizes, [2]float64{w, h})
	}
	if len(p.Sizes) != pages {
		t.Fatalf("pdfinfo gives %d page sizes for %d pages:\n%s", len(p.Sizes), pages, info)
	}
	text := string(run(t, pdftotext, "-layout", pdf, "-"))
	p.Sheets = strings.Split(strings.TrimRight(text, "\f"), "\f")
	return p
}

// A4 says which sheets are not A4 (595 x 842 points), or nil.
func (p Printed) A4() error {
	var wrong []string
	for i, s := range p.Sizes {
		if s[0] < 594 || s[0] > 596 || s[1] < 841 || s[1] > 843 {
			wrong = append(wrong, fmt.Sprintf("sheet %d is %.0f x %.0f pts", i+1, s[0], s[1]))
		}
	}
	if len(wrong) > 0 {
		return fmt.Errorf("not A4 (595 x 842): %s", strings.Join(wrong, "; "))
	}
	return nil
}

var (
	pagesLine = regexp.MustCompile(`(?m)^Pages:\s+(\d+)$`)
	sizeLine  = regexp.MustCompile(`(?m)^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts`)
)

// tool finds the first of names on PATH, or skips (fails under CI=true).
func tool(t testing.TB, names ...string) string {
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
func run(t testing.TB, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
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
