#include "compose/escape.h"

#include <cstring>

namespace docpipe::compose {

std::string clean_value(const std::string& s) {
  std::string out;
  for (unsigned char c : s) out.push_back(c < 0x20 || c == 0x7f ? ' ' : static_cast<char>(c));
  size_t a = out.find_first_not_of(' '), b = out.find_last_not_of(' ');
  return a == std::string::npos ? "" : out.substr(a, b - a + 1);
}

std::string markdown_escape(const std::string& s) {
  static const char* const always = "\\`*_[]<>#|~&!";
  std::string out;
  size_t i = 0;
  if (!s.empty() && std::strchr("-+=", s[0])) out += '\\', out += s[i++];
  size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  for (; i < s.size(); ++i) {
    char c = s[i];
    // "1. " or "1)" at the end could start an ordered list; "412087.36" cannot.
    bool list_marker = digits > 0 && i == digits && (c == '.' || c == ')') &&
                       (i + 1 == s.size() || s[i + 1] == ' ');
    if (std::strchr(always, c) || list_marker) out += '\\';
    out += c;
  }
  return out;
}

std::string yaml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '"') out += '\\';
    out += c;
  }
  return out;
}

std::string chart_escape(const std::string& s) {
  std::string out;
  size_t i = 0;
  for (; i < s.size() && (s[i] == '`' || s[i] == '~'); ++i) out += s[i] == '`' ? "｀" : "～";
  return out + s.substr(i);
}

}  // namespace docpipe::compose
