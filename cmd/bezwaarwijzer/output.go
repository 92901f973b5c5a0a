package main

import (
	"path/filepath"

	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
	"github.com/bezwaarwijzer/bezwaarwijzer/ui/savefile"
)

// writeNew writes a file a person asked for. An existing file is kept,
// unless force is set: nothing a person made is lost by accident. Every
// failure is a sentence that says what to do.
func (s *session) writeNew(path string, data []byte, force bool) error {
	if err := savefile.Write(path, data, force); err != nil {
		return failed(s.t.T(savefile.MessageID(err), i18n.Data{"Path": path, "Dir": filepath.Dir(path)}))
	}
	return nil
}
