//go:build !unix

package main

import "os"

// Windows has no job control: a console program is not put in the
// background, and Ctrl+Z is a key like any other.

func notifyJobControl(chan<- os.Signal) {}

func isContinue(os.Signal) bool { return false }

func jobControl() bool { return false }

func stopProcess(bool) error { return nil }
