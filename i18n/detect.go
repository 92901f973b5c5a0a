package i18n

import (
	"fmt"
	"slices"
	"strings"
)

// Detect picks the language: the --lang flag when given, else the locale
// variables LC_ALL, LC_MESSAGES and LANG (the first one set counts, as POSIX
// says), else the operating system's own setting (Windows, macOS), else
// Dutch. A flag the program does not speak is an error; a locale it does not
// speak falls back to Dutch, because the person did not ask for it here.
func Detect(flag string, getenv func(string) string) (string, error) {
	if flag != "" {
		lang := normalise(flag)
		if !slices.Contains(Languages, lang) {
			return "", fmt.Errorf("%w: %q", ErrUnknownLanguage, flag)
		}
		return lang, nil
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			return supported(v), nil
		}
	}
	if v := systemLocale(); v != "" {
		return supported(v), nil
	}
	return Default, nil
}

func supported(locale string) string {
	if lang := normalise(locale); slices.Contains(Languages, lang) {
		return lang
	}
	return Default
}

// normalise turns "nl_NL.UTF-8", "en-GB" or "EN" into "nl" or "en".
func normalise(locale string) string {
	locale = strings.ToLower(strings.TrimSpace(locale))
	if i := strings.IndexAny(locale, "_-.@"); i >= 0 {
		locale = locale[:i]
	}
	return locale
}

// Charset returns the character set the locale variables name ("UTF-8" in
// "nl_NL.UTF-8"), or "" when none is set. A terminal whose locale is not
// UTF-8 gets the ASCII look.
func Charset(getenv func(string) string) (charset string, set bool) {
	for _, name := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		if v == "C" || v == "POSIX" {
			return "ASCII", true
		}
		if i := strings.IndexByte(v, '.'); i >= 0 {
			cs := v[i+1:]
			if j := strings.IndexByte(cs, '@'); j >= 0 {
				cs = cs[:j]
			}
			return cs, true
		}
		return "", true
	}
	return "", false
}
