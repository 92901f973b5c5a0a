package walk

import (
	"strings"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// How old a form's address or an app's route is, and whether it comes
// from an address file. Meta moves its forms and menus without notice
// (FACTS H12): every screen that shows an address or a route says when it
// was last checked, in these same words.

// DateOf writes the day out ("24 april 2025"), or only the month ("april
// 2025") when no day is known.
func DateOf(t *i18n.Translator, c content.Checked) string {
	if !c.Month {
		return t.Date(c.On)
	}
	month := c.On.Month().String()
	if months := strings.Fields(t.T("date.months")); len(months) == 12 {
		month = months[c.On.Month()-1]
	}
	return t.T("forms.month", i18n.Data{"Month": month, "Year": c.On.Year()})
}

// CheckedSentence is the sentence under an address: "Gecontroleerd op 24
// april 2025.", and who checked it when an address file says so.
func CheckedSentence(t *i18n.Translator, c content.Checked) string {
	switch {
	case c.By != "":
		return t.T("forms.checked_by", i18n.Data{"Date": DateOf(t, c), "Name": c.By})
	case c.Month:
		return t.T("forms.checked_month", i18n.Data{"Date": DateOf(t, c)})
	}
	return t.T("forms.checked", i18n.Data{"Date": DateOf(t, c)})
}

// RouteNote is the sentence after an app's route: how old it is, and that
// the app may look different now (FACTS H5).
func RouteNote(t *i18n.Translator, g *content.Guide, app content.App) string {
	return strings.ReplaceAll(g.Route.Note, "{date}", DateOf(t, app.RouteChecked))
}

// LastWay is the last way in, after the route: Meta's privacy help centre,
// hedged (FACTS H13).
func LastWay(g *content.Guide) string { return g.Route.LastWay }

// InUse says that an address file is in use, or is "" when none is. It is
// said once, above the addresses: on the welcome screen, and at the top of
// what prints them.
func InUse(t *i18n.Translator, g *content.Guide) string {
	if g.AddressFile == "" {
		return ""
	}
	return t.T("forms.in_use", i18n.Data{"Path": typed.EchoPath(g.AddressFile)})
}
