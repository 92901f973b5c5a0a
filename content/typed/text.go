package typed

import "unicode/utf8"

// Text is text a person typed, fit to show, to copy and to print. It is
// made only by From, which cleans it, so that text nobody cleaned cannot
// pass for it: a letter, a screen or a file that takes a Text cannot
// forget the cleaning. The zero Text is empty.
type Text struct{ s string }

// From cleans s as Clean does, as one line of at most max characters.
func From(s string, max int) Text { return Text{s: Clean(s, max)} }

// String returns the text, cleaned.
func (t Text) String() string { return t.s }

// Len is how many characters (runes) the text has.
func (t Text) Len() int { return utf8.RuneCountInString(t.s) }

// IsEmpty reports whether nothing is left of what was typed.
func (t Text) IsEmpty() bool { return t.s == "" }
