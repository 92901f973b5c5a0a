//go:build !unix

package lines

import "os"

// Signals are the signals to pass on to Options.Signals. Outside Unix the
// console sends only Ctrl+C (and Ctrl+Break) as a signal; Ctrl+Z there is
// the end of the input.
func Signals(kiosk bool) []os.Signal { return []os.Signal{os.Interrupt} }

func isSuspend(os.Signal) bool  { return false }
func isContinue(os.Signal) bool { return false }
