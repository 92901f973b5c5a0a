package main

import (
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestAddressFileInTheLineMode: a screen reader's user walks with the
// library's address file: the line-by-line mode says once that the file is
// in use, shows its address with who checked it, its route with the
// route's date, and the last way in after the route (issue 11, point 4).
func TestAddressFileInTheLineMode(t *testing.T) {
	g, _ := content.Load("nl")
	nl := i18n.MustNew("nl")
	bin := programWith(t, movedFacebook)
	steps := g.StepsFor(content.RouteApp, content.AudiencePerson)
	// Facebook in the app, then on: the route is shown on the first step.
	input := []string{"1"}
	for range g.Explain {
		input = append(input, "")
	}
	input = append(input, "1", "3")
	for range steps {
		input = append(input, "")
	}
	cmd := exec.Command(bin, "--accessible", "--no-browser")
	cmd.Env = []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
	cmd.Stdin = strings.NewReader(strings.Join(input, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	s := normalise(string(out))
	inUse := normalise(walk.InUse(nl, &content.Guide{AddressFile: "x"}))
	inUse = inUse[:strings.Index(inUse, "x")] // the sentence up to the file's name
	if n := strings.Count(s, inUse); n != 1 {
		t.Errorf("the line mode says %d times that an address file is in use, want once:\n%s", n, out)
	}
	for _, want := range []string{"Open Facebook en tik op Menu.", "Tik op Privacy en dan op Bezwaar tegen AI.", normalise(g.Route.LastWay)} {
		if !strings.Contains(s, want) {
			t.Errorf("the route from the file misses %q:\n%s", want, out)
		}
	}
	if strings.Contains(s, g.App("facebook").Menu[0]) {
		t.Errorf("the built-in route is shown, though the file gives a new one")
	}
	if !strings.Contains(s, "december 2026") {
		t.Errorf("the route's date (the file's) is not shown:\n%s", out)
	}

	// The computer's route, no browser: the file's address, with who
	// checked it.
	input = append([]string{"1"}, make([]string, len(g.Explain))...)
	input = append(input, "1", "1", "")
	cmd = exec.Command(bin, "--accessible", "--no-browser")
	cmd.Env = []string{"LANG=nl_NL.UTF-8", "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
	cmd.Stdin = strings.NewReader(strings.Join(input, "\n") + "\n")
	if out, err = cmd.Output(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	s = normalise(string(out))
	for _, want := range []string{newFacebookForm, checkedByLine} {
		if !strings.Contains(s, want) {
			t.Errorf("the open step misses %q:\n%s", want, out)
		}
	}
	if strings.Contains(s, g.App("facebook").Form.String()) {
		t.Errorf("the built-in address is shown, though the file gives a new one")
	}
}
