// Package address is the one check every web address passes before the
// program opens, shows, prints or encodes it as a QR code, or asks for it
// over the network. A Checked address can only be made by the check, so a
// face that holds one cannot show an address that failed it.
//
// The check: https, no user name and no port, a real DNS host name (after
// IDNA mapping, plain letters, digits, hyphens and dots), and that host on
// an allow-list or below one of its hosts. The rest of the address is
// printable ASCII, so that nothing in it can move a terminal's cursor or
// hide behind a look-alike character.
package address

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/idna"
)

// Why an address was refused. Check wraps one of these, so that a caller
// can say it in a person's words.
var (
	ErrNotHTTPS     = errors.New("not https")
	ErrCharacters   = errors.New("has spaces, control characters or characters that are not plain ASCII")
	ErrUserOrPort   = errors.New("has a user name or a port")
	ErrHost         = errors.New("has no real DNS host name")
	ErrNotAllowed   = errors.New("its host is not on the allow-list")
	ErrNoAllowList  = errors.New("the allow-list is empty")
	ErrAllowedEntry = errors.New("allow-list entry is not a lower-case host name of two or more labels")
)

// Checked is an address that passed the check. Its zero value is no
// address at all: IsZero reports it, and a second check refuses it.
type Checked struct {
	url string
}

// String returns the address, with its host in plain ASCII.
func (c Checked) String() string { return c.url }

// IsZero reports whether c holds no address.
func (c Checked) IsZero() bool { return c.url == "" }

// Host returns the address's host name, lower case.
func (c Checked) Host() string {
	rest := strings.TrimPrefix(c.url, scheme)
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// AllowList holds the hosts whose addresses, and their subdomains', pass.
// Its zero value allows nothing.
type AllowList struct {
	hosts []string
}

// NewAllowList makes an allow-list. Every entry must be a lower-case host
// name of at least two labels: "com" would allow half the internet.
func NewAllowList(hosts ...string) (AllowList, error) {
	if len(hosts) == 0 {
		return AllowList{}, ErrNoAllowList
	}
	for _, h := range hosts {
		if !ldhHost(h) || h != strings.ToLower(h) || !strings.Contains(h, ".") {
			return AllowList{}, fmt.Errorf("%q: %w", h, ErrAllowedEntry)
		}
	}
	return AllowList{hosts: append([]string(nil), hosts...)}, nil
}

// Hosts returns the allowed hosts.
func (l AllowList) Hosts() []string { return append([]string(nil), l.hosts...) }

const scheme = "https://"

// Check checks an address, and returns it with its host normalised: lower
// case, and full-width or other look-alike forms of ASCII mapped as a
// browser would map them. What is shown and opened is then exactly what
// was checked.
func (l AllowList) Check(raw string) (Checked, error) {
	refuse := func(why error) (Checked, error) {
		return Checked{}, fmt.Errorf("address %q: %w", raw, why)
	}
	if len(l.hosts) == 0 {
		return refuse(ErrNoAllowList)
	}
	// The scheme exactly so: "https:host" and "HTTPS://" parse in some
	// readers and not in others.
	if !strings.HasPrefix(raw, scheme) {
		return refuse(ErrNotHTTPS)
	}
	authority, rest := raw[len(scheme):], ""
	if i := strings.IndexAny(authority, "/?#"); i >= 0 {
		authority, rest = authority[:i], authority[i:]
	}
	// Outside the host, printable ASCII only. A backslash is a slash to a
	// browser and not to Go, so it has no place in an address either.
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; c <= ' ' || c >= 0x7f || c == '\\' {
			return refuse(ErrCharacters)
		}
	}
	if strings.ContainsAny(authority, "@") {
		return refuse(ErrUserOrPort)
	}
	if strings.ContainsAny(authority, ":") {
		if strings.HasPrefix(authority, "[") {
			return refuse(ErrHost) // an IP version 6 address
		}
		return refuse(ErrUserOrPort)
	}
	// A percent sign in a host is unescaped by some readers (Go's among
	// them) and not by others; a real host name never has one.
	if authority == "" || strings.ContainsAny(authority, "%\\") {
		return refuse(ErrHost)
	}
	host, err := idna.Lookup.ToASCII(authority)
	if err != nil || !ldhHost(host) {
		return refuse(ErrHost)
	}
	if !l.allows(host) {
		return refuse(ErrNotAllowed)
	}
	checked := scheme + host + rest
	// What Go makes of it must agree with what was checked here.
	u, err := url.Parse(checked)
	if err != nil || u.Scheme != "https" || u.Opaque != "" || u.User != nil || u.Host != host {
		return refuse(ErrCharacters)
	}
	return Checked{url: checked}, nil
}

func (l AllowList) allows(host string) bool {
	for _, a := range l.hosts {
		if host == a || strings.HasSuffix(host, "."+a) {
			return true
		}
	}
	return false
}

// ldhHost reports whether host is a DNS host name in plain ASCII: labels
// of 1 to 63 letters, digits and hyphens, not starting or ending with a
// hyphen, 253 characters at most, no trailing dot. A label in Punycode
// ("xn--") is refused too: the forms live on plain names, and a Unicode
// name in an address is a mistake or a look-alike.
func ldhHost(host string) bool {
	if host == "" || len(host) > 253 {
		return false
	}
	for _, label := range strings.Split(host, ".") {
		if len(label) == 0 || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		if len(label) >= 4 && strings.EqualFold(label[:4], "xn--") {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}
