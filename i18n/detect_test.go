package i18n

import (
	"errors"
	"runtime"
	"testing"
)

// env returns a getenv that reads only the given variables.
func env(vars map[string]string) func(string) string {
	return func(name string) string { return vars[name] }
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		flag string
		env  map[string]string
		want string
		// system: the case reaches the operating system's own setting,
		// which only Linux and the BSDs leave empty.
		system bool
	}{
		{name: "flag wins", flag: "en", env: map[string]string{"LC_ALL": "nl_NL.UTF-8", "LANG": "nl_NL.UTF-8"}, want: "en"},
		{name: "flag nl wins", flag: "nl", env: map[string]string{"LANG": "en_US.UTF-8"}, want: "nl"},
		{name: "flag upper case", flag: "NL", want: "nl"},
		{name: "flag with a region", flag: "en_GB", want: "en"},
		{name: "flag with a dash", flag: "en-US", want: "en"},
		{name: "flag with spaces", flag: " en ", want: "en"},
		{name: "LC_ALL", env: map[string]string{"LC_ALL": "en_GB.UTF-8"}, want: "en"},
		{name: "LC_ALL beats LC_MESSAGES", env: map[string]string{"LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"}, want: "en"},
		{name: "LC_ALL beats LC_MESSAGES the other way", env: map[string]string{"LC_ALL": "nl_NL.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, want: "nl"},
		{name: "LC_MESSAGES beats LANG", env: map[string]string{"LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"}, want: "en"},
		{name: "LC_MESSAGES beats LANG the other way", env: map[string]string{"LC_MESSAGES": "nl_BE.UTF-8", "LANG": "en_US.UTF-8"}, want: "nl"},
		{name: "LANG", env: map[string]string{"LANG": "en_US.UTF-8"}, want: "en"},
		{name: "LANG with a modifier", env: map[string]string{"LANG": "en@euro"}, want: "en"},
		{name: "LC_CTYPE does not decide the language", env: map[string]string{"LC_CTYPE": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"}, want: "nl"},
		{name: "first set counts, even unknown", env: map[string]string{"LC_ALL": "de_DE.UTF-8", "LANG": "en_US.UTF-8"}, want: "nl"},
		{name: "unknown locale falls back to Dutch", env: map[string]string{"LANG": "de_DE.UTF-8"}, want: "nl"},
		{name: "C locale falls back to Dutch", env: map[string]string{"LANG": "C"}, want: "nl"},
		{name: "empty variables are not set", env: map[string]string{"LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"}, want: "en"},
		{name: "nothing set", want: "nl", system: true},
		{name: "flag tr", flag: "tr", env: map[string]string{"LANG": "nl_NL.UTF-8"}, want: "tr"},
		{name: "LANG tr", env: map[string]string{"LANG": "tr"}, want: "tr"},
		{name: "LANG tr_TR", env: map[string]string{"LANG": "tr_TR"}, want: "tr"},
		{name: "LANG tr_TR.UTF-8", env: map[string]string{"LANG": "tr_TR.UTF-8"}, want: "tr"},
		{name: "LC_ALL TR_tr upper case", env: map[string]string{"LC_ALL": "TR_tr.UTF-8"}, want: "tr"},
		{name: "flag ar", flag: "ar", want: "ar"},
		{name: "LANG ar_MA", env: map[string]string{"LANG": "ar_MA.UTF-8"}, want: "ar"},
		{name: "LANG ar_EG", env: map[string]string{"LANG": "ar_EG"}, want: "ar"},
		{name: "Windows name ar-SA", env: map[string]string{"LANG": "ar-SA"}, want: "ar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.system && (runtime.GOOS == "windows" || runtime.GOOS == "darwin") {
				t.Skipf("on %s the system's own setting decides", runtime.GOOS)
			}
			got, err := Detect(tt.flag, env(tt.env))
			if err != nil {
				t.Fatalf("Detect(%q): %v", tt.flag, err)
			}
			if got != tt.want {
				t.Errorf("Detect(%q, %v) = %q, want %q", tt.flag, tt.env, got, tt.want)
			}
		})
	}
}

func TestDetectUnknownFlag(t *testing.T) {
	for _, flag := range []string{"de", "dutch", "e", "fr_FR"} {
		t.Run(flag, func(t *testing.T) {
			got, err := Detect(flag, env(map[string]string{"LANG": "nl_NL.UTF-8"}))
			if !errors.Is(err, ErrUnknownLanguage) {
				t.Errorf("Detect(%q) error = %v, want ErrUnknownLanguage", flag, err)
			}
			if got != "" {
				t.Errorf("Detect(%q) = %q with the error, want \"\"", flag, got)
			}
		})
	}
}

func TestCharset(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		want    string
		wantSet bool
	}{
		{"UTF-8", map[string]string{"LANG": "nl_NL.UTF-8"}, "UTF-8", true},
		{"lower case utf8", map[string]string{"LANG": "en_US.utf8"}, "utf8", true},
		{"C", map[string]string{"LANG": "C"}, "ASCII", true},
		{"POSIX", map[string]string{"LC_ALL": "POSIX"}, "ASCII", true},
		{"with a modifier", map[string]string{"LANG": "nl_NL.ISO-8859-1@euro"}, "ISO-8859-1", true},
		{"no charset named", map[string]string{"LANG": "nl_NL"}, "", true},
		{"LC_ALL beats LC_CTYPE", map[string]string{"LC_ALL": "C", "LC_CTYPE": "nl_NL.UTF-8"}, "ASCII", true},
		{"LC_CTYPE beats LANG", map[string]string{"LC_CTYPE": "nl_NL.UTF-8", "LANG": "C"}, "UTF-8", true},
		{"LC_MESSAGES does not name the charset", map[string]string{"LC_MESSAGES": "nl_NL.UTF-8", "LANG": "C"}, "ASCII", true},
		{"nothing set", nil, "", false},
		{"only empty variables", map[string]string{"LC_ALL": "", "LC_CTYPE": "", "LANG": ""}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, set := Charset(env(tt.env))
			if got != tt.want || set != tt.wantSet {
				t.Errorf("Charset(%v) = %q, %v; want %q, %v", tt.env, got, set, tt.want, tt.wantSet)
			}
		})
	}
}
