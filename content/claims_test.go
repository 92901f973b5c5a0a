package content

import (
	"regexp"
	"strings"
	"testing"
)

// TestClaimsStayTrue guards the sentences that once said more than FACTS.md
// (issue 11): the wrong wording may not come back, and the corrected
// claims must stay. Each case names the FACTS rows that decide it.
func TestClaimsStayTrue(t *testing.T) {
	type claim struct {
		why  string
		re   *regexp.Regexp
		must bool // true: the guide must say it; false: it must not
	}
	say := func(why, re string) claim { return claim{why, regexp.MustCompile(re), true} }
	never := func(why, re string) claim { return claim{why, regexp.MustCompile(re), false} }
	claims := map[string][]claim{
		"nl": {
			never("F10: Meta also trains on chats with Meta AI; 'only public' holds only for posts", `(?i)Meta gebruikt alleen wat openbaar is`),
			say("F10: chats with Meta AI are used", `wat je aan Meta AI zelf schrijft`),
			never("D4: making a post private works from then on", `(?i)op privé zet, gebruikt Meta het niet\b`),
			say("D4: from then on, and what was used stays", `vanaf dat moment niet meer`),
			never("F7 comes from a blog, not from the AP", `(?i)AP[^.]*\.\s*En wat je deelt, kan opduiken`),
			say("F7: a blog, a risk, nobody knows for sure", `Een blog waarschuwde: wat je deelt, kan misschien opduiken[^.]*\. Niemand weet dat zeker`),
			never("F5: the AP's 'niet zomaar'", `(?i)krijg je er niet meer uit|gaat er niet meer uit`),
			say("F5: the AP's 'niet zomaar', on the why page", `zei ook: zit je informatie eenmaal in Meta AI, dan krijg je die er niet zomaar weer uit`),
			say("F5: the AP's 'niet zomaar', in the deadline note", `krijg je er niet zomaar weer uit\. Het is niet helemaal duidelijk`),
			never("F6: Meta's aim is what Meta says", `(?i)Meta wil zo dialect`),
			say("F6: what Meta says", `Meta zegt dat het zo dialect, humor en sarcasme`),
			never("F1: since, not from", `(?i)Vanaf 27 mei 2025 traint`),
			say("F1: since 27 May 2025", `Sinds 27 mei 2025 traint Meta`),
			never("B12: what the AP and noyb said in 2025 is dated", `(?i)De AP (vindt|zegt|twijfelt)|noyb zegt`),
			say("B12: dated", `In 2025 zei de AP`),
			never("B3: regulators check and enforce; they do not allow", `(?i)maar die van de toezichthouders`),
			say("B3: check and act", `De toezichthouders controleren of Meta zich aan de wet houdt`),
			say("B2: what the DPC reported", `meldde de DPC`),
			say("B8: no known outcome", `Wat daaruit kwam, is niet bekend`),
			never("limits: false for someone who did not tick the app", `(?i)Wat je daar kunt doen, lees je later`),
			say("limits: how to get there", `Vink ze dan aan bij de vraag welke apps je gebruikt`),
			never("H3: the form needs an account; H14 is a route without one", `(?i)Zonder account kun je geen bezwaar maken`),
			say("H14: the form for others' information, Meta decides", `ook voor mensen zonder account: https://www\.facebook\.com/help/contact/1266025207620918\. [^"]*Meta beslist zelf`),
			say("H15: a post on your timeline is not an objection", `is geen bezwaar\. Dat helpt niet\. Alleen het formulier of de weg in de app telt`),
			say("W3: per-chat setting, hedged, the name may differ", `In nieuwere versies[^"]*Geavanceerde chatprivacy[^"]*De naam kan in jouw app anders zijn`),
			say("B7: courts did not stop Meta, no outcome", `Rechters hielden Meta niet tegen\.[^"]*Hoe die afloopt, is niet bekend`),
			never("seed 001 is a tech site's article, not 'an article about objecting'", `name = "Artikel over bezwaar maken"`),
		},
		"en": {
			never("F10", `(?i)Meta only uses what is public`),
			say("F10", `what you write to Meta AI itself`),
			never("D4", `(?i)make a post private, Meta does not use it`),
			say("D4", `stops using it from that moment`),
			never("F7 not from the AP", `(?i)The AP says[^"]*turn up in answers`),
			say("F7", `A blog warned: what you share might turn up[^.]*\. Nobody knows that for sure`),
			never("F5", `(?i)cannot get it out\b|cannot be taken out\.`),
			say("F5", `cannot simply get it out again`),
			say("F5 in the note", `cannot simply be taken out again`),
			never("F6", `(?i)Meta wants to better understand`),
			say("F6", `Meta says it wants to understand`),
			never("F1", `(?i)From 27 May 2025, Meta trains`),
			say("F1", `Since 27 May 2025, Meta trains`),
			never("B12", `(?i)The AP (thinks|says|doubts)|noyb says`),
			say("B12", `In 2025 the AP said`),
			never("B3", `(?i)but the regulators'`),
			never("limits", `(?i)you will read that later|you can read later`),
			never("H3", `(?i)You cannot object without an account`),
			never("the English label 'Object' is not in FACTS", `(?i)tap the blue word Object`),
			say("the Dutch app's label", `tap the blue words Bezwaar maken`),
			say("H15", `is not an objection\. It does not help\. Only the form or the route in the app counts`),
			say("W3", `In newer versions[^"]*Geavanceerde chatprivacy[^"]*The name may be different in your app`),
			say("B7", `Courts did not stop Meta\.[^"]*How it ends is not known`),
		},
	}
	for lang, list := range claims {
		raw, err := files.ReadFile("data/" + lang + ".toml")
		if err != nil {
			t.Fatal(err)
		}
		g, err := Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		// The texts as a person reads them (links filled in), with the
		// lines of a paragraph joined.
		text := strings.Join(strings.Fields(allTexts(g)+"\n"+string(raw)), " ")
		for _, c := range list {
			if found := c.re.MatchString(text); found != c.must {
				if c.must {
					t.Errorf("%s: the guide no longer says /%s/ (%s)", lang, c.re, c.why)
				} else {
					t.Errorf("%s: the guide says /%s/ again (%s): %q", lang, c.re, c.why, c.re.FindString(text))
				}
			}
		}
	}
}

// TestNoAddressWrittenOut: a text never writes an address itself; it names
// one of the common file's checked links as {link:ID}, so that every
// address a person reads has passed the one check.
func TestNoAddressWrittenOut(t *testing.T) {
	for _, name := range []string{"data/nl.toml", "data/en.toml", "data/organisation.nl.toml", "data/organisation.en.toml",
		"data/route.nl.toml", "data/route.en.toml"} {
		raw, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(raw), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "#") {
				continue
			}
			if strings.Contains(line, "http://") || strings.Contains(line, "https://") || strings.Contains(line, "www.") {
				t.Errorf("%s:%d writes an address out; use {link:ID} from common.toml: %s", name, i+1, line)
			}
		}
	}
	g, err := Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(allTexts(g), "https://help.meta.com/support/privacy") {
		t.Error("the help centre's link is not filled in where a text names it")
	}
}

// allTexts is every text of a guide, as loaded.
func allTexts(g *Guide) string {
	var b strings.Builder
	add := func(s ...string) {
		for _, x := range s {
			b.WriteString(x + "\n")
		}
	}
	add(g.Welcome.Title, g.Welcome.Body, g.Recognise.Body, g.Recognise.Next, g.Done.Body, g.Done.Objected, g.Info.Body, g.Deadline.Note)
	add(g.Route.Note, g.Route.LastWay)
	for _, p := range append(append([]Page{}, g.Explain...), g.More...) {
		add(p.Title, p.Body)
	}
	for _, a := range g.Apps {
		add(a.Recognise, a.Page.Title, a.Page.Body)
		add(a.Menu...)
	}
	for _, s := range g.Steps {
		add(s.Title, s.Body)
	}
	for _, s := range g.Sources {
		add(s.Name, s.What)
	}
	return b.String()
}
