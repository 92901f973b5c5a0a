package walk

import (
	"strings"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// The banner words the deadline on every screen: how long until 27 May
// 2025, or that it has passed and objecting still helps.

// Banner is the banner over a screen.
type Banner struct {
	Sentence string
	// Practice says that the clock is set (--now); "" when it is not.
	Practice string
}

func newBanner(t *i18n.Translator, d content.Deadline, s State) Banner {
	b := Banner{Sentence: BannerSentence(t, d, s.Now)}
	if s.Practice {
		b.Practice = PracticeSentence(t, d, s.Now)
	}
	return b
}

// BannerSentence returns the banner's sentence at now: the time left
// before the date; on the day itself that Meta begins, and that objecting
// still helps; after it, how long ago it was.
func BannerSentence(t *i18n.Translator, d content.Deadline, now time.Time) string {
	c := d.CountdownAt(now)
	date := t.Date(d.At.In(d.Zone))
	switch {
	case c.Passed && c.AgoYears == 0 && c.AgoMonths == 0 && c.AgoDays == 0:
		return fill(d.Today, "{date}", date)
	case c.Passed:
		return fill(d.After, "{date}", date, "{ago}", Ago(t, c))
	}
	return fill(d.Before, "{date}", date, "{left}", Left(t, c))
}

// PracticeSentence returns the line that says the clock is set, for --now.
func PracticeSentence(t *i18n.Translator, d content.Deadline, now time.Time) string {
	return t.T("banner.practice", i18n.Data{"Time": t.DateTime(now.In(d.Zone))})
}

// Left words the time left: "6 dagen, 3 uur en 2 minuten".
func Left(t *i18n.Translator, c content.Countdown) string {
	if c.LessThanAMinute {
		return t.T("banner.less_than_a_minute")
	}
	var parts []string
	if c.Days > 0 {
		parts = append(parts, t.N("banner.days", c.Days))
	}
	if c.Hours > 0 {
		parts = append(parts, t.N("banner.hours", c.Hours))
	}
	if c.Minutes > 0 {
		parts = append(parts, t.N("banner.minutes", c.Minutes))
	}
	return t.List(parts)
}

// Ago words how long ago the date was: "vandaag", "3 dagen geleden", "1 jaar
// en 5 maanden geleden". Days are left out once it is months ago: nobody
// needs them then.
func Ago(t *i18n.Translator, c content.Countdown) string {
	var parts []string
	switch {
	case c.AgoYears == 0 && c.AgoMonths == 0 && c.AgoDays == 0:
		return t.T("banner.today")
	case c.AgoYears == 0 && c.AgoMonths == 0:
		parts = append(parts, t.N("banner.ago_days", c.AgoDays))
	default:
		if c.AgoYears > 0 {
			parts = append(parts, t.N("banner.ago_years", c.AgoYears))
		}
		if c.AgoMonths > 0 {
			parts = append(parts, t.N("banner.ago_months", c.AgoMonths))
		}
	}
	return t.T("banner.ago", i18n.Data{"Span": t.List(parts)})
}

func fill(s string, pairs ...string) string {
	return strings.NewReplacer(pairs...).Replace(s)
}
