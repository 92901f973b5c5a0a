//go:build !unix

package lines

import "io"

// stoppable: outside Unix the walk reads standard input as it is.
func stoppable(io.Reader) (io.ReadCloser, bool) { return nil, false }
