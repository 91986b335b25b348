#include "core/atomic_file.h"

#include "core/input_file.h"
#include "core/output_guard.h"
#include "core/temp_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <set>

namespace docpipe {

namespace {
std::string folder_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// Exhaustion (EMFILE, ENOMEM, ENOSPC) is said as such, whatever the usual cause here is.
std::string hint_for(int e, const std::string& usual) {
  std::string h = errno_hint(e);
  return h.empty() ? usual : h;
}

// Orphaned temp files of dead writers are removed from a folder the first time this process
// writes there (temp_files.h: only files whose owner is gone).
void sweep_once(const std::string& folder) {
  static std::mutex m;
  static std::set<std::string> swept;
  std::lock_guard<std::mutex> lock(m);
  if (swept.insert(folder).second) remove_orphan_temp_files(folder);
}

bool write_all(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}
}  // namespace

bool write_file_atomic(const std::string& path, const std::string& bytes, Diagnostics& diags) {
  if (!check_output_target(path, diags)) return false;
  sweep_once(folder_of(path));
  std::string tmpl;
  int fd = create_temp_file(path, tmpl);
  if (fd < 0) {
    int e = errno;
    diags.error({path}, std::string("cannot write output: ") + std::strerror(e),
                hint_for(e, "check that the folder exists and is writable"));
    return false;
  }
  bool ok = write_all(fd, bytes) && ::fsync(fd) == 0;
  int saved = errno;
  ::fchmod(fd, 0644);
  if (::close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (ok && ::rename(tmpl.c_str(), path.c_str()) != 0) {
    ok = false;
    saved = errno;
  }
  if (!ok) ::unlink(tmpl.c_str());
  forget_temp_file(tmpl);
  if (!ok) {
    diags.error({path}, std::string("cannot write output: ") + std::strerror(saved),
                hint_for(saved,
                         "free disk space or choose another output folder; the previous "
                         "file is unchanged"));
  }
  return ok;
}

AtomicBatch::~AtomicBatch() {
  for (const auto& s : staged_) {
    ::unlink(s.temp.c_str());
    forget_temp_file(s.temp);
  }
}

bool AtomicBatch::stage(const std::string& path, const std::string& bytes, Diagnostics& diags) {
  if (!check_output_target(path, diags)) return false;
  sweep_once(folder_of(path));
  std::string tmpl;
  int fd = create_temp_file(path, tmpl);
  if (fd < 0) {
    int e = errno;
    diags.error({path}, std::string("cannot write output: ") + std::strerror(e),
                hint_for(e, "check that the folder exists and is writable"));
    return false;
  }
  bool ok = write_all(fd, bytes);
  int saved = errno;
  ::fchmod(fd, 0644);
  ok = ::close(fd) == 0 && ok;
  if (!ok) {
    ::unlink(tmpl.c_str());
    forget_temp_file(tmpl);
    diags.error({path}, std::string("cannot write output: ") + std::strerror(saved),
                hint_for(saved,
                         "free disk space or choose another output folder; the previous "
                         "file is unchanged"));
    return false;
  }
  staged_.push_back({tmpl, path});
  return true;
}

std::vector<std::string> AtomicBatch::commit(Diagnostics& diags) {
  std::vector<std::string> done;
  if (staged_.empty()) return done;
  // One flush per file system for every staged file, before any becomes visible.
  std::vector<std::string> folders;
  for (const auto& s : staged_) {
    std::string f = folder_of(s.path);
    if (std::find(folders.begin(), folders.end(), f) == folders.end()) folders.push_back(f);
  }
  for (const auto& f : folders) {
    int fd = ::open(f.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0 || ::syncfs(fd) != 0) ::sync();
    if (fd >= 0) ::close(fd);
  }
  for (const auto& s : staged_) {
    // Checked again at rename: an input read after staging may have this name.
    if (!check_output_target(s.path, diags)) {
      ::unlink(s.temp.c_str());
    } else if (::rename(s.temp.c_str(), s.path.c_str()) == 0) {
      done.push_back(s.path);
    } else {
      diags.error({s.path}, std::string("cannot write output: ") + std::strerror(errno),
                  "check the folder's permissions; the previous file is unchanged");
      ::unlink(s.temp.c_str());
    }
    forget_temp_file(s.temp);
  }
  staged_.clear();
  return done;
}

// Kept for its callers: every input goes through the one bounded reader (input_file.h).
bool read_file(const std::string& path, std::string& out, Diagnostics& diags) {
  return read_input(path, out, diags);
}

}  // namespace docpipe
