package files

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/fileproblem"
)

// names lists what is in dir, so that a temporary file left behind shows.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var n []string
	for _, e := range entries {
		n = append(n, e.Name())
	}
	return n
}

func readString(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestWriteLeavesOnlyTheFile: after a write, new or replacing, the folder
// holds the file and nothing else, and the file has an ordinary new file's
// permissions, or the replaced file's.
func TestWriteLeavesOnlyTheFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "brief.txt")
	if err := Write(path, []byte("eerste"), false); err != nil {
		t.Fatal(err)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"brief.txt"}) {
		t.Errorf("the folder holds %v", got)
	}
	if runtime.GOOS != "windows" {
		info, _ := os.Stat(path)
		if perm := info.Mode().Perm(); perm&0o600 != 0o600 || perm&0o111 != 0 {
			t.Errorf("a new file has permissions %v", perm)
		}
		if err := os.Chmod(path, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := Write(path, []byte("tweede"), true); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, path); got != "tweede" {
		t.Errorf("replaced with %q", got)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"brief.txt"}) {
		t.Errorf("the folder holds %v after replacing", got)
	}
	if runtime.GOOS != "windows" {
		if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
			t.Errorf("the replaced file had 0600, the new one has %v", info.Mode().Perm())
		}
	}
}

// TestNeverThroughALink: a symbolic link is never written through, nor
// replaced, with or without overwrite; what it points to stays as it was.
func TestNeverThroughALink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "belangrijk.txt")
	if err := os.WriteFile(target, []byte("origineel"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "brief.txt")
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	dangling := filepath.Join(dir, "nergens.txt")
	if err := os.Symlink(filepath.Join(dir, "bestaat-niet"), dangling); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{link, dangling} {
		for _, overwrite := range []bool{false, true} {
			err := Write(name, []byte("nieuw"), overwrite)
			if !errors.Is(err, fileproblem.ErrIsLink) || fileproblem.MessageID(err) != "error.file_is_link" {
				t.Errorf("%s, overwrite %v: %v", filepath.Base(name), overwrite, err)
			}
		}
	}
	if got := readString(t, target); got != "origineel" {
		t.Errorf("the link's target was written: %q", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "bestaat-niet")); err == nil {
		t.Error("a dangling link was followed: its target was made")
	}
	if got := names(t, dir); len(got) != 3 {
		t.Errorf("the folder holds %v", got)
	}
}

// TestNeverAFolder: a folder by the name is not a file to replace.
func TestNeverAFolder(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "Documenten")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, overwrite := range []bool{false, true} {
		err := Write(sub, []byte("nieuw"), overwrite)
		if !errors.Is(err, fileproblem.ErrIsFolder) || fileproblem.MessageID(err) != "error.file_is_folder" {
			t.Errorf("overwrite %v: %v", overwrite, err)
		}
	}
	if info, err := os.Stat(sub); err != nil || !info.IsDir() {
		t.Errorf("the folder is gone: %v", err)
	}
}

// TestFolderProblems: a missing folder, and a file where a folder should
// be (right above the file, or further up), each get their own error.
func TestFolderProblems(t *testing.T) {
	dir := t.TempDir()
	aFile := filepath.Join(dir, "een-bestand")
	if err := os.WriteFile(aFile, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path string
		want error
		id   string
	}{
		{filepath.Join(dir, "nope", "x.txt"), fileproblem.ErrNoFolder, "error.no_such_dir"},
		{filepath.Join(aFile, "x.txt"), fileproblem.ErrNotFolder, "error.dir_is_file"},
		{filepath.Join(aFile, "map", "x.txt"), fileproblem.ErrNotFolder, "error.dir_is_file"},
	} {
		err := Write(c.path, []byte("x"), false)
		if !errors.Is(err, c.want) || fileproblem.MessageID(err) != c.id {
			t.Errorf("%s: %v (%s), want %v", c.path, err, fileproblem.MessageID(err), c.want)
		}
	}
	if got := names(t, dir); !slices.Equal(got, []string{"een-bestand"}) {
		t.Errorf("the folder holds %v", got)
	}
}

// TestReadOnlyFolder: a folder without permission to write in it. Root may
// write anywhere, so as root this needs a place that refuses even root.
func TestReadOnlyFolder(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("folder permissions work otherwise on Windows")
	}
	if os.Geteuid() == 0 {
		t.Skip("root may write in any folder; the program's tests use /sys for this")
	}
	dir := filepath.Join(t.TempDir(), "alleen-lezen")
	if err := os.Mkdir(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	err := Write(filepath.Join(dir, "x.txt"), []byte("x"), false)
	if !errors.Is(err, fileproblem.ErrPermission) || fileproblem.MessageID(err) != "error.no_permission" {
		t.Errorf("a read-only folder: %v", err)
	}
}
