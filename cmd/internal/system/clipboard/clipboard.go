// Package clipboard puts text on the system's clipboard, so a person can
// paste the sample reason into Meta's form.
package clipboard

import "github.com/atotto/clipboard"

// System is the operating system's clipboard. On Linux it needs xclip,
// xsel or wl-clipboard; where none is there, Copy fails and the wizard
// says the copy may not have worked.
type System struct{}

// Copy puts text on the clipboard.
func (System) Copy(text string) error { return clipboard.WriteAll(text) }
