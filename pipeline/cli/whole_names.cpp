#include "cli/whole_names.h"

#include <algorithm>

#include "core/atomic_file.h"
#include "core/utf8.h"

namespace docpipe::cli {

std::vector<std::string> organisation_names(const source::DataSet& ds) {
  std::vector<std::string> names;
  auto add = [&](const std::string& n) {
    if (!n.empty() && std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
  };
  add(ds.office.name);
  add(ds.office.issuing_office);
  for (const auto& u : ds.units) {
    add(u.name);
    for (const auto& former : u.former_names) add(former.name);
  }
  return names;
}

namespace {

std::string trimmed(const std::string& s) {
  size_t b = s.find_first_not_of(" \r"), e = s.find_last_not_of(" \r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}  // namespace

std::optional<std::vector<std::string>> read_names_file(const std::string& path,
                                                        Diagnostics& diags) {
  std::string text;
  if (!read_file(path, text, diags)) return std::nullopt;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);  // a BOM from Notepad
  std::vector<std::string> names;
  size_t start = 0;
  for (int line = 1; start <= text.size(); ++line) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string name = trimmed(text.substr(start, end - start));
    start = end + 1;
    if (name.empty()) continue;
    bool valid = true;
    std::u32string u = decode_utf8(name, &valid);
    bool control =
        std::any_of(u.begin(), u.end(), [](char32_t c) { return c < 0x20 || c == 0x7F; });
    if (!valid || control) {
      diags.error({path, line, 0, ""},
                  !valid ? "the unit name is not UTF-8 text"
                         : "the unit name holds a tab or another control character",
                  "write one unit name a line, in UTF-8, with nothing else on the line");
      return std::nullopt;
    }
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return names;
}

}  // namespace docpipe::cli
