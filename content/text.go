package content

import "strings"

// Block is a paragraph or a bullet of one of the guide's plain texts (see
// Page): every face, and the letter, read the texts through Blocks, so that
// they all agree on what a bullet is.
type Block struct {
	Text   string
	Bullet bool
	// First is set on the first bullet of a list, so that a list can be
	// drawn as one, with space before it but not between its items.
	First bool
}

// Blocks splits a text into blocks. Lines of one paragraph are joined; each
// bullet is a block of its own.
func Blocks(text string) []Block {
	var blocks []Block
	var para []string
	inList := false
	flush := func() {
		if len(para) > 0 {
			blocks = append(blocks, Block{Text: strings.Join(para, " ")})
			para = nil
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			flush()
			inList = false
		case strings.HasPrefix(line, "- "):
			flush()
			blocks = append(blocks, Block{Text: strings.TrimSpace(line[2:]), Bullet: true, First: !inList})
			inList = true
		case inList && len(blocks) > 0:
			// A line under a bullet continues it.
			blocks[len(blocks)-1].Text += " " + line
		default:
			para = append(para, line)
		}
	}
	flush()
	return blocks
}
