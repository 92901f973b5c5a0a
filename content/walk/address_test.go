package walk

import (
	"slices"
	"strings"
	"testing"
)

func TestGroupDigits(t *testing.T) {
	tests := []struct {
		address string
		want    string
	}{
		{"https://www.facebook.com/help/contact/712876720715583", "712 876 720 715 583"},
		{"https://help.instagram.com/contact/767264225370182", "767 264 225 370 182"},
		{"https://help.instagram.com/contact/767264225370182/", "767 264 225 370 182"},
		{"https://example.com/123456", "123 456"},
		{"https://example.com/12345", ""},
		{"https://example.com/contact", ""},
		{"https://example.com/712876720715583/help", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.address, func(t *testing.T) {
			if got := GroupDigits(tt.address); got != tt.want {
				t.Errorf("GroupDigits(%q) = %q, want %q", tt.address, got, tt.want)
			}
		})
	}
}

func TestAddressParts(t *testing.T) {
	cases := map[string][]string{
		"https://www.facebook.com/help/contact/712876720715583": {"https://www.facebook.com/", "help/contact/", "712876720715583"},
		"https://help.instagram.com/contact/767264225370182":    {"https://help.instagram.com/", "contact/", "767264225370182"},
		"https://help.instagram.com/contact/767264225370182/":   {"https://help.instagram.com/", "contact/767264225370182/"},
		"https://www.whatsapp.com/?lang=nl":                     {"https://www.whatsapp.com/?lang=nl"},
		"https://www.whatsapp.com/":                             {"https://www.whatsapp.com/"},
		"not an address":                                        {"not an address"},
	}
	for in, want := range cases {
		got := AddressParts(in)
		if !slices.Equal(got, want) {
			t.Errorf("AddressParts(%q) = %q, want %q", in, got, want)
		}
		if strings.Join(got, "") != in {
			t.Errorf("the parts of %q do not make the address again", in)
		}
	}
}
