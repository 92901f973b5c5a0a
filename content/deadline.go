package content

import (
	"errors"
	"strings"
	"time"
)

// Countdown is what the deadline banner says at one moment, as numbers. The
// words come from the language files.
type Countdown struct {
	Passed bool

	// Before the deadline: the time left to the nearest minute, counted the
	// way a person counts on a calendar and a clock in the deadline's zone
	// (so a change to summer time does not turn 59 days into "58 days and
	// 23 hours").
	Days, Hours, Minutes int
	// LessThanAMinute is set in the last minute, when all three are zero.
	LessThanAMinute bool

	// After the deadline: how long ago, in whole calendar years, months and
	// days. All zero on the day itself.
	AgoYears, AgoMonths, AgoDays int
}

// CountdownAt returns the countdown at now.
func (d Deadline) CountdownAt(now time.Time) Countdown {
	now = now.In(d.Zone)
	at := d.At.In(d.Zone)
	if !now.Before(at) {
		y, m, days := calendarDiff(at, now)
		return Countdown{Passed: true, AgoYears: y, AgoMonths: m, AgoDays: days}
	}
	left := wallClock(at).Sub(wallClock(now))
	if left <= time.Minute {
		return Countdown{LessThanAMinute: true}
	}
	// To the nearest minute: a clock set to 10:00 a moment ago still reads
	// a whole number of hours to midnight. A tie rounds down, so the words
	// change exactly when NextChange says.
	left = (left + time.Minute/2 - time.Nanosecond).Truncate(time.Minute)
	c := Countdown{
		Days:    int(left / (24 * time.Hour)),
		Hours:   int(left % (24 * time.Hour) / time.Hour),
		Minutes: int(left % time.Hour / time.Minute),
	}
	return c
}

// NextChange returns the first moment after now at which CountdownAt says
// something else, so that a screen redraws only when its words change.
func (d Deadline) NextChange(now time.Time) time.Time {
	at := d.At.In(d.Zone)
	if now.Before(at) {
		left := at.Sub(now)
		switch {
		case left <= time.Minute:
			return at
		case left <= time.Minute+time.Minute/2:
			// From "1 minute" to "less than a minute".
			return at.Add(-time.Minute)
		}
		// Rounded to the nearest minute, the words change each time the
		// time left passes half a minute.
		rest := (left - time.Minute/2) % time.Minute
		if rest == 0 {
			rest = time.Minute
		}
		next := now.Add(rest)
		// A change of the clock (summer or winter time) changes the count
		// too, in calendar days and clock hours.
		if _, end := now.In(d.Zone).ZoneBounds(); !end.IsZero() && end.Before(next) {
			next = end
		}
		return next
	}
	// After the date the words change with the calendar: at midnight.
	local := now.In(d.Zone)
	y, m, day := local.Date()
	return time.Date(y, m, day+1, 0, 0, 0, 0, d.Zone)
}

// wallClock is the time as the clock on the wall shows it, without the
// zone's offset, so that differences are in calendar days and clock hours.
func wallClock(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
}

// calendarDiff returns whole years, months and days from a to b (a <= b),
// counting by the dates in their own zone.
func calendarDiff(a, b time.Time) (years, months, days int) {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	years = by - ay
	months = int(bm) - int(am)
	days = bd - ad
	if days < 0 {
		months--
		// Borrow the month before b's month; a start day past its end
		// (31 January, counted into March) counts from that month's end.
		prev := time.Date(by, bm, 0, 0, 0, 0, 0, time.UTC).Day()
		days = bd + prev - min(ad, prev)
	}
	if months < 0 {
		years--
		months += 12
	}
	return years, months, days
}

// ErrBadTime is returned by ParseTime for text that is neither a date nor a
// date with a time.
var ErrBadTime = errors.New("not a time")

// Layouts ParseTime reads. A time with an offset ("+02:00", "Z") means that
// moment; without one, it is the time on the clock in the deadline's zone,
// as a volunteer in the Netherlands types it. Seconds and the "T" are
// optional; fractions of a second are read wherever seconds are.
var (
	withOffset = []string{
		"2006-01-02T15:04:05Z07:00", // RFC 3339
		"2006-01-02T15:04Z07:00",
		"2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04Z07:00",
	}
	inZone = []string{
		"2006-01-02T15:04:05",
		"2006-01-02T15:04",
		"2006-01-02 15:04:05",
		"2006-01-02 15:04",
		time.DateOnly, // midnight
	}
)

// ParseTime reads the time given to --now: a date ("2025-05-20", midnight),
// or a date and a time ("2025-05-20T10:00", "2025-05-20 10:00:00"), both
// read in zone; or a time with an offset, RFC 3339
// ("2025-05-20T10:00:00+02:00"), which keeps its offset.
//
// Only the years 1970 to 2200 are taken: a year outside them is a typing
// mistake ("0025-05-20"), and deserves a message rather than a countdown of
// two thousand years.
func ParseTime(s string, zone *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	t, ok := parseFirst(s, withOffset, time.Parse)
	if !ok {
		t, ok = parseFirst(s, inZone, func(layout, s string) (time.Time, error) {
			return time.ParseInLocation(layout, s, zone)
		})
	}
	if !ok || t.Year() < 1970 || t.Year() > 2200 {
		return time.Time{}, ErrBadTime
	}
	return t, nil
}

// parseFirst returns the time in the first layout that reads s.
func parseFirst(s string, layouts []string, parse func(layout, s string) (time.Time, error)) (time.Time, bool) {
	for _, layout := range layouts {
		if t, err := parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
