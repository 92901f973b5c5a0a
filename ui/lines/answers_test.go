package lines

import (
	"slices"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestPickByName: the apps are picked by number, by name or both, in any
// case, with commas, spaces or the word for "and" between them; a word
// that names nothing, or a number out of range, is not understood.
func TestPickByName(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, tr := words(t, lang)
		w := &walker{g: g, printer: printer{t: tr}}
		names := w.optionNames(g.Questions[content.QuestionApps].Options)
		and := w.words("acc.words_and")
		index := func(id string) int {
			return slices.IndexFunc(g.Questions[content.QuestionApps].Options, func(o content.Option) bool { return o.ID == id })
		}
		fb, ig, wa, th := index("facebook"), index("instagram"), index("whatsapp"), index("threads")
		unknown := index(content.OptionUnknown)
		for _, c := range []struct {
			in   string
			want []int
		}{
			{"Facebook", []int{fb}},
			{"facebook", []int{fb}},
			{"FACEBOOK.", []int{fb}},
			{"facebook, instagram", []int{fb, ig}},
			{"instagram facebook", []int{fb, ig}},
			{"whatsapp " + and[0] + " threads", []int{wa, th}},
			{"1. Facebook", []int{fb}},
			{"1 facebook, 2", []int{fb, ig}},
			{"1,3", []int{fb, wa}},
			{"3 ; 1", []int{fb, wa}},
			{strings.ToUpper(g.Questions[content.QuestionApps].Options[unknown].Label), []int{unknown}},
			{"facebook, " + g.Questions[content.QuestionApps].Options[unknown].Label, []int{fb, unknown}},
			{"tiktok", nil},
			{"facebook, tiktok", nil},
			{"0", nil},
			{"7", nil},
			{"99999999999999999999", nil},
			{and[0], nil},
			{"", nil},
			{"  ,  ", nil},
		} {
			got, ok := names.pick(lang, c.in, and)
			if ok != (c.want != nil) || !slices.Equal(got, c.want) {
				t.Errorf("%s: pick(%q) = %v, %v; want %v", lang, c.in, got, ok, c.want)
			}
		}
	}
}

// TestPickAWordOfTheChoice: a question with one answer takes a word that
// only one choice has, or the choice's label typed whole; a word that
// several choices share says nothing by itself.
func TestPickAWordOfTheChoice(t *testing.T) {
	g, tr := words(t, "nl")
	w := &walker{g: g, printer: printer{t: tr}}
	and := w.words("acc.words_and")
	linked := w.optionNames(g.Questions[content.QuestionLinked].Options)
	where := w.optionNames(g.Questions[content.QuestionWhere].Options)
	for _, c := range []struct {
		names choiceNames
		in    string
		want  []int
	}{
		{linked, "ja", []int{0}},
		{linked, "Nee", []int{1}},
		{linked, "Ja, ze zijn gekoppeld", []int{0}},
		{linked, "nee, ze zijn niet gekoppeld", []int{1}},
		{linked, "ik weet het niet", []int{2}},
		{linked, "weet ik niet", []int{2}},
		{linked, "gekoppeld", nil},
		{where, "computer", []int{0}},
		{where, "telefoon", []int{1}},
		{where, "op mijn telefoon", []int{1}},
		{where, "tablet", []int{1}},
		{where, "de app", []int{2}},
		{where, "op", nil},
		{where, "computer en telefoon", []int{0, 1}}, // two: asked again
	} {
		got, ok := c.names.pick("nl", c.in, and)
		if ok != (c.want != nil) || !slices.Equal(got, c.want) {
			t.Errorf("pick(%q) = %v, %v; want %v", c.in, got, ok, c.want)
		}
	}
	// The menus' labels come from the messages.
	menu := namesOf("nl", [][]string{{tr.T("welcome.begin")}, {tr.T("welcome.organisation")}, {tr.T("welcome.info")}, {"English · Türkçe"}})
	for in, want := range map[string]int{"beginnen": 0, "organisatie": 1, "informatie": 2, "english": 3} {
		if got, ok := menu.pick("nl", in, and); !ok || !slices.Equal(got, []int{want}) {
			t.Errorf("welcome: pick(%q) = %v, %v; want %d", in, got, ok, want)
		}
	}
}

// TestOneAnswerByWord: where a question wants one answer, a word of the
// choice is that choice; two choices at once are asked again.
func TestOneAnswerByWord(t *testing.T) {
	for _, c := range []struct{ lang, where string }{{"nl", "telefoon"}, {"en", "Phone"}} {
		g, tr := words(t, c.lang)
		out, _ := walkThrough(t, c.lang, false, append(toFirstStep(g, "instagram", "computer "+tr.T("acc.words_and")+" "+c.where), c.where)...)
		if n := strings.Count(out, tr.T("acc.not_a_number", i18n.Data{"Max": 3})); n != 1 {
			t.Errorf("%s: two answers at once were said %d times, want 1:\n%s", c.lang, n, out)
		}
		if !strings.Contains(out, tr.T("step.type_on_phone")) {
			t.Errorf("%s: %q did not lead to the phone's steps:\n%s", c.lang, c.where, out)
		}
	}
}

// TestPickTheStartOfAWord: a word of at least four letters picks the
// choice that has a word beginning with it: in Turkish a word takes
// endings ("telefon" is in "Telefonumda"). Case follows the language's
// rules, and a Turkish word may be typed without Turkish letters; a start
// that several choices share, or a shorter one, says nothing.
func TestPickTheStartOfAWord(t *testing.T) {
	for _, c := range []struct {
		lang, question, in string
		want               []int
	}{
		{"tr", content.QuestionWhere, "telefon", []int{1}},
		{"tr", content.QuestionWhere, "Telefon", []int{1}},
		{"tr", content.QuestionWhere, "TELEFON", []int{1}},
		{"tr", content.QuestionWhere, "bilgisayar", []int{0}},
		{"tr", content.QuestionWhere, "BILGISAYAR", []int{0}},
		{"tr", content.QuestionWhere, "BİLGİSAYAR", []int{0}},
		{"tr", content.QuestionWhere, "tablet", []int{1}},
		{"tr", content.QuestionWhere, "uygulama", []int{2}},
		{"tr", content.QuestionWhere, "uygulamanin", []int{2}},
		{"tr", content.QuestionWhere, "menü", []int{2}},
		{"tr", content.QuestionWhere, "menu", []int{2}},
		{"tr", content.QuestionWhere, "bilgisayar ve telefon", []int{0, 1}}, // two: asked again
		{"tr", content.QuestionWhere, "tel", nil},
		{"tr", content.QuestionWhere, "telefonum ile", nil},
		{"tr", content.QuestionLinked, "bilmiyorum", []int{2}},
		{"tr", content.QuestionLinked, "hayir", []int{1}},
		{"tr", content.QuestionLinked, "bagli", nil}, // "bağlılar" and "bağlı": both
		{"nl", content.QuestionWhere, "tele", []int{1}},
		{"nl", content.QuestionWhere, "comp", []int{0}},
		{"nl", content.QuestionWhere, "tab", nil},
		{"nl", content.QuestionWhere, "telefoons", nil},
		{"nl", content.QuestionLinked, "gekop", nil},
	} {
		g, tr := words(t, c.lang)
		w := &walker{g: g, printer: printer{t: tr}}
		got, ok := w.optionNames(g.Questions[c.question].Options).pick(c.lang, c.in, w.words("acc.words_and"))
		if ok != (c.want != nil) || !slices.Equal(got, c.want) {
			t.Errorf("%s %s: pick(%q) = %v, %v; want %v", c.lang, c.question, c.in, got, ok, c.want)
		}
	}
}

// TestWhereByAWordWithEndings: line by line, the Turkish "telefon" answers
// "Telefonumda veya tabletimde", and the Dutch "tele" "Op mijn telefoon of
// tablet"; a word that is no choice is asked again, with a sentence that
// says a number or a name will do.
func TestWhereByAWordWithEndings(t *testing.T) {
	for _, c := range []struct{ lang, wrong, where string }{{"tr", "tel", "telefon"}, {"nl", "tab", "tele"}} {
		t.Run(c.lang, func(t *testing.T) {
			g, tr := words(t, c.lang)
			out, _ := walkThrough(t, c.lang, false, append(toFirstStep(g, "instagram", c.wrong), c.where)...)
			again := tr.T("acc.not_a_number", i18n.Data{"Max": 3})
			if n := strings.Count(out, again); n != 1 {
				t.Errorf("%q was asked again %d times, want 1:\n%s", c.wrong, n, out)
			}
			if !strings.Contains(out, tr.T("step.type_on_phone")) {
				t.Errorf("%q did not lead to the phone's steps:\n%s", c.where, out)
			}
		})
	}
}

// TestNotAChoiceSaysNamesWork: the sentence for an answer that is no
// choice says that the name works as well as the number, in every
// language (it once said only "not a number").
func TestNotAChoiceSaysNamesWork(t *testing.T) {
	for lang, name := range map[string]string{"nl": "naam", "en": "name", "tr": "adı"} {
		tr := i18n.MustNew(lang)
		if s := tr.T("acc.not_a_number", i18n.Data{"Max": 3}); !strings.Contains(s, name) || !strings.Contains(s, "3") {
			t.Errorf("%s: %q does not say the name works", lang, s)
		}
	}
}
