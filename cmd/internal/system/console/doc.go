// Package console sets up the Windows console for the program: UTF-8,
// escape sequences, and whether its font can show more than ASCII; and
// it tells whether the program was started by a double-click, when its
// window closes the moment the program ends. Elsewhere it does nothing.
package console
