//go:build unix

package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The line-by-line mode through the built program, with pipes, as a
// screen reader's or a script's input reaches it: the kiosk, the end of
// the input, and input that cannot be read. Unix only: a folder as
// standard input, and the process's CPU time from /proc.

// linesWays are the three ways into the line-by-line mode.
var linesWays = []struct {
	name string
	args []string
	env  []string
}{
	{"--accessible", []string{"--accessible"}, nil},
	{"ACCESSIBLE=1", nil, []string{"ACCESSIBLE=1"}},
	{"TERM=dumb", nil, []string{"TERM=dumb"}},
}

// lockedBuffer is a program's output, read while it is written.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// linesProgram is the built program running with piped input.
type linesProgram struct {
	t     *testing.T
	cmd   *exec.Cmd
	out   *lockedBuffer
	ended chan struct{} // closed when the program has ended, with err set
	err   error
}

// start starts the program, and kills it at the end of the test.
func (p *linesProgram) start() {
	p.t.Helper()
	p.out, p.ended = &lockedBuffer{}, make(chan struct{})
	p.cmd.Stdout, p.cmd.Stderr = p.out, p.out
	if err := p.cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.ended)
	}()
	p.t.Cleanup(func() {
		_ = p.cmd.Process.Kill()
		<-p.ended
	})
}

// exited reports whether the program has ended, and how.
func (p *linesProgram) exited() (bool, error) {
	select {
	case <-p.ended:
		return true, p.err
	default:
		return false, nil
	}
}

// result waits at most 10 seconds for the program to end, and returns how.
func (p *linesProgram) result() error {
	p.t.Helper()
	select {
	case <-p.ended:
		return p.err
	case <-time.After(10 * time.Second):
		p.t.Fatalf("the program did not end:\n%s", p.out.String())
		return nil
	}
}

// startLines starts the built program in dir with input as its whole
// standard input: the pipe is closed after it.
func startLines(t *testing.T, dir string, env []string, input string, args ...string) *linesProgram {
	t.Helper()
	cmd := exec.Command(built(t), args...)
	cmd.Env = append([]string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}, env...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(input) // a pipe, closed at its end
	p := &linesProgram{t: t, cmd: cmd}
	p.start()
	return p
}

// waitFor waits until the output has said text count times.
func (p *linesProgram) waitFor(text string, count int) {
	p.t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if strings.Count(normalise(p.out.String()), text) >= count {
			return
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("the program did not say %q %d times; it said:\n%s", text, count, p.out.String())
		}
	}
}

// cpuTicks is the CPU time the process has used so far, in clock ticks.
func (p *linesProgram) cpuTicks() int {
	p.t.Helper()
	data, err := os.ReadFile("/proc/" + strconv.Itoa(p.cmd.Process.Pid) + "/stat")
	if err != nil {
		p.t.Skipf("no /proc here to read the CPU time from: %v", err)
	}
	// The fields after the command's name in brackets; utime and stime
	// are the 14th and 15th of the whole line.
	fields := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+1:]))
	utime, _ := strconv.Atoi(fields[11])
	stime, _ := strconv.Atoi(fields[12])
	return utime + stime
}

// TestLinesKioskEndOfInput: in a kiosk the end of the input starts over,
// with one sentence, and the program then waits: it does not leave, and
// does not spin. Through each way into the line-by-line mode, each
// without a stop choice.
func TestLinesKioskEndOfInput(t *testing.T) {
	g, _ := content.Load("nl")
	nl := i18n.MustNew("nl")
	for _, way := range linesWays {
		t.Run(way.name, func(t *testing.T) {
			p := startLines(t, t.TempDir(), way.env, "1\n", append(way.args, "--kiosk")...)
			p.waitFor(nl.T("lines.started_over"), 1)
			p.waitFor(normalise(nl.T("acc.prompt_number", i18n.Data{"Max": 4})), 2)
			before := p.cpuTicks()
			time.Sleep(time.Second)
			if ended, err := p.exited(); ended {
				t.Fatalf("the kiosk left at the end of its input (%v):\n%s", err, p.out.String())
			}
			// A program that reads its ended input again and again uses a
			// whole second of CPU time here; one that waits, next to none.
			if used := p.cpuTicks() - before; used > 20 {
				t.Errorf("the kiosk used %d ticks of CPU time in a second while it waited", used)
			}
			out := p.out.String()
			if strings.Count(out, g.Welcome.Title) != 2 || strings.Count(out, g.Explain[0].Title) != 1 {
				t.Errorf("not begun, then started over:\n%s", out)
			}
			if strings.Contains(out, nl.T("welcome.stop")) || strings.Contains(out, nl.T("acc.prompt_next")) {
				t.Errorf("a kiosk offers to stop:\n%s", out)
			}
		})
	}
}

// TestLinesKioskSavesNothing: the organisation's letter in a kiosk is
// shown, but the kiosk never asks to save it, and nothing lands in its
// folder; outside a kiosk it asks.
func TestLinesKioskSavesNothing(t *testing.T) {
	nl := i18n.MustNew("nl")
	input := "2\n\n1\nGemeente Testdorp\nfacebook.com/gemeentetestdorp\n@gemeentetestdorp\ncommunicatie@testdorp.nl\nTestdorp\n\n\n\nja\nbrief.txt\n"
	for _, kiosk := range []bool{false, true} {
		dir := t.TempDir()
		args := []string{"--accessible", "--no-browser"}
		if kiosk {
			args = append(args, "--kiosk")
		}
		p := startLines(t, dir, nil, input, args...)
		p.waitFor("Namens Gemeente Testdorp", 1)
		if kiosk {
			p.waitFor(nl.T("lines.started_over"), 1)
		} else if err := p.result(); err != nil {
			t.Fatalf("exit: %v\n%s", err, p.out.String())
		}
		out := p.out.String()
		asked := strings.Contains(out, nl.T("acc.save_letter"))
		files, _ := os.ReadDir(dir)
		if asked == kiosk || (len(files) > 0) == kiosk {
			t.Errorf("kiosk %v: asked to save %v, files %v:\n%s", kiosk, asked, files, out)
		}
	}
}

// TestLinesReadErrors: outside a kiosk, input that cannot be read (a
// folder, a line of 70 KiB) is a clear Dutch sentence and exit 1; the end
// of the input is a sentence that it stopped, and exit 0.
func TestLinesReadErrors(t *testing.T) {
	nl := i18n.MustNew("nl")
	folder, err := os.Open("/")
	if err != nil {
		t.Fatal(err)
	}
	defer folder.Close()
	for _, c := range []struct {
		name  string
		stdin io.Reader
		code  int
		said  string
	}{
		{"a folder", folder, exitFail, nl.T("lines.cannot_read")},
		{"a line of 70 KiB", strings.NewReader("1\n" + strings.Repeat("a", 70<<10) + "\n"), exitFail, nl.T("lines.line_too_long")},
		{"the end of the input", strings.NewReader("1\n"), exitOK, nl.T("lines.input_ended")},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(built(t), "--accessible")
			cmd.Env = []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir()}
			cmd.Stdin = c.stdin
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			code := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				code = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			all := stdout.String() + stderr.String()
			if code != c.code || !strings.Contains(normalise(all), normalise(c.said)) || goErrors.MatchString(all) {
				t.Errorf("exit %d (want %d), output:\n%s", code, c.code, all)
			}
			if c.code == exitFail && strings.TrimSpace(stderr.String()) != c.said {
				t.Errorf("standard error is %q, want the sentence", stderr.String())
			}
		})
	}
}

// TestLinesSignalsFromOutside: kill -INT outside a kiosk stops the walk
// with a sentence and 130; in a kiosk it starts over and the kiosk stays.
func TestLinesSignalsFromOutside(t *testing.T) {
	nl := i18n.MustNew("nl")
	g, _ := content.Load("nl")
	for _, kiosk := range []bool{false, true} {
		args := []string{"--accessible"}
		if kiosk {
			args = append(args, "--kiosk")
		}
		cmd := exec.Command(built(t), args...)
		cmd.Env = []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir()}
		in, err := cmd.StdinPipe() // kept open: the walk waits for a line
		if err != nil {
			t.Fatal(err)
		}
		p := &linesProgram{t: t, cmd: cmd}
		p.start()
		_, _ = io.WriteString(in, "1\n")
		p.waitFor(g.Explain[0].Title, 1)
		if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		if kiosk {
			p.waitFor(nl.T("lines.started_over"), 1)
			_, _ = io.WriteString(in, "1\n")
			p.waitFor(g.Explain[0].Title, 2)
			if ended, err := p.exited(); ended {
				t.Fatalf("the kiosk left on SIGINT (%v)", err)
			}
			continue
		}
		var exit *exec.ExitError
		if err := p.result(); !errors.As(err, &exit) || exit.ExitCode() != 130 || !strings.Contains(p.out.String(), nl.T("app.stopped")) {
			t.Errorf("after SIGINT: %v, output:\n%s", err, p.out.String())
		}
	}
}
