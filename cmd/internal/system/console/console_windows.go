//go:build windows

package console

import (
	"unsafe"

	"github.com/inconshreveable/mousetrap"
	"golang.org/x/sys/windows"
)

// utf8CodePage is Windows' code page number for UTF-8.
const utf8CodePage = 65001

// SetUp makes the Windows console show UTF-8, and reports whether
// it can show only ASCII: when it cannot switch to UTF-8, or draws with a
// raster font (the old "Terminal" font of conhost), which has no box
// drawing or block characters. Windows Terminal can show everything.
func SetUp(getenv func(string) string) (asciiOnly bool) {
	enableEscapes()
	if err := windows.SetConsoleOutputCP(utf8CodePage); err != nil {
		return true
	}
	_ = windows.SetConsoleCP(utf8CodePage)
	if getenv("WT_SESSION") != "" {
		return false
	}
	return rasterFont()
}

// consoleFontInfoEx is CONSOLE_FONT_INFOEX.
type consoleFontInfoEx struct {
	size       uint32
	font       uint32
	fontSize   windows.Coord
	fontFamily uint32
	fontWeight uint32
	faceName   [32]uint16
}

var getCurrentConsoleFontEx = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetCurrentConsoleFontEx")

// rasterFont reports whether the console draws with a raster font: its
// font family lacks TMPF_TRUETYPE.
func rasterFont() bool {
	out, err := windows.GetStdHandle(windows.STD_OUTPUT_HANDLE)
	if err != nil {
		return false
	}
	info := consoleFontInfoEx{}
	info.size = uint32(unsafe.Sizeof(info))
	ok, _, _ := getCurrentConsoleFontEx.Call(uintptr(out), 0, uintptr(unsafe.Pointer(&info)))
	if ok == 0 {
		return false
	}
	const tmpfTrueType = 0x04
	return info.fontFamily&tmpfTrueType == 0
}

// StartedByDoubleClick reports whether the program was started from
// Explorer (a double-click or a desktop shortcut): then its console window
// closes the moment it ends, before anyone has read the last words.
func StartedByDoubleClick() bool { return mousetrap.StartedByExplorer() }

// enableEscapes lets the console understand escape sequences (bold help,
// the QR code's colours), which Windows 10's console does only when asked.
// Where it cannot, nothing breaks: colorprofile then writes no escapes.
func enableEscapes() {
	for _, std := range []uint32{windows.STD_OUTPUT_HANDLE, windows.STD_ERROR_HANDLE} {
		h, err := windows.GetStdHandle(std)
		if err != nil {
			continue
		}
		var mode uint32
		if windows.GetConsoleMode(h, &mode) == nil {
			_ = windows.SetConsoleMode(h, mode|windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING)
		}
	}
}
