#include "core/decimal.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace docpipe {
namespace {

__int128 pow10(int n) {
  __int128 p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

bool fits(__int128 v) {
  return v >= std::numeric_limits<std::int64_t>::min() &&
         v <= std::numeric_limits<std::int64_t>::max();
}

}  // namespace

__int128 divide_round_half_away(__int128 n, __int128 d) {
  if (d < 0) n = -n, d = -d;
  __int128 q = n / d, r = n % d;  // truncates toward zero
  if (r < 0) r = -r;
  if (2 * r >= d) q += (n < 0 ? -1 : 1);
  return q;
}

std::optional<Decimal> parse_decimal(std::string_view text) {
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  __int128 units = 0;
  int scale = 0, digits = 0;
  bool point = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    units = units * 10 + (c - '0');
    ++digits;
    if (point) ++scale;
    if (scale > Decimal::max_scale || !fits(units)) return std::nullopt;
  }
  if (digits == 0) return std::nullopt;
  return Decimal{static_cast<std::int64_t>(negative ? -units : units), scale};
}

std::string Decimal::text() const {
  __int128 u = units;
  bool negative = u < 0;
  if (negative) u = -u;
  std::string s;
  do {
    s.push_back(static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  } while (u > 0);
  while (static_cast<int>(s.size()) <= scale) s.push_back('0');
  std::reverse(s.begin(), s.end());
  if (scale > 0) s.insert(s.size() - scale, ".");
  return negative ? "-" + s : s;
}

std::string to_plain_string(const Decimal& d) {
  Decimal t = d;
  while (t.scale > 0 && t.units % 10 == 0) t.units /= 10, --t.scale;
  return t.text();
}

Decimal rescale_up(const Decimal& d, int scale) {
  return {static_cast<std::int64_t>(d.units * pow10(scale - d.scale)), scale};
}

Decimal round_to(const Decimal& d, int scale) {
  if (scale >= d.scale) return d;
  __int128 q = divide_round_half_away(d.units, pow10(d.scale - scale));
  return {static_cast<std::int64_t>(q), scale};
}

double Decimal::to_double() const {
  return static_cast<double>(units) / static_cast<double>(pow10(scale));
}

bool Decimal::operator==(const Decimal& o) const {
  return compare(*this, o) == 0;
}

bool Decimal::operator<(const Decimal& o) const {
  return compare(*this, o) < 0;
}

int compare(const Decimal& a, const Decimal& b) {
  int s = std::max(a.scale, b.scale);
  __int128 x = a.units * pow10(s - a.scale), y = b.units * pow10(s - b.scale);
  return x < y ? -1 : (x > y ? 1 : 0);
}

Decimal subtract(const Decimal& a, const Decimal& b) {
  int s = std::max(a.scale, b.scale);
  return {static_cast<std::int64_t>(a.units * pow10(s - a.scale) - b.units * pow10(s - b.scale)),
          s};
}

}  // namespace docpipe
