package main

import (
	"bytes"
	"os"
	"syscall"
	"testing"
)

// TestQuitRelay: SIGQUIT stops the program with its sentence and 131,
// unless a face has claimed it; then only that face gets it, until it lets
// go.
func TestQuitRelay(t *testing.T) {
	var out bytes.Buffer
	code := -1
	q := &quitRelay{out: &out, sentence: "gestopt", exit: func(c int) { code = c }}

	q.deliver(syscall.SIGQUIT)
	if code != 131 || out.String() != "gestopt\n" {
		t.Errorf("unclaimed: exit %d, said %q; want 131 and the sentence", code, out.String())
	}

	code = -1
	out.Reset()
	face := make(chan os.Signal, 1)
	release := q.claim(face)
	q.deliver(syscall.SIGQUIT)
	q.deliver(syscall.SIGQUIT) // the first still waits: dropped, never blocks
	if code != -1 || out.Len() > 0 {
		t.Errorf("claimed, yet the program stopped: exit %d, said %q", code, out.String())
	}
	if got := <-face; got != syscall.SIGQUIT {
		t.Errorf("the face got %v", got)
	}

	inner := make(chan os.Signal, 1)
	releaseInner := q.claim(inner)
	q.deliver(syscall.SIGQUIT)
	releaseInner()
	q.deliver(syscall.SIGQUIT)
	if len(inner) != 1 || len(face) != 1 {
		t.Errorf("the last claim gets it until released: inner %d, outer %d", len(inner), len(face))
	}

	release()
	q.say("has stopped")
	q.deliver(syscall.SIGQUIT)
	if code != 131 || out.String() != "has stopped\n" {
		t.Errorf("released: exit %d, said %q; want 131 and the new sentence", code, out.String())
	}
}
