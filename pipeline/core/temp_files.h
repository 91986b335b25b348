// Temp files of the atomic writers (issue 17, class 6). Each is named for its owner,
// `.docpipe-<host>-<pid>-<start>-XXXXXX` (<start>: the process's start time from
// /proc/<pid>/stat, so a reused pid is not mistaken for the owner), so cleanup can tell a
// live writer's file from a dead one's whatever its age: it removes only files of this
// host whose owner process is gone. Files of another host (a shared folder) are left alone:
// nobody here can know whether their writer lives. SIGINT, SIGTERM and SIGHUP remove the
// process's own temp files before it dies (install_temp_file_cleanup).
#pragma once
#include <string>

namespace docpipe {

// A fresh temp file beside `final_path` (mkstemp on the owner-named template); returns the
// descriptor and sets `temp_path`, registered for removal on a signal. -1 with errno set.
int create_temp_file(const std::string& final_path, std::string& temp_path);

// The temp file was renamed or removed: no longer the signal handler's to remove.
void forget_temp_file(const std::string& temp_path);

// Removes `.docpipe-*` files in `dir` whose owner (this host, pid, start time) is dead, and
// files in the old owner-less form (`.docpipe-XXXXXX`) older than ten minutes. Returns how
// many were removed. Never follows a symlink, never removes anything else.
int remove_orphan_temp_files(const std::string& dir);

// Signal handlers (SIGINT, SIGTERM, SIGHUP) that unlink this process's temp files and then
// die of the signal as before. Call once from main. Forked children start with an empty
// list (their parent's files are the parent's).
void install_temp_file_cleanup();

}  // namespace docpipe
