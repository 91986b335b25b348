#include "markup/chart_block.h"

#include <cstdlib>

#include "markup/chart_value.h"

namespace docpipe::markup {

namespace {
std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r"), b = s.find_last_not_of(" \t\r");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}
}  // namespace

bool parse_chart(const std::string& literal, int first_line, const std::string& source_name,
                 Chart& out, Diagnostics& diags) {
  size_t before = diags.error_count();
  size_t pos = 0;
  int line = first_line;
  while (pos < literal.size()) {
    size_t eol = literal.find('\n', pos);
    std::string l =
        trim(literal.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos));
    pos = eol == std::string::npos ? literal.size() : eol + 1;
    if (!l.empty()) {
      size_t colon = l.rfind(':');
      std::string key = colon == std::string::npos ? "" : trim(l.substr(0, colon));
      std::string value = colon == std::string::npos ? "" : trim(l.substr(colon + 1));
      if (key == "title" && out.bars.empty()) {
        out.title = value;
      } else if (key.empty() || value.empty()) {
        diags.error({source_name, line, 1, ""}, "chart line is not `label: number`: " + l,
                    "write one bar per line, e.g. 法规处: 42.5");
      } else if (std::string why; auto v = parse_chart_value(value, why)) {
        out.bars.emplace_back(key, *v);
        out.value_texts.push_back(value);
        out.bar_lines.push_back(line);
      } else {
        diags.error({source_name, line, 1, ""}, "chart value '" + value + "' " + why,
                    "write one bar per line, e.g. 法规处: 42.5 or 江川市: 7,822");
      }
    }
    ++line;
  }
  if (out.bars.empty() && diags.error_count() == before)
    diags.error({source_name, first_line, 1, ""}, "chart has no bars",
                "add lines like 法规处: 42.5");
  return diags.error_count() == before;
}

}  // namespace docpipe::markup
