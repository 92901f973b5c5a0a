package content

import (
	"slices"
	"testing"
)

func TestBlocks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Block
	}{
		{name: "empty", text: "", want: nil},
		{name: "only blank lines", text: "\n\n  \n", want: nil},
		{
			name: "one line",
			text: "Meta gebruikt je berichten.",
			want: []Block{{Text: "Meta gebruikt je berichten."}},
		},
		{
			name: "paragraph lines are joined",
			text: "Meta gebruikt\nje berichten.\n  Ook oude.  ",
			want: []Block{{Text: "Meta gebruikt je berichten. Ook oude."}},
		},
		{
			name: "paragraphs split at blank lines",
			text: "\nEen.\n\nTwee\ndrie.\n\n\nVier.\n",
			want: []Block{{Text: "Een."}, {Text: "Twee drie."}, {Text: "Vier."}},
		},
		{
			name: "a blank line with spaces splits too",
			text: "Een.\n   \nTwee.",
			want: []Block{{Text: "Een."}, {Text: "Twee."}},
		},
		{
			name: "a list right under a paragraph",
			text: "Meta gebruikt deze 2 dingen niet.\n- Je privéberichten.\n- Berichten van kinderen.\n\nDaarna.",
			want: []Block{
				{Text: "Meta gebruikt deze 2 dingen niet."},
				{Text: "Je privéberichten.", Bullet: true, First: true},
				{Text: "Berichten van kinderen.", Bullet: true},
				{Text: "Daarna."},
			},
		},
		{
			name: "a line under a bullet continues it",
			text: "- Een lange\n  bullet over\ntwee regels.\n- Kort.",
			want: []Block{
				{Text: "Een lange bullet over twee regels.", Bullet: true, First: true},
				{Text: "Kort.", Bullet: true},
			},
		},
		{
			name: "a blank line ends a list",
			text: "- A.\n\n- B.\nC.\n\nD.",
			want: []Block{
				{Text: "A.", Bullet: true, First: true},
				{Text: "B. C.", Bullet: true, First: true},
				{Text: "D."},
			},
		},
		{
			name: "a dash without a space is no bullet",
			text: "-5 graden\n—gedachtestreepje",
			want: []Block{{Text: "-5 graden —gedachtestreepje"}},
		},
		{
			name: "indented bullets",
			text: "Kies:\n  - ja\n  -  nee",
			want: []Block{
				{Text: "Kies:"},
				{Text: "ja", Bullet: true, First: true},
				{Text: "nee", Bullet: true},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Blocks(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Blocks(%q) =\n%+v\nwant\n%+v", tt.text, got, tt.want)
			}
		})
	}
}
