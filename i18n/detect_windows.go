//go:build windows

package i18n

import "golang.org/x/sys/windows"

// systemLocale asks Windows for the person's display language, because a
// library laptop sets no locale variables.
func systemLocale() string {
	langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err != nil || len(langs) == 0 {
		return ""
	}
	return langs[0]
}
