package typed

import "testing"

// TestFrom: a Text holds what was typed as Clean leaves it, cut to its
// limit; the zero Text is empty.
func TestFrom(t *testing.T) {
	for _, c := range []struct {
		in   string
		max  int
		want string
	}{
		{" Gemeente\x1b[2J  Testdorp\u202e\n", 100, "Gemeente Testdorp"},
		{"Súdwest-Fryslân", 100, "Súdwest-Fryslân"},
		{"abcdef", 3, "abc"},
		{"\u200b\x1b]52;c;ZXZpbA==\x07", 100, ""},
	} {
		got := From(c.in, c.max)
		if got.String() != c.want || got.Len() != len([]rune(c.want)) || got.IsEmpty() != (c.want == "") {
			t.Errorf("From(%q, %d) = %q (%d, empty %v), want %q", c.in, c.max, got, got.Len(), got.IsEmpty(), c.want)
		}
		if again := From(got.String(), c.max); again != got {
			t.Errorf("From is not the same again: %q, then %q", got, again)
		}
	}
	if !(Text{}).IsEmpty() || (Text{}).String() != "" {
		t.Error("the zero Text is not empty")
	}
}
