package content

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// appNames are the names of Meta's apps, in any case. The program knows
// its apps from the guide (content/data) alone: adding an app with a form,
// or removing one, is a change to the data, so no Go file outside the
// tests names one.
var appNames = regexp.MustCompile(`(?i)facebook|instagram|whatsapp|messenger|threads`)

// namedApps returns where the Go source src names an app in a string
// literal or an identifier, as "file:line: what". Comments may name apps:
// they explain the data.
func namedApps(fset *token.FileSet, name string, src any) ([]string, error) {
	f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var found []string
	ast.Inspect(f, func(n ast.Node) bool {
		var text string
		switch n := n.(type) {
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				text = n.Value
			}
		case *ast.Ident:
			text = n.Name
		}
		if text != "" && appNames.MatchString(text) {
			found = append(found, fmt.Sprintf("%s: %s", fset.Position(n.Pos()), text))
		}
		return true
	})
	return found, nil
}

// TestNoAppInCode: no Go file of the program, tests left out, names an
// app in a string literal or an identifier.
func TestNoAppInCode(t *testing.T) {
	root := ".."
	fset := token.NewFileSet()
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		files++
		found, err := namedApps(fset, path, nil)
		if err != nil {
			return err
		}
		for _, f := range found {
			t.Errorf("%s names an app: put it in content/data", f)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The walk must have seen the program: from content/, .. is the
	// repository.
	if files < 50 {
		t.Fatalf("only %d Go files found under %s", files, root)
	}
}

// TestNamedAppsFound: the check finds an app in a string and in a name,
// in any case, and lets a comment name one.
func TestNamedAppsFound(t *testing.T) {
	src := `package x

// Facebook is named in a comment: allowed.
const a = "open de Instagram-app"

var threadsApp = 1

func f() string { return ` + "`WhatsApp`" + ` }
`
	found, err := namedApps(token.NewFileSet(), "x.go", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 3 {
		t.Fatalf("found %q, want the string, the name and the raw string", found)
	}
	for i, want := range []string{"Instagram", "threadsApp", "WhatsApp"} {
		if !strings.Contains(found[i], want) {
			t.Errorf("finding %d is %q, want %q", i, found[i], want)
		}
	}
}

// TestTooManyAppsWithAForm: the organisation's letter keeps what was typed
// in a value of a fixed size, with room for MaxFormApps apps with a form;
// a guide with more is refused.
func TestTooManyAppsWithAForm(t *testing.T) {
	g, err := Load("nl")
	if err != nil {
		t.Fatal(err)
	}
	form := g.FormApps()[0]
	for i := len(g.FormApps()); i <= MaxFormApps; i++ {
		app := form
		app.ID = fmt.Sprintf("%s%d", form.ID, i)
		g.Apps = append(g.Apps, app)
	}
	if err := g.Validate(); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("at most %d", MaxFormApps)) {
		t.Errorf("a guide with %d apps with a form: %v", len(g.FormApps()), err)
	}
	g.Apps = g.Apps[:len(g.Apps)-1]
	if err := g.Validate(); err != nil && strings.Contains(err.Error(), "at most") {
		t.Errorf("a guide with %d apps with a form is refused: %v", len(g.FormApps()), err)
	}
}
