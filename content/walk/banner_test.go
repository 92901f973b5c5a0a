package walk

import (
	"strings"
	"testing"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// bannerSetup returns the words and the real deadline in lang.
func bannerSetup(t *testing.T, lang string) (*i18n.Translator, content.Deadline) {
	t.Helper()
	tr, err := i18n.New(lang)
	if err != nil {
		t.Fatal(err)
	}
	g, err := content.Load(lang)
	if err != nil {
		t.Fatal(err)
	}
	return tr, g.Deadline
}

func timeAt(t *testing.T, s string, d content.Deadline) time.Time {
	t.Helper()
	tm, err := content.ParseTime(s, d.Zone)
	if err != nil {
		t.Fatalf("ParseTime(%q): %v", s, err)
	}
	return tm
}

func TestBannerSentence(t *testing.T) {
	tests := []struct {
		lang, now string
		// want are parts the sentence must hold; not those it must not.
		want, not []string
	}{
		{
			lang: "nl", now: "2025-05-20T10:00:00+02:00",
			want: []string{"Je hebt nog 6 dagen en 14 uur om bezwaar te maken.", "vóór 27 mei 2025"},
			not:  []string{"voorbij", "geleden"},
		},
		{
			lang: "en", now: "2025-05-20T10:00:00+02:00",
			want: []string{"You have 6 days and 14 hours left to object.", "before 27 May 2025"},
			not:  []string{"passed", "ago"},
		},
		{
			lang: "nl", now: "2025-05-25T21:17:00+02:00",
			want: []string{"nog 1 dag, 2 uur en 43 minuten om", "27 mei 2025"},
		},
		{
			lang: "en", now: "2025-05-26T23:58:50+02:00",
			want: []string{"You have 1 minute left", "27 May 2025"},
		},
		{
			lang: "nl", now: "2025-05-26T23:59:30+02:00",
			want: []string{"nog minder dan 1 minuut om", "27 mei 2025"},
		},
		// On the day itself: Meta begins (D1), and objecting still helps
		// (D2); not "passed (today)".
		{
			lang: "nl", now: "2025-05-27",
			want: []string{"Vanaf vandaag, 27 mei 2025, gebruikt Meta openbare berichten voor Meta AI.", "helpt nog"},
			not:  []string{"Je hebt nog", "voorbij", "(vandaag)"},
		},
		{
			lang: "nl", now: "2025-05-27T12:00",
			want: []string{"Vanaf vandaag, 27 mei 2025,", "Bezwaar maken helpt nog voor wat Meta nog niet gebruikt heeft."},
			not:  []string{"voorbij", "(vandaag)"},
		},
		{
			lang: "en", now: "2025-05-27T12:00:00+02:00",
			want: []string{"From today, 27 May 2025, Meta uses public posts for Meta AI.", "still helps"},
			not:  []string{"left to object", "has passed", "(today)"},
		},
		{
			lang: "en", now: "2025-05-27T23:59:59",
			want: []string{"From today, 27 May 2025,"},
			not:  []string{"has passed", "(today)"},
		},
		{
			// 23:00 in UTC on the 27th is already the 28th in Amsterdam.
			lang: "en", now: "2025-05-27T22:00:00Z",
			want: []string{"The date 27 May 2025 has passed (1 day ago)."},
			not:  []string{"From today"},
		},
		{
			lang: "nl", now: "2025-05-28",
			want: []string{"De datum 27 mei 2025 is voorbij (1 dag geleden).", "helpt nog"},
			not:  []string{"Vanaf vandaag"},
		},
		{
			lang: "nl", now: "2025-05-30T15:00:00+02:00",
			want: []string{"27 mei 2025 is voorbij (3 dagen geleden)"},
		},
		{
			lang: "en", now: "2025-05-30T15:00:00+02:00",
			want: []string{"27 May 2025 has passed (3 days ago)"},
		},
		{
			lang: "nl", now: "2026-11-22",
			want: []string{"27 mei 2025 is voorbij (1 jaar en 5 maanden geleden)"},
		},
		{
			lang: "en", now: "2026-11-22",
			want: []string{"27 May 2025 has passed (1 year and 5 months ago)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.now, func(t *testing.T) {
			tr, d := bannerSetup(t, tt.lang)
			got := BannerSentence(tr, d, timeAt(t, tt.now, d))
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("Sentence = %q, want it to hold %q", got, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("Sentence = %q, want it without %q", got, n)
				}
			}
			if strings.ContainsAny(got, "{}") {
				t.Errorf("Sentence = %q has a placeholder left", got)
			}
		})
	}
}

// TestBannerSentenceUsesContent checks that the banner says the guide's own
// sentences, whatever their words: the writers change them, not the code.
func TestBannerSentenceUsesContent(t *testing.T) {
	tr, d := bannerSetup(t, "en")
	d.Before = "Left: {left}; date: {date}."
	d.After = "Gone since {date}, {ago}."
	d.Today = "It is {date}."
	before := BannerSentence(tr, d, timeAt(t, "2025-05-20", d))
	if want := "Left: 7 days; date: 27 May 2025."; before != want {
		t.Errorf("before: %q, want %q", before, want)
	}
	today := BannerSentence(tr, d, timeAt(t, "2025-05-27T10:00", d))
	if want := "It is 27 May 2025."; today != want {
		t.Errorf("today: %q, want %q", today, want)
	}
	after := BannerSentence(tr, d, timeAt(t, "2025-05-28", d))
	if want := "Gone since 27 May 2025, 1 day ago."; after != want {
		t.Errorf("after: %q, want %q", after, want)
	}
}

func TestLeft(t *testing.T) {
	tests := []struct {
		lang string
		c    content.Countdown
		want string
	}{
		{"nl", content.Countdown{LessThanAMinute: true}, "minder dan 1 minuut"},
		{"en", content.Countdown{LessThanAMinute: true}, "less than 1 minute"},
		{"nl", content.Countdown{Minutes: 1}, "1 minuut"},
		{"nl", content.Countdown{Minutes: 2}, "2 minuten"},
		{"en", content.Countdown{Minutes: 1}, "1 minute"},
		{"en", content.Countdown{Minutes: 2}, "2 minutes"},
		{"nl", content.Countdown{Hours: 1}, "1 uur"},
		{"nl", content.Countdown{Hours: 5}, "5 uur"},
		{"en", content.Countdown{Hours: 1}, "1 hour"},
		{"en", content.Countdown{Hours: 5}, "5 hours"},
		{"nl", content.Countdown{Days: 1}, "1 dag"},
		{"nl", content.Countdown{Days: 7}, "7 dagen"},
		{"en", content.Countdown{Days: 1}, "1 day"},
		{"en", content.Countdown{Days: 59}, "59 days"},
		{"nl", content.Countdown{Days: 6, Hours: 14}, "6 dagen en 14 uur"},
		{"en", content.Countdown{Days: 6, Hours: 14}, "6 days and 14 hours"},
		{"nl", content.Countdown{Days: 1, Minutes: 3}, "1 dag en 3 minuten"},
		{"nl", content.Countdown{Days: 1, Hours: 1, Minutes: 1}, "1 dag, 1 uur en 1 minuut"},
		{"en", content.Countdown{Days: 2, Hours: 3, Minutes: 4}, "2 days, 3 hours and 4 minutes"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.want, func(t *testing.T) {
			tr, _ := bannerSetup(t, tt.lang)
			if got := Left(tr, tt.c); got != tt.want {
				t.Errorf("Left(%+v) = %q, want %q", tt.c, got, tt.want)
			}
		})
	}
}

func TestAgo(t *testing.T) {
	tests := []struct {
		lang string
		c    content.Countdown
		want string
	}{
		{"nl", content.Countdown{Passed: true}, "vandaag"},
		{"en", content.Countdown{Passed: true}, "today"},
		{"nl", content.Countdown{Passed: true, AgoDays: 1}, "1 dag geleden"},
		{"nl", content.Countdown{Passed: true, AgoDays: 3}, "3 dagen geleden"},
		{"en", content.Countdown{Passed: true, AgoDays: 1}, "1 day ago"},
		{"en", content.Countdown{Passed: true, AgoDays: 3}, "3 days ago"},
		{"nl", content.Countdown{Passed: true, AgoMonths: 1}, "1 maand geleden"},
		{"en", content.Countdown{Passed: true, AgoMonths: 1}, "1 month ago"},
		{"nl", content.Countdown{Passed: true, AgoMonths: 2, AgoDays: 3}, "2 maanden geleden"},
		{"en", content.Countdown{Passed: true, AgoMonths: 2, AgoDays: 3}, "2 months ago"},
		{"nl", content.Countdown{Passed: true, AgoYears: 1}, "1 jaar geleden"},
		{"nl", content.Countdown{Passed: true, AgoYears: 2, AgoDays: 9}, "2 jaar geleden"},
		{"en", content.Countdown{Passed: true, AgoYears: 1}, "1 year ago"},
		{"en", content.Countdown{Passed: true, AgoYears: 2}, "2 years ago"},
		{"nl", content.Countdown{Passed: true, AgoYears: 1, AgoMonths: 5, AgoDays: 26}, "1 jaar en 5 maanden geleden"},
		{"en", content.Countdown{Passed: true, AgoYears: 1, AgoMonths: 5, AgoDays: 26}, "1 year and 5 months ago"},
		{"en", content.Countdown{Passed: true, AgoYears: 3, AgoMonths: 1}, "3 years and 1 month ago"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.want, func(t *testing.T) {
			tr, _ := bannerSetup(t, tt.lang)
			if got := Ago(tr, tt.c); got != tt.want {
				t.Errorf("Ago(%+v) = %q, want %q", tt.c, got, tt.want)
			}
		})
	}
}

func TestPracticeSentence(t *testing.T) {
	tests := []struct {
		lang, now, want string
	}{
		{"nl", "2025-05-20T10:00:00+02:00", "Oefenen: de klok staat op 20 mei 2025, 10:00 uur."},
		{"en", "2025-05-20T10:00:00+02:00", "Practice: the clock is set to 20 May 2025, 10:00."},
		// Said in the deadline's zone, whatever zone the time came in.
		{"nl", "2025-05-20T08:00:00Z", "Oefenen: de klok staat op 20 mei 2025, 10:00 uur."},
		{"en", "2025-05-26T23:30:00Z", "Practice: the clock is set to 27 May 2025, 01:30."},
		{"en", "2025-01-15", "Practice: the clock is set to 15 January 2025, 00:00."},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.now, func(t *testing.T) {
			tr, d := bannerSetup(t, tt.lang)
			if got := PracticeSentence(tr, d, timeAt(t, tt.now, d)); got != tt.want {
				t.Errorf("Practice = %q, want %q", got, tt.want)
			}
		})
	}
}
