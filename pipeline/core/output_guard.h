// What an output may replace (issue 17, class 5). Every output goes through the atomic
// writers (atomic_file.h), and they ask check_output_target first, so no command can write
// over an input it read, a device, a FIFO, a folder, or follow a symlink out of the output
// folder, whatever path the user or the data gives.
#pragma once
#include <string>

#include "core/diagnostics.h"

namespace docpipe {

// Remembers a file this process read (read_input calls it); an output whose path is the
// same file (same device and inode, whatever the spelling or link) is refused.
void note_input_file(const std::string& path);

// One error and false when `path` is empty, ends in '/', names a folder or anything but a
// regular file, is a symlink that is dangling or leads outside its own folder, or is the
// same file as an input noted above.
bool check_output_target(const std::string& path, Diagnostics& diags);

}  // namespace docpipe
