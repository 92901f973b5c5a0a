package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/files"
	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The privacy promises, checked on the built program by the kernel's own
// account: no network use, and nothing written to disk except the file a
// person asks for (DESIGN.md, "Privacy and safety promises").

// straceCalls are the system calls traced: every way to reach the network
// or to make, change or remove a file.
const straceCalls = "connect,openat,open,creat,rename,renameat,renameat2,mkdir,mkdirat,unlink,unlinkat,link,linkat,symlink,symlinkat,truncate"

// needStrace skips (or under CI fails) when strace is missing or cannot
// trace here: a container without ptrace rights.
func needStrace(t *testing.T) string {
	t.Helper()
	needTool(t, "strace", "apt-get install strace")
	path, _ := exec.LookPath("strace")
	if out, err := exec.Command(path, "-o", os.DevNull, "true").CombinedOutput(); err != nil {
		msg := fmt.Sprintf("strace cannot trace here (%v: %s); this test needs ptrace", err, out)
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return path
}

// sysCall is one traced call, its unfinished and resumed halves joined.
type sysCall struct {
	pid    string
	name   string
	args   string
	result string // "3", "-1 ENOENT (No such file or directory)", "?"
	line   string
}

func (c sysCall) failed() bool { return strings.HasPrefix(c.result, "-1") }

var (
	traceLine    = regexp.MustCompile(`^(\d+)\s+(.*)$`)
	unfinished   = regexp.MustCompile(`^(.*?)\s*<unfinished \.\.\.>$`)
	resumed      = regexp.MustCompile(`^<\.\.\. (\w+) resumed>\s*(.*)$`)
	callSyntax   = regexp.MustCompile(`^(\w+)\((.*)\)\s+=\s+(.*)$`)
	quotedString = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)
	addrFamily   = regexp.MustCompile(`sa_family=(\w+)`)
)

// parseTrace reads strace's output (-f, several processes, calls that one
// process began and another's calls interrupted).
func parseTrace(t *testing.T, text string) (calls []sysCall, pids map[string]bool) {
	t.Helper()
	pids = map[string]bool{}
	pending := map[string]string{}
	for _, raw := range strings.Split(text, "\n") {
		m := traceLine.FindStringSubmatch(strings.TrimSpace(raw))
		if m == nil {
			continue
		}
		pid, rest := m[1], m[2]
		pids[pid] = true
		if strings.HasPrefix(rest, "---") || strings.HasPrefix(rest, "+++") {
			continue // a signal, or the process ended
		}
		if u := unfinished.FindStringSubmatch(rest); u != nil {
			pending[pid] = u[1]
			continue
		}
		if r := resumed.FindStringSubmatch(rest); r != nil {
			begun, ok := pending[pid]
			if !ok {
				t.Errorf("strace: a resumed call that never began: %q", raw)
				continue
			}
			delete(pending, pid)
			rest = begun + r[2]
		}
		c := callSyntax.FindStringSubmatch(rest)
		if c == nil {
			t.Errorf("strace: a line this test cannot read: %q", raw)
			continue
		}
		calls = append(calls, sysCall{pid: pid, name: c[1], args: c[2], result: c[3], line: pid + " " + rest})
	}
	for pid, begun := range pending {
		// A call still running when the process was stopped (a read of
		// the terminal, say); only its arguments are known.
		if c := callSyntax.FindStringSubmatch(begun + ") = ?"); c != nil {
			calls = append(calls, sysCall{pid: pid, name: c[1], args: c[2], result: "?", line: pid + " " + begun})
		}
	}
	return calls, pids
}

// openFlag matches the flags of an open that write.
var openFlag = regexp.MustCompile(`\b(O_WRONLY|O_RDWR|O_CREAT|O_TRUNC)\b`)

// writesFile reports whether an open's flags, after its path, write:
// O_WRONLY, O_RDWR, O_CREAT or O_TRUNC.
func writesFile(args string) bool {
	if loc := quotedString.FindStringIndex(args); loc != nil {
		args = args[loc[1]:]
	}
	return openFlag.MatchString(args)
}

// changedPaths are the paths a call creates, writes, renames or removes;
// nil for a call that only reads.
func changedPaths(c sysCall) []string {
	var paths []string
	for _, m := range quotedString.FindAllStringSubmatch(c.args, -1) {
		paths = append(paths, m[1])
	}
	switch c.name {
	case "open", "openat":
		if !writesFile(c.args) || len(paths) == 0 {
			return nil
		}
		p := paths[0]
		if c.name == "openat" && !strings.HasPrefix(c.args, "AT_FDCWD") && !filepath.IsAbs(p) {
			// Relative to a folder opened before: name it as such.
			p = "<" + strings.SplitN(c.args, ",", 2)[0] + ">/" + p
		}
		return []string{p}
	case "connect":
		return nil
	}
	if len(paths) == 0 {
		return []string{"<" + c.args + ">"}
	}
	return paths // creat, mkdir, unlink, rename (both names), link, symlink, truncate
}

// mayWrite reports whether the program may write to path: the file asked
// for, the temporary file it is written to first beside it, or the
// terminal and its like.
func mayWrite(path string, asked []string) bool {
	switch {
	case slices.Contains(asked, path), path == "/dev/tty", path == "/dev/null", strings.HasPrefix(path, "/dev/pts/"):
		return true
	}
	for _, a := range asked {
		if ok, _ := filepath.Match(filepath.Join(filepath.Dir(a), files.TempPattern), path); ok {
			return true
		}
	}
	return false
}

// nssSocket reports whether a unix socket is one where the C library asks
// who a user is. The wizard asks that: colorprofile reads the terminal's
// description with github.com/xo/terminfo, which looks in the home folder
// it finds with os/user.Current(); built with cgo that is getpwuid_r, and
// glibc's name service switch first tries the name service cache daemon
// (nscd) through its local socket, and on some systems systemd-userdbd or
// sssd through theirs, before it reads /etc/passwd. A question to the local
// machine, not the network.
func nssSocket(path string) bool {
	switch {
	case path == "/var/run/nscd/socket", path == "/run/nscd/socket":
		return true
	case strings.HasPrefix(path, "/run/systemd/userdb/"), path == "/var/lib/sss/pipes/nss":
		return true
	}
	return false
}

// traceReport is what a trace saw, sorted into what is allowed and what
// breaks a promise.
type traceReport struct {
	processes int
	count     map[string]int
	reads     []string // files opened for reading only
	local     []string // connects to the explained local socket
	network   []string // connects to anything else: each breaks a promise
	written   []string // files made, written, renamed or removed, not asked for
	attempts  []string // the same, tried and failed
}

func (r traceReport) problems() []string {
	var p []string
	if len(r.network) > 0 {
		p = append(p, "the program connected to a socket it has no business with:\n"+strings.Join(r.network, "\n"))
	}
	if len(r.written) > 0 {
		p = append(p, "the program made, wrote or removed files nobody asked for:\n"+strings.Join(r.written, "\n"))
	}
	if len(r.attempts) > 0 {
		// Nothing was made, but the program tried: with a home folder that
		// has the folders it wants, it would have.
		p = append(p, "the program tried to make or write files nobody asked for:\n"+strings.Join(r.attempts, "\n"))
	}
	return p
}

func (r traceReport) String() string {
	return fmt.Sprintf("%d processes; calls %v; %d files read (%s); local sockets: %v",
		r.processes, r.count, len(r.reads), strings.Join(r.reads, ", "), r.local)
}

// readTrace sorts the calls of a trace. asked are the files the program
// was asked to write.
func readTrace(t *testing.T, text string, asked []string) traceReport {
	t.Helper()
	calls, pids := parseTrace(t, text)
	r := traceReport{processes: len(pids), count: map[string]int{}}
	reads := map[string]bool{}
	for _, c := range calls {
		r.count[c.name]++
		if c.name == "connect" {
			family := "?"
			if m := addrFamily.FindStringSubmatch(c.args); m != nil {
				family = m[1]
			}
			sock := ""
			if m := quotedString.FindStringSubmatch(c.args); m != nil {
				sock = m[1]
			}
			if family == "AF_UNIX" && nssSocket(sock) {
				r.local = append(r.local, fmt.Sprintf("%s (= %s)", sock, c.result))
			} else {
				r.network = append(r.network, c.line)
			}
			continue
		}
		changed := changedPaths(c)
		if changed == nil {
			if m := quotedString.FindStringSubmatch(c.args); m != nil && !c.failed() {
				reads[m[1]] = true
			}
			continue
		}
		for _, p := range changed {
			switch {
			case mayWrite(p, asked):
			case c.failed():
				r.attempts = append(r.attempts, fmt.Sprintf("%s: %s (= %s)", c.name, p, c.result))
			default:
				r.written = append(r.written, fmt.Sprintf("%s: %s", c.name, p))
			}
		}
	}
	for p := range reads {
		r.reads = append(r.reads, p)
	}
	sort.Strings(r.reads)
	return r
}

// checkTrace fails the test for every connect to the network (or to an
// unexplained local socket) and every file made, written, renamed or
// removed other than asked, and logs what the trace saw.
func checkTrace(t *testing.T, tracePath string, asked []string) {
	t.Helper()
	data, err := os.ReadFile(tracePath)
	if err != nil {
		t.Fatalf("no trace: %v", err)
	}
	r := readTrace(t, string(data), asked)
	if r.count["openat"]+r.count["open"] == 0 {
		t.Fatalf("the trace saw no file opened at all; is strace working?\n%s", data)
	}
	t.Logf("trace: %s", r)
	for _, p := range r.problems() {
		t.Error(p)
	}
}

// checkEmpty fails when a folder the program was given (its home, its
// temporary folder) is not empty afterwards.
func checkEmpty(t *testing.T, what, dir string) {
	t.Helper()
	_ = filepath.WalkDir(dir, func(p string, _ os.DirEntry, err error) error {
		if err == nil && p != dir {
			t.Errorf("a file was left in the %s: %s", what, p)
		}
		return nil
	})
}

// TestNoNetworkNoStrayFiles runs the wizard and three commands under
// strace, with an empty home and temporary folder, and checks that none
// of them connects to the network or writes a file it was not asked for.
func TestNoNetworkNoStrayFiles(t *testing.T) {
	strace := needStrace(t)
	bin := built(t)
	g, err := content.Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	nl := i18n.MustNew("nl")

	// fresh is an environment with an empty home and temporary folder,
	// and no XDG folders of the tester's.
	fresh := func(t *testing.T) (env []string, home, tmp string) {
		home, tmp = filepath.Join(t.TempDir(), "home"), filepath.Join(t.TempDir(), "tmp")
		for _, d := range []string{home, tmp} {
			if err := os.Mkdir(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		env = []string{"LANG=nl_NL.UTF-8", "HOME=" + home, "TMPDIR=" + tmp, "PATH=/usr/local/bin:/usr/bin:/bin"}
		return env, home, tmp
	}
	traced := func(trace string, args ...string) []string {
		return append([]string{strace, "-f", "-e", "trace=" + straceCalls, "-o", trace, bin}, args...)
	}

	t.Run("wizard", func(t *testing.T) {
		needTool(t, "tmux", "apt-get install tmux")
		env, home, tmp := fresh(t)
		env = append(env, "TERM=xterm-256color")
		trace := filepath.Join(t.TempDir(), "trace")
		term := startShell(t, 80, 24, programLine(env, quoteArgs(traced(trace, "--no-browser")...)))

		term.waitFor(g.Welcome.Title)
		term.keys("Enter")
		for _, p := range g.Explain {
			term.waitFor(p.Title)
			term.keys("Enter")
		}
		apps := g.Questions[content.QuestionApps]
		term.waitFor(apps.Title)
		term.keys("Space")
		term.waitFor("[x] " + g.App("facebook").Name)
		term.keys("Enter")
		term.waitFor(g.Questions[content.QuestionWhere].Title)
		for range optionIndex(t, g, content.QuestionWhere, content.RoutePhone) {
			term.keys("Down")
		}
		term.waitFor("> " + optionLabel(t, g, content.QuestionWhere, content.RoutePhone))
		term.keys("Enter")
		// The phone step: the QR code, and beside it the address in parts,
		// the number at its end last.
		fb := g.App("facebook")
		steps := g.StepsFor(content.RoutePhone, content.AudiencePerson)
		term.waitFor(nl.T("step.progress", i18n.Data{"App": fb.Name, "N": 1, "Total": len(steps)}))
		term.waitFor(fb.Form.String()[strings.LastIndex(fb.Form.String(), "/")+1:])
		if !strings.Contains(term.screen(false), "▄▄▄▄▄") {
			t.Errorf("no QR code on the phone step:\n%s", shown(term.screen(false)))
		}
		term.keys("q")
		term.waitFor(nl.T("quit.title"))
		term.keys("j")
		if code := term.stopped(10 * time.Second); code != 0 {
			t.Errorf("the wizard under strace stopped with exit %d, want 0:\n%s", code, shown(term.screen(false)))
		}
		checkTrace(t, trace, nil)
		checkEmpty(t, "home folder", home)
		checkEmpty(t, "temporary folder", tmp)
	})

	for _, c := range []struct {
		name string
		args func(out string) []string
		// want is what the output must say; asked, whether -o is given.
		want  func(out string) string
		asked bool
	}{
		{"text", func(string) []string { return []string{"text"} },
			func(string) string { return g.Welcome.Title }, false},
		{"open facebook --no-browser", func(string) []string { return []string{"open", "facebook", "--no-browser"} },
			func(string) string { return g.App("facebook").Form.String() }, false},
		{"handout -o", func(out string) []string { return []string{"handout", "-o", out} },
			func(out string) string { return nl.T("printed.written", i18n.Data{"Path": out}) }, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			env, home, tmp := fresh(t)
			trace := filepath.Join(t.TempDir(), "trace")
			out := filepath.Join(t.TempDir(), "stappen.html")
			argv := traced(trace, c.args(out)...)
			cmd := exec.Command(argv[0], argv[1:]...)
			cmd.Env = env
			output, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%v: %v\n%s", c.args(out), err, output)
			}
			if want := c.want(out); !strings.Contains(string(output), want) {
				t.Errorf("the output does not say %q:\n%s", want, output)
			}
			var asked []string
			if c.asked {
				asked = []string{out}
				if info, err := os.Stat(out); err != nil || info.Size() == 0 {
					t.Errorf("the file asked for was not written: %v", err)
				}
			}
			checkTrace(t, trace, asked)
			checkEmpty(t, "home folder", home)
			checkEmpty(t, "temporary folder", tmp)
		})
	}
}

// optionLabel is the words of a question's option, by its ID.
func optionLabel(t *testing.T, g *content.Guide, question, id string) string {
	t.Helper()
	for _, o := range g.Questions[question].Options {
		if o.ID == id {
			return o.Label
		}
	}
	t.Fatalf("question %s has no option %s", question, id)
	return ""
}

// optionIndex is the place of a question's option, by its ID.
func optionIndex(t *testing.T, g *content.Guide, question, id string) int {
	t.Helper()
	for i, o := range g.Questions[question].Options {
		if o.ID == id {
			return i
		}
	}
	t.Fatalf("question %s has no option %s", question, id)
	return 0
}

// TestReadingATrace: the trace reader finds what breaks a promise in
// strace's output, including calls split over lines by other processes.
func TestReadingATrace(t *testing.T) {
	trace := `100 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
100 openat(AT_FDCWD, "/home/x/.cache/bw/state", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666 <unfinished ...>
101 openat(AT_FDCWD, "/dev/tty", O_RDWR|O_CLOEXEC) = 4
100 <... openat resumed>) = 5
101 connect(5, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)
101 connect(6, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("157.240.1.35")}, 16 <unfinished ...>
100 --- SIGURG {si_signo=SIGURG, si_code=SI_TKILL, si_pid=100, si_uid=0} ---
101 <... connect resumed>) = -1 EINPROGRESS (Operation now in progress)
100 connect(7, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X0"}, 20) = 0
100 openat(AT_FDCWD, "/out/stappen.html", O_WRONLY|O_CREAT|O_EXCL|O_CLOEXEC, 0644) = 8
100 openat(AT_FDCWD, "/proc/self/maps", O_RDONLY|O_CLOEXEC) = 3
100 openat(AT_FDCWD, "/home/x/.config/bw/x", O_RDWR|O_CREAT|O_CLOEXEC, 0600) = -1 ENOENT (No such file or directory)
100 mkdirat(AT_FDCWD, "/tmp/bw-1", 0700) = 0
100 renameat(AT_FDCWD, "/tmp/bw-1/a", AT_FDCWD, "/tmp/bw-1/b") = 0
100 unlinkat(AT_FDCWD, "/tmp/bw-1/b", 0) = 0
100 openat(AT_FDCWD, "/dev/pts/3", O_RDWR|O_NOCTTY) = 9
100 openat(AT_FDCWD, "/proc/self/oom_score_adj", O_WRONLY) = 9
100 +++ exited with 0 +++
101 +++ exited with 0 +++
`
	r := readTrace(t, trace, []string{"/out/stappen.html"})
	want := traceReport{
		processes: 2,
		network: []string{
			`101 connect(6, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("157.240.1.35")}, 16) = -1 EINPROGRESS (Operation now in progress)`,
			`100 connect(7, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X0"}, 20) = 0`,
		},
		written: []string{
			"openat: /home/x/.cache/bw/state",
			"mkdirat: /tmp/bw-1",
			"renameat: /tmp/bw-1/a", "renameat: /tmp/bw-1/b",
			"unlinkat: /tmp/bw-1/b",
			"openat: /proc/self/oom_score_adj",
		},
		attempts: []string{"openat: /home/x/.config/bw/x (= -1 ENOENT (No such file or directory))"},
		local:    []string{"/var/run/nscd/socket (= -1 ENOENT (No such file or directory))"},
		reads:    []string{"/etc/ld.so.cache", "/proc/self/maps"},
	}
	for _, c := range []struct {
		what      string
		got, want []string
	}{
		{"network", r.network, want.network},
		{"written", r.written, want.written},
		{"attempts", r.attempts, want.attempts},
		{"local", r.local, want.local},
		{"reads", r.reads, want.reads},
	} {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.what, c.got, c.want)
		}
	}
	if r.processes != want.processes || len(r.problems()) != 3 {
		t.Errorf("%d processes, %d problems", r.processes, len(r.problems()))
	}
}
