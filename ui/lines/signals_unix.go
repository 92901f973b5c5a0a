//go:build unix

package lines

import (
	"os"
	"syscall"
)

// Signals are the signals to pass on to Options.Signals: those the
// terminal sends for Ctrl+C (SIGINT) and Ctrl+\ (SIGQUIT), which stop the
// walk with a sentence (no goroutine dump), and in a kiosk also Ctrl+Z
// (SIGTSTP), which there does nothing. Outside a kiosk Ctrl+Z is left to
// the system: it suspends the program, and the line-by-line mode leaves
// the terminal as it is, so nothing needs restoring after fg; SIGCONT
// (fg) only makes it say the question again.
func Signals(kiosk bool) []os.Signal {
	if kiosk {
		return []os.Signal{os.Interrupt, syscall.SIGQUIT, syscall.SIGTSTP}
	}
	return []os.Signal{os.Interrupt, syscall.SIGQUIT, syscall.SIGCONT}
}

func isSuspend(sig os.Signal) bool  { return sig == syscall.SIGTSTP }
func isContinue(sig os.Signal) bool { return sig == syscall.SIGCONT }
