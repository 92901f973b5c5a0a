package walk

import (
	"slices"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/letter"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestOrgWalk: an organisation's walk asks the kind first, right after
// the explanation, then every typed question, one screen each; its steps
// per account are those of its kind.
func TestOrgWalk(t *testing.T) {
	g := guide(t)
	a := Answers{Kind: content.KindAssociation, Accounts: []Account{{Name: typed.From("vvtestdorp", letter.MaxAccount), App: "facebook"}}}
	walk := Order(g, a, content.AudienceOrganisation)
	want := []Place{{Kind: Welcome}, {Kind: OrgIntro}, {Kind: OrgKind}}
	for i := range 7 {
		want = append(want, Place{Kind: OrgDetails, Index: i})
	}
	want = append(want, Place{Kind: OrgAdvice}, Place{Kind: Letter})
	steps := g.OrgSteps(content.KindAssociation)
	for i := range steps {
		want = append(want, Place{Kind: Step, App: "facebook", Index: i})
	}
	want = append(want, Place{Kind: Done})
	if !slices.Equal(walk, want) {
		t.Errorf("walk\n%v\nwant\n%v", walk, want)
	}
	if got := Steps(g, a, content.AudienceOrganisation); !slices.EqualFunc(got, steps, func(x, y content.Step) bool { return x.Title == y.Title && x.Body == y.Body }) {
		t.Errorf("the steps are not the association's: %v", got)
	}
	// Each question says which of 8 it is, in the order of the walk.
	n := 0
	for _, s := range walk {
		if at, ok := s.OrgNumber(); ok {
			n++
			if at != n || OrgQuestionCount(g) != 8 {
				t.Errorf("%v is question %d of %d, want %d of 8", s, at, OrgQuestionCount(g), n)
			}
		}
	}
	if n != 8 {
		t.Errorf("%d questions in the walk, want 8", n)
	}
}

// TestOrgTyped: what was typed becomes the letter's details; a problem
// belongs to its question only; the answers hold it cleaned, the kind
// kept; the accounts of a question warn about another site.
func TestOrgTyped(t *testing.T) {
	g := guide(t)
	tr := i18n.MustNew("nl")
	askOrg, askFacebook, askInstagram := OrgIndex(g, AskOrg, ""), OrgIndex(g, AskAccounts, "facebook"), OrgIndex(g, AskAccounts, "instagram")
	askContact, askPlace := OrgIndex(g, AskContact, ""), OrgIndex(g, AskPlace, "")
	askSigner, askFunction := OrgIndex(g, AskSigner, ""), OrgIndex(g, AskFunction, "")
	var entered OrgTyped
	entered[askOrg], entered[askFacebook], entered[askInstagram] = " Gemeente\x1b[2J Testdorp ", "facebook.com/testdorp, twitter.com/testdorp", "@testdorp"
	entered[askContact], entered[askSigner], entered[askFunction] = "geen adres", "A. Bakker", "burgemeester"
	var nameOnly OrgTyped
	nameOnly[askOrg] = "x"
	if p := entered.Problem(g, askContact); p == nil || p.Field != letter.FieldContact {
		t.Errorf("the contact's problem is %v", p)
	}
	for _, i := range []int{askOrg, askFacebook, askInstagram, askPlace, askSigner, askFunction} {
		if p := entered.Problem(g, i); p != nil {
			t.Errorf("question %d has the problem %v", i, p)
		}
	}
	if p := nameOnly.Problem(g, askInstagram); p == nil || p.MessageID != "letter.accounts_missing" {
		t.Errorf("no accounts at all: %v, want it said at the second account question", p)
	}
	if p := nameOnly.Problem(g, askFacebook); p != nil {
		t.Errorf("the first account question may stay empty, yet says %v", p)
	}
	ws := entered.Warnings(askFacebook, tr, g)
	if len(ws) != 1 || ws[0].MessageID != "letter.account_elsewhere" {
		t.Errorf("warnings %v, want one for twitter.com", ws)
	}
	if ws := entered.Warnings(askOrg, tr, g); ws != nil {
		t.Errorf("the name has warnings: %v", ws)
	}

	a := Answers{Kind: content.KindPublic}
	a.SetOrg(g, entered)
	d := a.Details()
	if d.Kind != content.KindPublic || d.Org.String() != "Gemeente Testdorp" || d.Signer.String() != "A. Bakker" || d.Function.String() != "burgemeester" {
		t.Errorf("details %+v", d)
	}
	if len(d.Accounts) != 3 || d.Accounts[0].App != "facebook" || d.Accounts[2] != (Account{Name: typed.From("@testdorp", letter.MaxAccount), App: "instagram"}) {
		t.Errorf("accounts %+v", d.Accounts)
	}
}
