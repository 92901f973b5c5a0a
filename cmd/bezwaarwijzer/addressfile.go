package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bezwaarwijzer/bezwaarwijzer/content"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/forms"
	"github.com/bezwaarwijzer/bezwaarwijzer/content/typed"
	"github.com/bezwaarwijzer/bezwaarwijzer/i18n"
)

// findAddressFile finds the address file and reads it: the file named by
// --forms, or else formulieren.toml in the program's own folder, which is
// how a library updates the program behind a desktop shortcut. A --forms
// file that is not there is a mistake on the command line. A file that
// is there but wrong is refused with a sentence per problem, naming its
// line; the program then goes on with its own addresses.
func (s *session) findAddressFile(asked glance) error {
	path := asked.forms
	if asked.formsGiven {
		s.addressGiven = true
		info, err := os.Stat(path)
		switch {
		case errors.Is(err, fs.ErrNotExist) || path == "":
			return usage(s.t.T("forms.missing", i18n.Data{"Path": typed.EchoPath(path)}))
		case err == nil && !info.Mode().IsRegular():
			return usage(s.t.T("forms.not_a_file", i18n.Data{"Path": typed.EchoPath(path)}))
		}
	} else if path = s.besideProgram(); path == "" {
		return nil
	}
	s.addressPath = path
	// Most programs have no file beside them: that is found out with one
	// look, before the guide's apps and allow-list are read to check one.
	var file *forms.File
	_, err := os.Stat(path)
	if err == nil || asked.formsGiven {
		file, err = content.ReadAddressFile(path)
	}
	var refused *forms.Error
	switch {
	case err == nil:
		if len(file.Apps) > 0 {
			s.addressFile = file
		}
	case errors.As(err, &refused):
		s.sayRefused(refused)
	case errors.Is(err, fs.ErrNotExist) && !asked.formsGiven:
		// None beside the program: the usual case, nothing to say. But
		// Notepad saves "formulieren.toml" as "formulieren.toml.txt"
		// unless told otherwise, and the file extension is hidden.
		if info, err := os.Stat(path + ".txt"); err == nil && info.Mode().IsRegular() {
			s.addressRefused = []string{s.t.T("forms.txt_name", i18n.Data{"Path": typed.EchoPath(path + ".txt")})}
			fprintln(s.stderr, s.addressRefused[0])
		}
	default:
		s.sayRefused(&forms.Error{Path: path, Problems: []forms.Problem{{Kind: forms.Unreadable}}})
	}
	return nil
}

// besideProgram is where an address file beside the program is: in the
// folder of the program itself, after following links (a link in
// /usr/local/bin finds the file beside the real program). "" when the
// program cannot find itself.
func (s *session) besideProgram() string {
	if s.exePath == nil {
		return ""
	}
	exe, err := s.exePath()
	if err != nil {
		return ""
	}
	if real, err := filepath.EvalSymlinks(exe); err == nil {
		exe = real
	}
	return filepath.Join(filepath.Dir(exe), forms.Name)
}

// sayRefused says, on standard error, why an address file is not used:
// one sentence per problem, each naming the file and the line. The same
// lines are kept in addressRefused, for a face that covers the terminal.
func (s *session) sayRefused(e *forms.Error) {
	t := s.t
	file := typed.EchoPath(e.Path)
	lines := []string{t.T("forms.refused", i18n.Data{"Path": file})}
	for _, p := range e.Problems {
		problem := t.T("forms.problem."+string(p.Kind), s.problemData(p))
		if p.Line > 0 {
			lines = append(lines, "  "+t.T("forms.at_line", i18n.Data{"Path": file, "N": p.Line, "Reason": problem}))
		} else {
			lines = append(lines, "  "+t.T("forms.at_file", i18n.Data{"Path": file, "Reason": problem}))
		}
	}
	lines = append(lines, t.T("forms.refused_after"))
	s.addressRefused = lines
	for _, l := range lines {
		fprintln(s.stderr, l)
	}
}

// problemData fills a problem's sentence: the word it is about, and what
// may be written instead.
func (s *session) problemData(p forms.Problem) i18n.Data {
	t := s.t
	known := content.AddressFileKnows()
	var apps []string
	for _, id := range known.Apps {
		apps = append(apps, "["+id+"]")
	}
	data := i18n.Data{
		"Value": p.Word,
		"Apps":  t.Or(apps),
		"Date":  s.clock().Format(time.DateOnly),
	}
	switch p.Kind {
	case forms.NotAllowed:
		data["Known"] = t.Or(known.Allow.Hosts())
	case forms.UnknownKey:
		keys := []string{forms.KeyAddress, forms.KeyChecked, forms.KeyBy, forms.KeyRoute}
		for _, lang := range known.Languages[1:] {
			keys = append(keys, forms.KeyRoute+"_"+lang)
		}
		data["Known"] = t.Or(keys)
	}
	return data
}

// addressFileTarget is where a volunteer puts a new address: the file in
// use or named by --forms, else the one beside the program.
func (s *session) addressFileTarget() string {
	if s.addressPath != "" {
		return s.addressPath
	}
	if path := s.besideProgram(); path != "" {
		return path
	}
	return forms.Name
}

// addressFileLines are the lines a volunteer writes in the address file
// for one app's new address: address may be "" when it is not known.
func (s *session) addressFileLines(appID, address string) []string {
	if address == "" || strings.ContainsAny(address, `"\`) || strings.HasSuffix(address, "...") {
		address = s.t.T("forms.new_address")
	}
	today := s.clock().In(s.g.Deadline.Zone).Format(time.DateOnly)
	return []string{
		"[" + appID + "]",
		forms.KeyAddress + ` = "` + address + `"`,
		forms.KeyChecked + " = " + today,
		forms.KeyBy + ` = "` + s.t.T("forms.your_name") + `"`,
	}
}
