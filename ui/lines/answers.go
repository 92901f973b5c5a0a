package lines

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Reading an answer to a list of choices. A person may type the numbers,
// as the list shows them, or the names they see: "Facebook", "facebook,
// instagram", "whatsapp en threads", "1. Facebook", "telefoon". The names
// are the choices' own words, from the guide and the messages; the code
// knows none of them.

// answerWords cuts s into lower-case words of letters and digits; an
// apostrophe stays inside a word ("don't"). Commas, dots and the like only
// separate.
func answerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

// choiceNames are the words of each choice's names, by choice: its label,
// and any other name it goes by (an app's name).
type choiceNames [][][]string

// namesOf makes choiceNames from each choice's names.
func namesOf(names [][]string) choiceNames {
	cn := make(choiceNames, len(names))
	for i, ns := range names {
		for _, n := range ns {
			if ws := answerWords(n); len(ws) > 0 {
				cn[i] = append(cn[i], ws)
			}
		}
	}
	return cn
}

// having are the choices that have word w in one of their names.
func (cn choiceNames) having(w string) []int {
	var found []int
	for i, names := range cn {
		for _, ws := range names {
			if slices.Contains(ws, w) {
				found = append(found, i)
				break
			}
		}
	}
	return found
}

// pick reads an answer as choices, counted from 0, sorted, each once. A
// name typed whole is that choice. Otherwise every word counts on its own:
// a number from 1 to the number of choices; a word that only one choice's
// names have; a word that several have says nothing ("gekoppeld"), nor do
// the words for "and" between names. Any other word, or a number out of
// range, makes ok false, as does an answer that picks nothing: then the
// question is asked again.
func (cn choiceNames) pick(answer string, and []string) (picks []int, ok bool) {
	words := answerWords(answer)
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
