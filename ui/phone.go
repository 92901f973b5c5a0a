package ui

import (
	"net/url"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/bezwaarwijzer/bezwaarwijzer/ui/prose"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/qr"
)

// qrGap is the space between the code and the words beside it.
const qrGap = 3

// phoneLines draws the phone step with a QR code: the code on the left, so
// the person can point their phone's camera at it, and on the right the
// step, the instruction and the address in parts, to type over. It reports
// false when the window has no room for it, or the code cannot be drawn;
// the step then shows the address alone.
func (p *stepPage) phoneLines(width, height int) ([]string, bool) {
	if p.code == "" || p.route {
		return nil, false
	}
	codeLines := strings.Split(p.c.styles.QR.Render(p.code), "\n")
	codeWidth := lipgloss.Width(p.code)
	right := width - codeWidth - qrGap
	if right < 28 || len(codeLines) > height {
		return nil, false
	}
	c, s := p.c, p.c.styles
	var words []string
	add := func(style lipgloss.Style, text string) {
		for _, l := range prose.WrapLine(text, right) {
			words = append(words, style.Render(l))
		}
	}
	add(s.Progress, p.progress)
	add(s.Title, p.title)
	words = append(words, "")
	add(s.Text, c.t.T("step.scan"))
	words = append(words, "")
	add(s.Text, c.t.T("step.type_parts"))
	for _, part := range addressParts(p.app.Form.String()) {
		add(s.Title, part)
	}
	if !p.route {
		words = append(words, "")
		add(s.Text, c.t.T("step.link_fails"))
	}
	if len(words) > height {
		return nil, false
	}
	gap := strings.Repeat(" ", qrGap)
	lines := make([]string, max(len(codeLines), len(words)))
	for i := range lines {
		left := strings.Repeat(" ", codeWidth)
		if i < len(codeLines) {
			left = codeLines[i]
		}
		if i < len(words) {
			lines[i] = left + gap + words[i]
		} else {
			lines[i] = left
		}
	}
	return lines, true
}

// addressParts splits a form's address where a person can pause while
// typing: the site, the path, and the long number at the end.
func addressParts(address string) []string {
	u, err := url.Parse(address)
	if err != nil || u.Host == "" {
		return []string{address}
	}
	parts := []string{u.Scheme + "://" + u.Host + "/"}
	path := strings.TrimPrefix(u.EscapedPath(), "/")
	if i := strings.LastIndex(path, "/"); i >= 0 && i+1 < len(path) {
		parts = append(parts, path[:i+1], path[i+1:])
	} else if path != "" {
		parts = append(parts, path)
	}
	if u.RawQuery != "" {
		parts[len(parts)-1] += "?" + u.RawQuery
	}
	return parts
}

// drawCode draws the QR code of an address for the terminal, or "" when it
// cannot be drawn.
func drawCode(address string, ascii bool) string {
	code, err := qr.Terminal(address, ascii)
	if err != nil {
		return ""
	}
	return code
}
