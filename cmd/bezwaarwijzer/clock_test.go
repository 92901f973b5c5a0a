package main

import (
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/plaintext"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
)

// The practice clock and the messages around the clock, through the built
// program: a page printed in practice mode is marked, the practice clock
// passes the date while the wizard runs, the day itself has its own words,
// and --idle and open say what to type instead.

// guideIn loads the guide and the words in lang.
func guideIn(t *testing.T, lang string) (*i18n.Translator, *content.Guide) {
	t.Helper()
	g, err := content.Load(lang)
	if err != nil {
		t.Fatal(err)
	}
	return i18n.MustNew(lang), g
}

func cleanEnv(t *testing.T, lang string) []string {
	return []string{"LANG=" + lang, "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
}

// marginMark is the rule that puts the practice mark at the top of every
// printed sheet.
var marginMark = regexp.MustCompile(`@top-center \{ content: "`)

// TestPracticeHandoutIsMarked: `handout --now` writes a page that says it is
// for practice, as the wizard's banner does, and that its date is not
// today's; printed, every sheet carries the mark. Without --now the page
// has none of it.
func TestPracticeHandoutIsMarked(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			tr, g := guideIn(t, lang)
			env := cleanEnv(t, map[string]string{"nl": "nl_NL.UTF-8", "en": "en_GB.UTF-8"}[lang])
			out := filepath.Join(t.TempDir(), "stappen.html")
			code, _, stderr := runBuilt(t, env, nil, "handout", "--now", "2025-05-20", "-o", out)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			page := normalise(string(data))
			at, _ := content.ParseTime("2025-05-20", g.Deadline.Zone)
			for _, want := range []string{
				walk.BannerSentence(tr, g.Deadline, at),
				walk.PracticeSentence(tr, g.Deadline, at),
				tr.T("handout.practice"),
			} {
				if !strings.Contains(page, normalise(want)) {
					t.Errorf("the practice page does not say %q", want)
				}
			}
			if !marginMark.MatchString(page) {
				t.Error("the practice page puts no mark in the margin of its sheets")
			}

			real := filepath.Join(t.TempDir(), "echt.html")
			if code, _, stderr := runBuilt(t, env, nil, "handout", "-o", real); code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			data, err = os.ReadFile(real)
			if err != nil {
				t.Fatal(err)
			}
			if s := normalise(string(data)); strings.Contains(s, normalise(tr.T("handout.practice"))) || marginMark.MatchString(s) {
				t.Error("a page made with the real clock is marked as practice")
			}
		})
	}
}

// TestPracticeClockPassesTheDate: the practice clock set a few seconds
// before 27 May 2025 passes the date while the welcome screen is open.
// Then the welcome screen gains the note that objecting still helps, as a
// fresh start after the date shows it, and the banner says the day's own
// sentence. A time without an offset is Amsterdam time.
func TestPracticeClockPassesTheDate(t *testing.T) {
	nl, g := guideIn(t, "nl")
	const start = "2025-05-26T23:59:52"
	at, err := content.ParseTime(start, g.Deadline.Zone)
	if err != nil {
		t.Fatal(err)
	}
	env := []string{"LANG=nl_NL.UTF-8", "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir()}
	term := startProgram(t, 80, 24, env, "--now", start, "--no-browser")
	screen := term.waitFor(normalise(walk.BannerSentence(nl, g.Deadline, at)))
	term.waitFor(g.Welcome.Title)
	note := normalise(g.Deadline.Note)
	if strings.Contains(normalise(screen), note) {
		t.Fatalf("before the date the welcome screen has the note:\n%s", shown(screen))
	}
	screen, ok := term.waitWithin(15*time.Second, note)
	if !ok {
		t.Fatalf("the clock passed 27 May 2025, but the welcome screen has no note:\n%s", shown(screen))
	}
	today := normalise(walk.BannerSentence(nl, g.Deadline, g.Deadline.At.Add(time.Minute)))
	if !strings.Contains(normalise(screen), today) {
		t.Errorf("past midnight the banner does not say %q:\n%s", today, shown(screen))
	}
	term.keys("q")
	term.waitFor(nl.T("quit.title"))
	term.keys("j")
	if code := term.stopped(5 * time.Second); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
}

// TestBannerOnTheDay: on 27 May 2025 itself the banner says that Meta
// begins that day and that objecting still helps, not that the date has
// passed "today"; in Dutch and in English.
func TestBannerOnTheDay(t *testing.T) {
	for _, c := range []struct{ lang, env string }{
		{"nl", "nl_NL.UTF-8"},
		{"en", "en_GB.UTF-8"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			tr, g := guideIn(t, c.lang)
			env := []string{"LANG=" + c.env, "TERM=xterm-256color", "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir()}
			term := startProgram(t, 80, 24, env, "--now", "2025-05-27T12:00", "--no-browser")
			date := tr.Date(g.Deadline.At)
			want := normalise(strings.ReplaceAll(g.Deadline.Today, "{date}", date))
			screen := term.waitFor(want)
			// "The date 27 May 2025 has passed (": the sentence for the
			// days after.
			passed, _, _ := strings.Cut(strings.ReplaceAll(g.Deadline.After, "{date}", date), "{ago}")
			if strings.Contains(normalise(screen), normalise(passed)) {
				t.Errorf("on the day itself the banner says %q:\n%s", passed, shown(screen))
			}
			if strings.Contains(screen, "("+tr.T("banner.today")+")") {
				t.Errorf("the banner still says the date passed %q:\n%s", tr.T("banner.today"), shown(screen))
			}
			term.keys("q")
			term.waitFor(tr.T("quit.title"))
			term.keys(map[string]string{"nl": "j", "en": "y"}[c.lang])
			if code := term.stopped(5 * time.Second); code != 0 {
				t.Errorf("exit %d, want 0", code)
			}
		})
	}
}

// TestIdleWithoutUnit: --idle 5 is refused with the unit to add, 5m, in the
// person's language, as a mistake on the command line.
func TestIdleWithoutUnit(t *testing.T) {
	for _, c := range []struct {
		lang, env string
		args      []string
		want      string
	}{
		{"nl", "nl_NL.UTF-8", []string{"--kiosk", "--idle", "5"}, "Bij --idle staat 5 zonder eenheid. Schrijf er een eenheid bij, zoals 5m voor 5 minuten."},
		{"nl", "nl_NL.UTF-8", []string{"--kiosk", "--idle=1"}, "Bij --idle staat 1 zonder eenheid. Schrijf er een eenheid bij, zoals 1m voor 1 minuut."},
		{"en", "en_GB.UTF-8", []string{"--kiosk", "--idle", "10"}, "The value 10 for --idle has no unit. Add a unit, such as 10m for 10 minutes."},
	} {
		t.Run(strings.Join(c.args, " ")+"/"+c.lang, func(t *testing.T) {
			code, stdout, stderr := runBuilt(t, cleanEnv(t, c.env), nil, c.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if got := strings.TrimSpace(stderr); got != c.want {
				t.Errorf("the program says:\n  %s\nwant:\n  %s", got, c.want)
			}
			if stdout != "" {
				t.Errorf("standard output should be empty, it has:\n%s", stdout)
			}
		})
	}
}

// TestOpenAppWithoutForm: open whatsapp (messenger, threads) says that the
// program has no form for that app, and what to do instead: the app's own
// page from the guide. It stays a mistake on the command line (exit 2):
// open takes only apps with a form.
func TestOpenAppWithoutForm(t *testing.T) {
	for _, c := range []struct {
		lang, env string
		args      []string
		app       string
	}{
		{"nl", "nl_NL.UTF-8", []string{"open", "whatsapp"}, "whatsapp"},
		{"nl", "nl_NL.UTF-8", []string{"openen", "Messenger"}, "messenger"},
		{"en", "en_GB.UTF-8", []string{"open", "threads"}, "threads"},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			tr, g := guideIn(t, c.lang)
			app := g.App(c.app)
			code, stdout, stderr := runBuilt(t, cleanEnv(t, c.env), nil, c.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			var ids []string
			for _, a := range g.FormApps() {
				ids = append(ids, a.ID)
			}
			first := tr.T("error.no_form", i18n.Data{"App": app.Name, "Known": tr.Or(ids)})
			want := strings.Join(prose.WrapLine(first, plaintext.Width), "\n") + "\n\n" + plaintext.Page(app.Page.Title, app.Page.Body)
			if got := strings.TrimSpace(stderr); got != want {
				t.Errorf("the program says:\n%s\nwant:\n%s", got, want)
			}
			if unknown := tr.T("error.unknown_platform", i18n.Data{"Platform": c.app, "Known": tr.Or(ids)}); strings.Contains(stderr, unknown) {
				t.Errorf("the program says it does not know %s", app.Name)
			}
			if stdout != "" {
				t.Errorf("standard output should be empty, it has:\n%s", stdout)
			}
			if goErrors.MatchString(stderr) {
				t.Errorf("a Go error string reached the person:\n%s", stderr)
			}
		})
	}
}
