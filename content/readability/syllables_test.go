package readability

import "testing"

// syllableCases are Dutch words with the number of syllables a Dutch
// speaker says, split by hand in the comment where it is not obvious.
var syllableCases = []struct {
	word string
	want int
}{
	// ij
	{"bijna", 2}, {"tijd", 1}, {"vrijdag", 2}, {"bijeenkomst", 3}, {"IJsland", 2},
	// ui
	{"huis", 1}, {"gebruiken", 3}, {"uit", 1}, {"uien", 2},
	// eu
	{"neus", 1}, {"keuze", 2}, {"Europese", 4}, {"geuit", 2}, // ge-uit
	// ou, and the w after it
	{"oud", 1}, {"vrouw", 1}, {"houden", 2}, {"vrouwen", 2}, {"blauw", 1},
	// ie
	{"niet", 1}, {"bericht", 2}, {"privacy", 3}, {"formulier", 3},
	// oe
	{"boek", 1}, {"toestemming", 3}, {"moeten", 2},
	// aa
	{"maand", 1}, {"maken", 2}, {"bezwaar", 2},
	// ee
	{"een", 1}, {"meer", 1}, {"delen", 2}, {"geleden", 3},
	// oo
	{"ook", 1}, {"openbaar", 3}, {"foto", 2},
	// uu
	{"duur", 1}, {"natuurlijk", 3}, {"minuut", 2},
	// The longer groups, and uw.
	{"nieuw", 1}, {"leeuw", 1}, {"mooi", 1}, {"haai", 1}, {"groei", 1},
	{"eeuw", 1}, {"uw", 1}, {"ruwe", 2}, {"nieuwe", 2}, {"eeuwig", 2},
	{"haaien", 2}, {"mooie", 2}, {"milieu", 2}, {"Zeeuws", 1},
	// Two vowels that are no group: no diaeresis needed, still two.
	{"radio", 3}, {"actueel", 3}, {"situatie", 4}, {"januari", 4},
	{"materiaal", 4}, {"ideaal", 3}, {"beoordelen", 4},
	{"geautomatiseerd", 6}, // ge-au-to-ma-ti-seerd
	{"serieus", 3},         // se-ri-eus
	{"museum", 3},          // mu-se-um
	// Diaeresis.
	{"ideeën", 3}, // i-dee-ën
	{"zeeën", 2}, {"België", 3}, {"geïnteresseerd", 5},
	{"coördinatie", 5}, {"financiën", 4}, {"reünie", 3},
	{"beëindigen", 4}, {"geëist", 2}, {"knieën", 2}, {"ruïne", 3},
	{"ide\u0065\u0065\u0308n", 3}, // ideeën in decomposed form
	// Other accents only stress.
	{"één", 1}, {"vóór", 1}, {"café", 2},
	// y
	{"baby", 2}, {"yoga", 2}, {"hockey", 2}, {"systeem", 2},
	{"privacyinstellingen", 7}, // pri-va-cy-in-stel-lin-gen
	// qu
	{"aquarium", 4}, {"frequentie", 3},
	// Words of the guide.
	{"instellingen", 4}, {"persoonsgegevens", 5}, {"bevestiging", 4},
	{"Autoriteit", 4}, {"computerprogramma", 6}, {"gegevens", 3},
	{"berichten", 3}, {"bezwaarschrift", 3}, {"organisatie", 5},
	{"informatie", 4}, {"kunstmatige", 4}, {"intelligentie", 5},
	{"training", 2}, {"trainen", 2}, {"moeilijk", 2}, {"mediabedrijf", 5},
	// Capitals: the same word, and spelled-out abbreviations.
	{"BERICHT", 2}, {"AVG", 3}, {"AP", 2}, {"AI", 2}, {"EU", 2}, {"AVG's", 3},
	// Loanwords.
	{"e-mail", 2}, {"E-mail", 2}, {"mail", 1}, {"e-mailadres", 4},
	{"online", 2}, {"Facebook", 2}, {"Instagram", 3}, {"WhatsApp", 2},
	{"Messenger", 3}, {"Threads", 1}, {"Meta", 2}, {"app", 1}, {"apps", 1},
	{"screenshot", 2}, {"link", 1}, {"chatbot", 2}, {"opt-out", 2},
	{"website", 2}, {"geüpload", 3}, {"updaten", 3}, {"deadline", 2},
	// Loanwords in compounds and inflected.
	{"Facebookaccount", 4}, {"Facebook-account", 4}, {"Facebooks", 2},
	{"onlineformulier", 5}, {"screenshots", 2}, {"beveiligingsupdate", 6},
	{"Instagram-app", 4}, {"Facebook's", 2},
	// Short loanwords do not match inside Dutch words.
	{"apparaat", 3}, {"metaal", 2}, {"linker", 2},
	// Apostrophes, dots, numbers.
	{"foto's", 2}, {"Meta's", 2}, {"zo'n", 1}, {"'s", 1}, {"d.w.z.", 3},
	{"2025", 1}, {"27", 1}, {"2,5", 2}, {"H1", 2},
	// Punctuation around a word does not count.
	{"(bezwaar)", 2}, {"formulier.", 3}, {"„Meta”", 2},
	// Addresses count as their site's name.
	{"https://www.facebook.com/help/contact/712876720715583", 2},
	{"help.instagram.com", 3}, {"facebook.com.", 2},
}

func TestSyllables(t *testing.T) {
	if len(syllableCases) < 60 {
		t.Fatalf("only %d words; the list should keep at least 60", len(syllableCases))
	}
	for _, c := range syllableCases {
		t.Run(c.word, func(t *testing.T) {
			if got := Syllables(c.word); got != c.want {
				t.Errorf("Syllables(%q) = %d, want %d", c.word, got, c.want)
			}
		})
	}
}

func TestSyllablesNoWord(t *testing.T) {
	for _, s := range []string{"", " ", "-", "—", "...", "!?", "\u0308", "()"} {
		t.Run(s, func(t *testing.T) {
			if got := Syllables(s); got != 0 {
				t.Errorf("Syllables(%q) = %d, want 0: it has no letter or digit", s, got)
			}
		})
	}
}

// TestSyllablesAtLeastOne checks words that have letters but no vowel the
// rules know.
func TestSyllablesAtLeastOne(t *testing.T) {
	for _, s := range []string{"s", "'t", "nr", "pst", "ß", "日本", "ʼn", "https://", "x@y.nl"} {
		t.Run(s, func(t *testing.T) {
			if got := Syllables(s); got < 1 {
				t.Errorf("Syllables(%q) = %d, want at least 1", s, got)
			}
		})
	}
}
