// The one way docpipe reads an input file (Markdown, CSV, YAML, narrative, templates,
// fonts.yaml, articles, font files): only regular files, refused by type *before* they are
// opened (a FIFO would block, /dev/zero never ends, a directory reads as nothing), and never
// more than a configured size (DOCPIPE_MAX_INPUT_BYTES), refused while streaming so a file
// that grows or lies about its size cannot make the process allocate without bound.
// Failures of the system itself (too many open files, no memory) are reported as
// themselves, with the path, never as "bad file".
#pragma once
#include <cstddef>
#include <string>

#include "core/diagnostics.h"

namespace docpipe {

// Reads all of `path` into `out`. `max_bytes` 0 means limits::max_input_bytes(). Reports one
// error naming the path (what it is instead of a file, the limit, or errno) and returns
// false.
bool read_input(const std::string& path, std::string& out, Diagnostics& diags,
                size_t max_bytes = 0);

// For files a library opens itself (fonts): the same type and size checks, and one open()
// so that a missing permission or an exhausted process is reported now, as itself. `what`
// names the file in the message ("font file for role 'fangsong'").
bool check_input_file(const std::string& path, const std::string& what, Diagnostics& diags,
                      size_t max_bytes = 0);

// "a directory", "a FIFO (named pipe)", … for a st_mode that is not a regular file.
std::string file_type_name(unsigned mode);

// After a library failed to open `path` without saying why: if opening it now fails for
// lack of descriptors or memory (EMFILE, ENFILE, ENOMEM), reports that as one error ("what:
// Too many open files", with errno_hint) and returns true; otherwise reports nothing.
bool report_if_exhausted(const std::string& path, const std::string& what, Diagnostics& diags);

// strerror(e) plus what to do about the errors that mean the machine, not the file, is the
// problem: EMFILE/ENFILE, ENOMEM, ENOSPC, EDQUOT. Empty hint for anything else.
std::string errno_hint(int e);

}  // namespace docpipe
