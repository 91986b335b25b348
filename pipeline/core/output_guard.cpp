#include "core/output_guard.h"

#include <sys/stat.h>

#include <climits>
#include <cstdlib>
#include <mutex>
#include <set>
#include <utility>

#include "core/input_file.h"

namespace docpipe {
namespace {

std::mutex inputs_mutex;
std::set<std::pair<dev_t, ino_t>>& inputs() {
  static std::set<std::pair<dev_t, ino_t>> s;
  return s;
}

std::string folder_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string real(const std::string& path) {
  char buf[PATH_MAX];
  return ::realpath(path.c_str(), buf) ? std::string(buf) : std::string();
}

bool refuse(const std::string& path, const std::string& why, const std::string& hint,
            Diagnostics& diags) {
  diags.error({path}, "will not write the output here: " + why, hint);
  return false;
}

}  // namespace

void note_input_file(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return;
  std::lock_guard<std::mutex> lock(inputs_mutex);
  inputs().insert({st.st_dev, st.st_ino});
}

bool check_output_target(const std::string& path, Diagnostics& diags) {
  if (path.empty())
    return refuse("(empty)", "the output path is empty", "give a file name, e.g. -o out.pdf",
                  diags);
  if (path.back() == '/')
    return refuse(path, "the path names a folder",
                  "give a file name inside it, or use the command's --out-dir/--out", diags);
  struct stat lst;
  if (::lstat(path.c_str(), &lst) != 0) return true;  // a new file: nothing to protect
  if (S_ISLNK(lst.st_mode)) {
    std::string target = real(path);
    if (target.empty())
      return refuse(path, "it is a symbolic link to a file that does not exist",
                    "remove the link or choose another name", diags);
    if (folder_of(target) != real(folder_of(path)))
      return refuse(path, "it is a symbolic link leading outside the output folder, to " + target,
                    "remove the link or choose another name; docpipe replaces files only inside "
                    "the output folder",
                    diags);
  }
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return true;
  if (!S_ISREG(st.st_mode))
    return refuse(path, "it is " + file_type_name(st.st_mode) + ", not a regular file",
                  "choose a file name that is not a folder, device or pipe", diags);
  std::lock_guard<std::mutex> lock(inputs_mutex);
  if (inputs().count({st.st_dev, st.st_ino}))
    return refuse(path, "it is an input of this command; writing would destroy it",
                  "choose another output name (-o, --out, --out-dir)", diags);
  return true;
}

}  // namespace docpipe
