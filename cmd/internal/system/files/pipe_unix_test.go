//go:build unix

package files

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/fileproblem"
)

// TestNeverOpensAPipe: a named pipe is refused at once, with or without
// overwrite; opening it would wait for a reader for ever.
func TestNeverOpensAPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "brief.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, overwrite := range []bool{false, true} {
		done := make(chan error, 1)
		go func() { done <- Write(fifo, []byte("nieuw"), overwrite) }()
		select {
		case err := <-done:
			if !errors.Is(err, fileproblem.ErrNotRegular) || fileproblem.MessageID(err) != "error.file_not_regular" {
				t.Errorf("overwrite %v: %v", overwrite, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("overwrite %v: writing to a named pipe hangs", overwrite)
		}
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v", err)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"brief.txt"}) {
		t.Errorf("the folder holds %v", got)
	}
}
