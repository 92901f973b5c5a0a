//go:build !windows && !darwin

package i18n

// systemLocale: on Linux and the BSDs the locale variables are the system's
// setting; there is nothing else to ask.
func systemLocale() string { return "" }
