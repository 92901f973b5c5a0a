package readability

import (
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// analyzeCases are texts counted by hand. The comments give the sentences
// as the counter should find them, with their words and syllables.
var analyzeCases = []struct {
	name     string
	text     string
	maxWords int
	want     Stats
}{
	{
		name: "empty",
		want: Stats{},
	},
	{
		name: "punctuation only",
		text: "- \n—\n...\n!?",
		want: Stats{},
	},
	{
		// Meta(2) gebruikt(2) je(1) berichten(3) | Wil je dat niet (4×1) |
		// Maak(1) dan(1) bezwaar(2)
		name: "three sentence ends",
		text: "Meta gebruikt je berichten. Wil je dat niet? Maak dan bezwaar!",
		want: Stats{Words: 11, Sentences: 3, Syllables: 16, LongestSentence: 4},
	},
	{
		// Het gaat om drie apps (5×1) | Facebook(2) | Instagram(3) |
		// WhatsApp(2) | Kies er een (3×1)
		name: "bullets",
		text: "Het gaat om drie apps:\n- Facebook\n- Instagram\n- WhatsApp\n\nKies er een.",
		want: Stats{Words: 11, Sentences: 5, Syllables: 15, LongestSentence: 5},
	},
	{
		// Open(2) de app en tik op(5×1) Menu(2): one sentence over a line
		// break | Tik op(2) Instellingen(4) | Kies(1) Privacy(3)
		name: "wrapped paragraph and a bullet with two sentences",
		text: "Open de app\nen tik op Menu.\n- Tik op Instellingen. Kies Privacy.",
		want: Stats{Words: 12, Sentences: 3, Syllables: 19, LongestSentence: 7},
	},
	{
		// Ga naar(2) address(2: facebook) en vul het(3) formulier(3) in(1) |
		// Of kijk op(3) facebook.com(2)
		name: "addresses",
		text: "Ga naar https://www.facebook.com/help/contact/712876720715583 en vul het formulier in. Of kijk op facebook.com.",
		want: Stats{Words: 12, Sentences: 2, Syllables: 16, LongestSentence: 8},
	},
	{
		// Je hebt dat recht(4) volgens(2) art.(1) 21(1) AVG(3) |
		// Meta(2) moet dat(2) respecteren(4)
		name: "article of the AVG",
		text: "Je hebt dat recht volgens art. 21 AVG. Meta moet dat respecteren.",
		want: Stats{Words: 12, Sentences: 2, Syllables: 19, LongestSentence: 8},
	},
	{
		// Dit duurt(2) o.a.(2) 2,5(2) minuut(2) d.w.z.(3) niet lang(2) |
		// Zie bijv. nr. 3 of bijv.(6×1) Instagram(3)
		name: "abbreviations and a decimal comma",
		text: "Dit duurt o.a. 2,5 minuut, d.w.z. niet lang. Zie bijv. nr. 3 of bijv. Instagram.",
		want: Stats{Words: 15, Sentences: 2, Syllables: 22, LongestSentence: 8},
	},
	{
		// Lees hfd. drie (3×1): an unknown abbreviation before a small
		// letter | Je(1) foto's(2) berichten(3) enz.(1): "enz." before a
		// capital ends it | Dat is veel (3×1)
		name: "unknown abbreviation and enz.",
		text: "Lees hfd. drie. Je foto's, berichten enz. Dat is veel.",
		want: Stats{Words: 10, Sentences: 3, Syllables: 13, LongestSentence: 4},
	},
	{
		// Hij zei Doe het niet (5×1) | Daarna(2) na een week(3) stopte(2)
		// hij(1)
		name: "quotes and brackets",
		text: `Hij zei: "Doe het niet!" Daarna (na een week) stopte hij.`,
		want: Stats{Words: 11, Sentences: 2, Syllables: 13, LongestSentence: 6},
	},
	{
		// Eén zin | Nog een zin: Windows line ends
		name: "carriage returns",
		text: "Eén zin.\r\n\r\nNog een zin.",
		want: Stats{Words: 5, Sentences: 2, Syllables: 5, LongestSentence: 3},
	},
	{
		// Dit is kort (3) | Dit is een veel te lange(2) zin met heel veel
		// woorden(2) erin(2): 12 words, 15 syllables
		name:     "a sentence over the limit",
		text:     "Dit is kort. Dit is een veel te lange zin met heel veel woorden erin.",
		maxWords: 10,
		want: Stats{Words: 15, Sentences: 2, Syllables: 18, LongestSentence: 12,
			Long: []string{"Dit is een veel te lange zin met heel veel woorden erin."}},
	},
	{
		name:     "no limit",
		text:     "Dit is een veel te lange zin met heel veel woorden erin.",
		maxWords: 0,
		want:     Stats{Words: 12, Sentences: 1, Syllables: 15, LongestSentence: 12},
	},
	{
		// Tik op de knop Bezwaar(2) maken(2): six words, the bullet sign
		// is none of them | Klaar
		name:     "a bullet over the limit",
		text:     "- Tik op de knop Bezwaar maken.\n- Klaar.",
		maxWords: 5,
		want: Stats{Words: 7, Sentences: 2, Syllables: 9, LongestSentence: 6,
			Long: []string{"- Tik op de knop Bezwaar maken."}},
	},
}

func TestAnalyze(t *testing.T) {
	for _, c := range analyzeCases {
		t.Run(c.name, func(t *testing.T) {
			assertStats(t, Analyze(c.text, c.maxWords), c.want)
		})
	}
}

func assertStats(t *testing.T, got, want Stats) {
	t.Helper()
	if got.Words != want.Words || got.Sentences != want.Sentences ||
		got.Syllables != want.Syllables || got.LongestSentence != want.LongestSentence {
		t.Errorf("words, sentences, syllables, longest = %d, %d, %d, %d; want %d, %d, %d, %d",
			got.Words, got.Sentences, got.Syllables, got.LongestSentence,
			want.Words, want.Sentences, want.Syllables, want.LongestSentence)
	}
	if !slices.Equal(got.Long, want.Long) {
		t.Errorf("Long = %q, want %q", got.Long, want.Long)
	}
}

func TestAdd(t *testing.T) {
	a := Stats{Words: 10, Sentences: 2, Syllables: 15, LongestSentence: 7, Long: []string{"a"}}
	b := Stats{Words: 5, Sentences: 1, Syllables: 6, LongestSentence: 5, Long: []string{"b"}}
	want := Stats{Words: 15, Sentences: 3, Syllables: 21, LongestSentence: 7, Long: []string{"a", "b"}}

	tests := []struct {
		name string
		got  Stats
		want Stats
	}{
		{"two texts", a.Add(b), want},
		{"the other way", b.Add(a), Stats{Words: 15, Sentences: 3, Syllables: 21, LongestSentence: 7, Long: []string{"b", "a"}}},
		{"zero", a.Add(Stats{}), a},
		{"to zero", Stats{}.Add(a), a},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertStats(t, tt.got, tt.want)
		})
	}

	t.Run("no shared Long", func(t *testing.T) {
		long := make([]string, 1, 4)
		long[0] = "a"
		base := Stats{Long: long}
		x := base.Add(Stats{Long: []string{"x"}})
		y := base.Add(Stats{Long: []string{"y"}})
		if x.Long[1] != "x" || y.Long[1] != "y" {
			t.Errorf("sums share their Long: %q and %q", x.Long, y.Long)
		}
	})
}

func TestWordsPerSentence(t *testing.T) {
	tests := []struct {
		name string
		s    Stats
		want float64
	}{
		{"average", Stats{Words: 12, Sentences: 3}, 4},
		{"no words", Stats{}, 0},
		{"words without a sentence", Stats{Words: 5}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertFloat(t, tt.s.WordsPerSentence(), tt.want)
		})
	}
}

func TestFleschDouma(t *testing.T) {
	tests := []struct {
		name string
		s    Stats
		want float64
	}{
		// 150 syllables per 100 words, 10 words per sentence:
		// 206.84 − 0.77×150 − 0.93×10 = 206.84 − 115.5 − 9.3 = 82.04
		{"round numbers", Stats{Words: 100, Sentences: 10, Syllables: 150}, 82.04},
		// Je kunt bezwaar(2) maken(2) | Dat is niet moeilijk(2): 8 words,
		// 11 syllables, 2 sentences. 11/8×100 = 137.5 per 100 words, 4
		// words per sentence: 206.84 − 0.77×137.5 − 0.93×4
		// = 206.84 − 105.875 − 3.72 = 97.245
		{"short Dutch text", Analyze("Je kunt bezwaar maken. Dat is niet moeilijk.", 0), 97.245},
		{"no words", Stats{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertFloat(t, tt.s.FleschDouma(), tt.want)
		})
	}
}

func assertFloat(t *testing.T, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-9 {
		t.Errorf("got %v, want %v", got, want)
	}
}

// FuzzAnalyze checks that no text makes Analyze panic and that the counts
// always fit together.
func FuzzAnalyze(f *testing.F) {
	for _, c := range analyzeCases {
		f.Add(c.text, c.maxWords)
	}
	for _, c := range syllableCases {
		f.Add(c.word, 1)
	}
	f.Add("ide\u0308e\u0308n 'ʼ’ x@ https://?! ... enz. a.u.b. (o.a. IJ) ﬁ ǅ\r\n- \n", -3)

	f.Fuzz(func(t *testing.T, text string, maxWords int) {
		st := Analyze(text, maxWords)
		if st.Sentences < 0 || st.Words < st.Sentences {
			t.Errorf("words %d, sentences %d: want words >= sentences >= 0", st.Words, st.Sentences)
		}
		if st.LongestSentence > st.Words || (st.Sentences > 0) != (st.LongestSentence > 0) {
			t.Errorf("longest %d with %d words in %d sentences", st.LongestSentence, st.Words, st.Sentences)
		}
		if st.Syllables < st.Words {
			t.Errorf("%d syllables for %d words: every word has one", st.Syllables, st.Words)
		}
		if len(st.Long) > st.Sentences || (maxWords <= 0 && len(st.Long) > 0) {
			t.Errorf("%d long sentences of %d, limit %d", len(st.Long), st.Sentences, maxWords)
		}
		if f := st.FleschDouma(); math.IsNaN(f) || math.IsInf(f, 0) {
			t.Errorf("FleschDouma = %v", f)
		}
		// The whole text, too, as one odd word.
		for _, w := range append(strings.Fields(text), text) {
			if strings.ContainsFunc(w, unicode.IsLetter) && Syllables(w) < 1 {
				t.Errorf("Syllables(%q) = %d, want at least 1", w, Syllables(w))
			}
		}
	})
}
