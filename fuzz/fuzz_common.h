// Shared by the fuzz targets: a scratch folder for targets whose entry points read files,
// and a small byte splitter so one input can carry several strings.
#pragma once
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace docpipe_fuzz {

// A folder under /tmp for the whole process, removed when it exits normally. A plain char
// array, so nothing is destroyed before the exit handler uses it.
inline std::string scratch_dir() {
  static char path[] = "/tmp/docpipe-fuzz-XXXXXX";
  static const bool made = [] {
    if (!::mkdtemp(path)) abort();
    std::atexit([] { std::system((std::string("rm -rf '") + path + "'").c_str()); });
    return true;
  }();
  (void)made;
  return path;
}

inline void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// Splits `in` at every byte `sep` (an input can carry a template and its values).
inline std::vector<std::string> split(const std::string& in, char sep) {
  std::vector<std::string> parts(1);
  for (char c : in) {
    if (c == sep)
      parts.emplace_back();
    else
      parts.back() += c;
  }
  return parts;
}

// The directory holding the project's sources (for data/fonts.yaml and the sample).
inline std::string source_dir() {
  const char* env = std::getenv("DOCPIPE_SOURCE_DIR");
  return env ? env : DOCPIPE_SOURCE_DIR;
}

}  // namespace docpipe_fuzz
