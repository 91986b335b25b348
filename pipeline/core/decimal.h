// The one exact decimal of the pipeline: a scaled integer, so no figure is ever rounded
// through binary floating point. Values are entered and stored as text such as "162.02"
// ({16202, 2}) and keep the precision they were entered with.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace docpipe {

struct Decimal {
  std::int64_t units = 0;  // value = units / 10^scale
  int scale = 0;           // fractional digits, 0..max_scale

  static constexpr int max_scale = 6;
  static Decimal integer(std::int64_t n) { return {n, 0}; }
  bool is_zero() const { return units == 0; }
  bool is_integer() const { return scale == 0; }
  int sign() const { return units > 0 ? 1 : (units < 0 ? -1 : 0); }
  // Digits as written with the value's own scale: {1620, 1} -> "162.0".
  std::string text() const;
  // Only for ratios that end as a rounded percentage; figures themselves never pass a float.
  double to_double() const;
  bool operator==(const Decimal& o) const;  // numeric equality: 1.50 == 1.5
  bool operator<(const Decimal& o) const;
};

// "123", "-4.50", "+7", "0.125"; nothing for anything else (empty, "1e3", "1,000", more
// than max_scale decimals, beyond 64 bits).
std::optional<Decimal> parse_decimal(std::string_view text);

// Same value, trailing fractional zeros dropped: {1620, 1} -> "162".
std::string to_plain_string(const Decimal& d);

// Same value at a larger scale (exact); `scale` must be >= d.scale.
Decimal rescale_up(const Decimal& d, int scale);
// Rounded to `scale` digits, half away from zero.
Decimal round_to(const Decimal& d, int scale);
int compare(const Decimal& a, const Decimal& b);
Decimal subtract(const Decimal& a, const Decimal& b);

// n / d rounded half away from zero (d != 0).
__int128 divide_round_half_away(__int128 n, __int128 d);

}  // namespace docpipe
