#include "pdf/font_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace docpipe::pdf {
namespace {

bool write_all(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

FontFile::~FontFile() {
  close();
}

FontFile::FontFile(FontFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      path_(std::move(other.path_)),
      temp_path_(std::move(other.temp_path_)) {
  other.path_.clear();
  other.temp_path_.clear();
}

FontFile& FontFile::operator=(FontFile&& other) noexcept {
  if (this != &other) {
    close();
    fd_ = std::exchange(other.fd_, -1);
    path_ = std::move(other.path_);
    temp_path_ = std::move(other.temp_path_);
    other.path_.clear();
    other.temp_path_.clear();
  }
  return *this;
}

void FontFile::close() {
  if (fd_ >= 0) ::close(fd_);
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
  fd_ = -1;
  path_.clear();
  temp_path_.clear();
}

bool FontFile::open(const std::string& bytes, Diagnostics& diags) {
  close();
  // memfd first: nothing touches the disk and nothing is left behind if the process dies.
  int fd = ::memfd_create("docpipe-font", MFD_CLOEXEC);
  if (fd >= 0) {
    if (write_all(fd, bytes)) {
      fd_ = fd;
      path_ = "/proc/self/fd/" + std::to_string(fd);
      // /proc may be missing (some sandboxes); then fall through to a temp file.
      if (::access(path_.c_str(), R_OK) == 0) return true;
      path_.clear();
      fd_ = -1;
    }
    ::close(fd);
  }

  const char* dir = std::getenv("TMPDIR");
  std::string templ = std::string(dir && *dir ? dir : "/tmp") + "/docpipe-font-XXXXXX";
  fd = ::mkostemp(templ.data(), O_CLOEXEC);
  if (fd < 0) {
    diags.error({templ, 0, 0, "font subset"},
                std::string("cannot create a temporary font file: ") + std::strerror(errno),
                "set TMPDIR to a writable folder");
    return false;
  }
  bool ok = write_all(fd, bytes);
  int saved = errno;
  ::close(fd);
  if (!ok) {
    ::unlink(templ.c_str());
    diags.error({templ, 0, 0, "font subset"},
                std::string("cannot write a temporary font file: ") + std::strerror(saved),
                "check free space in TMPDIR");
    return false;
  }
  temp_path_ = templ;
  path_ = templ;
  return true;
}

}  // namespace docpipe::pdf
