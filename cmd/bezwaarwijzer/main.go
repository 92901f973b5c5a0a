// Command bezwaarwijzer helps people in the Netherlands object to Meta
// using their Facebook and Instagram posts to train Meta AI.
package main

import (
	"bufio"
	"context"
	"os"

	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/console"
)

func main() {
	// First of all: SIGQUIT (Ctrl+\ in a shell) says that the program
	// stopped, never dumps its goroutines. It says so in the person's
	// language, once run has decided it.
	quitSignals.listen(os.Stderr, os.Exit)

	a := newApp()
	a.consoleASCII = console.SetUp(os.Getenv)
	code := a.run(context.Background(), os.Args[1:])
	if console.StartedByDoubleClick() {
		waitForEnter(a)
	}
	os.Exit(code)
}

// waitForEnter keeps a console window that was opened for the program
// open until the person has read it.
func waitForEnter(a *app) {
	fprintln(a.stdout, "")
	fprintln(a.stdout, a.translator().T("app.press_enter"))
	_, _ = bufio.NewReader(a.stdin).ReadString('\n')
}
