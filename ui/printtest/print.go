//go:build unix

package printtest

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
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
)

// Printed is a page as headless Chromium prints it.
type Printed struct {
	Sizes  [][2]float64 // width and height of each sheet, in points
	Sheets []string     // the text on each sheet, as pdftotext -layout reads it
	// Raw is the text on each sheet in the order the browser drew it
	// (pdftotext -raw): the lines of one column, or of a right-to-left
	// paragraph, follow each other, where -layout mixes columns.
	Raw []string
	// Below is the paper left under the lowest text on each sheet, in
	// points: how much room the page has before it needs another sheet
	// (the bottom margin included).
	Below []float64
	Fonts []string // the fonts in the PDF, as pdffonts names them, without a subset's prefix
	// PDF is the printed file, for a test that looks at it further; it
	// lasts as long as the test. Empty for a page of PrintEach.
	PDF string
}

// Print prints an HTML page to PDF with headless Chromium, with only the
// fonts of the set, and reads it back with pdfinfo, pdftotext and
// pdffonts. It fails the test when the PDF uses other fonts than the set's.
// A missing tool or font skips the test on a developer's machine, but fails
// it under CI=true, where a skip would hide that the printed page was never
// checked.
func Print(t testing.TB, page string, fonts Fonts) Printed {
	t.Helper()
	return printPDF(t, "page.html", page, fonts)
}

// PrintText prints a plain text as Print prints a page: as a browser
// shows a text file, in its fixed-width font, and prints it. The text may
// be in any font of the set: the browser chooses the font of a text file.
func PrintText(t testing.TB, text string, fonts Fonts) Printed {
	t.Helper()
	return printPDF(t, "text.txt", text, fonts)
}

// next is the text of the sheet PrintEach puts between two pages.
const next = "printtest: the next page starts on the next sheet"

// PrintEach prints pages that share one style sheet (the same template
// filled in differently) as Print does, in one run of the browser, and
// returns each page's sheets. Each page starts on a fresh sheet, after a
// sheet of its own that only says so, so each is laid out as if printed
// alone; one run instead of many keeps the tests quick.
func PrintEach(t testing.TB, pages []string, fonts Fonts) []Printed {
	t.Helper()
	var head string
	var bodies []string
	for i, page := range pages {
		h, rest, ok1 := strings.Cut(page, "<body>")
		body, _, ok2 := strings.Cut(rest, "</body>")
		if !ok1 || !ok2 {
			t.Fatalf("page %d has no <body> and </body>", i+1)
		}
		if i == 0 {
			head = h
		} else if style(h) != style(head) {
			t.Fatalf("page %d has another style sheet than page 1", i+1)
		}
		bodies = append(bodies, "<div>"+body+"</div>")
	}
	sep := `<div style="break-before: page; break-after: page">` + next + `</div>`
	all := printPDF(t, "page.html", head+"<body>"+strings.Join(bodies, sep)+"</body>\n</html>\n", fonts)

	all.PDF = ""
	out := []Printed{{Fonts: all.Fonts}}
	for i, sheet := range all.Sheets {
		// The sheet between two pages may carry what the page puts in
		// the margin of every sheet (a practice page's mark).
		if strings.Contains(strings.Join(strings.Fields(sheet), " "), next) {
			out = append(out, Printed{Fonts: all.Fonts})
			continue
		}
		p := &out[len(out)-1]
		p.Sizes = append(p.Sizes, all.Sizes[i])
		p.Sheets = append(p.Sheets, sheet)
		p.Raw = append(p.Raw, all.Raw[i])
		p.Below = append(p.Below, all.Below[i])
	}
	if len(out) != len(pages) {
		t.Fatalf("printed %d pages, read back %d", len(pages), len(out))
	}
	return out
}

// style is the style sheet in a page's head.
func style(head string) string {
	_, s, _ := strings.Cut(head, "<style>")
	s, _, _ = strings.Cut(s, "</style>")
	return s
}

// printPDF prints content, written to a file with the given name, whose
// extension tells the browser what it is.
func printPDF(t testing.TB, name, content string, fonts Fonts) Printed {
	t.Helper()
	chromium := tool(t, "chromium", "chromium-browser", "google-chrome")
	pdfinfo := tool(t, "pdfinfo")
	pdftotext := tool(t, "pdftotext")
	pdffonts := tool(t, "pdffonts")

	dir := t.TempDir()
	conf := fontConfig(t, dir, fonts)
	file := filepath.Join(dir, name)
	pdf := filepath.Join(dir, "page.pdf")
	if err := os.WriteFile(file, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	// Only Chromium gets the font configuration: it decides the fonts.
	runEnv(t, []string{"FONTCONFIG_FILE=" + conf}, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--no-pdf-header-footer",
		"--print-to-pdf="+pdf, "file://"+file)

	info := string(run(t, pdfinfo, "-f", "1", "-l", "1000", pdf))
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
	p.Sheets = strings.Split(strings.TrimSuffix(text, "\f"), "\f")
	if len(p.Sheets) != pages {
		t.Fatalf("pdftotext gives %d sheets for %d pages", len(p.Sheets), pages)
	}
	raw := string(run(t, pdftotext, "-raw", pdf, "-"))
	p.Raw = strings.Split(strings.TrimSuffix(raw, "\f"), "\f")
	if len(p.Raw) != pages {
		t.Fatalf("pdftotext -raw gives %d sheets for %d pages", len(p.Raw), pages)
	}
	p.Below = below(t, string(run(t, pdftotext, "-bbox", pdf, "-")), pages)
	p.Fonts = fontNames(string(run(t, pdffonts, pdf)))
	checkFonts(t, fonts, p.Fonts, filepath.Ext(name) == ".html")
	p.PDF = pdf
	return p
}

var (
	bboxPage = regexp.MustCompile(`<page width="[\d.]+" height="([\d.]+)">`)
	bboxWord = regexp.MustCompile(`<word [^>]*yMax="([\d.]+)"`)
)

// below reads pdftotext -bbox: each sheet's height, less the bottom of its
// lowest word.
func below(t testing.TB, bbox string, pages int) []float64 {
	t.Helper()
	starts := bboxPage.FindAllStringSubmatchIndex(bbox, -1)
	if len(starts) != pages {
		t.Fatalf("pdftotext -bbox gives %d sheets for %d pages", len(starts), pages)
	}
	var out []float64
	for i, st := range starts {
		height, _ := strconv.ParseFloat(bbox[st[2]:st[3]], 64)
		end := len(bbox)
		if i+1 < len(starts) {
			end = starts[i+1][0]
		}
		lowest := 0.0
		for _, w := range bboxWord.FindAllStringSubmatch(bbox[st[1]:end], -1) {
			y, _ := strconv.ParseFloat(w[1], 64)
			lowest = max(lowest, y)
		}
		out = append(out, height-lowest)
	}
	return out
}

// fontNames reads pdffonts' table: two lines of heading, then a font a
// line, its name first, with a subset's prefix such as "AAAAAA+".
func fontNames(table string) []string {
	var names []string
	lines := strings.Split(strings.TrimSpace(table), "\n")
	for _, l := range lines[min(2, len(lines)):] {
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		name := f[0]
		if prefix, rest, ok := strings.Cut(name, "+"); ok && len(prefix) == 6 {
			name = rest
		}
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	return names
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
	missing(t, fmt.Sprintf("%s not found on PATH, so the printed page cannot be checked; install it with: apt-get install chromium poppler-utils",
		strings.Join(names, " or ")))
	return ""
}

// run runs a command with a time limit and returns its standard output. It
// runs in a process group of its own, which is killed afterwards: the
// browser starts helper processes that would otherwise outlive the test.
func run(t testing.TB, name string, args ...string) []byte {
	t.Helper()
	return runEnv(t, nil, name, args...)
}

// runEnv is run with env added to the environment.
func runEnv(t testing.TB, env []string, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), env...)
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

// Sheets draws each sheet of a printed PDF as a picture, at dpi dots per
// inch, as a scanner or a phone's camera would see the paper.
func Sheets(t testing.TB, p Printed, dpi int) []image.Image {
	t.Helper()
	if p.PDF == "" {
		t.Fatal("printtest: no PDF to draw; print the page with Print")
	}
	pdftoppm := tool(t, "pdftoppm")
	prefix := filepath.Join(t.TempDir(), "sheet")
	run(t, pdftoppm, "-png", "-r", strconv.Itoa(dpi), p.PDF, prefix)
	files, err := filepath.Glob(prefix + "-*.png")
	if err != nil || len(files) != len(p.Sheets) {
		t.Fatalf("pdftoppm drew %d sheets of %d: %v", len(files), len(p.Sheets), err)
	}
	slices.Sort(files)
	var out []image.Image
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, img)
	}
	return out
}
