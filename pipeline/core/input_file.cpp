#include "core/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/limits.h"
#include "core/output_guard.h"

namespace docpipe {
namespace {

size_t limit_or_default(size_t max_bytes) {
  return max_bytes ? max_bytes : limits::max_input_bytes();
}

std::string limit_text(size_t max_bytes) {
  if (max_bytes == limits::max_input_bytes()) return limits::describe(limits::input_bytes);
  return "more than the limit of " + std::to_string(max_bytes) + " bytes for this kind of file";
}

void report_errno(const std::string& path, const std::string& doing, int e, Diagnostics& diags) {
  std::string hint = errno_hint(e);
  if (hint.empty()) hint = "check the path and its permissions";
  diags.error({path}, doing + ": " + std::strerror(e), hint);
}

// The type check made before anything is opened: stat() follows symlinks, so a link to a
// regular file is fine and a link to /dev/zero is not.
bool check_type(const std::string& path, const std::string& what, size_t max_bytes,
                Diagnostics& diags) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    report_errno(path, "cannot read file", errno, diags);
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    diags.error({path}, what + " is " + file_type_name(st.st_mode) + ", not a regular file",
                "give the path of a file; devices, pipes, sockets and folders are not read");
    return false;
  }
  if (static_cast<unsigned long long>(st.st_size) > max_bytes) {
    diags.error({path},
                what + " has " + std::to_string(st.st_size) + " bytes, " + limit_text(max_bytes),
                "is this the right file? split it, or raise the limit for one run");
    return false;
  }
  return true;
}

// O_NONBLOCK: if the path was swapped for a FIFO after the check, open() must not block.
int open_checked(const std::string& path, const std::string& what, Diagnostics& diags) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    report_errno(path, "cannot open " + what, errno, diags);
    return -1;
  }
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    diags.error({path}, what + " changed into something that is not a regular file",
                "another program is replacing it; try again when it is done");
    return -1;
  }
  return fd;
}

}  // namespace

std::string file_type_name(unsigned mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISLNK(mode)) return "a symbolic link";
  return "not a regular file";
}

std::string errno_hint(int e) {
  switch (e) {
    case EMFILE:
    case ENFILE:
      return "the process or the system ran out of file descriptors, the file itself may be "
             "fine: close other programs or raise `ulimit -n`, then run again";
    case ENOMEM:
      return "the machine ran out of memory, the file itself may be fine: close other "
             "programs or raise the memory limit, then run again";
    case ENOSPC:
    case EDQUOT:
      return "the disk (or your quota) is full: free space, then run again";
    default:
      return {};
  }
}

bool read_input(const std::string& path, std::string& out, Diagnostics& diags, size_t max_bytes) {
  max_bytes = limit_or_default(max_bytes);
  if (!check_type(path, "input file", max_bytes, diags)) return false;
  int fd = open_checked(path, "input file", diags);
  if (fd < 0) return false;
  out.clear();
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int e = errno;
      ::close(fd);
      report_errno(path, "cannot read input file", e, diags);
      return false;
    }
    if (n == 0) break;
    // Refused while streaming: the size stat() gave can be wrong (/proc, a growing file).
    if (out.size() + static_cast<size_t>(n) > max_bytes) {
      ::close(fd);
      out.clear();
      diags.error({path}, "input file grew past " + limit_text(max_bytes) + " while being read",
                  "is this the right file? it is still being written, or is not a document");
      return false;
    }
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  note_input_file(path);  // no output of this process may replace it (output_guard.h)
  return true;
}

bool report_if_exhausted(const std::string& path, const std::string& what, Diagnostics& diags) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd >= 0) {
    ::close(fd);
    return false;
  }
  int e = errno;
  if (e != EMFILE && e != ENFILE && e != ENOMEM) return false;
  report_errno(path, what, e, diags);
  return true;
}

bool check_input_file(const std::string& path, const std::string& what, Diagnostics& diags,
                      size_t max_bytes) {
  max_bytes = limit_or_default(max_bytes);
  if (!check_type(path, what, max_bytes, diags)) return false;
  int fd = open_checked(path, what, diags);
  if (fd < 0) return false;
  ::close(fd);
  return true;
}

}  // namespace docpipe
