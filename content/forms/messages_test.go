package forms

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// TestEveryKindHasItsMessage: the command line says each problem as the
// message "forms.problem." + its kind, so every kind this file declares
// has that message in every language. The kinds are read from the source,
// so a new one cannot be forgotten here.
func TestEveryKindHasItsMessage(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "forms.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	ast.Inspect(f, func(n ast.Node) bool {
		spec, ok := n.(*ast.ValueSpec)
		if !ok || spec.Type == nil || len(spec.Values) != 1 {
			return true
		}
		if id, ok := spec.Type.(*ast.Ident); !ok || id.Name != "Kind" {
			return true
		}
		if lit, ok := spec.Values[0].(*ast.BasicLit); ok {
			s, _ := strconv.Unquote(lit.Value)
			kinds = append(kinds, s)
		}
		return true
	})
	if len(kinds) < 10 {
		t.Fatalf("found %d kinds in forms.go; the scan misses them", len(kinds))
	}
	for _, lang := range i18n.Languages {
		tr := i18n.MustNew(lang)
		for _, k := range kinds {
			id := "forms.problem." + k
			if tr.T(id, i18n.Data{}) == id {
				t.Errorf("%s: no message %s", lang, id)
			}
		}
	}
}
