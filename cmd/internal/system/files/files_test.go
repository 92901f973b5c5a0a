package files

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/fileproblem"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "brief.txt")
	if err := Write(path, []byte("eerste"), false); err != nil {
		t.Fatal(err)
	}
	err := Write(path, []byte("tweede"), false)
	if !errors.Is(err, fileproblem.ErrExists) || fileproblem.MessageID(err) != "error.file_exists" {
		t.Errorf("writing over a file: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "eerste" {
		t.Errorf("the file was changed without overwrite: %q", got)
	}
	if err := Write(path, []byte("tweede"), true); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "tweede" {
		t.Errorf("overwrite did not write: %q", got)
	}
	err = Write(filepath.Join(dir, "nope", "x.txt"), nil, false)
	if !errors.Is(err, fileproblem.ErrNoFolder) || fileproblem.MessageID(err) != "error.no_such_dir" {
		t.Errorf("a missing folder: %v", err)
	}
	// A file where a folder should be: neither exists nor missing.
	err = Write(filepath.Join(path, "x.txt"), nil, false)
	if err == nil || fileproblem.MessageID(err) == "error.file_exists" {
		t.Errorf("a file as folder: %v (%s)", err, fileproblem.MessageID(err))
	}
}
