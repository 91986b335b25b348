// Exact decimal numbers for statistics (values are stored as text such as "162.02"):
// a scaled integer, so no figure is ever rounded through binary floating point.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace docpipe::facts {

struct Decimal {
  std::int64_t units = 0;  // value = units / 10^scale
  int scale = 0;           // fractional digits, 0..max_scale

  static constexpr int max_scale = 6;
  static Decimal integer(std::int64_t n) { return {n, 0}; }
  bool is_zero() const { return units == 0; }
  int sign() const { return units > 0 ? 1 : (units < 0 ? -1 : 0); }
};

// "123", "-4.50", "+7", "0.125"; nullopt for anything else (empty, "1e3", "1,000",
// more than max_scale decimals, out of range).
std::optional<Decimal> parse_decimal(std::string_view text);

// Digits as written with the value's own scale: {1620, 1} -> "162.0".
std::string to_string(const Decimal& d);
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

}  // namespace docpipe::facts
