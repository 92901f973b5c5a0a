package letter

import "testing"

// TestIsAddress: an e-mail address as a person writes one passes; a name
// around it, a second "@", a missing dot, spaces, quotes or empty parts do
// not.
func TestIsAddress(t *testing.T) {
	for _, s := range []string{"info@testdorp.nl", "a.b+c@x-y.example", "communicatie@gemeente.testdorp.nl", "jörg@müller.de"} {
		if !isAddress(s) {
			t.Errorf("isAddress(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"", "foo", "a@b", "Name <a@b.nl>", "a@@b.nl", "a@b@c.nl", ".a@b.nl", "a.@b.nl", "a..b@c.nl",
		"a@b..nl", "a@.b.nl", "a@b.nl.", "a b@c.nl", "\"a\"@b.nl", "a@b_c.nl", "a@b.nl\u200b", "@b.nl", "a@"} {
		if isAddress(s) {
			t.Errorf("isAddress(%q) = true, want false", s)
		}
	}
}
