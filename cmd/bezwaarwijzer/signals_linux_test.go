package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestQuitWithoutDumpWhenNotInteractive: SIGQUIT to a command that is not
// interactive (text, here while it waits to write into a pipe that nobody reads) says
// that the program stopped and exits with 131, without a goroutine dump.
// Linux only: the pipe is made smaller than the text.
func TestQuitWithoutDumpWhenNotInteractive(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := unix.FcntlInt(w.Fd(), unix.F_SETPIPE_SZ, 4096); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(built(t), "text")
	cmd.Env = []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir()}
	cmd.Stdout = w
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	// Once the text starts to come (TIOCINQ is FIONREAD), the program
	// runs; it cannot end, as nobody reads the rest.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if n, err := unix.IoctlGetInt(int(r.Fd()), unix.TIOCINQ); err == nil && n > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no text came")
		}
	}
	if err := cmd.Process.Signal(syscall.SIGQUIT); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 131 {
		t.Errorf("after SIGQUIT: %v, want exit 131", err)
	}
	said := i18n.MustNew("nl").T("app.stopped")
	if strings.TrimSpace(stderr.String()) != said {
		t.Errorf("after SIGQUIT the program said %q, want only %q", stderr.String(), said)
	}
}
