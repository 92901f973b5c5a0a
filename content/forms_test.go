package content

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
)

// TestBuiltinAllowList: the allow-list inside the program is Meta's four
// hosts (DESIGN.md, privacy), and the forms pass it.
func TestBuiltinAllowList(t *testing.T) {
	want := []string{"facebook.com", "instagram.com", "whatsapp.com", "meta.com"}
	if got := AllowList().Hosts(); !slices.Equal(got, want) {
		t.Errorf("the built-in allow-list is %v, want %v", got, want)
	}
	for _, lang := range Languages {
		g, err := Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.FormApps()) < 2 {
			t.Fatalf("%s: %d apps with a form, want Facebook and Instagram", lang, len(g.FormApps()))
		}
		for _, a := range g.FormApps() {
			again, err := AllowList().Check(a.Form.String())
			if err != nil || again != a.Form {
				t.Errorf("%s: %s's form %q does not pass the built-in check: %v", lang, a.ID, a.Form, err)
			}
		}
	}
}

// TestGuideWithBadFormDoesNotLoad: a form address that fails the check
// stops the guide from loading, with a reason that names the app, so no
// face ever holds it.
func TestGuideWithBadFormDoesNotLoad(t *testing.T) {
	const fb = `form = "https://www.facebook.com/help/contact/712876720715583"`
	tests := []struct {
		name, form string
		why        error
	}{
		{"semicolon in the host", `form = "https://evil.com;.facebook.com/help/contact/712876720715583"`, address.ErrHost},
		{"full-width slash", `form = "https://facebook.com／x"`, address.ErrHost},
		{"http", `form = "http://www.facebook.com/help/contact/712876720715583"`, address.ErrNotHTTPS},
		{"look-alike host", `form = "https://facebook.com.evil.com/"`, address.ErrNotAllowed},
		{"Cyrillic a", "form = \"https://www.f\u0430cebook.com/\"", address.ErrHost},
		{"user", `form = "https://user@facebook.com/"`, address.ErrUserOrPort},
		{"javascript", `form = "javascript:alert(1)"`, address.ErrNotHTTPS},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, lang := range Languages {
				m := realFS(t)
				replaceIn(t, m, "data/common.toml", fb, tt.form)
				g, err := load(m, lang)
				if g != nil || err == nil {
					t.Fatalf("%s: the guide loaded with %s", lang, tt.form)
				}
				if !errors.Is(err, tt.why) || !strings.Contains(err.Error(), "apps.facebook.form") {
					t.Errorf("%s: the error does not say which form and why (%v):\n%v", lang, tt.why, err)
				}
			}
		})
	}
}

// TestNoFileWidensTheAllowList: the opener's list is the one inside the
// program, whatever a guide was loaded with.
func TestNoFileWidensTheAllowList(t *testing.T) {
	m := realFS(t)
	replaceIn(t, m, "data/common.toml", `"meta.com"]`, `"meta.com", "evil.com"]`)
	replaceIn(t, m, "data/common.toml", `form = "https://help.instagram.com/contact/767264225370182"`, `form = "https://evil.com/"`)
	if _, err := load(m, "nl"); err != nil {
		t.Fatalf("the changed guide did not load: %v", err)
	}
	if _, err := AllowList().Check("https://evil.com/"); !errors.Is(err, address.ErrNotAllowed) {
		t.Errorf("a loaded file widened the built-in allow-list: %v", err)
	}
}
