//go:build darwin

package i18n

import (
	"os/exec"
	"strings"
)

// systemLocale asks macOS for the first preferred language, because a
// program started from Finder gets no locale variables. It runs only when
// none of them is set.
func systemLocale() string {
	out, err := exec.Command("defaults", "read", "-g", "AppleLocale").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
