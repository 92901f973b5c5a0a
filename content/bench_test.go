package content

import "testing"

// The performance measurements of the content (issue 6). Run them with
//
//	go test -run '^$' -bench . -benchmem ./content/
//
// Target: reading and checking the guide in one language under 2 ms. Every
// start of the program reads it once.

// BenchmarkLoadAndValidate reads the embedded guide in one language and
// checks it: what a start of the program costs at most.
func BenchmarkLoadAndValidate(b *testing.B) {
	for _, lang := range Languages {
		b.Run(lang, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g, err := Load(lang)
				if err != nil {
					b.Fatal(err)
				}
				if err := g.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoad is reading alone, without the check.
func BenchmarkLoad(b *testing.B) {
	for _, lang := range Languages {
		b.Run(lang, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Load(lang); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkValidateAll is the package-level Validate: every language read
// and checked, and their shapes compared.
func BenchmarkValidateAll(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if err := Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
