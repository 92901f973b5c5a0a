package main

import (
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestHelpExamplesNameTheGuidesApps: the help names the apps the guide
// has: open's line every app with a form, --platform two of them, and the
// examples the first and another, and where the first's accounts live; the
// program names none of its own.
func TestHelpExamplesNameTheGuidesApps(t *testing.T) {
	for _, lang := range i18n.Languages {
		g, err := content.Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		apps := g.FormApps()
		first, other := apps[0], apps[len(apps)-1]
		var ids []string
		for _, a := range apps {
			ids = append(ids, a.ID)
		}
		tr := i18n.MustNew(lang)
		for _, c := range []struct{ cmd, want string }{
			{"", "open " + tr.T("help.arg.app") + " " + tr.T("cmd.open.short", i18n.Data{"Apps": tr.Or(ids)})},
			{"text", tr.T("flag.platform", i18n.Data{"App": first.ID, "Other": other.ID})},
		} {
			args := []string{"--lang", lang, "--help"}
			if c.cmd != "" {
				args = append([]string{c.cmd}, args...)
			}
			// A description may go on over lines.
			if r := run(t, nil, nil, true, args...); !strings.Contains(normalise(r.stdout), normalise(c.want)) || !strings.Contains(c.want, other.ID) {
				t.Errorf("%s %q: the help does not say %q:\n%s", lang, c.cmd, c.want, r.stdout)
			}
		}
		examples := []struct{ cmd, want string }{
			{"open", "bezwaarwijzer open " + first.ID},
			{"open", "bezwaarwijzer open " + other.ID + " --no-browser"},
			{"text", "--platform " + other.ID},
			{"handout", "--platform " + other.ID},
			{"letter", "--accounts \"" + first.Sites[0] + "/testdorp,@testdorp\""},
		}
		// The program's own examples show open where a screen speaks the
		// language; in Arabic they show the page and the text.
		if i18n.OnScreen(lang) {
			examples = append(examples, struct{ cmd, want string }{"", "bezwaarwijzer open " + first.ID})
		}
		for _, c := range examples {
			args := []string{"--lang", lang, "--help"}
			if c.cmd != "" {
				args = append([]string{c.cmd}, args...)
			}
			r := run(t, nil, nil, true, args...)
			_, examples, found := strings.Cut(r.stdout, i18n.MustNew(lang).T("help.examples"))
			if r.code != 0 || !found || !strings.Contains(examples, c.want) {
				t.Errorf("%s %q: the examples do not say %q:\n%s", lang, c.cmd, c.want, r.stdout)
			}
		}
	}
}
