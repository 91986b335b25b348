#include "markup/chart_value.h"

#include <cstdlib>

namespace docpipe::markup {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// "7,822,000" → "7822000" if every group after the first has exactly three digits.
bool ungroup(const std::string& whole, std::string& out) {
  if (whole.find(',') == std::string::npos) {
    out = whole;
    return true;
  }
  size_t first = whole.find(',');
  if (first == 0 || first > 3) return false;
  out = whole.substr(0, first);
  for (size_t pos = first; pos < whole.size(); pos += 4) {
    if (whole[pos] != ',' || pos + 4 > whole.size()) return false;
    std::string group = whole.substr(pos + 1, 3);
    if (group.find(',') != std::string::npos) return false;
    out += group;
  }
  return true;
}

}  // namespace

std::optional<double> parse_chart_value(const std::string& text, std::string& problem) {
  for (const char* unit : {"万", "亿", "%", "‰"})
    if (text.find(unit) != std::string::npos) {
      problem = std::string("has a unit (") + unit +
                "); write the figure in full, or put the unit in the title";
      return std::nullopt;
    }
  size_t i = text.empty() || (text[0] != '-' && text[0] != '+') ? 0 : 1;
  size_t dot = text.find('.', i);
  std::string whole = text.substr(i, dot == std::string::npos ? std::string::npos : dot - i);
  std::string frac = dot == std::string::npos ? "" : text.substr(dot + 1);
  std::string digits;
  bool ok = !whole.empty() && ungroup(whole, digits) && (dot == std::string::npos || !frac.empty());
  for (char c : digits + frac) ok = ok && is_digit(c);
  if (!ok) {
    problem = "is not a number (write 42.5 or 7,822)";
    return std::nullopt;
  }
  size_t lead = digits.find_first_not_of('0');
  size_t significant = (lead == std::string::npos ? 0 : digits.size() - lead) + frac.size();
  if (significant > 15) {
    problem = "has more than 15 significant digits; a chart cannot show it exactly";
    return std::nullopt;
  }
  double v =
      std::strtod((text.substr(0, i) + digits + (frac.empty() ? "" : "." + frac)).c_str(), nullptr);
  return v == 0 ? 0.0 : v;  // no "-0"
}

}  // namespace docpipe::markup
