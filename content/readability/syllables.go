package readability

import (
	"cmp"
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Syllables returns the number of syllables of one Dutch word, as a Dutch
// reader would say it. It returns 0 only for a string without any letter or
// digit (a dash, a row of dots); a word with a letter counts at least 1.
//
// The counter works on spelling, not on a dictionary, so that it needs no
// data and gives the same answer for words nobody listed:
//
//   - Every vowel group is one syllable. Dutch writes one vowel sound with
//     two or three letters (ij, ui, eu, ou, ie, oe, aa, ee, oo, uu, ei, au,
//     ai, oi, and aai, ooi, oei, eeu(w), ieu(w)); the w of "uw", "eeuw" and
//     "nieuw" is a consonant, so those need no group of their own. A y is a
//     vowel after a consonant ("privacy") and joins a vowel before it
//     ("hockey"); at the start before a vowel it is a consonant ("yoga").
//   - Two vowels that do not form a group are two syllables ("radio",
//     "actueel"): Dutch spelling leaves out the diaeresis there because the
//     letters cannot be misread.
//   - A diaeresis starts a new syllable ("ideeën", "geïnteresseerd"); an
//     acute or grave accent only stresses ("één" is one syllable).
//   - Hyphens, dots and apostrophes split a word into parts that are counted
//     one by one ("e-mailadres", "d.w.z."); a part after an apostrophe
//     without a vowel adds nothing ("foto's", "zo'n").
//   - A run of digits counts as one syllable ("27", "2025"). Saying the
//     Dutch number word ("tweeduizendvijfentwintig" has seven) would punish
//     a date or a deadline that readers take in at a glance, and would need
//     a number speller that is larger than this package.
//   - A word in capitals of two to five letters is an abbreviation that is
//     spelled out, one syllable per letter ("AVG" = a-vee-gee).
//   - English loanwords are read the English way, which no Dutch rule
//     predicts ("Facebook" has two syllables, not three); see loanwords.
//   - A web address counts as its site's name ("https://help.instagram.com/…"
//     as "instagram"): the reader recognises the site and copies the rest.
func Syllables(word string) int {
	w := strings.TrimFunc(word, notWordEdge)
	if w == "" {
		return 0
	}
	name := w
	if isAddress(w) {
		name = siteName(w)
	}
	n := countWord(toUnits(name), false)
	if n == 0 && strings.ContainsFunc(w, isLetterOrDigit) {
		n = 1
	}
	return n
}

// loanwords are the syllable counts of English words the guide uses, said
// the way Dutch speakers say them (see loanwords.txt, which says why each
// is there), by word in lower case.
var loanwords = parseLoanwords(loanwordsFile)

//go:embed loanwords.txt
var loanwordsFile string

// parseLoanwords reads the list: a word and its count a line; blank lines
// and lines that start with # are left out. The list is built in, and a
// test reads it, so a line it cannot read is a mistake in the program.
func parseLoanwords(list string) map[string]int {
	words := map[string]int{}
	for _, line := range strings.Split(list, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, count, ok := strings.Cut(line, " ")
		n, err := strconv.Atoi(strings.TrimSpace(count))
		if !ok || err != nil || n < 1 {
			panic("readability: loanwords.txt: cannot read " + strconv.Quote(line))
		}
		words[strings.ToLower(word)] = n
	}
	return words
}

// minStem is the least number of letters a loanword needs to be found
// inside a compound; see loanwords.
const minStem = 5

type stem struct {
	word  string
	runes int
	n     int
}

// stems are the loanwords that may begin or end a compound, longest first
// so that "uploaden" wins over "upload".
var stems = func() []stem {
	var s []stem
	for w, n := range loanwords {
		if r := utf8.RuneCountInString(w); r >= minStem {
			s = append(s, stem{w, r, n})
		}
	}
	slices.SortFunc(s, func(a, b stem) int {
		return cmp.Or(cmp.Compare(b.runes, a.runes), strings.Compare(a.word, b.word))
	})
	return s
}()

// The kinds of unit a word is made of.
const (
	kindSep = iota
	kindLetter
	kindDigit
	kindApostrophe
)

// unit is one character of a word, prepared for counting.
type unit struct {
	low   rune // the character in lower case, with a diaeresis but no other accent
	base  rune // low without any accent: what the vowel rules look at
	kind  int
	trema bool // carried a diaeresis, so it starts a new syllable
	upper bool
}

// toUnits prepares a word for counting. Combining marks are folded into
// the letter before them, so that text in decomposed form (as macOS may
// write it) counts like composed text.
func toUnits(w string) []unit {
	us := make([]unit, 0, len(w))
	for _, r := range w {
		if unicode.Is(unicode.Mn, r) {
			if len(us) > 0 && us[len(us)-1].kind == kindLetter && r == '\u0308' {
				p := &us[len(us)-1]
				if t, ok := withTrema[p.base]; ok {
					p.low, p.trema = t, true
				}
			}
			continue
		}
		u := unit{kind: kindSep, low: unicode.ToLower(r)}
		switch {
		case r == '\'' || r == '’' || r == 'ʼ':
			// Before the letters, as ʼ is a letter to Unicode.
			u.kind = kindApostrophe
		case unicode.IsLetter(r):
			u.kind = kindLetter
			u.upper = unicode.IsUpper(r)
			u.base = u.low
			if a, ok := accents[u.low]; ok {
				u.base, u.trema = a.base, a.trema
				if !a.trema {
					u.low = a.base
				}
			}
		case unicode.IsDigit(r):
			u.kind = kindDigit
		}
		us = append(us, u)
	}
	return us
}

type accent struct {
	base  rune
	trema bool
}

// withTrema gives the letter with a diaeresis for a plain vowel.
var withTrema = map[rune]rune{'a': 'ä', 'e': 'ë', 'i': 'ï', 'o': 'ö', 'u': 'ü', 'y': 'ÿ'}

// accents maps accented vowels to their plain vowel. Only a diaeresis
// changes the count; other accents stress ("één", "vóór") or come with a
// French loanword ("café").
var accents = func() map[rune]accent {
	m := map[rune]accent{}
	for base, all := range map[rune]string{
		'a': "àáâãåā", 'e': "èéêē", 'i': "ìíîī", 'o': "òóôõøō", 'u': "ùúûū", 'y': "ý",
	} {
		for _, r := range all {
			m[r] = accent{base, false}
		}
	}
	for base, r := range withTrema {
		m[r] = accent{base, true}
	}
	return m
}()

// countWord counts a prepared word: first as a known loanword, then as a
// compound that begins or ends with one, else by the spelling rules. glued
// says that the word continues the letters before it (the rest of
// "Facebooks" after "Facebook"), so a vowelless start adds nothing.
func countWord(us []unit, glued bool) int {
	if len(us) == 0 {
		return 0
	}
	key := lowKey(us)
	if n, ok := loanwords[key]; ok {
		return n
	}
	for _, s := range stems {
		if len(us) <= s.runes {
			continue
		}
		if strings.HasPrefix(key, s.word) {
			return s.n + countWord(us[s.runes:], true)
		}
		if strings.HasSuffix(key, s.word) {
			return countWord(us[:len(us)-s.runes], glued) + s.n
		}
	}
	return countUnits(us, glued)
}

// lowKey is the word in lower case, one rune per unit, so that a loanword
// of n runes covers exactly n units.
func lowKey(us []unit) string {
	var b strings.Builder
	for _, u := range us {
		b.WriteRune(u.low)
	}
	return b.String()
}

// countUnits applies the spelling rules part by part: a run of letters, a
// run of digits, with anything else in between.
func countUnits(us []unit, glued bool) int {
	n := 0
	afterApostrophe := glued
	for i := 0; i < len(us); {
		j := i + 1
		switch us[i].kind {
		case kindDigit:
			for j < len(us) && us[j].kind == kindDigit {
				j++
			}
			n++
			afterApostrophe = false
		case kindLetter:
			for j < len(us) && us[j].kind == kindLetter {
				j++
			}
			k := letterRun(us[i:j])
			// A part without a vowel is a letter said on its own ("d" in
			// "d.w.z.", "t" in "t-shirt"), unless it is the "s" or "n"
			// clipped on by an apostrophe.
			if k == 0 && !afterApostrophe {
				k = 1
			}
			n += k
			afterApostrophe = false
		case kindApostrophe:
			afterApostrophe = true
		default:
			afterApostrophe = false
		}
		i = j
	}
	return n
}

// letterRun counts one run of letters.
func letterRun(seg []unit) int {
	if isAcronym(seg) {
		return len(seg)
	}
	n := 0
	for i := 0; i < len(seg); {
		if !isVowelAt(seg, i) {
			i++
			continue
		}
		n++
		i += groupLen(seg, i)
	}
	return n
}

// isAcronym reports whether a run is an abbreviation that is spelled out:
// two to five capitals. "IJ" is one letter in Dutch, so a run that starts
// with it is a word in capitals ("IJSSEL"), not an abbreviation.
func isAcronym(seg []unit) bool {
	if len(seg) < 2 || len(seg) > 5 || (seg[0].base == 'i' && seg[1].base == 'j') {
		return false
	}
	for _, u := range seg {
		if !u.upper {
			return false
		}
	}
	return true
}

func isPlainVowel(r rune) bool { return strings.ContainsRune("aeiou", r) }

// isVowelAt reports whether the letter at i sounds as a vowel.
func isVowelAt(seg []unit, i int) bool {
	switch seg[i].base {
	case 'a', 'e', 'i', 'o':
		return true
	case 'u':
		// The u of "qu" is said as a w: "aquarium", "frequentie".
		return i == 0 || seg[i-1].base != 'q'
	case 'y':
		// "yoga", "yes": a y before a vowel at the start is a consonant.
		return i != 0 || len(seg) == 1 || !isPlainVowel(seg[1].base)
	}
	return false
}

// Vowel groups that are one sound. See Syllables.
var (
	groups3 = map[string]bool{"aai": true, "ooi": true, "oei": true, "eeu": true, "ieu": true}
	groups2 = map[string]bool{
		"ij": true, "ui": true, "eu": true, "ou": true, "ie": true, "oe": true,
		"aa": true, "ee": true, "oo": true, "uu": true, "ei": true, "au": true,
		"ai": true, "oi": true, "ay": true, "ey": true, "oy": true, "uy": true,
	}
)

// groupLen returns how many letters from i make one vowel sound: the
// longest group that starts there, else 1. A letter with a diaeresis
// cannot continue a group, but it can start one ("geëist" = ge-eist).
func groupLen(seg []unit, i int) int {
	for l := 3; l >= 2; l-- {
		if i+l > len(seg) {
			continue
		}
		var b [3]rune
		ok := true
		for k := range l {
			b[k] = seg[i+k].base
			if k > 0 && seg[i+k].trema {
				ok = false
			}
		}
		if !ok {
			continue
		}
		g := string(b[:l])
		switch {
		case l == 3 && groups3[g]:
			// "ieu" is one sound in "nieuw" and "milieu", but "serieus"
			// is se-ri-eus.
			if g == "ieu" && i+3 < len(seg) && seg[i+3].base != 'w' {
				continue
			}
			return 3
		case l == 2 && groups2[g]:
			// Latin words in -eum: "museum" is mu-se-um.
			if g == "eu" && endsInUm(seg, i+1) {
				continue
			}
			return 2
		}
	}
	return 1
}

// endsInUm reports whether the u at i is the u of a final "um" or "ums".
func endsInUm(seg []unit, i int) bool {
	rest := len(seg) - i
	return (rest == 2 || rest == 3 && seg[i+2].base == 's') && seg[i+1].base == 'm'
}

// tlds are the top-level domains that make "name.tld" an address. A short
// list is enough: it only has to tell "facebook.com" from "d.w.z".
var tlds = map[string]bool{
	"com": true, "nl": true, "org": true, "net": true, "eu": true, "be": true,
	"de": true, "io": true, "app": true, "info": true, "gov": true,
}

// isAddress reports whether a word is a web or e-mail address. Those are
// one word, never split into sentences at their dots.
func isAddress(w string) bool {
	lw := strings.ToLower(w)
	if strings.Contains(lw, "://") || strings.HasPrefix(lw, "www.") {
		return true
	}
	labels := strings.Split(host(lw), ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || strings.ContainsFunc(l, func(r rune) bool {
			return !isLetterOrDigit(r) && r != '-'
		}) {
			return false
		}
	}
	return tlds[labels[len(labels)-1]]
}

// host returns the host part of a lower-case address.
func host(lw string) string {
	if i := strings.Index(lw, "://"); i >= 0 {
		lw = lw[i+3:]
	}
	if i := strings.LastIndexByte(lw, '@'); i >= 0 {
		lw = lw[i+1:]
	}
	if i := strings.IndexAny(lw, "/?#:"); i >= 0 {
		lw = lw[:i]
	}
	return strings.TrimPrefix(lw, "www.")
}

// siteName returns the name a reader knows a site by: the label before the
// top-level domain ("instagram" in "help.instagram.com").
func siteName(w string) string {
	labels := strings.Split(host(strings.ToLower(w)), ".")
	if len(labels) >= 2 {
		return labels[len(labels)-2]
	}
	return labels[0]
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// notWordEdge is true for what may surround a word but is not part of it:
// punctuation, quotes, brackets. Combining marks stay, as they belong to
// the letter before them.
func notWordEdge(r rune) bool { return !isLetterOrDigit(r) && !unicode.Is(unicode.Mn, r) }
