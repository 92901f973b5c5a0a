package walk

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/address"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Address is a form's address as a person types it over: whole, in the
// parts where they can pause, with the long number at its end in groups,
// and when it was last checked.
type Address struct {
	// Lead says what to do with the address, right before it: "Typ dit
	// adres in je browser." It is "" where the step's own words say it.
	Lead string
	// LeadWarns is set when Lead says that something did not or cannot
	// happen (no browser here, the browser failed): a face may make it
	// stand out.
	LeadWarns bool
	Full      address.Checked
	// Parts are the site, the path and the number: where a person can
	// pause while typing. Joined, they are Full.
	Parts []string
	// Digits are the number at the end in groups of three ("712 876 720
	// 715 583"), the hardest part to type over; "" when there is none.
	// DigitsLabel goes before them.
	Digits      string
	DigitsLabel string
	// Checked says when the address was last checked, and by whom when an
	// address file says so.
	Checked string
}

// newAddress is an app's form address, with nothing said before it.
func newAddress(t *i18n.Translator, app content.App) *Address {
	full := app.Form.String()
	a := &Address{Full: app.Form, Parts: AddressParts(full), Checked: CheckedSentence(t, app.FormChecked)}
	if d := GroupDigits(full); d != "" {
		a.Digits, a.DigitsLabel = d, t.T("walk.digits")
	}
	return a
}

var digitsAtEnd = regexp.MustCompile(`[0-9]{6,}$`)

// GroupDigits returns the long number at the end of an address in groups of
// three ("712 876 720 715 583"), the hardest part to type over; or "".
func GroupDigits(address string) string {
	d := digitsAtEnd.FindString(strings.TrimRight(address, "/"))
	if d == "" {
		return ""
	}
	var groups []string
	for len(d) > 3 {
		groups = append(groups, d[:3])
		d = d[3:]
	}
	return strings.Join(append(groups, d), " ")
}

// AddressParts splits a form's address where a person can pause while
// typing: the site, the path, and the long number at the end.
func AddressParts(address string) []string {
	u, err := url.Parse(address)
	if err != nil || u.Host == "" {
		return []string{address}
	}
	parts := []string{u.Scheme + "://" + u.Host + "/"}
	path := strings.TrimPrefix(u.EscapedPath(), "/")
	if i := strings.LastIndex(path, "/"); i >= 0 && i+1 < len(path) {
		parts = append(parts, path[:i+1], path[i+1:])
	} else if path != "" {
		parts = append(parts, path)
	}
	if u.RawQuery != "" {
		parts[len(parts)-1] += "?" + u.RawQuery
	}
	return parts
}
