// Package readability measures how easy a Dutch text is to read. The guide
// is meant for people who find computers and privacy law hard, so a test
// runs every Dutch text of the guide through Analyze and fails when a
// sentence is too long or the Flesch-Douma score (the Dutch version of the
// Flesch reading ease) is too low. The counts are estimates from spelling,
// good enough to catch a text that drifts towards officialese; they are not
// a linguistic analysis.
//
// The texts follow the format of content.Page: paragraphs are separated by
// a blank line, and a line that starts with "- " is a bullet.
package readability

import (
	"strings"
	"unicode"
)

// Stats are the counts of a text, or of several texts added together.
type Stats struct {
	Words     int
	Sentences int
	Syllables int
	// LongestSentence is the number of words of the longest sentence.
	LongestSentence int
	// Long holds the sentences with more words than the limit given to
	// Analyze, so that a failing test can show the writer what to shorten.
	Long []string
}

// Analyze counts the words, sentences and syllables of a text, and collects
// the sentences with more than maxWords words in Long; a maxWords of 0 or
// less collects none.
//
// A sentence ends at ".", "?", "!" or "…" followed by a space or the end,
// at a blank line (the end of a paragraph) and at the end of a bullet line;
// a single line break is a wrapped line inside a paragraph. A dot does not
// end a sentence after a common abbreviation ("art. 21 AVG"), nor before a
// word in lower case, because a Dutch sentence starts with a capital: that
// dot belongs to an abbreviation the list does not know. Dots inside a word
// never end a sentence, so "2.5", "facebook.com" and whole web addresses
// stay whole. A word is whatever stands between spaces and has a letter or
// a digit: a dash or a bullet sign alone is not a word.
func Analyze(text string, maxWords int) Stats {
	var st Stats
	for _, b := range blocks(text) {
		analyzeBlock(&st, b, maxWords)
	}
	return st
}

// blocks splits a text into paragraphs and bullets, each on one line. A
// sentence never runs from one block into the next.
func blocks(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var out, para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, strings.Join(para, " "))
			para = nil
		}
	}
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			flush()
		case isBullet(line):
			flush()
			out = append(out, line)
		default:
			para = append(para, line)
		}
	}
	flush()
	return out
}

// isBullet reports whether a trimmed line is a bullet. The guide's format
// only has "- "; the other signs cost nothing and keep a text pasted from
// elsewhere from turning a list into one long sentence.
func isBullet(line string) bool {
	for _, p := range []string{"- ", "* ", "• ", "– "} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}

// analyzeBlock adds the sentences of one paragraph or bullet to st.
func analyzeBlock(st *Stats, block string, maxWords int) {
	tokens := strings.Fields(block)
	start, words, syllables := 0, 0, 0
	end := func(i int) {
		if words > 0 {
			st.Sentences++
			st.Words += words
			st.Syllables += syllables
			st.LongestSentence = max(st.LongestSentence, words)
			if maxWords > 0 && words > maxWords {
				st.Long = append(st.Long, strings.Join(tokens[start:i], " "))
			}
		}
		start, words, syllables = i, 0, 0
	}
	for i, tok := range tokens {
		if n := Syllables(tok); n > 0 {
			words++
			syllables += n
		}
		next := ""
		if i+1 < len(tokens) {
			next = tokens[i+1]
		}
		if endsSentence(tok, next) {
			end(i + 1)
		}
	}
	end(len(tokens))
}

// abbreviations are common Dutch abbreviations, in lower case, after which
// a dot does not end the sentence even when a capital or a digit follows
// ("o.a. Facebook", "art. 21"). The value says whether the abbreviation may
// also close a sentence, as "enz." often does; then a following capital
// does end the sentence.
var abbreviations = map[string]bool{
	"art.": false, "bijv.": false, "bv.": false, "d.w.z.": false,
	"o.a.": false, "nr.": false, "nrs.": false, "ca.": false, "blz.": false,
	"pag.": false, "p.": false, "m.b.t.": false, "t.a.v.": false,
	"i.p.v.": false, "n.a.v.": false, "i.v.m.": false, "o.b.v.": false,
	"m.i.v.": false, "t.e.m.": false, "z.o.z.": false, "zgn.": false,
	"evt.": false, "resp.": false, "incl.": false, "excl.": false,
	"ong.": false, "dhr.": false, "mevr.": false, "mr.": false, "dr.": false,
	"drs.": false, "ir.": false, "prof.": false, "jl.": false, "vs.": false,
	"enz.": true, "etc.": true, "e.d.": true, "a.u.b.": true, "s.v.p.": true,
}

// endsSentence reports whether a word closes its sentence, given the word
// that follows ("" at the end of a block, which closes it anyway).
func endsSentence(tok, next string) bool {
	t := strings.TrimRightFunc(tok, isCloser)
	switch {
	case t == "":
		return false
	case strings.HasSuffix(t, "?"), strings.HasSuffix(t, "!"), strings.HasSuffix(t, "…"):
		return true
	case !strings.HasSuffix(t, "."):
		return false
	case strings.HasSuffix(t, ".."):
		return true // an ellipsis
	}
	if canEnd, ok := abbreviations[strings.ToLower(strings.TrimLeftFunc(t, isOpener))]; ok {
		return canEnd && startsWith(next, unicode.IsUpper)
	}
	return !startsWith(next, unicode.IsLower)
}

// startsWith reports whether the first letter or digit of s, after any
// opening quote or bracket, satisfies f.
func startsWith(s string, f func(rune) bool) bool {
	for _, r := range strings.TrimLeftFunc(s, isOpener) {
		return f(r)
	}
	return false
}

func isCloser(r rune) bool { return strings.ContainsRune(`)]}"'’”»`, r) }
func isOpener(r rune) bool { return strings.ContainsRune(`([{"'‘“„«`, r) }

// Add returns the counts of two texts together, for a score of the whole
// guide: the sums, the longest of the two longest sentences, and both
// lists of long sentences.
func (s Stats) Add(o Stats) Stats {
	sum := Stats{
		Words:           s.Words + o.Words,
		Sentences:       s.Sentences + o.Sentences,
		Syllables:       s.Syllables + o.Syllables,
		LongestSentence: max(s.LongestSentence, o.LongestSentence),
	}
	if len(s.Long)+len(o.Long) > 0 {
		// A new slice, so that adding to a total never writes into the
		// Long of a Stats that is still in use elsewhere.
		sum.Long = append(append(make([]string, 0, len(s.Long)+len(o.Long)), s.Long...), o.Long...)
	}
	return sum
}

// WordsPerSentence returns the average sentence length. It is 0 for a text
// without words; words without a sentence (only possible in a Stats made by
// hand) count as one sentence.
func (s Stats) WordsPerSentence() float64 {
	switch {
	case s.Words == 0:
		return 0
	case s.Sentences == 0:
		return float64(s.Words)
	}
	return float64(s.Words) / float64(s.Sentences)
}

// FleschDouma returns the reading ease of Douma (1960), the Flesch formula
// fitted to Dutch:
//
//	206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence
//
// Higher is easier; around 60 to 70 is plain language, below 30 is for
// academics. A text without words has no score, and FleschDouma returns 0
// for it: callers should check Words before they compare the score, or an
// empty text would look like the hardest one.
func (s Stats) FleschDouma() float64 {
	if s.Words == 0 {
		return 0
	}
	perHundred := 100 * float64(s.Syllables) / float64(s.Words)
	return 206.84 - 0.77*perHundred - 0.93*s.WordsPerSentence()
}
