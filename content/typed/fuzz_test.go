package typed

import "testing"

// FuzzClean: Clean never panics, and what it returns is clean (see
// checkClean), also for a small limit that cuts within the text. Echo and
// EchoPath, built on it, are clean and short. Run it with
// go test ./content/typed -run '^$' -fuzz FuzzClean -fuzztime 30s.
func FuzzClean(f *testing.F) {
	for _, c := range cleanCases {
		f.Add(c.in, c.max)
		f.Add(c.in, 3)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		max %= 300 // negative limits included: they leave nothing
		got := Clean(s, max)
		if max <= 0 && got != "" {
			t.Errorf("Clean(%q, %d) = %q, want nothing", s, max, got)
		}
		checkClean(t, s, max, got)
		checkEcho(t, s, Echo(s), EchoMax)
		checkEcho(t, s, EchoPath(s), PathMax)
	})
}
