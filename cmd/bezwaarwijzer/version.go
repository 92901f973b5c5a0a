package main

import (
	"runtime/debug"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// Set by the release build with -ldflags "-X main.version=… -X main.commit=…
// -X main.date=…".
var (
	version = ""
	commit  = ""
	date    = ""
)

// versionString is the release's version, or the module version for
// `go install`, or a plain word for a build from source.
func versionString(t *i18n.Translator) string {
	v := version
	if v == "" {
		if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
	}
	if v == "" {
		v = t.T("version.dev")
	}
	if date != "" {
		v += ", " + date
	}
	return v
}
