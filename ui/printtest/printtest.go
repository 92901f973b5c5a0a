// Package printtest checks the program's printable pages the way a person
// gets them: well-formed HTML, and (print.go) printed to PDF by a real
// browser and read back. Only tests import it.
package printtest

import (
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"
)

// void are the elements the pages use that have no end tag.
var void = []string{"meta", "wbr", "br", "link", "img", "hr", "input"}

// WellFormed checks that every element the page opens is closed in order,
// and that it has each of the elements in want: not a full HTML parser, but
// it catches a broken template. It reads raw tokens, because the decoder's
// lenient mode would quietly repair a wrong end tag.
func WellFormed(page string, want ...string) error {
	d := xml.NewDecoder(strings.NewReader(page))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	var open []string
	seen := map[string]int{}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("the page does not parse: %w", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			seen[tok.Name.Local]++
			if !slices.Contains(void, tok.Name.Local) {
				open = append(open, tok.Name.Local)
			}
		case xml.EndElement:
			if len(open) == 0 || open[len(open)-1] != tok.Name.Local {
				return fmt.Errorf("</%s> closes %v", tok.Name.Local, open)
			}
			open = open[:len(open)-1]
		}
	}
	if len(open) > 0 {
		return fmt.Errorf("elements left open: %v", open)
	}
	for _, el := range want {
		if seen[el] == 0 {
			return fmt.Errorf("no <%s> element", el)
		}
	}
	return nil
}
