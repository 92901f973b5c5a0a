// Package tempfiles writes the printable pages a person asked for without
// naming a file: to the temporary folder, where the browser opens them.
// It keeps their names, so that a kiosk can remove them when it starts
// over and when it stops: nothing of a person stays on a shared laptop.
package tempfiles

import (
	"errors"
	"os"
	"sync"
)

// pattern is the name of a page; "*" stands for a random number.
const pattern = "bezwaarwijzer-*.html"

// Files are the pages written in one run. The zero value is ready.
type Files struct {
	mu    sync.Mutex
	paths []string
}

// Write writes page to a new file in dir (the system's temporary folder
// when ""), and returns its name. A write that fails leaves no file.
func (f *Files) Write(dir string, page []byte) (path string, err error) {
	file, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return "", err
	}
	path = file.Name()
	_, werr := file.Write(page)
	if cerr := file.Close(); werr != nil || cerr != nil {
		_ = os.Remove(path)
		return "", errors.Join(werr, cerr)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.paths = append(f.paths, path)
	return path, nil
}

// RemoveAll removes every page written so far.
func (f *Files) RemoveAll() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, p := range f.paths {
		_ = os.Remove(p)
	}
	f.paths = nil
}
