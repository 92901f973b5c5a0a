package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// idShape is what a message ID looks like: words joined by dots.
var idShape = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+\.?$`)

// notIDs are literals of the code that have the shape of an ID but are
// names of files.
var notIDs = regexp.MustCompile(`\.(toml|tmpl|html|txt|go|exe|pdf)$`)

// idLiterals finds every string literal in the Go code (tests left out)
// that looks like a message ID of one of the locale files' namespaces
// ("done.", "letter.", ...). An ID that reaches T or N through a variable
// (a MessageID method, a Problem's field, a table) is written somewhere as
// such a literal, so this finds the IDs that the scan of T and N's first
// arguments cannot see.
func idLiterals(t *testing.T, root string, namespaces map[string]bool) []usedID {
	t.Helper()
	var found []usedID
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if path != root && (strings.HasPrefix(e.Name(), ".") || e.Name() == "testdata" || e.Name() == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		// The content's validator names places in the guide's files
		// ("done.objected"), not messages: its where-arguments are left out.
		skip := map[token.Pos]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				if recv, ok := sel.X.(*ast.Ident); ok && recv.Name == "v" && len(call.Args) > 0 {
					if lit, ok := call.Args[0].(*ast.BasicLit); ok {
						skip[lit.Pos()] = true
					}
				}
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if ok && skip[lit.Pos()] {
				return true
			}
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !idShape.MatchString(s) || notIDs.MatchString(s) {
				return true
			}
			if !namespaces[strings.SplitN(s, ".", 2)[0]] {
				return true
			}
			pos := fset.Position(lit.Pos())
			rel, _ := filepath.Rel(root, pos.Filename)
			found = append(found, usedID{id: s, prefix: strings.HasSuffix(s, "."), where: rel + ":" + strconv.Itoa(pos.Line)})
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// TestEveryIDInTheCodeExists: every message ID the code holds, also one
// that reaches T or N only through a variable (item.MessageID(), a
// problem's MessageID, fileproblem.MessageID), is in every language. An
// ID put together at run time from a prefix ("help.arg." + a flag's name)
// must also be checked where the values are known: the table below names
// that check, so that a new one cannot slip in unchecked.
func TestEveryIDInTheCodeExists(t *testing.T) {
	all := allLocales(t)
	namespaces := map[string]bool{}
	for id := range all[Default] {
		namespaces[strings.SplitN(id, ".", 2)[0]] = true
	}
	root := repoRoot(t)
	literals := idLiterals(t, root, namespaces)
	if len(literals) < 100 {
		t.Fatalf("found only %d ID literals in the code; the scan misses code", len(literals))
	}
	for _, u := range literals {
		if u.prefix {
			continue
		}
		for _, lang := range Languages {
			if _, ok := all[lang][u.id]; !ok {
				t.Errorf("%s: %s: message %q is missing", u.where, lang, u.id)
			}
		}
	}

	// IDs put together at run time, and the test that checks every value.
	checkedAt := map[string]string{
		"help.arg.":      "cmd/bezwaarwijzer TestHelpShowsNoMessageIDs: every flag of every command",
		"forms.problem.": "content/forms: every Kind of problem has its message",
	}
	var prefixes []string
	for _, u := range usedIDs(t, root) {
		if u.prefix {
			prefixes = append(prefixes, u.id)
			if _, ok := checkedAt[u.id]; !ok {
				t.Errorf("%s: the ID %q+... is put together at run time; write each ID out, or check every value in a test and name it in checkedAt", u.where, u.id)
			}
		}
	}
	for prefix := range checkedAt {
		if !slices.Contains(prefixes, prefix) {
			t.Errorf("checkedAt names %q, which the code no longer puts together: remove it", prefix)
		}
	}
}
