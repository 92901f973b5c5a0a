package browser

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
)

func TestAvailable(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	cases := []struct {
		goos string
		env  func(string) string
		want bool
	}{
		{"windows", env(), true},
		{"darwin", env(), true},
		{"linux", env(), false}, // a text console or SSH: no text-mode browser in the wizard
		{"linux", env("DISPLAY", ":0"), true},
		{"linux", env("WAYLAND_DISPLAY", "wayland-0"), true},
		{"freebsd", env(), false},
		{"freebsd", env("DISPLAY", ":1"), true},
	}
	for _, c := range cases {
		if got := Available(c.goos, c.env); got != c.want {
			t.Errorf("Available(%s, %v) = %v, want %v", c.goos, c.env("DISPLAY"), got, c.want)
		}
	}
}

func TestStubRecords(t *testing.T) {
	s := &Stub{Err: errors.New("no")}
	fb, _ := content.AllowList().Check("https://www.facebook.com/x")
	if err := s.Open(fb); err == nil {
		t.Error("the stub's error was not returned")
	}
	if got := s.Opened(); !slices.Equal(got, []string{"https://www.facebook.com/x"}) {
		t.Errorf("Opened() = %v", got)
	}
}

// recorder is a System whose browser start is recorded, not made.
func recorder() (System, *[]string) {
	var started []string
	return System{launch: func(u string) error { started = append(started, u); return nil }}, &started
}

// TestOpenChecksAgain: the opener checks a form's address itself, against
// the allow-list inside the program, whatever made the address.
func TestOpenChecksAgain(t *testing.T) {
	wide, err := address.NewAllowList("facebook.com", "evil.com", "example.net")
	if err != nil {
		t.Fatal(err)
	}
	var refused []address.Checked
	for _, raw := range []string{"https://evil.com/", "https://www.example.net/x"} {
		c, err := wide.Check(raw)
		if err != nil {
			t.Fatal(err)
		}
		refused = append(refused, c)
	}
	refused = append(refused, address.Checked{})

	for _, c := range refused {
		s, started := recorder()
		if err := s.Open(c); !errors.Is(err, ErrRefused) {
			t.Errorf("System.Open(%q) = %v, want ErrRefused", c, err)
		}
		if len(*started) != 0 {
			t.Errorf("System.Open(%q) started the browser at %v", c, *started)
		}
		stub := &Stub{}
		if err := stub.Open(c); !errors.Is(err, ErrRefused) || len(stub.Opened()) != 0 {
			t.Errorf("Stub.Open(%q) = %v and recorded %v: the stub must refuse what System refuses", c, err, stub.Opened())
		}
	}

	fb, err := content.AllowList().Check("https://www.facebook.com/help/contact/712876720715583")
	if err != nil {
		t.Fatal(err)
	}
	s, started := recorder()
	if err := s.Open(fb); err != nil || !slices.Equal(*started, []string{fb.String()}) {
		t.Errorf("System.Open(%q) = %v, started %v", fb, err, *started)
	}
}

// TestOpenPage: the printable page opens by its file:// address; nothing
// but an HTML file that exists does.
func TestOpenPage(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "bezwaarwijzer-1.html")
	if err := os.WriteFile(page, []byte("<p>stappen</p>"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, started := recorder()
	if err := s.OpenPage(page); err != nil {
		t.Fatal(err)
	}
	if want := "file://" + filepath.ToSlash(page); !slices.Equal(*started, []string{want}) {
		t.Errorf("started %v, want %s", *started, want)
	}

	link := filepath.Join(dir, "link.html")
	if err := os.Symlink("/etc/passwd", link); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(other, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "folder.html")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{link, other, folder, filepath.Join(dir, "missing.html"), "https://www.facebook.com/x.html", "javascript:alert(1)//.html"} {
		s, started := recorder()
		if err := s.OpenPage(bad); !errors.Is(err, ErrRefused) || len(*started) != 0 {
			t.Errorf("OpenPage(%q) = %v, started %v; want it refused", bad, err, *started)
		}
	}
}
