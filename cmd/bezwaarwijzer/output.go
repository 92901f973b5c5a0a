package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// writeNew writes a file a person asked for. An existing file is kept,
// unless force is set: nothing a person made is lost by accident. Every
// failure is a sentence that says what to do.
func (s *session) writeNew(path string, data []byte, force bool) error {
	t := s.t
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		data := i18n.Data{"Path": path, "Dir": filepath.Dir(path)}
		switch {
		case errors.Is(err, fs.ErrExist):
			return failed(t.T("error.file_exists", data))
		case errors.Is(err, fs.ErrNotExist):
			return failed(t.T("error.no_such_dir", data))
		case errors.Is(err, fs.ErrPermission):
			return failed(t.T("error.no_permission", data))
		}
		return failed(t.T("error.cannot_write", data))
	}
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		return failed(t.T("error.cannot_write", i18n.Data{"Path": path}))
	}
	if err := f.Close(); err != nil {
		return failed(t.T("error.cannot_write", i18n.Data{"Path": path}))
	}
	return nil
}
