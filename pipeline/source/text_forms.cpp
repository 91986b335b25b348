#include "source/text_forms.h"

#include <cstdlib>
#include <ctime>

namespace docpipe::source {
namespace {

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::optional<Decimal> parse_amount(const std::string& text) {
  size_t dot = text.find('.');
  std::string whole = text.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : text.substr(dot + 1);
  if (!all_digits(whole) || (dot != std::string::npos && !all_digits(frac))) return std::nullopt;
  if (frac.size() > size_t{Decimal::max_scale} || whole.size() > 12) return std::nullopt;
  return parse_decimal(text);
}

std::optional<int> parse_count(const std::string& text) {
  if (!all_digits(text) || text.size() > 9) return std::nullopt;
  return std::atoi(text.c_str());
}

bool is_valid_utf8(const std::string& s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > n) return false;
    unsigned cp = len == 1 ? c : c & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
      unsigned char cc = s[i + k];
      if ((cc >> 6) != 2) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms and surrogates are not UTF-8.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

size_t utf8_length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string trim(const std::string& s) {
  static const std::string ideographic_space = "\xE3\x80\x80";
  size_t b = 0, e = s.size();
  for (;;) {
    if (b < e && (s[b] == ' ' || s[b] == '\t'))
      ++b;
    else if (s.compare(b, 3, ideographic_space) == 0 && b + 3 <= e)
      b += 3;
    else
      break;
  }
  for (;;) {
    if (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'))
      --e;
    else if (e >= b + 3 && s.compare(e - 3, 3, ideographic_space) == 0)
      e -= 3;
    else
      break;
  }
  return s.substr(b, e - b);
}

}  // namespace docpipe::source
