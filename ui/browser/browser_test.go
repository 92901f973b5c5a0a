package browser

import (
	"errors"
	"slices"
	"testing"
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
	if err := s.Open("https://www.facebook.com/x"); err == nil {
		t.Error("the stub's error was not returned")
	}
	if got := s.Opened(); !slices.Equal(got, []string{"https://www.facebook.com/x"}) {
		t.Errorf("Opened() = %v", got)
	}
}
