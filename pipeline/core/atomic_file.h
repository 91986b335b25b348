// Output files appear complete or not at all: bytes go to a temp file in the target's
// folder, are flushed to disk, then renamed over the final name.
#pragma once
#include <string>

#include "core/diagnostics.h"

namespace docpipe {

// Writes `bytes` to `path` atomically. On failure reports one error naming the path and
// leaves neither a temp file nor a changed `path` behind. Returns true on success.
bool write_file_atomic(const std::string& path, const std::string& bytes, Diagnostics& diags);

// Reads a whole file; reports an error naming the path if it cannot.
bool read_file(const std::string& path, std::string& out, Diagnostics& diags);

}  // namespace docpipe
