package files

import (
	"errors"
	"path/filepath"
	"slices"
	"syscall"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/fileproblem"
)

// withFileSizeLimit runs f with the largest file this process may write
// set to limit bytes, as `ulimit -f` does. Go ignores the SIGXFSZ that a
// write past the limit sends; the write fails with EFBIG.
func withFileSizeLimit(t *testing.T, limit uint64, f func()) {
	t.Helper()
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Fatal(err)
	}
	lower := old
	lower.Cur = limit
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lower); err != nil {
		t.Skipf("cannot limit the file size: %v", err)
	}
	defer func() {
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
			t.Fatal(err)
		}
	}()
	f()
}

// TestFailedWriteLeavesNothing: a write that fails part-way leaves neither
// a piece of the new file nor the temporary file, and a file it was to
// replace stays as it was.
func TestFailedWriteLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	big := make([]byte, 64*1024)
	kept := filepath.Join(dir, "oud.txt")
	withFileSizeLimit(t, 1024, func() {
		if err := Write(kept, []byte("origineel"), false); err != nil {
			t.Fatal(err)
		}
		err := Write(filepath.Join(dir, "nieuw.txt"), big, false)
		if !errors.Is(err, fileproblem.ErrFull) || fileproblem.MessageID(err) != "error.disk_full" {
			t.Errorf("a new file past the limit: %v", err)
		}
		err = Write(kept, big, true)
		if !errors.Is(err, fileproblem.ErrFull) {
			t.Errorf("replacing past the limit: %v", err)
		}
	})
	if got := names(t, dir); !slices.Equal(got, []string{"oud.txt"}) {
		t.Errorf("the folder holds %v, want only oud.txt", got)
	}
	if got := readString(t, kept); got != "origineel" {
		t.Errorf("the file to replace was changed: %q", got)
	}
}
