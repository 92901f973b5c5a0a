package main

import (
	"io"
	"path/filepath"
	"sync"

	"github.com/bezwaarwijzer/bezwaarwijzer/cmd/internal/system/files"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/fileproblem"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// writeNew writes a file a person asked for. An existing file is kept,
// unless force is set: nothing a person made is lost by accident. Every
// failure is a sentence that says what to do.
func (s *session) writeNew(path string, data []byte, force bool) error {
	if err := s.fileWriter()(path, data, force); err != nil {
		return failed(s.t.T(fileproblem.MessageID(err), i18n.Data{"Path": typed.EchoPath(path), "Dir": typed.EchoPath(filepath.Dir(path))}))
	}
	return nil
}

// checkedOutput is standard output that keeps the first error of a write.
// Commands print without checking every write; when a command has ended,
// run looks here once for all of them, so that output that was lost (a
// full disk, `> /dev/full`) is a failure that is said, not an exit 0.
type checkedOutput struct {
	mu  sync.Mutex
	w   io.Writer
	err error
}

func (o *checkedOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		o.err = err
	}
	return n, err
}

// lost returns the first write error, if any.
func (o *checkedOutput) lost() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.err
}

// Fd, Read and Close make checkedOutput a term.File when standard output
// is one, so that colorprofile and fang still see the terminal behind it
// (to choose the colours, and on Windows to switch on escape sequences).
func (o *checkedOutput) Fd() uintptr {
	if f, ok := o.w.(interface{ Fd() uintptr }); ok {
		return f.Fd()
	}
	return ^uintptr(0) // no file: never a terminal
}

func (o *checkedOutput) Read([]byte) (int, error) { return 0, io.EOF }

func (o *checkedOutput) Close() error { return nil }

// fileWriter is how this run writes the files a person asks for: the
// app's writer, which tests replace, or files.Write.
func (s *session) fileWriter() func(path string, data []byte, overwrite bool) error {
	if s.writeFile != nil {
		return s.writeFile
	}
	return files.Write
}
