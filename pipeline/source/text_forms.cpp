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

bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

std::int64_t pow10(int n) {
  std::int64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

}  // namespace

std::optional<Date> parse_date(const std::string& text, DateProblem* problem) {
  if (problem) *problem = DateProblem::format;
  char sep = text.find('/') != std::string::npos ? '/' : '-';
  size_t a = text.find(sep), b = a == std::string::npos ? a : text.find(sep, a + 1);
  if (b == std::string::npos) return std::nullopt;
  std::string ys = text.substr(0, a), ms = text.substr(a + 1, b - a - 1), ds = text.substr(b + 1);
  if (ys.size() != 4 || !all_digits(ys) || !all_digits(ms) || !all_digits(ds)) return std::nullopt;
  if (ms.size() > 2 || ds.size() > 2) return std::nullopt;
  if (sep == '-' && (ms.size() != 2 || ds.size() != 2)) return std::nullopt;
  Date d{std::atoi(ys.c_str()), std::atoi(ms.c_str()), std::atoi(ds.c_str())};
  if (problem) *problem = DateProblem::nonexistent;
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1) return std::nullopt;
  if (d.day > days_in_month(d.year, d.month)) return std::nullopt;
  if (problem) *problem = DateProblem::none;
  return d;
}

Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::optional<Decimal> parse_decimal(const std::string& text) {
  size_t dot = text.find('.');
  std::string whole = text.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : text.substr(dot + 1);
  if (!all_digits(whole) || (dot != std::string::npos && !all_digits(frac))) return std::nullopt;
  if (frac.size() > 6 || whole.size() > 12) return std::nullopt;
  Decimal d;
  d.scale = static_cast<int>(frac.size());
  d.digits = std::strtoll((whole + frac).c_str(), nullptr, 10);
  return d;
}

std::optional<int> parse_count(const std::string& text) {
  if (!all_digits(text) || text.size() > 9) return std::nullopt;
  return std::atoi(text.c_str());
}

std::string Decimal::text() const {
  std::string s = std::to_string(digits);
  if (scale == 0) return s;
  if (s.size() <= static_cast<size_t>(scale)) s.insert(0, scale + 1 - s.size(), '0');
  s.insert(s.size() - scale, ".");
  return s;
}

double Decimal::to_double() const {
  return static_cast<double>(digits) / pow10(scale);
}

bool Decimal::operator==(const Decimal& o) const {
  int s = scale > o.scale ? scale : o.scale;
  return digits * pow10(s - scale) == o.digits * pow10(s - o.scale);
}

bool Decimal::operator<(const Decimal& o) const {
  int s = scale > o.scale ? scale : o.scale;
  return digits * pow10(s - scale) < o.digits * pow10(s - o.scale);
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
