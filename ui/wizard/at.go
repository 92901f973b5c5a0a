package wizard

import (
	"maps"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/walk"
)

// At returns the wizard on the screen at, as if the person had walked
// there: with the answers a, and who walks and what happened on the way
// as s says (the forms opened, the steps reached, what an organisation
// typed). The kiosk, the clock and what the face can do come from opts,
// not from s: the wizard decides those itself. A test that shows a face
// every screen of every walk starts the wizard here.
func At(opts Options, a walk.Answers, at walk.Place, s walk.State) (*Model, error) {
	m, err := New(opts)
	if err != nil {
		return nil, err
	}
	w := m.w
	w.c.audience = content.AudiencePerson
	if s.Audience == content.AudienceOrganisation {
		w.c.audience = s.Audience
	}
	w.answers = a
	maps.Copy(w.opened, s.Opened)
	maps.Copy(w.reached, s.Reached)
	w.org, w.orgTaken = s.Typed, s.Typed
	if at.Kind != walk.Welcome {
		w.history = []walk.Place{{Kind: walk.Welcome}}
	}
	w.show(at)
	return m, nil
}
