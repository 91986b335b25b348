#include "markup/numeric.h"

namespace docpipe::markup {

bool looks_numeric(const std::string& s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  size_t digits = 0;
  bool dot = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9')
      ++digits;
    else if (c == '.' && !dot)
      dot = true;
    else if (c == ',')
      continue;
    else
      break;
  }
  if (digits == 0) return false;
  std::string rest = s.substr(i);
  return rest.empty() || rest == "%" || rest == "万" || rest == "亿" || rest == "‰";
}

bool column_is_numeric(const Table& t, size_t column) {
  bool any = false;
  for (size_t r = 1; r < t.rows.size(); ++r) {
    if (column >= t.rows[r].size()) continue;
    const auto& cell = t.rows[r][column];
    if (cell.empty() || cell == "—" || cell == "-") continue;
    if (!looks_numeric(cell)) return false;
    any = true;
  }
  return any;
}

}  // namespace docpipe::markup
