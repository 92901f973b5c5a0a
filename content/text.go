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

// Paragraph is a paragraph (Text) or a whole list (Items), as a printed
// page shows them.
type Paragraph struct {
	Text  string
	Items []string
}

// Paragraphs puts each list's bullets together.
func Paragraphs(blocks []Block) []Paragraph {
	var out []Paragraph
	for _, b := range blocks {
		switch {
		case !b.Bullet:
			out = append(out, Paragraph{Text: b.Text})
		case b.First || len(out) == 0 || out[len(out)-1].Items == nil:
			out = append(out, Paragraph{Items: []string{b.Text}})
		default:
			out[len(out)-1].Items = append(out[len(out)-1].Items, b.Text)
		}
	}
	return out
}
