//go:build unix

package printtest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// Fonts is the set of fonts a page is printed with. The pages ask for
// Arial first; a computer without it uses the next font it has. Printing
// under each set shows that the page fits with the fonts a person's
// computer may have, not only with those of the machine the tests run on.
type Fonts int

const (
	// Liberation is Liberation Sans, which has Arial's metrics, as on the
	// libraries' Windows laptops; with DejaVu for the address and as the
	// fallback, as on a machine where .ci/run has installed both.
	Liberation Fonts = iota
	// DejaVu is DejaVu alone: the wider fallback on a computer without
	// Arial, where "Arial" and "Liberation Sans" find nothing.
	DejaVu
	// Arabic is Noto Naskh Arabic and Noto Sans Arabic, the Arabic fonts
	// the Arabic page names for Linux, with DejaVu for the rest, as on a
	// machine where .ci/run has installed fonts-noto-core. Only a page in
	// Arabic prints with it.
	Arabic
)

// EveryFonts are the sets a page must fit with.
var EveryFonts = []Fonts{Liberation, DejaVu}

func (f Fonts) String() string {
	switch f {
	case DejaVu:
		return "DejaVu"
	case Arabic:
		return "Arabic"
	}
	return "Liberation"
}

// fontFile is one font file the printing may use: its file name, its name
// in the PDF as pdffonts gives it (without the subset's prefix), and the
// Debian package that has it.
type fontFile struct{ file, pdfName, pkg string }

var dejaVu = []fontFile{
	{"DejaVuSans.ttf", "DejaVuSans", "fonts-dejavu-core"},
	{"DejaVuSans-Bold.ttf", "DejaVuSans-Bold", "fonts-dejavu-core"},
	{"DejaVuSansMono.ttf", "DejaVuSansMono", "fonts-dejavu-core"},
	{"DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Bold", "fonts-dejavu-core"},
}

var notoArabic = []fontFile{
	{"NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Regular", "fonts-noto-core"},
	{"NotoNaskhArabic-Bold.ttf", "NotoNaskhArabic-Bold", "fonts-noto-core"},
	{"NotoSansArabic-Regular.ttf", "NotoSansArabic-Regular", "fonts-noto-core"},
	{"NotoSansArabic-Bold.ttf", "NotoSansArabic-Bold", "fonts-noto-core"},
}

var liberation = []fontFile{
	{"LiberationSans-Regular.ttf", "LiberationSans", "fonts-liberation"},
	{"LiberationSans-Bold.ttf", "LiberationSans-Bold", "fonts-liberation"},
}

// files are the font files of the set, and body is the name in the PDF of
// the font the running text must be in.
func (f Fonts) files() (files []fontFile, body string) {
	switch f {
	case DejaVu:
		return dejaVu, "DejaVuSans"
	case Arabic:
		return slices.Concat(notoArabic, dejaVu), "NotoNaskhArabic-Regular"
	}
	return slices.Concat(liberation, dejaVu), "LiberationSans"
}

// fontDirs are where Debian and most other systems keep their fonts.
var fontDirs = []string{"/usr/share/fonts", "/usr/local/share/fonts"}

// fontConfig writes a fontconfig configuration in dir that knows only the
// fonts of the set, linked into a folder of their own, and returns its
// path for FONTCONFIG_FILE. A missing font skips the test (fails under
// CI=true).
func fontConfig(t testing.TB, dir string, f Fonts) string {
	t.Helper()
	if runtime.GOOS == "darwin" {
		missing(t, "Chromium on macOS does not use fontconfig, so the fonts it prints with cannot be chosen")
	}
	want, _ := f.files()
	found := map[string]string{}
	for _, root := range fontDirs {
		// A folder that is missing or cannot be read has none of them.
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if _, seen := found[d.Name()]; !seen {
					found[d.Name()] = path
				}
			}
			return nil
		})
	}
	fonts := filepath.Join(dir, "fonts")
	if err := os.Mkdir(fonts, 0o700); err != nil {
		t.Fatal(err)
	}
	var absent, pkgs []string
	for _, w := range want {
		path, ok := found[w.file]
		if !ok {
			absent = append(absent, w.file)
			if !slices.Contains(pkgs, w.pkg) {
				pkgs = append(pkgs, w.pkg)
			}
			continue
		}
		if err := os.Symlink(path, filepath.Join(fonts, w.file)); err != nil {
			t.Fatal(err)
		}
	}
	if len(absent) > 0 {
		missing(t, fmt.Sprintf("%s not found under %s, so the page cannot be printed with %s; install with: apt-get install %s",
			strings.Join(absent, ", "), strings.Join(fontDirs, " or "), f, strings.Join(pkgs, " ")))
	}
	// No <include>: the system's and the user's configuration could add
	// folders with other fonts, and then "Arial" might find one of them.
	conf := fmt.Sprintf(`<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>%s</dir>
  <cachedir>%s</cachedir>
</fontconfig>
`, fonts, filepath.Join(dir, "fontcache"))
	path := filepath.Join(dir, "fonts.conf")
	if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// checkFonts fails the test when the PDF uses a font outside the set, or
// for a page, not the set's font for the running text: then the page was
// not printed with the fonts the test meant, and its page count says
// nothing.
func checkFonts(t testing.TB, f Fonts, used []string, page bool) {
	t.Helper()
	files, body := f.files()
	for _, name := range used {
		if !slices.ContainsFunc(files, func(ff fontFile) bool { return ff.pdfName == name }) {
			t.Fatalf("printed with %s, the PDF uses %s: the font configuration did not hold (fonts: %v)", f, name, used)
		}
	}
	if page && !slices.Contains(used, body) {
		t.Fatalf("printed with %s, the running text is not in %s (fonts: %v)", f, body, used)
	}
}

// missing skips the test with msg, or fails it under CI=true, where a skip
// would hide that the printed page was never checked.
func missing(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}
