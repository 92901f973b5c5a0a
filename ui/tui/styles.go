package tui

import (
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/qr"
)

// Styles is every look of the wizard, built once. Colour only ever repeats
// what words or marks already say: the banner is a sentence, the chosen
// option has a mark, so NO_COLOR loses nothing.
type Styles struct {
	Banner   lipgloss.Style
	Practice lipgloss.Style
	Rule     lipgloss.Style
	Progress lipgloss.Style
	Title    lipgloss.Style
	Text     lipgloss.Style
	Address  lipgloss.Style // the form's address, boxed
	Quote    lipgloss.Style // the sample reason, boxed
	Status   lipgloss.Style // what just happened: opened, copied
	Warning  lipgloss.Style // what did not work
	HelpKey  lipgloss.Style
	HelpDesc lipgloss.Style
	Chosen   lipgloss.Style // the choice under the cursor, and a ticked app

	// QR paints the QR code light on dark in colours of its own, so that it
	// scans whatever the terminal's theme, where colours reach the screen.
	QR lipgloss.Style
	// Code says whether they do, and if not, which way round the code is
	// drawn. The model fills it in as the terminal tells.
	Code CodeLook

	// Marks drawn with text, in Unicode or in ASCII.
	Bullet, RuleChar, HelpSep, Check, NoCheck, Arrow, Done, Cursor string

	// Huh dresses the letter command's form (ui/letter's Form) as the wizard.
	Huh *huh.Styles
}

// NewStyles builds the styles; ascii draws with ASCII only, for old Windows
// consoles and terminals without Unicode.
func NewStyles(ascii bool) Styles {
	s := Styles{
		Bullet: "•", RuleChar: "─", HelpSep: " · ", Check: "[x]", NoCheck: "[ ]", Arrow: "→", Done: "✓",
		Cursor: "> ",
	}
	border := lipgloss.RoundedBorder()
	if ascii {
		s.Bullet, s.RuleChar, s.HelpSep, s.Arrow, s.Done = "-", "-", " | ", "->", "OK"
		border = lipgloss.ASCIIBorder()
	}

	// Basic ANSI colours: they follow the person's terminal theme, light or
	// dark, where fixed colours might vanish into the background.
	yellow, cyan := lipgloss.Color("3"), lipgloss.Color("6")
	s.Banner = lipgloss.NewStyle().Bold(true).Foreground(yellow)
	s.Practice = lipgloss.NewStyle().Foreground(cyan)
	s.Rule = lipgloss.NewStyle().Foreground(lipgloss.Color("8"))
	s.Progress = lipgloss.NewStyle().Foreground(cyan)
	s.Title = lipgloss.NewStyle().Bold(true)
	s.Text = lipgloss.NewStyle()
	s.Address = lipgloss.NewStyle().Bold(true).Border(border).Padding(0, 1)
	s.Quote = lipgloss.NewStyle().Border(border).Padding(0, 1)
	s.Status = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("2"))
	s.Warning = lipgloss.NewStyle().Bold(true).Foreground(yellow)
	s.HelpKey = lipgloss.NewStyle().Bold(true)
	s.HelpDesc = lipgloss.NewStyle()
	s.Chosen = lipgloss.NewStyle().Bold(true)
	// A QR code must be dark modules on a light field to scan: white
	// printed modules on black keep it so, light or dark terminal.
	s.QR = lipgloss.NewStyle().Foreground(lipgloss.Color("15")).Background(lipgloss.Color("0"))

	s.Huh = huhStyles(s, ascii)
	return s
}

// CodeLook is how the QR code can be drawn on this terminal. Where colours
// reach the screen, Styles.QR paints it white on black. Where they do not
// (NO_COLOR, a terminal without colours), the code takes the terminal's own
// text and background colours, so which modules are printed must follow
// the background: light modules on a dark one, dark modules on a light
// one (see qr.Look). Reverse video is no way out: it swaps the same two
// colours.
//
// The zero value is a terminal with colours. A terminal that is asked its
// background colour and does not answer (the Windows console) is taken to
// be dark, as most are; the person can turn the code around with i.
type CodeLook struct {
	// Plain is set where no colour reaches the screen.
	Plain bool
	// Bare is set where not even reverse video does (no TERM): the ASCII
	// code is drawn with "#".
	Bare bool
	// DarkInk, without colour, prints the dark modules: the terminal's
	// background is light, or the person turned the code around.
	DarkInk bool
}

// Look is the drawing for package qr, for a terminal: in ASCII as solid
// reversed cells where the terminal shows them.
func (l CodeLook) Look(ascii bool) qr.Look {
	return qr.Look{ASCII: ascii, Reverse: !l.Bare, DarkInk: l.Plain && l.DarkInk}
}

// huhStyles dresses the letter command's questions like the wizard.
func huhStyles(s Styles, ascii bool) *huh.Styles {
	t := huh.ThemeBase16(false)
	t.Focused.Base = lipgloss.NewStyle()
	t.Focused.Card = t.Focused.Base
	t.Focused.Title = s.Title
	t.Focused.Description = s.Text
	t.Focused.ErrorIndicator = lipgloss.NewStyle()
	t.Focused.ErrorMessage = s.Warning.SetString("")
	t.Focused.SelectSelector = t.Focused.SelectSelector.SetString("> ").Bold(true)
	t.Focused.MultiSelectSelector = t.Focused.MultiSelectSelector.SetString("> ").Bold(true)
	t.Focused.SelectedPrefix = t.Focused.SelectedPrefix.SetString(s.Check + " ")
	t.Focused.UnselectedPrefix = lipgloss.NewStyle().SetString(s.NoCheck + " ")
	t.Focused.Option = lipgloss.NewStyle()
	t.Focused.UnselectedOption = lipgloss.NewStyle()
	t.Focused.SelectedOption = t.Focused.SelectedOption.Bold(true)
	if ascii {
		t.Focused.NextIndicator = t.Focused.NextIndicator.SetString("->")
		t.Focused.PrevIndicator = t.Focused.PrevIndicator.SetString("<-")
	}
	t.Blurred = t.Focused
	t.Blurred.MultiSelectSelector = lipgloss.NewStyle().SetString("  ")
	t.Blurred.SelectSelector = lipgloss.NewStyle().SetString("  ")
	return t
}
