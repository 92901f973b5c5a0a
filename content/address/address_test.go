package address

import (
	"errors"
	"net/url"
	"strings"
	"testing"
)

var meta = mustAllowList("facebook.com", "instagram.com", "whatsapp.com", "meta.com")

func mustAllowList(hosts ...string) AllowList {
	l, err := NewAllowList(hosts...)
	if err != nil {
		panic(err)
	}
	return l
}

func TestCheckRefusesHostileAddresses(t *testing.T) {
	tests := []struct {
		name    string
		address string
		why     error
	}{
		{"semicolon in the host", "https://evil.com;.facebook.com/", ErrHost},
		{"full-width slash in the host", "https://facebook.com／x", ErrHost},
		{"full-width slash before an evil host", "https://evil.com／.facebook.com/", ErrHost},
		{"http", "http://www.facebook.com/help", ErrNotHTTPS},
		{"upper-case scheme", "HTTPS://www.facebook.com/", ErrNotHTTPS},
		{"no slashes after the scheme", "https:www.facebook.com/", ErrNotHTTPS},
		{"no scheme", "www.facebook.com/help", ErrNotHTTPS},
		{"look-alike suffix", "https://facebook.com.evil.com/", ErrNotAllowed},
		{"look-alike prefix", "https://notfacebook.com/", ErrNotAllowed},
		{"other host", "https://evil.example/", ErrNotAllowed},
		{"user info", "https://user@facebook.com/", ErrUserOrPort},
		{"user info hiding the host", "https://www.facebook.com@evil.example/", ErrUserOrPort},
		{"user and password", "https://a:b@www.facebook.com/", ErrUserOrPort},
		{"port", "https://facebook.com:8443/", ErrUserOrPort},
		{"port 443", "https://www.facebook.com:443/", ErrUserOrPort},
		{"empty port", "https://www.facebook.com:/", ErrUserOrPort},
		{"javascript", "javascript:alert(1)", ErrNotHTTPS},
		{"javascript, empty", "javascript:", ErrNotHTTPS},
		{"file", "file:///etc/passwd", ErrNotHTTPS},
		{"Cyrillic a in facebook", "https://f\u0430cebook.com/", ErrHost},
		{"Cyrillic a in a subdomain", "https://w\u0430w.facebook.com/", ErrHost},
		{"Cyrillic o in instagram's subdomain", "https://help.instagram.c\u043em/", ErrHost},
		{"Greek omicron", "https://faceb\u03bfok.com/", ErrHost},
		{"Punycode look-alike", "https://xn--fcebook-8va.com/", ErrHost},
		{"Punycode subdomain", "https://xn--ww-8ka.facebook.com/", ErrHost},
		{"underscore", "https://www_1.facebook.com/", ErrHost},
		{"trailing dot", "https://www.facebook.com./", ErrHost},
		{"leading dot", "https://.facebook.com/", ErrHost},
		{"empty label", "https://www..facebook.com/", ErrHost},
		{"label starting with a hyphen", "https://-www.facebook.com/", ErrHost},
		{"label ending with a hyphen", "https://www-.facebook.com/", ErrHost},
		{"label of 64 characters", "https://" + strings.Repeat("a", 64) + ".facebook.com/", ErrHost},
		{"percent-encoded host", "https://%66acebook.com/", ErrHost},
		{"percent-encoded dot", "https://evil.com%2efacebook.com/", ErrHost},
		{"empty host", "https:///help", ErrHost},
		{"only the scheme", "https://", ErrHost},
		{"IPv4 address", "https://157.240.1.35/", ErrNotAllowed},
		{"IPv6 address", "https://[::1]/", ErrHost},
		{"backslash in the host", "https://evil.com\\.facebook.com/", ErrHost},
		{"backslash in the path", "https://www.facebook.com/\\evil.com", ErrCharacters},
		{"space in the host", "https://www.face book.com/", ErrHost},
		{"space in the path", "https://www.facebook.com/a b", ErrCharacters},
		{"newline", "https://www.facebook.com/\n", ErrCharacters},
		{"terminal escape in the path", "https://www.facebook.com/\x1b]2;x\x07", ErrCharacters},
		{"bidi control in the path", "https://www.facebook.com/\u202ex", ErrCharacters},
		{"unparsable escape", "https://www.facebook.com/%zz", ErrCharacters},
		{"empty", "", ErrNotHTTPS},
		{"bare allowed suffix", "https://com/", ErrNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := meta.Check(tt.address)
			if err == nil {
				t.Fatalf("Check(%q) = %q, want it refused", tt.address, got)
			}
			if !got.IsZero() {
				t.Errorf("a refused address came back as %q", got)
			}
			if !errors.Is(err, tt.why) {
				t.Errorf("Check(%q): %v, want %v", tt.address, err, tt.why)
			}
		})
	}
}

func TestCheckAcceptsRealAddresses(t *testing.T) {
	tests := []struct{ address, want string }{
		{"https://www.facebook.com/help/contact/712876720715583", ""},
		{"https://help.instagram.com/contact/767264225370182", ""},
		{"https://facebook.com/help", ""},
		{"https://www.whatsapp.com/legal", ""},
		{"https://help.meta.com/", ""},
		{"https://www.facebook.com", ""},
		{"https://www.facebook.com/privacy/?entry=0#top", ""},
		{"https://www.facebook.com/a%20b", ""},
		// Mapped as a browser maps them, and shown as they are opened.
		{"https://WWW.Facebook.COM/help", "https://www.facebook.com/help"},
		{"https://ｗｗｗ.ｆａｃｅｂｏｏｋ.ｃｏｍ/help", "https://www.facebook.com/help"},
		{"https://www。facebook。com/help", "https://www.facebook.com/help"},
		{"https://www.face\u200bbook.com/", "https://www.facebook.com/"}, // ignored by IDNA, and by browsers
	}
	for _, tt := range tests {
		want := tt.want
		if want == "" {
			want = tt.address
		}
		got, err := meta.Check(tt.address)
		if err != nil {
			t.Errorf("Check(%q): %v", tt.address, err)
			continue
		}
		if got.String() != want {
			t.Errorf("Check(%q) = %q, want %q", tt.address, got, want)
		}
	}
}

func TestCheckedHost(t *testing.T) {
	for address, want := range map[string]string{
		"https://www.facebook.com/help":        "www.facebook.com",
		"https://help.instagram.com?x=1":       "help.instagram.com",
		"https://facebook.com#top":             "facebook.com",
		"https://FACEBOOK.com":                 "facebook.com",
		"https://help.meta.com/privacy/a/b?c#": "help.meta.com",
	} {
		c, err := meta.Check(address)
		if err != nil {
			t.Fatal(err)
		}
		if c.Host() != want {
			t.Errorf("Host of %s = %q, want %q", c, c.Host(), want)
		}
	}
	if (Checked{}).Host() != "" || (Checked{}).String() != "" || !(Checked{}).IsZero() {
		t.Error("the zero address is not empty")
	}
}

func TestAllowList(t *testing.T) {
	if _, err := (AllowList{}).Check("https://www.facebook.com/"); !errors.Is(err, ErrNoAllowList) {
		t.Errorf("an empty allow-list allowed an address: %v", err)
	}
	if _, err := NewAllowList(); !errors.Is(err, ErrNoAllowList) {
		t.Errorf("NewAllowList() = %v, want ErrNoAllowList", err)
	}
	for _, bad := range []string{"com", "", "Facebook.com", "facebook.com.", "*.facebook.com", "face_book.com", "xn--fcebook-8va.com", "facebook.com/x"} {
		if _, err := NewAllowList("instagram.com", bad); !errors.Is(err, ErrAllowedEntry) {
			t.Errorf("NewAllowList(%q) = %v, want ErrAllowedEntry", bad, err)
		}
	}
	hosts := []string{"facebook.com", "instagram.com"}
	l := mustAllowList(hosts...)
	hosts[0] = "evil.com"
	if _, err := l.Check("https://evil.com/"); err == nil {
		t.Error("changing the caller's slice widened the allow-list")
	}
	got := l.Hosts()
	got[0] = "evil.com"
	if _, err := l.Check("https://evil.com/"); err == nil {
		t.Error("changing Hosts' result widened the allow-list")
	}
}

// FuzzCheck: whatever an address holds, an address that passes is https,
// printable ASCII, without user or port, on a host that is on the list or
// below one, reads the same to Go's URL parser, and passes again unchanged.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"https://www.facebook.com/help/contact/712876720715583",
		"https://help.instagram.com/contact/767264225370182",
		"https://evil.com;.facebook.com/", "https://facebook.com／x", "https://%66acebook.com/",
		"https://user@facebook.com/", "https://facebook.com:8443/", "https://f\u0430cebook.com/",
		"https://ｗｗｗ.ｆａｃｅｂｏｏｋ.ｃｏｍ/", "https://www.facebook.com./", "javascript:", "",
		"https://a.facebook.com\\@evil.com/", "https://facebook.com?@evil.com", "https://facebook.com#@evil.com",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c, err := meta.Check(raw)
		if err != nil {
			if !c.IsZero() {
				t.Fatalf("refused, yet %q came back", c)
			}
			return
		}
		s := c.String()
		if !strings.HasPrefix(s, "https://") {
			t.Fatalf("%q passed as %q", raw, s)
		}
		for i := 0; i < len(s); i++ {
			if s[i] <= ' ' || s[i] >= 0x7f || s[i] == '\\' {
				t.Fatalf("%q passed as %q, with byte %#x", raw, s, s[i])
			}
		}
		u, err := url.Parse(s)
		if err != nil || u.Scheme != "https" || u.User != nil || u.Port() != "" || u.Hostname() != c.Host() || u.Host != c.Host() {
			t.Fatalf("%q passed as %q, which Go reads as %#v (%v)", raw, s, u, err)
		}
		host := c.Host()
		for i := 0; i < len(host); i++ {
			if b := host[i]; !('a' <= b && b <= 'z' || '0' <= b && b <= '9' || b == '-' || b == '.') {
				t.Fatalf("%q passed, with host %q: not a plain lower-case host name", raw, host)
			}
		}
		ok := false
		for _, a := range meta.Hosts() {
			ok = ok || host == a || strings.HasSuffix(host, "."+a)
		}
		if !ok {
			t.Fatalf("%q passed, with host %q off the allow-list", raw, host)
		}
		again, err := meta.Check(s)
		if err != nil || again != c {
			t.Fatalf("%q passed as %q, which then gives %q, %v", raw, s, again, err)
		}
	})
}
