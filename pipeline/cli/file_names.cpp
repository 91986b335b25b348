#include "cli/file_names.h"

namespace docpipe::cli {

std::string safe_file_stem(const std::string& code) {
  std::string out;
  for (unsigned char c : code) {
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_';
    out += keep ? static_cast<char>(c) : '_';
  }
  if (out.empty()) out = "_";
  return out.substr(0, 100);
}

}  // namespace docpipe::cli
