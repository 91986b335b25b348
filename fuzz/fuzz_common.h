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

// A folder under /tmp for the whole run (libFuzzer runs one process; never removed while
// it runs, removed by the OS's /tmp cleaning afterwards).
inline const std::string& scratch_dir() {
  static const std::string dir = [] {
    char tmpl[] = "/tmp/docpipe-fuzz-XXXXXX";
    const char* made = ::mkdtemp(tmpl);
    return std::string(made ? made : "/tmp");
  }();
  return dir;
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
