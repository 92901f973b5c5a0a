package lines

import (
	"slices"
	"strings"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestEnterAtYesOrNo: Enter alone takes the answer that the question
// names: the form opens; the walk does not stop; the letter is not saved.
func TestEnterAtYesOrNo(t *testing.T) {
	g, tr := words(t, "nl")
	stub := &fakeBrowser{}
	out := walkWith(t, "nl", Options{Browser: stub, CanBrowse: true}, append(toFirstStep(g, "1", "1"), "")...)
	if !slices.Equal(stub.Opened(), []string{g.App("facebook").Form.String()}) {
		t.Errorf("Enter at %q opened %v", tr.T("acc.open_now", i18n.Data{"App": "Facebook"}), stub.Opened())
	}
	if !strings.Contains(normalise(out), normalise(tr.T("lines.yes_no_default_yes"))) {
		t.Errorf("the question does not say what Enter means:\n%s", out)
	}
	// The address follows the sentence that the form is open.
	if i := strings.Index(out, tr.T("step.opened")); i < 0 || !strings.Contains(out[i:], g.App("facebook").Form.String()) {
		t.Errorf("no address after the form opened:\n%s", out)
	}

	out = walkWith(t, "nl", Options{}, "1", "s", "", "")
	if !strings.Contains(out, g.Explain[1].Title) || strings.Contains(out, tr.T("acc.not_understood_yes_no")) {
		t.Errorf("Enter at %q did not go on:\n%s", tr.T("acc.stop_sure"), out)
	}

	writes := 0
	out = walkWith(t, "nl", Options{WriteFile: func(string, []byte, bool) error { writes++; return nil }},
		"2", "", "1", "Gemeente Testdorp", "facebook.com/gemeentetestdorp", "", "", "", "", "", "", "", "")
	if writes > 0 || !strings.Contains(out, tr.T("step.progress_org", i18n.Data{"App": "Facebook", "Account": "facebook.com/gemeentetestdorp", "N": 1, "Total": len(g.StepsFor(content.RouteComputer, content.AudienceOrganisation))})) {
		t.Errorf("Enter at %q saved (%d) or did not go on:\n%s", tr.T("acc.save_letter"), writes, out)
	}
}

// TestBackAndStopAtTheFormsQuestion: the question whether to open the
// form is part of a screen, so the words for back and stop work there as
// at every prompt of it.
func TestBackAndStopAtTheFormsQuestion(t *testing.T) {
	for _, lang := range i18n.ScreenLanguages() {
		g, tr := words(t, lang)
		back := strings.Fields(tr.T("acc.words_back"))[0]
		stop := strings.Fields(tr.T("acc.words_stop"))[0]
		yes := strings.Fields(tr.T("acc.words_yes"))[0]
		stub := &fakeBrowser{}
		out := walkWith(t, lang, Options{Browser: stub, CanBrowse: true}, append(toFirstStep(g, "1", "1"), back, "1", stop, yes)...)
		where := g.Questions[content.QuestionWhere].Title + "\n"
		if n := strings.Count(out, where); n != 2 {
			t.Errorf("%s: back at the form's question showed the question where %d times, want 2:\n%s", lang, n, out)
		}
		asked := strings.LastIndex(out, tr.T("acc.open_now", i18n.Data{"App": "Facebook"}))
		if asked < 0 || !strings.Contains(out[asked:], tr.T("acc.stop_sure")) || len(stub.Opened()) > 0 {
			t.Errorf("%s: stop at the form's question did not ask, or opened %v:\n%s", lang, stub.Opened(), out)
		}
	}
}
