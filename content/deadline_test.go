package content

import (
	"errors"
	"testing"
	"time"
)

// realDeadline returns the deadline of the embedded guide.
func realDeadline(t *testing.T) Deadline {
	t.Helper()
	g, err := Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	return g.Deadline
}

// mustTime parses an RFC 3339 time or a date (midnight in zone).
func mustTime(t *testing.T, s string, zone *time.Location) time.Time {
	t.Helper()
	tm, err := ParseTime(s, zone)
	if err != nil {
		t.Fatalf("ParseTime(%q): %v", s, err)
	}
	return tm
}

func TestRealDeadline(t *testing.T) {
	d := realDeadline(t)
	if d.Zone == nil || d.Zone.String() != "Europe/Amsterdam" {
		t.Fatalf("zone = %v, want Europe/Amsterdam", d.Zone)
	}
	want := time.Date(2025, time.May, 27, 0, 0, 0, 0, d.Zone)
	if !d.At.Equal(want) {
		t.Errorf("At = %v, want %v", d.At, want)
	}
	if d.At.Location() != d.Zone {
		t.Errorf("At is in %v, want the deadline's zone", d.At.Location())
	}
}

func TestCountdownAt(t *testing.T) {
	d := realDeadline(t)
	tests := []struct {
		name string
		now  string
		want Countdown
	}{
		{
			name: "a week before, at 10:00",
			now:  "2025-05-20T10:00:00+02:00",
			want: Countdown{Days: 6, Hours: 14},
		},
		{
			name: "a few hundred milliseconds after 10:00 still reads whole hours",
			now:  "2025-05-20T10:00:00.3+02:00",
			want: Countdown{Days: 6, Hours: 14},
		},
		{
			name: "the same moment in UTC",
			now:  "2025-05-20T08:00:00Z",
			want: Countdown{Days: 6, Hours: 14},
		},
		{
			name: "29 seconds past a minute rounds down",
			now:  "2025-05-20T10:00:29+02:00",
			want: Countdown{Days: 6, Hours: 14},
		},
		{
			name: "31 seconds past a minute rounds up",
			now:  "2025-05-20T10:00:31+02:00",
			want: Countdown{Days: 6, Hours: 13, Minutes: 59},
		},
		{
			name: "days, hours and minutes",
			now:  "2025-05-25T21:17:00+02:00",
			want: Countdown{Days: 1, Hours: 2, Minutes: 43},
		},
		{
			name: "a bare date is midnight in Amsterdam",
			now:  "2025-05-20",
			want: Countdown{Days: 7},
		},
		{
			name: "a bare date the day before",
			now:  "2025-05-26",
			want: Countdown{Days: 1},
		},
		{
			name: "winter time counts calendar days",
			now:  "2025-03-29T00:00:00+01:00",
			want: Countdown{Days: 59},
		},
		{
			name: "a bare date in winter time",
			now:  "2025-01-27",
			want: Countdown{Days: 120},
		},
		{
			name: "two minutes before",
			now:  "2025-05-26T23:58:00+02:00",
			want: Countdown{Minutes: 2},
		},
		{
			name: "one second before",
			now:  "2025-05-26T23:59:59+02:00",
			want: Countdown{LessThanAMinute: true},
		},
		{
			name: "exactly at",
			now:  "2025-05-27T00:00:00+02:00",
			want: Countdown{Passed: true},
		},
		{
			name: "one second after: today",
			now:  "2025-05-27T00:00:01+02:00",
			want: Countdown{Passed: true},
		},
		{
			name: "late on the day itself",
			now:  "2025-05-27T23:59:59+02:00",
			want: Countdown{Passed: true},
		},
		{
			name: "the next day",
			now:  "2025-05-28",
			want: Countdown{Passed: true, AgoDays: 1},
		},
		{
			name: "3 days after",
			now:  "2025-05-30T15:00:00+02:00",
			want: Countdown{Passed: true, AgoDays: 3},
		},
		{
			name: "one month after",
			now:  "2025-06-27T09:00:00+02:00",
			want: Countdown{Passed: true, AgoMonths: 1},
		},
		{
			name: "a month and some days, borrowing June",
			now:  "2025-07-01",
			want: Countdown{Passed: true, AgoMonths: 1, AgoDays: 4},
		},
		{
			name: "1 year 5 months after",
			now:  "2026-11-22T12:00:00+01:00",
			want: Countdown{Passed: true, AgoYears: 1, AgoMonths: 5, AgoDays: 26},
		},
		{
			name: "across a year end",
			now:  "2026-03-01",
			want: Countdown{Passed: true, AgoMonths: 9, AgoDays: 2},
		},
		{
			name: "two years to the day",
			now:  "2027-05-27T08:00:00+02:00",
			want: Countdown{Passed: true, AgoYears: 2},
		},
		{
			name: "after midnight in Amsterdam, still the day before in UTC",
			now:  "2025-05-27T22:30:00Z",
			want: Countdown{Passed: true, AgoDays: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := mustTime(t, tt.now, d.Zone)
			if got := d.CountdownAt(now); got != tt.want {
				t.Errorf("CountdownAt(%s) = %+v, want %+v", tt.now, got, tt.want)
			}
		})
	}
}

// TestCountdownAtNeverNegative counts on every day for two years after
// deadlines on each of the last days of a month: no number may be negative
// and the days stay under a month.
func TestCountdownAtNeverNegative(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	for _, at := range []time.Time{
		time.Date(2025, time.May, 27, 0, 0, 0, 0, ams),
		time.Date(2025, time.January, 31, 0, 0, 0, 0, ams),
		time.Date(2025, time.March, 31, 0, 0, 0, 0, ams),
		time.Date(2024, time.January, 30, 0, 0, 0, 0, ams),
	} {
		d := Deadline{At: at, Zone: ams}
		t.Run(at.Format(time.DateOnly), func(t *testing.T) {
			for now := at; now.Before(at.AddDate(2, 0, 0)); now = now.AddDate(0, 0, 1) {
				c := d.CountdownAt(now.Add(12 * time.Hour))
				if !c.Passed || c.AgoYears < 0 || c.AgoMonths < 0 || c.AgoMonths > 11 || c.AgoDays < 0 || c.AgoDays > 30 {
					t.Fatalf("CountdownAt(%s) = %+v", now.Format(time.DateOnly), c)
				}
			}
		})
	}
}

func TestNextChange(t *testing.T) {
	d := realDeadline(t)
	tests := []struct {
		name string
		now  string
	}{
		{"on the hour", "2025-05-20T10:00:00+02:00"},
		{"a moment after the hour", "2025-05-20T10:00:00.3+02:00"},
		{"at a quarter past a minute", "2025-05-20T10:00:15+02:00"},
		{"at half a minute", "2025-05-20T10:00:30+02:00"},
		{"after half a minute", "2025-05-20T10:00:40+02:00"},
		{"winter time", "2025-03-29T00:00:00+01:00"},
		{"a bare date", "2025-05-20"},
		{"three minutes before", "2025-05-26T23:57:00+02:00"},
		{"two minutes before", "2025-05-26T23:58:00+02:00"},
		{"100 seconds before", "2025-05-26T23:58:20+02:00"},
		{"90 seconds before", "2025-05-26T23:58:30+02:00"},
		{"75 seconds before", "2025-05-26T23:58:45+02:00"},
		{"one minute before", "2025-05-26T23:59:00+02:00"},
		{"30 seconds before", "2025-05-26T23:59:30+02:00"},
		{"one second before", "2025-05-26T23:59:59+02:00"},
		{"20 seconds before the change to summer time", "2025-03-30T01:59:40+01:00"},
		{"20 seconds before the change to winter time", "2024-10-27T02:59:40+02:00"},
		{"exactly at", "2025-05-27T00:00:00+02:00"},
		{"3 days after", "2025-05-30T15:00:00+02:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := mustTime(t, tt.now, d.Zone)
			checkNextChange(t, d, now)
		})
	}
}

// checkNextChange checks that NextChange(now) is after now, that the
// countdown there differs from now's, and that it does not differ at
// instants in between.
func checkNextChange(t *testing.T, d Deadline, now time.Time) {
	t.Helper()
	next := d.NextChange(now)
	if !next.After(now) {
		t.Fatalf("NextChange(%v) = %v, not after now", now, next)
	}
	c := d.CountdownAt(now)
	if got := d.CountdownAt(next); got == c {
		t.Errorf("NextChange(%v) = %v, but the countdown there is %+v, the same as now", now, next, got)
	}
	wait := next.Sub(now)
	for _, at := range []time.Time{
		now.Add(time.Nanosecond),
		now.Add(wait / 4),
		now.Add(wait / 2),
		now.Add(wait * 3 / 4),
		next.Add(-time.Second),
		next.Add(-time.Millisecond),
		next.Add(-time.Nanosecond),
	} {
		if !at.After(now) || !at.Before(next) {
			continue
		}
		if got := d.CountdownAt(at); got != c {
			t.Errorf("NextChange(%v) = %v, but the countdown already changes at %v: %+v, then %+v",
				now, next, at, c, got)
			return
		}
	}
}

func TestNextChangeValues(t *testing.T) {
	d := realDeadline(t)
	tests := []struct {
		name string
		now  string
		want string
	}{
		{"in the last minute: the deadline", "2025-05-26T23:59:30+02:00", "2025-05-27T00:00:00+02:00"},
		{"one second before: the deadline", "2025-05-26T23:59:59+02:00", "2025-05-27T00:00:00+02:00"},
		{"exactly at: the next midnight", "2025-05-27T00:00:00+02:00", "2025-05-28T00:00:00+02:00"},
		{"after: the next midnight", "2025-05-30T15:00:00+02:00", "2025-05-31T00:00:00+02:00"},
		{"after, late at night in UTC: midnight in Amsterdam", "2025-05-30T22:30:00Z", "2025-06-01T00:00:00+02:00"},
		{"after, in winter: midnight in winter time", "2025-12-31T12:00:00+01:00", "2026-01-01T00:00:00+01:00"},
		{"the day of the change to winter time", "2025-10-26T12:00:00+01:00", "2025-10-27T00:00:00+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := mustTime(t, tt.now, d.Zone)
			want := mustTime(t, tt.want, d.Zone)
			if got := d.NextChange(now); !got.Equal(want) {
				t.Errorf("NextChange(%s) = %v, want %v", tt.now, got, want)
			}
		})
	}
}

// TestNextChangeFollowsTheCountdown follows NextChange from a few minutes
// before the deadline to a day after, the way the wizard's clock does, and
// checks every stop.
func TestNextChangeFollowsTheCountdown(t *testing.T) {
	d := realDeadline(t)
	now := d.At.Add(-5*time.Minute - 10*time.Second)
	end := d.At.Add(49 * time.Hour)
	var stops int
	for now.Before(end) {
		next := d.NextChange(now)
		if !next.After(now) {
			t.Fatalf("NextChange(%v) = %v, not after now", now, next)
		}
		if d.CountdownAt(next) == d.CountdownAt(now) {
			t.Errorf("the countdown does not change from %v to NextChange %v: %+v", now, next, d.CountdownAt(now))
		}
		now = next
		stops++
		if stops > 100 {
			t.Fatal("more than 100 stops")
		}
	}
	// 5 minutes: a stop a minute and the deadline, then 2 midnights.
	if stops < 7 {
		t.Errorf("%d stops, want at least 7", stops)
	}
}

func TestParseTime(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		in         string
		want       time.Time
		wantOffset int // seconds east of UTC in the parsed time
	}{
		{
			name:       "RFC 3339 with an offset",
			in:         "2025-05-20T10:00:00+02:00",
			want:       time.Date(2025, 5, 20, 8, 0, 0, 0, time.UTC),
			wantOffset: 2 * 3600,
		},
		{
			name: "RFC 3339 with Z",
			in:   "2025-05-20T08:00:00Z",
			want: time.Date(2025, 5, 20, 8, 0, 0, 0, time.UTC),
		},
		{
			name: "RFC 3339 with fractions",
			in:   "2025-05-20T08:00:00.25Z",
			want: time.Date(2025, 5, 20, 8, 0, 0, 250_000_000, time.UTC),
		},
		{
			name:       "spaces around",
			in:         "  2025-05-20T10:00:00+02:00\n",
			want:       time.Date(2025, 5, 20, 8, 0, 0, 0, time.UTC),
			wantOffset: 2 * 3600,
		},
		{
			name:       "a date in May is midnight in summer time",
			in:         "2025-05-20",
			want:       time.Date(2025, 5, 19, 22, 0, 0, 0, time.UTC),
			wantOffset: 2 * 3600,
		},
		{
			name:       "a date in January is midnight in winter time",
			in:         "2025-01-15",
			want:       time.Date(2025, 1, 14, 23, 0, 0, 0, time.UTC),
			wantOffset: 3600,
		},
		// A time without an offset is Amsterdam time, as the README says.
		{
			name:       "a time without an offset is Amsterdam's summer time",
			in:         "2025-05-26T10:00",
			want:       time.Date(2025, 5, 26, 8, 0, 0, 0, time.UTC),
			wantOffset: 2 * 3600,
		},
		{
			name:       "with seconds",
			in:         "2025-05-26T23:59:30",
			want:       time.Date(2025, 5, 26, 21, 59, 30, 0, time.UTC),
			wantOffset: 2 * 3600,
		},
		{
			name:       "with a space for the T",
			in:         "2025-05-26 10:00",
			want:       time.Date(2025, 5, 26, 8, 0, 0, 0, time.UTC),
			wantOffset: 2 * 3600,
		},
		{
			name:       "with a space and seconds",
			in:         "2025-05-26 10:00:15",
			want:       time.Date(2025, 5, 26, 8, 0, 15, 0, time.UTC),
			wantOffset: 2 * 3600,
		},
		{
			name:       "a time without an offset in winter",
			in:         "2025-01-15T10:00",
			want:       time.Date(2025, 1, 15, 9, 0, 0, 0, time.UTC),
			wantOffset: 3600,
		},
		// An offset, when given, counts, also without seconds.
		{
			name:       "an offset without seconds",
			in:         "2025-05-26T10:00+01:00",
			want:       time.Date(2025, 5, 26, 9, 0, 0, 0, time.UTC),
			wantOffset: 3600,
		},
		{
			name: "Z without seconds",
			in:   "2025-05-26T10:00Z",
			want: time.Date(2025, 5, 26, 10, 0, 0, 0, time.UTC),
		},
		{
			name:       "a space and an offset",
			in:         "2025-05-26 10:00:00+02:00",
			want:       time.Date(2025, 5, 26, 8, 0, 0, 0, time.UTC),
			wantOffset: 2 * 3600,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseTime(tt.in, ams)
			if err != nil {
				t.Fatalf("ParseTime(%q): %v", tt.in, err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("ParseTime(%q) = %v, want %v", tt.in, got, tt.want)
			}
			if _, off := got.Zone(); off != tt.wantOffset {
				t.Errorf("ParseTime(%q) has offset %d s, want %d s", tt.in, off, tt.wantOffset)
			}
		})
	}
	for _, in := range []string{"", "   ", "gisteren", "2025-13-01", "2025-02-30", "20-05-2025", "now",
		"2025-05-20T10", "2025-05-20T25:00", "2025-05-20T10:00:00 +02:00", "2025-05-20 10.00", "10:00"} {
		t.Run("bad "+in, func(t *testing.T) {
			got, err := ParseTime(in, ams)
			if !errors.Is(err, ErrBadTime) {
				t.Errorf("ParseTime(%q) = %v, %v; want ErrBadTime", in, got, err)
			}
			if !got.IsZero() {
				t.Errorf("ParseTime(%q) = %v with the error, want the zero time", in, got)
			}
		})
	}
}

// TestParseTimeYears: a year outside 1970–2200 is a typing mistake, not a
// moment to count down to (found by fuzzing: year 0 in Amsterdam's old
// local mean time did not even read back the same).
func TestParseTimeYears(t *testing.T) {
	zone, _ := time.LoadLocation("Europe/Amsterdam")
	for _, s := range []string{"0000-01-01", "0025-05-20", "1969-12-31", "2201-01-01", "9999-12-31T00:00:00Z"} {
		if _, err := ParseTime(s, zone); !errors.Is(err, ErrBadTime) {
			t.Errorf("ParseTime(%q) = %v, want ErrBadTime", s, err)
		}
	}
	for _, s := range []string{"1970-01-02", "2025-05-20", "2200-12-31"} {
		if _, err := ParseTime(s, zone); err != nil {
			t.Errorf("ParseTime(%q): %v", s, err)
		}
	}
}
