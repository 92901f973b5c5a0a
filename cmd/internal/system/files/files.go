// Package files writes a file a person asked for (a letter, a printable
// page) without ever overwriting one by accident and without ever leaving
// half a file, and says why it could not with the errors of
// content/fileproblem, which each face can put into words.
//
// The file is written whole to a temporary file in the same folder, then
// put in its place in one step: a write that fails part-way (a full disk, a
// size limit) leaves nothing behind, and a file that is replaced stays as
// it was until the new one is complete. Only a regular file is ever
// replaced: never what a symbolic link points to, never a folder, a named
// pipe or a device.
package files

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/bezwaarwijzer/bezwaarwijzer/content/fileproblem"
)

// TempPattern is the name of the temporary file Write makes in the file's
// folder; "*" stands for a random number. It never stays after Write.
const TempPattern = ".bezwaarwijzer-*.tmp"

// Write writes data to path. An existing file is kept and ErrExists
// returned, unless overwrite is set; then a regular file is replaced, in
// one step, and keeps its permissions. A name that is a symbolic link, a
// folder or anything else but a regular file is never written to, with or
// without overwrite. Failures are one of the errors above, wrapping the
// cause.
func Write(path string, data []byte, overwrite bool) error {
	old, err := check(path, overwrite)
	if err != nil {
		return err
	}
	tmp, err := writeTemp(filepath.Dir(path), data, old)
	if err != nil {
		return err
	}
	if overwrite {
		// rename replaces the name itself: it never follows a link or
		// opens what was there.
		err = os.Rename(tmp, path)
	} else {
		err = placeNew(tmp, path)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return placeProblem(path, overwrite, err)
	}
	return nil
}

// check looks at what has the name already: nothing, or a regular file
// that may be replaced (its permissions are returned, to keep). The same
// is checked again, atomically, when the file is put in place.
func check(path string, overwrite bool) (old fs.FileMode, err error) {
	info, err := os.Lstat(path)
	switch {
	case err != nil:
		return 0, nil // not there; or the write will say what is wrong
	case info.Mode()&fs.ModeSymlink != 0:
		return 0, fileproblem.ErrIsLink
	case info.IsDir():
		return 0, fileproblem.ErrIsFolder
	case !info.Mode().IsRegular():
		return 0, fileproblem.ErrNotRegular
	case !overwrite:
		return 0, fileproblem.ErrExists
	}
	return info.Mode().Perm(), nil
}

// writeTemp writes data to a new temporary file in dir, flushed to the
// disk, and returns its name. A failure removes it. perm, when not zero,
// are the permissions of the file it will replace.
func writeTemp(dir string, data []byte, perm fs.FileMode) (string, error) {
	f, err := createTemp(dir)
	if err != nil {
		return "", folderProblem(dir, err)
	}
	_, err = f.Write(data)
	if err == nil && perm != 0 {
		err = f.Chmod(perm)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(f.Name())
		if full(err) {
			return "", errors.Join(fileproblem.ErrFull, err)
		}
		return "", errors.Join(fileproblem.ErrWrite, err)
	}
	return f.Name(), nil
}

// createTemp makes a new file named after TempPattern in dir. Unlike
// os.CreateTemp it asks for the permissions of an ordinary new file (0644
// less the umask), which the file keeps when it is put in place.
func createTemp(dir string) (*os.File, error) {
	before, after, _ := strings.Cut(TempPattern, "*")
	var err error
	for range 100 {
		name := filepath.Join(dir, before+strconv.FormatUint(uint64(rand.Uint32()), 10)+after)
		var f *os.File
		if f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644); !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, err
}

// placeNew gives tmp the name path, only if no file has that name. A hard
// link does that in one step: it fails when the name is taken. Where a
// folder cannot hold hard links (a FAT memory stick, some network folders),
// the name is first taken with an empty file, made only if the name is
// free, and then replaced.
func placeNew(tmp, path string) error {
	err := os.Link(tmp, path)
	if err == nil {
		_ = os.Remove(tmp)
		return nil
	}
	if errors.Is(err, fs.ErrExist) {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_ = f.Close()
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(path)
		return err
	}
	return nil
}

// folderProblem says why no file could be made in dir.
func folderProblem(dir string, err error) error {
	info, serr := os.Stat(dir)
	switch {
	case serr == nil && !info.IsDir():
		return errors.Join(fileproblem.ErrNotFolder, err)
	case errors.Is(serr, fs.ErrNotExist):
		return errors.Join(fileproblem.ErrNoFolder, err)
	case errors.Is(serr, syscall.ENOTDIR):
		// A part of the folder's name further up is a file.
		return errors.Join(fileproblem.ErrNotFolder, err)
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		return errors.Join(fileproblem.ErrPermission, err)
	case full(err):
		return errors.Join(fileproblem.ErrFull, err)
	}
	// A folder that is there can still refuse a new file with "does not
	// exist" (/proc).
	return errors.Join(fileproblem.ErrWrite, err)
}

// placeProblem says why the written file could not be given its name.
func placeProblem(path string, overwrite bool, err error) error {
	// Something took the name since it was checked: say what it is.
	if _, cerr := check(path, overwrite); cerr != nil {
		return errors.Join(cerr, err)
	}
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
		return errors.Join(fileproblem.ErrPermission, err)
	}
	return errors.Join(fileproblem.ErrWrite, err)
}
