//go:build unix

package main

import (
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/sys/unix"
)

// notifyJobControl sends SIGTSTP and SIGCONT to c: the program gives the
// terminal back before it goes to the background, and takes it again when
// it is continued.
func notifyJobControl(c chan<- os.Signal) {
	signal.Notify(c, syscall.SIGTSTP, syscall.SIGCONT)
}

func isContinue(sig os.Signal) bool { return sig == syscall.SIGCONT }

// jobControl reports whether a shell with job control runs the program: it
// then has a process group of its own, apart from the shell that leads its
// session, and the shell's fg brings it back. A program that a terminal
// window started itself is in its session leader's group: in the
// background, nothing could bring it back.
func jobControl() bool {
	sid, err := unix.Getsid(0)
	return err == nil && unix.Getpgrp() != sid
}

// stopProcess stops the whole job (Ctrl+Z), or this program alone (SIGTSTP
// sent to it), until SIGCONT. It stops with SIGSTOP: the program catches
// SIGTSTP, and Go cannot hand SIGTSTP back to the system once it has.
func stopProcess(job bool) error {
	pid := os.Getpid()
	if job {
		pid = 0
	}
	return unix.Kill(pid, unix.SIGSTOP)
}
