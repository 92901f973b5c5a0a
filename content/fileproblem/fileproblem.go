// Package fileproblem says why a file a person asked for (a letter, a
// printable page) could not be written: the writer
// (cmd/internal/system/files) returns these errors, and every face that
// saves a file tells the person with the message MessageID names. It is
// the one list both sides share, as content/address is for addresses.
package fileproblem

import "errors"

// Why a file could not be written.
var (
	ErrExists     = errors.New("file exists")
	ErrIsLink     = errors.New("name is a symbolic link")
	ErrIsFolder   = errors.New("name is a folder")
	ErrNotRegular = errors.New("not a regular file") // a named pipe, a device, a socket
	ErrNoFolder   = errors.New("folder does not exist")
	ErrNotFolder  = errors.New("folder is a file")
	ErrPermission = errors.New("no permission")
	ErrFull       = errors.New("disk full")
	ErrWrite      = errors.New("cannot write")
)

// MessageID is the interface message that words why writing failed; the
// messages take {{.Path}} and {{.Dir}}, the folder of the file.
func MessageID(err error) string {
	for _, m := range messages {
		if errors.Is(err, m.err) {
			return m.id
		}
	}
	return "error.cannot_write"
}

// messages are the message IDs of the errors.
var messages = []struct {
	err error
	id  string
}{
	{ErrExists, "error.file_exists"},
	{ErrIsLink, "error.file_is_link"},
	{ErrIsFolder, "error.file_is_folder"},
	{ErrNotRegular, "error.file_not_regular"},
	{ErrNoFolder, "error.no_such_dir"},
	{ErrNotFolder, "error.dir_is_file"},
	{ErrPermission, "error.no_permission"},
	{ErrFull, "error.disk_full"},
	{ErrWrite, "error.cannot_write"},
}
