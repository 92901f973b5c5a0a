package tempfiles

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteAndRemoveAll: each page is a new HTML file in the folder, with
// what was given; RemoveAll removes them all, and nothing else.
func TestWriteAndRemoveAll(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.html")
	if err := os.WriteFile(other, []byte("not ours"), 0o644); err != nil {
		t.Fatal(err)
	}
	var f Files
	var paths []string
	for _, page := range []string{"<p>een</p>", "<p>twee</p>"} {
		path, err := f.Write(dir, []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Dir(path) != dir || !strings.HasSuffix(path, ".html") {
			t.Errorf("page written to %s, want a .html file in %s", path, dir)
		}
		if got, _ := os.ReadFile(path); string(got) != page {
			t.Errorf("%s holds %q, want %q", path, got, page)
		}
		paths = append(paths, path)
	}
	if paths[0] == paths[1] {
		t.Errorf("two pages in one file: %s", paths[0])
	}
	f.RemoveAll()
	for _, p := range paths {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s is still there after RemoveAll: %v", p, err)
		}
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("RemoveAll removed a file it did not write: %v", err)
	}
}

// TestWriteFails: a folder that is not there gets an error, and no page
// is kept to remove.
func TestWriteFails(t *testing.T) {
	var f Files
	if _, err := f.Write(filepath.Join(t.TempDir(), "nope"), []byte("x")); err == nil {
		t.Error("writing to a folder that is not there did not fail")
	}
	if len(f.paths) != 0 {
		t.Errorf("a failed write was kept: %v", f.paths)
	}
}
