package lines

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reading an answer to a list of choices. A person may type the numbers,
// as the list shows them, or the names they see: "Facebook", "facebook,
// instagram", "whatsapp en threads", "1. Facebook", "telefoon". The names
// are the choices' own words, from the guide and the messages; the code
// knows none of them.

// answerWords cuts s into lower-case words of letters and digits, with
// the case rules of language lang; an apostrophe stays inside a word
// ("don't"). Commas, dots and the like only separate.
func answerWords(lang, s string) []string {
	return strings.FieldsFunc(lower(lang, s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

// lower is s in lower case. Turkish has two i's: İ is the capital of i,
// and I of ı; strings.ToLower alone makes both i. Then the Turkish letters
// become the letters a Dutch or US keyboard has, as a person there types
// them: "BILGISAYAR" and "bilgisayar" are both "bilgisayar".
func lower(lang, s string) string {
	if lang != "tr" {
		return strings.ToLower(s)
	}
	s = strings.ToLower(strings.NewReplacer("İ", "i", "I", "ı").Replace(s))
	return turkishKeys.Replace(s)
}

var turkishKeys = strings.NewReplacer("ı", "i", "ç", "c", "ğ", "g", "ş", "s", "ö", "o", "ü", "u")

// minStart is how many letters a word needs to stand for a longer word
// that it begins: "telefon" for "telefonumda".
const minStart = 4

// choiceNames are the words of each choice's names, by choice: its label,
// and any other name it goes by (an app's name).
type choiceNames [][][]string

// namesOf makes choiceNames from each choice's names, in language lang.
func namesOf(lang string, names [][]string) choiceNames {
	cn := make(choiceNames, len(names))
	for i, ns := range names {
		for _, n := range ns {
			if ws := answerWords(lang, n); len(ws) > 0 {
				cn[i] = append(cn[i], ws)
			}
		}
	}
	return cn
}

// having are the choices that have word w in one of their names, whole
// or as its start (see begins).
func (cn choiceNames) having(w string) []int {
	var found []int
	for i, names := range cn {
		for _, ws := range names {
			if slices.ContainsFunc(ws, func(name string) bool { return begins(name, w) }) {
				found = append(found, i)
				break
			}
		}
	}
	return found
}

// begins says whether a person typing w means the word name: w is name,
// or w has at least minStart letters and name begins with it. Turkish
// adds endings to a word ("telefon" is in "Telefonumda"); a shorter start
// would stand for too many words ("op", "bu").
func begins(name, w string) bool {
	return name == w || utf8.RuneCountInString(w) >= minStart && strings.HasPrefix(name, w)
}

// pick reads an answer as choices, counted from 0, sorted, each once. A
// name typed whole is that choice. Otherwise every word counts on its own:
// a number from 1 to the number of choices; a word that only one choice's
// names have, whole or as its start ("telefon" for "Telefonumda", see
// begins); a word that several have says nothing ("gekoppeld"), nor do
// the words for "and" between names. Any other word, or a number out of
// range, makes ok false, as does an answer that picks nothing: then the
// question is asked again. Words are compared in lower case with the case
// rules of language lang.
func (cn choiceNames) pick(lang, answer string, and []string) (picks []int, ok bool) {
	words := answerWords(lang, answer)
	for i, names := range cn {
		for _, ws := range names {
			if slices.Equal(ws, words) {
				return []int{i}, true
			}
		}
	}
	for _, w := range words {
		if n, err := strconv.Atoi(w); err == nil {
			if n < 1 || n > len(cn) {
				return nil, false
			}
			picks = append(picks, n-1)
			continue
		}
		switch found := cn.having(w); {
		case len(found) == 1:
			picks = append(picks, found[0])
		case len(found) > 1:
		case slices.Contains(and, w):
		default:
			return nil, false
		}
	}
	slices.Sort(picks)
	picks = slices.Compact(picks)
	return picks, len(picks) > 0
}
