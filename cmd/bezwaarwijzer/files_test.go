//go:build unix

package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// runLimited runs the built program through sh, with the largest file it
// may write limited to 1 KiB (`ulimit -f 1`), in a Dutch environment. It
// stops the program if it has not ended in 20 seconds, and returns the
// exit code and standard error.
func runLimited(t *testing.T, limit bool, args ...string) (code int, stderr string) {
	t.Helper()
	script := `exec "$0" "$@"`
	if limit {
		script = `ulimit -f 1 && ` + script
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", append([]string{"-c", script, built(t)}, args...)...)
	cmd.Env = []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%v did not end within 20 seconds", args)
	}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatalf("%v: %v", args, err)
	}
	return code, errOut.String()
}

// folderHolds fails unless dir holds exactly the names given: no piece of
// a file and no temporary file is left behind.
func folderHolds(t *testing.T, dir string, want ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("the folder holds %q, want %q", got, want)
	}
}

// TestFileWritesThroughTheProgram: `letter -o` where the file cannot be
// written as asked. Each ends with exit 1 and one Dutch sentence that says
// what to do (naming the folder when the folder is the trouble), leaves no
// piece of a file and no temporary file, and never changes a file that was
// there.
func TestFileWritesThroughTheProgram(t *testing.T) {
	nl := i18n.MustNew("nl")
	const original = "mijn eigen brief"

	t.Run("a file size limit, new file", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "brief.html")
		code, stderr := runLimited(t, true, append(testdorpFlags, "-o", out)...)
		if want := nl.T("error.disk_full", i18n.Data{"Path": out}); code != exitFail || lastLine(stderr) != want {
			t.Errorf("exit %d, said %q; want exit 1 and %q", code, lastLine(stderr), want)
		}
		folderHolds(t, dir)
	})

	t.Run("a file size limit, replacing a file", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "brief.html")
		if err := os.WriteFile(out, []byte(original), 0o644); err != nil {
			t.Fatal(err)
		}
		code, stderr := runLimited(t, true, append(testdorpFlags, "-o", out, "--force")...)
		if want := nl.T("error.disk_full", i18n.Data{"Path": out}); code != exitFail || lastLine(stderr) != want {
			t.Errorf("exit %d, said %q; want exit 1 and %q", code, lastLine(stderr), want)
		}
		if got, _ := os.ReadFile(out); string(got) != original {
			t.Errorf("the file to replace was changed: %q", got)
		}
		folderHolds(t, dir, "brief.html")
	})

	t.Run("a named pipe", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "brief.txt")
		if err := syscall.Mkfifo(out, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, force := range [][]string{nil, {"--force"}} {
			code, stderr := runLimited(t, false, slices.Concat(testdorpFlags, []string{"-o", out}, force)...)
			if want := nl.T("error.file_not_regular", i18n.Data{"Path": out}); code != exitFail || lastLine(stderr) != want {
				t.Errorf("%v: exit %d, said %q; want exit 1 and %q", force, code, lastLine(stderr), want)
			}
		}
		if info, err := os.Lstat(out); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
			t.Errorf("the pipe was replaced: %v", err)
		}
		folderHolds(t, dir, "brief.txt")
	})

	t.Run("a symbolic link", func(t *testing.T) {
		dir := t.TempDir()
		target := filepath.Join(dir, "belangrijk.txt")
		if err := os.WriteFile(target, []byte(original), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "brief.txt")
		if err := os.Symlink(target, out); err != nil {
			t.Fatal(err)
		}
		for _, force := range [][]string{nil, {"--force"}} {
			code, stderr := runLimited(t, false, slices.Concat(testdorpFlags, []string{"-o", out}, force)...)
			if want := nl.T("error.file_is_link", i18n.Data{"Path": out}); code != exitFail || lastLine(stderr) != want {
				t.Errorf("%v: exit %d, said %q; want exit 1 and %q", force, code, lastLine(stderr), want)
			}
		}
		if got, _ := os.ReadFile(target); string(got) != original {
			t.Errorf("the link's target was changed: %q", got)
		}
		if info, err := os.Lstat(out); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced: %v", err)
		}
		folderHolds(t, dir, "belangrijk.txt", "brief.txt")
	})

	t.Run("a missing folder", func(t *testing.T) {
		dir := t.TempDir()
		missing := filepath.Join(dir, "bestaat-niet")
		code, stderr := runLimited(t, false, append(testdorpFlags, "-o", filepath.Join(missing, "brief.txt"))...)
		if want := nl.T("error.no_such_dir", i18n.Data{"Dir": missing}); code != exitFail || lastLine(stderr) != want {
			t.Errorf("exit %d, said %q; want exit 1 and %q", code, lastLine(stderr), want)
		}
		folderHolds(t, dir)
	})

	t.Run("a folder without permission", func(t *testing.T) {
		// Root may write in any folder of its own; /sys refuses even root.
		dir := "/sys"
		if os.Geteuid() != 0 {
			dir = filepath.Join(t.TempDir(), "alleen-lezen")
			if err := os.Mkdir(dir, 0o555); err != nil {
				t.Fatal(err)
			}
		} else if runtime.GOOS != "linux" {
			t.Skip("as root this needs Linux's /sys")
		}
		code, stderr := runLimited(t, false, append(testdorpFlags, "-o", filepath.Join(dir, "brief.txt"))...)
		if want := nl.T("error.no_permission", i18n.Data{"Dir": dir}); code != exitFail || lastLine(stderr) != want {
			t.Errorf("exit %d, said %q; want exit 1 and %q", code, lastLine(stderr), want)
		}
		if _, err := os.Stat(filepath.Join(dir, "brief.txt")); err == nil {
			t.Error("the file was made")
		}
	})

	t.Run("a file where the folder should be", func(t *testing.T) {
		dir := t.TempDir()
		aFile := filepath.Join(dir, "een-bestand")
		if err := os.WriteFile(aFile, []byte(original), 0o644); err != nil {
			t.Fatal(err)
		}
		code, stderr := runLimited(t, false, append(testdorpFlags, "-o", filepath.Join(aFile, "brief.txt"))...)
		if want := nl.T("error.dir_is_file", i18n.Data{"Dir": aFile}); code != exitFail || lastLine(stderr) != want {
			t.Errorf("exit %d, said %q; want exit 1 and %q", code, lastLine(stderr), want)
		}
		if got, _ := os.ReadFile(aFile); string(got) != original {
			t.Errorf("the file was changed: %q", got)
		}
		folderHolds(t, dir, "een-bestand")
	})

	t.Run("written whole, nothing else left", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "brief.html")
		if err := os.WriteFile(out, []byte(original), 0o644); err != nil {
			t.Fatal(err)
		}
		code, stderr := runLimited(t, false, append(testdorpFlags, "-o", out, "--force")...)
		if want := nl.T("letter_cmd.written", i18n.Data{"Path": out}); code != exitOK || lastLine(stderr) != want {
			t.Errorf("exit %d, said %q; want exit 0 and %q", code, lastLine(stderr), want)
		}
		if got, _ := os.ReadFile(out); !strings.Contains(string(got), "</html>") {
			t.Errorf("the letter is not whole: %q", got)
		}
		folderHolds(t, dir, "brief.html")
	})
}
