// Package savefile writes a file a person asked for (a letter, a printable
// page) without ever overwriting one by accident, and says why it could
// not in a way each face can put into words.
package savefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// Why a file could not be written.
var (
	ErrExists     = errors.New("file exists")
	ErrNoFolder   = errors.New("folder does not exist")
	ErrPermission = errors.New("no permission")
	ErrWrite      = errors.New("cannot write")
)

// Write writes data to path. An existing file is kept and ErrExists
// returned, unless overwrite is set. Other failures are one of the errors
// above, wrapping the cause.
func Write(path string, data []byte, overwrite bool) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if overwrite {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		switch {
		case errors.Is(err, fs.ErrExist):
			return errors.Join(ErrExists, err)
		case errors.Is(err, fs.ErrNotExist) && !isDir(filepath.Dir(path)):
			return errors.Join(ErrNoFolder, err)
		case errors.Is(err, fs.ErrPermission):
			return errors.Join(ErrPermission, err)
		}
		return errors.Join(ErrWrite, err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return errors.Join(ErrWrite, err)
	}
	return nil
}

// MessageID is the interface message that words why writing failed; the
// messages take {{.Path}} and {{.Dir}}.
func MessageID(err error) string {
	switch {
	case errors.Is(err, ErrExists):
		return "error.file_exists"
	case errors.Is(err, ErrNoFolder):
		return "error.no_such_dir"
	case errors.Is(err, ErrPermission):
		return "error.no_permission"
	}
	return "error.cannot_write"
}

// isDir reports whether path is a folder that exists. A folder that is
// there can still refuse a new file with "does not exist" (/proc).
func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
