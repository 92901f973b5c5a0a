package content

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/readability"
)

// The plain-Dutch targets for the whole Dutch guide (STYLE.md, "Plain
// Dutch"; issue 4, point 4). The score is the Flesch-Douma reading ease.
const (
	minScore            = 70
	maxAvgWords         = 12.0
	maxWordsPerSentence = 20
)

// The example values put into the placeholders before a text is measured,
// so that the measured sentence is the one a person reads.
var (
	exampleApp      = "facebook"
	exampleAccount  = "Gemeente Testdorp"
	exampleMonth    = "april 2025" // a route's date, when only the month is known
	exampleDeadline = strings.NewReplacer(
		"{date}", "27 mei 2025",
		"{left}", "6 dagen, 3 uur en 2 minuten",
		"{ago}", "1 jaar en 5 maanden geleden",
	)
)

// plainText is one Dutch text of the guide as a person reads it.
type plainText struct {
	name string // where it is in nl.toml, as Validate names it
	text string
	// label marks a short label: an option of a question or an app's name.
	// Labels have no end punctuation and are mostly a name ("Facebook") or
	// a short answer ("Ik weet het niet"). Counted as sentences of their
	// own they would add a dozen one- to five-word "sentences" and flatter
	// the average and the score, so they are left out of the statistics;
	// they are in the jargon check like every other text.
	label bool
}

// screen is what the program shows together: a jargon word must be
// explained on the screen where it stands.
type screen struct {
	name  string
	texts []plainText
}

// plainScreens lists every Dutch text a person reads from the guide,
// grouped by the screen that shows them together. A text that two screens
// show (the deadline note, with the welcome and in the banner) is listed on
// both; plainStats counts it once. The letter of the organisation path is
// not here: it is written to Meta, formally, and must name the law.
func plainScreens(g *Guide) []screen {
	var out []screen
	add := func(name string, texts ...plainText) { out = append(out, screen{name, texts}) }
	page := func(at string, p Page) []plainText {
		return []plainText{{name: at + ".title", text: p.Title}, {name: at + ".body", text: p.Body}}
	}
	fill := func(s string) string { return exampleDeadline.Replace(s) }
	note := plainText{name: "deadline.note", text: fill(g.Deadline.Note)}

	// The welcome screen shows the note after the date (welcome.go).
	add("welcome", append(page("welcome", g.Welcome), note)...)
	for i, p := range g.Explain {
		add(fmt.Sprintf("explain[%d] (%s)", i, p.ID), page(fmt.Sprintf("explain[%d]", i), p)...)
	}
	// The recognise screen lists each app's name and how to recognise it
	// under its body (wizard.recogniseList).
	recognise := page("recognise", g.Recognise.Page)
	for _, a := range g.Apps {
		recognise = append(recognise,
			plainText{name: "apps." + a.ID + ".name", text: a.Name, label: true},
			plainText{name: "apps." + a.ID + ".recognise", text: a.Recognise})
	}
	add("recognise", append(recognise, plainText{name: "recognise.next", text: g.Recognise.Next})...)
	for _, id := range slices.Sorted(maps.Keys(g.Questions)) {
		q := g.Questions[id]
		at := "questions." + id
		texts := []plainText{{name: at + ".title", text: q.Title}, {name: at + ".help", text: q.Help}}
		for _, o := range q.Options {
			texts = append(texts, plainText{name: at + ".options." + o.ID, text: o.Label, label: true})
		}
		add(at, texts...)
	}
	for _, a := range g.Apps {
		at := "apps." + a.ID
		if len(a.Menu) > 0 {
			var texts []plainText
			for i, line := range a.Menu {
				texts = append(texts, plainText{name: fmt.Sprintf("%s.menu[%d]", at, i), text: line})
			}
			// After the route, every face says how old it is and offers
			// the last way in (route.nl.toml).
			texts = append(texts,
				plainText{name: "route.note", text: strings.ReplaceAll(g.Route.Note, "{date}", exampleMonth)},
				plainText{name: "route.last_way", text: g.Route.LastWay})
			add(at+".menu", texts...)
		}
		if !a.HasForm() {
			add(at+".page", page(at+".page", a.Page)...)
		}
	}
	// Steps are measured as they read for Facebook; an organisation's steps
	// for an account named like the example its form gives.
	app := g.App(exampleApp)
	step := strings.NewReplacer("{app}", app.Name, "{url}", app.Form.String(), "{account}", exampleAccount)
	for i, s := range g.Steps {
		at := fmt.Sprintf("steps[%d] (%s)", i, s.ID)
		add(at, plainText{name: at + ".title", text: step.Replace(s.Title)},
			plainText{name: at + ".body", text: step.Replace(s.Body)})
		// An organisation's step as a kind of organisation reads it.
		for _, kind := range slices.Sorted(maps.Keys(s.Kinds)) {
			w, kat := s.Kinds[kind], at+".kinds."+kind
			var texts []plainText
			if w.Title != "" {
				texts = append(texts, plainText{name: kat + ".title", text: step.Replace(w.Title)})
			}
			if w.Body != "" {
				texts = append(texts, plainText{name: kat + ".body", text: step.Replace(w.Body)})
			}
			add(kat, texts...)
		}
	}
	add("reason", plainText{name: "reason", text: g.Reason})
	for i, p := range g.More {
		add(fmt.Sprintf("more[%d] (%s)", i, p.ID), page(fmt.Sprintf("more[%d]", i), p)...)
	}
	add("done", append(page("done", g.Done.Page), plainText{name: "done.objected", text: g.Done.Objected})...)
	// The info screen lists the sources under its body, as "name: what".
	info := page("info", g.Info)
	for i, s := range g.Sources {
		info = append(info, plainText{name: fmt.Sprintf("sources[%d]", i), text: s.Name + ": " + s.What})
	}
	add("info", info...)
	// The organisation's screens: its explanation, the advice, and each
	// question for the letter with its help (the letter itself is left
	// out, see above).
	o := g.Organisation
	add("organisation.intro", page("organisation.intro", o.Intro)...)
	add("organisation.advice", page("organisation.advice", o.Advice)...)
	f := o.Form
	questions := [][3]string{{"organisation.form.org", f.Org, f.OrgHelp}}
	for _, a := range g.FormApps() {
		questions = append(questions, [3]string{"apps." + a.ID + ".accounts", a.Accounts, a.AccountsHelp})
	}
	questions = append(questions, [][3]string{
		{"organisation.form.contact", f.Contact, f.ContactHelp}, {"organisation.form.place", f.Place, f.PlaceHelp},
		{"organisation.form.signer", f.Signer, f.SignerHelp}, {"organisation.form.function", f.Function, f.FunctionHelp},
	}...)
	for _, q := range questions {
		at := q[0]
		add(at, plainText{name: at, text: q[1], label: true}, plainText{name: at + "_help", text: q[2]})
	}
	// The question for the kind of organisation shows its options, the
	// kinds' labels, under its help.
	kind := []plainText{{name: "organisation.form.kind", text: f.Kind, label: true}, {name: "organisation.form.kind_help", text: f.KindHelp}}
	for _, id := range OrgKinds {
		kind = append(kind, plainText{name: "organisation.kinds." + id + ".label", text: o.Kinds[id].Label, label: true})
	}
	add("organisation.form.kind", kind...)
	// The banner shows one deadline sentence at a time.
	add("deadline.before", plainText{name: "deadline.before", text: fill(g.Deadline.Before)})
	add("deadline.today", plainText{name: "deadline.today", text: fill(g.Deadline.Today)})
	add("deadline.after", plainText{name: "deadline.after", text: fill(g.Deadline.After)})
	add("deadline.note", note)
	return out
}

// measured is the statistics of one text.
type measured struct {
	name  string
	text  string
	stats readability.Stats
}

// plainStats measures every text once, labels left out (see plainText).
// Each text is measured on its own, so that no sentence runs from one text
// into the next.
func plainStats(screens []screen) (total readability.Stats, texts []measured) {
	seen := map[string]bool{}
	for _, s := range screens {
		for _, t := range s.texts {
			if t.label || seen[t.name] {
				continue
			}
			seen[t.name] = true
			st := readability.Analyze(t.text, maxWordsPerSentence)
			texts = append(texts, measured{t.name, t.text, st})
			total = total.Add(st)
		}
	}
	return total, texts
}

// sentenceProblems returns a message for every sentence of the texts that
// has more than maxWordsPerSentence words.
func sentenceProblems(texts []measured) []string {
	var problems []string
	for _, m := range texts {
		for _, long := range m.stats.Long {
			n := readability.Analyze(long, 0).Words
			problems = append(problems, fmt.Sprintf("%s: a sentence of %d words, more than %d: %q",
				m.name, n, maxWordsPerSentence, long))
		}
	}
	return problems
}

// totalProblems checks the targets for the whole guide. When one is missed
// it names the hardest texts, so that a writer knows where to start.
func totalProblems(total readability.Stats, texts []measured) []string {
	var problems []string
	if total.Words == 0 {
		return []string{"no Dutch words to measure"}
	}
	if s := total.FleschDouma(); s < minScore {
		hardest := slices.Clone(texts)
		slices.SortFunc(hardest, func(a, b measured) int {
			return cmp.Compare(a.stats.FleschDouma(), b.stats.FleschDouma())
		})
		problems = append(problems, fmt.Sprintf("the Flesch-Douma score of the whole guide is %.1f, want at least %d; the hardest texts are %s",
			s, minScore, describe(hardest[:min(5, len(hardest))], func(st readability.Stats) string {
				return fmt.Sprintf("score %.0f", st.FleschDouma())
			})))
	}
	if avg := total.WordsPerSentence(); avg > maxAvgWords {
		longest := slices.Clone(texts)
		slices.SortFunc(longest, func(a, b measured) int {
			return cmp.Compare(b.stats.WordsPerSentence(), a.stats.WordsPerSentence())
		})
		problems = append(problems, fmt.Sprintf("the whole guide has %.1f words per sentence on average, want at most %.0f; the longest sentences on average are in %s",
			avg, maxAvgWords, describe(longest[:min(5, len(longest))], func(st readability.Stats) string {
				return fmt.Sprintf("%.1f words per sentence", st.WordsPerSentence())
			})))
	}
	return problems
}

func describe(texts []measured, f func(readability.Stats) string) string {
	var parts []string
	for _, m := range texts {
		parts = append(parts, fmt.Sprintf("%s (%s)", m.name, f(m.stats)))
	}
	return strings.Join(parts, ", ")
}

// jargonWord is a word that a reader of the guide may not know, with the
// plain words that explain it. The list is testdata/jargon.toml, which also
// describes how the words are found.
type jargonWord struct {
	Word  string   `toml:"word"`
	Plain []string `toml:"plain"`
	Stems []string `toml:"stems"`
	Names []string `toml:"names"`
}

// minInside is the least number of letters a stem needs to be found inside
// a word, as part of a compound or an inflection ("train" in "getraind").
// Shorter stems would be found by accident ("ap" in "april"), so they must
// be a whole word or a whole part between hyphens ("AVG-recht"). A stem
// with a hyphen ("opt-in") is specific enough to be found inside a word.
const minInside = 5

func loadJargon(t *testing.T) []jargonWord {
	t.Helper()
	data, err := os.ReadFile("testdata/jargon.toml")
	if err != nil {
		t.Fatalf("reading the jargon list: %v", err)
	}
	var list struct {
		Words []jargonWord `toml:"words"`
	}
	if err := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields().Decode(&list); err != nil {
		t.Fatalf("testdata/jargon.toml: %v", err)
	}
	for _, w := range list.Words {
		if w.Word == "" || len(w.Plain) == 0 || len(w.Stems) == 0 {
			t.Fatalf("testdata/jargon.toml: %q needs a word, plain words and stems", w.Word)
		}
	}
	return list.Words
}

// tokens splits lower-case text into words: runs of letters and digits,
// with the hyphens and apostrophes inside them ("ai-modellen", "foto's").
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
	})
}

// find returns the word (or words) of a sentence that are this jargon
// word, or "". The rule is in testdata/jargon.toml and at minInside.
func (j jargonWord) find(sentence string) string {
	s := strings.ToLower(sentence)
	for _, name := range j.Names {
		s = strings.ReplaceAll(s, strings.ToLower(name), " ")
	}
	toks := tokens(s)
	for _, stem := range j.Stems {
		stem = strings.ToLower(stem)
		if words := strings.Fields(stem); len(words) > 1 {
			for i := 0; i+len(words) <= len(toks); i++ {
				if matchesAll(toks[i:i+len(words)], words) {
					return strings.Join(toks[i:i+len(words)], " ")
				}
			}
			continue
		}
		for _, tok := range toks {
			tok = strings.Trim(tok, "-'’")
			if utf8.RuneCountInString(stem) >= minInside || strings.Contains(stem, "-") {
				if strings.Contains(tok, stem) {
					return tok
				}
				continue
			}
			if slices.Contains(strings.Split(tok, "-"), stem) {
				return tok
			}
		}
	}
	return ""
}

// matchesAll reports whether each word starts with its stem word.
func matchesAll(toks, words []string) bool {
	for k, w := range words {
		if !strings.HasPrefix(toks[k], w) {
			return false
		}
	}
	return true
}

// explained reports whether the screen holds one of the plain explanations.
func (j jargonWord) explained(screen string) bool {
	s := strings.Join(strings.Fields(strings.ToLower(screen)), " ")
	for _, p := range j.Plain {
		if strings.Contains(s, strings.ToLower(p)) {
			return true
		}
	}
	return false
}

// jargonProblems returns a message for every jargon word on a screen that
// the same screen does not explain.
func jargonProblems(list []jargonWord, sc screen) []string {
	var all []string
	for _, t := range sc.texts {
		all = append(all, t.text)
	}
	whole := strings.Join(all, "\n\n")
	var problems []string
	for _, j := range list {
		if j.explained(whole) {
			continue
		}
		for _, t := range sc.texts {
			for _, sentence := range sentences(t.text) {
				if w := j.find(sentence); w != "" {
					problems = append(problems, fmt.Sprintf("screen %s: %s uses %q (%s) in %q, but the screen does not explain it; add one of %q, or use plain words",
						sc.name, t.name, w, j.Word, sentence, j.Plain))
				}
			}
		}
	}
	return problems
}

// sentences splits a text into its sentences, much as readability.Analyze
// does: at a paragraph, at a bullet, and after ".", "?", "!" or "…" before
// a word that does not start in lower case, but not after a common
// abbreviation. It only serves to show the writer the sentence with a
// problem, so it does not need every rule of Analyze.
func sentences(text string) []string {
	var out, para []string
	flush := func() {
		words := strings.Fields(strings.Join(para, " "))
		para = nil
		start := 0
		for i, w := range words {
			next := ""
			if i+1 < len(words) {
				next = strings.TrimLeft(words[i+1], `("'‘“`)
			}
			if endsSentence(w, next) {
				out = append(out, strings.Join(words[start:i+1], " "))
				start = i + 1
			}
		}
		if start < len(words) {
			out = append(out, strings.Join(words[start:], " "))
		}
	}
	for line := range strings.SplitSeq(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		switch line = strings.TrimSpace(line); {
		case line == "":
			flush()
		case strings.HasPrefix(line, "- "):
			flush()
			para = []string{line}
			flush()
		default:
			para = append(para, line)
		}
	}
	flush()
	return out
}

// abbreviations end in a dot that does not end a sentence.
var abbreviations = []string{"art.", "nr.", "bijv.", "o.a.", "d.w.z.", "blz.", "ca.", "m.b.t.", "i.p.v."}

func endsSentence(word, next string) bool {
	w := strings.TrimRight(word, `)"'’”`)
	if slices.Contains(abbreviations, strings.ToLower(strings.TrimLeft(w, `("'‘“`))) {
		return false
	}
	if !strings.HasSuffix(w, ".") && !strings.HasSuffix(w, "?") && !strings.HasSuffix(w, "!") && !strings.HasSuffix(w, "…") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return next == "" || !unicode.IsLower(r)
}

// TestPlainDutch measures every Dutch text a person reads: the reading
// ease and sentence length of the whole guide, no sentence over the limit,
// and no jargon word on a screen that does not explain it.
func TestPlainDutch(t *testing.T) {
	g, err := Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	screens := plainScreens(g)
	total, texts := plainStats(screens)

	longest := ""
	for _, m := range texts {
		// The sentences longer than the longest but one are the longest.
		if l := readability.Analyze(m.text, total.LongestSentence-1).Long; len(l) > 0 && longest == "" {
			longest = fmt.Sprintf("%s: %q", m.name, l[0])
		}
	}
	t.Logf("Dutch guide: %d texts, %d words, %d sentences, %d syllables; %.1f words per sentence; Flesch-Douma %.1f; longest sentence %d words (%s)",
		len(texts), total.Words, total.Sentences, total.Syllables, total.WordsPerSentence(),
		total.FleschDouma(), total.LongestSentence, longest)

	for _, p := range totalProblems(total, texts) {
		t.Errorf("%s", p)
	}
	for _, p := range sentenceProblems(texts) {
		t.Errorf("%s", p)
	}
	list := loadJargon(t)
	for _, sc := range screens {
		for _, p := range jargonProblems(list, sc) {
			t.Errorf("%s", p)
		}
	}
}

// TestPlainChecksCatchMistakes runs the checks of TestPlainDutch on small
// made-up texts, so that a check that stopped finding anything cannot pass
// unnoticed.
func TestPlainChecksCatchMistakes(t *testing.T) {
	list := loadJargon(t)
	page := func(texts ...string) screen {
		sc := screen{name: "test"}
		for i, s := range texts {
			sc.texts = append(sc.texts, plainText{name: fmt.Sprintf("page.text%d", i), text: s})
		}
		return sc
	}
	measure := func(s string) []measured {
		return []measured{{"page.body", s, readability.Analyze(s, maxWordsPerSentence)}}
	}

	t.Run("a sentence of 21 words", func(t *testing.T) {
		long := "Dit is een zin met precies eenentwintig woorden, zodat de test hem te lang vindt en dat echt meldt aan jou."
		got := sentenceProblems(measure("Dit is kort. " + long))
		assertProblems(t, got, []string{"page.body", "21 words", long})
	})
	t.Run("a sentence of 20 words", func(t *testing.T) {
		got := sentenceProblems(measure("Dit is een zin met precies twintig woorden, zodat de test hem niet te lang vindt en niets meldt."))
		assertProblems(t, got, nil)
	})
	t.Run("a hard text", func(t *testing.T) {
		hard := "Verwerkingsverantwoordelijken dienen gerechtvaardigde belangen zorgvuldig af te wegen tegen de fundamentele rechten en vrijheden van betrokkenen."
		m := measure(hard)
		got := totalProblems(m[0].stats, m)
		if len(got) != 2 {
			t.Fatalf("got %d problems %q, want 2: the score and the sentence length", len(got), got)
		}
		assertProblems(t, got[:1], []string{"Flesch-Douma", "want at least 70", "page.body (score"})
		assertProblems(t, got[1:], []string{"16.0 words per sentence on average", "page.body"})
	})
	t.Run("a plain text", func(t *testing.T) {
		m := measure("Je kunt bezwaar maken. Dat is niet moeilijk. Het kost je 5 minuten.")
		assertProblems(t, totalProblems(m[0].stats, m), nil)
	})
	t.Run("trainen without its explanation", func(t *testing.T) {
		got := jargonProblems(list, page("Wat doet Meta?", "Meta traint zijn AI."))
		assertProblems(t, got, []string{"screen test", "page.text1", `"traint"`, "Meta traint zijn AI.", "leren van voorbeelden"})
	})
	t.Run("trainen explained on the same screen", func(t *testing.T) {
		got := jargonProblems(list, page("Wat doet Meta?", "Meta AI leert van voorbeelden. Dat heet trainen.\n\nMeta traint zijn AI."))
		assertProblems(t, got, nil)
	})
	t.Run("explained in another text of the same screen", func(t *testing.T) {
		got := jargonProblems(list, page("Meta traint zijn AI", "Dat wil zeggen: Meta AI leert van voorbeelden."))
		assertProblems(t, got, nil)
	})
	t.Run("explained on another screen only", func(t *testing.T) {
		explained := page("Meta AI leert van voorbeelden.")
		if got := jargonProblems(list, explained); len(got) > 0 {
			t.Fatalf("unexpected problems: %q", got)
		}
		got := jargonProblems(list, page("Je hebt een AVG-recht."))
		assertProblems(t, got, []string{`"avg-recht"`, "AVG", "privacywet"})
	})
}

func assertProblems(t *testing.T, got []string, want []string) {
	t.Helper()
	if len(want) == 0 {
		if len(got) > 0 {
			t.Errorf("got problems %q, want none", got)
		}
		return
	}
	if len(got) != 1 {
		t.Fatalf("got %d problems %q, want 1 naming %q", len(got), got, want)
	}
	for _, w := range want {
		if !strings.Contains(got[0], w) {
			t.Errorf("problem %q does not name %q", got[0], w)
		}
	}
}

// TestJargonFind checks the matching rule of testdata/jargon.toml: inflections
// and compounds count as the word, ordinary words that share a few letters
// and names that contain the word do not.
func TestJargonFind(t *testing.T) {
	list := loadJargon(t)
	byWord := map[string]jargonWord{}
	for _, j := range list {
		byWord[j.Word] = j
	}
	tests := []struct {
		word     string
		sentence string
		want     string // the word found, or "" for none
	}{
		{"trainen", "Meta traint zijn AI.", "traint"},
		{"trainen", "De AI is getraind met je foto's.", "getraind"},
		{"trainen", "De training begint.", "training"},
		{"trainen", "Het heet AI-training.", "ai-training"},
		{"trainen", "Neem de trein naar Utrecht.", ""},
		{"AVG", "Je hebt een AVG-recht.", "avg-recht"},
		{"AVG", "Dat staat in de AVG.", "avg"},
		{"AVG", "Vanavond gaan we weg.", ""},
		{"AI-model", "Het zit in de AI-modellen van Meta.", "ai-modellen"},
		{"AI-model", "Het AI model leert.", "ai model"},
		{"opt-out", "Het is een opt-out.", "opt-out"},
		{"opt-out", "Je hebt een optie.", ""},
		{"gerechtvaardigd belang", "Meta noemt gerechtvaardigde belangen.", "gerechtvaardigde belangen"},
		{"gerechtvaardigd belang", "Dat is een belang van Meta.", ""},
		{"generatieve AI", "Dit is generatieve AI.", "generatieve ai"},
		{"generatieve AI", "Een nieuwe generatie apps.", ""},
		{"verwerking", "Meta verwerkt je gegevens.", "verwerkt"},
		{"toezichthouder", "De Ierse toezichthouder stelde vragen.", "toezichthouder"},
		{"persoonsgegevens", "Het gaat om persoonsgegevens.", "persoonsgegevens"},
		{"persoonsgegevens", "Dat zegt de Autoriteit Persoonsgegevens.", ""},
		{"Autoriteit Persoonsgegevens (AP)", "Dat zegt de Autoriteit Persoonsgegevens.", "autoriteit persoonsgegevens"},
		{"Autoriteit Persoonsgegevens (AP)", "Dat zegt de AP.", "ap"},
		{"Autoriteit Persoonsgegevens (AP)", "Open de app in april.", ""},
		{"Llama", "Meta AI draait op Llama-modellen.", "llama-modellen"},
		{"algoritme", "Algoritmes bepalen wat je ziet.", "algoritmes"},
		{"dataset", "Meta maakt er datasets van.", "datasets"},
	}
	for _, tt := range tests {
		t.Run(tt.word+": "+tt.sentence, func(t *testing.T) {
			j, ok := byWord[tt.word]
			if !ok {
				t.Fatalf("%q is not in testdata/jargon.toml", tt.word)
			}
			if got := j.find(tt.sentence); got != tt.want {
				t.Errorf("find = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestJargonList checks that the list holds the words the project
// promised to explain (issue 4), with the plain words FACTS.md gives.
func TestJargonList(t *testing.T) {
	byWord := map[string]jargonWord{}
	for _, j := range loadJargon(t) {
		byWord[strings.ToLower(j.Word)] = j
	}
	required := map[string]string{
		"avg": "privacywet", "opt-out": "zelf nee zeggen", "dataset": "",
		"generatieve ai": "", "gerechtvaardigd belang": "", "verwerking": "",
		"ai-model": "computerprogramma dat meta traint", "trainen": "leren van voorbeelden",
		"toezichthouder": "", "persoonsgegevens": "", "algoritme": "", "llama": "",
	}
	for word, plain := range required {
		j, ok := byWord[word]
		if !ok {
			t.Errorf("testdata/jargon.toml misses %q", word)
			continue
		}
		if plain != "" && !slices.Contains(j.Plain, plain) {
			t.Errorf("testdata/jargon.toml: %q should be explained by %q (FACTS.md), has %q", word, plain, j.Plain)
		}
	}
}

func TestSentences(t *testing.T) {
	got := sentences("Eén zin. Nog een zin? Art. 21 staat er, o.a. daar!\n- Een punt\n\nNieuwe alinea\nover twee regels.")
	want := []string{"Eén zin.", "Nog een zin?", "Art. 21 staat er, o.a. daar!", "- Een punt", "Nieuwe alinea over twee regels."}
	if !slices.Equal(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}
