//go:build !windows

package files

import (
	"errors"
	"syscall"
)

// full reports whether err says the disk, the person's quota or the
// largest file allowed (ulimit -f) is full.
func full(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) || errors.Is(err, syscall.EFBIG)
}
