#include "facts/change.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace docpipe::facts {
namespace {

const char* prefix(Period p) {
  return p == Period::year ? "同比" : "环比";
}
const char* flat_text(Period p) {
  return p == Period::year ? "与上年持平" : "与上月持平";
}

// A figure at `scale` digits, widened: in 128 bits no product below can wrap.
__int128 widened(const Decimal& d, int scale) {
  __int128 v = d.units;
  for (int s = d.scale; s < scale; ++s) v *= 10;
  return v;
}

// A result as a Decimal at `scale`, or nothing when it does not fit 64 bits: never a wrapped
// figure with another sign (issue 17, class 4).
std::optional<Decimal> narrowed(__int128 v, int scale) {
  if (v > std::numeric_limits<std::int64_t>::max() || v < -std::numeric_limits<std::int64_t>::max())
    return std::nullopt;
  return Decimal{static_cast<std::int64_t>(v), scale};
}

// (now - last) * 100 / |last| at two decimals, exact in 128 bits (figures have at most 19
// digits, so the product stays below 10^24). A change too large for a Decimal (a base of
// 0.000001 grown to 10^12 is 10^20 %) has no phrase, like a base of zero.
std::optional<Decimal> percent_change(const Decimal& now, const Decimal& last) {
  int s = std::max(now.scale, last.scale);
  __int128 a = widened(now, s), b = widened(last, s);
  __int128 q = divide_round_half_away((a - b) * 10000, b < 0 ? -b : b);
  return narrowed(q, 2);
}

// now - last in percentage points, rounded to two decimals, in 128 bits.
std::optional<Decimal> point_change(const Decimal& now, const Decimal& last) {
  int s = std::max(now.scale, last.scale);
  __int128 d = widened(now, s) - widened(last, s);
  if (s <= 2) return narrowed(d, s);
  __int128 p = 1;
  for (int i = 2; i < s; ++i) p *= 10;
  return narrowed(divide_round_half_away(d, p), 2);
}

Change from_signed(Decimal d, Measure m) {
  Change c;
  c.measure = m;
  c.direction = d.sign() > 0 ? Direction::rise : (d.sign() < 0 ? Direction::fall : Direction::flat);
  if (d.units < 0) d.units = -d.units;
  c.magnitude = d;
  return c;
}

std::string verb_and_amount(const Change& c, const Wording& w) {
  if (c.direction == Direction::flat) return "持平";
  return (c.direction == Direction::rise ? w.rise : w.fall) + magnitude_text(c);
}

}  // namespace

std::optional<Change> compute_change(const Decimal& now, const std::optional<Decimal>& last,
                                     Measure measure) {
  if (!last) return std::nullopt;
  if (measure == Measure::count && last->is_zero()) return std::nullopt;
  auto d = measure == Measure::rate ? point_change(now, *last) : percent_change(now, *last);
  if (!d) return std::nullopt;
  return from_signed(*d, measure);
}

Wording default_wording(Measure measure) {
  return measure == Measure::count ? Wording{"增加", "下降"} : Wording{"上升", "下降"};
}

std::string magnitude_text(const Change& c) {
  if (c.measure == Measure::rate) return to_plain_string(c.magnitude) + "个百分点";
  return c.magnitude.text() + "%";
}

std::string change_phrase(const std::optional<Change>& c, Period period, const Wording& w) {
  if (!c) return "";
  if (c->direction == Direction::flat) return flat_text(period);
  return prefix(period) + verb_and_amount(*c, w);
}

std::string change_phrase(const std::optional<Change>& c, Period period) {
  return c ? change_phrase(c, period, default_wording(c->measure)) : "";
}

std::string changes_phrase(const std::vector<std::optional<Change>>& changes, Period period) {
  if (changes.empty()) return "";
  for (const auto& c : changes)
    if (!c) return "";
  if (changes.size() == 1) return change_phrase(changes[0], period);
  bool all_flat = std::all_of(changes.begin(), changes.end(),
                              [](const auto& c) { return c->direction == Direction::flat; });
  if (all_flat) return std::string("均") + flat_text(period);
  // 分别 shares one verb among all the figures: only when they all rise or all fall (and
  // take the same verb). Otherwise each figure keeps its own phrase (empty here).
  const Change& first = *changes[0];
  for (const auto& c : changes)
    if (c->direction != first.direction || c->direction == Direction::flat ||
        default_wording(c->measure).rise != default_wording(first.measure).rise)
      return "";
  std::string out = std::string(prefix(period)) + "分别" +
                    (first.direction == Direction::rise ? default_wording(first.measure).rise
                                                        : default_wording(first.measure).fall);
  for (size_t i = 0; i < changes.size(); ++i) out += (i ? "、" : "") + magnitude_text(*changes[i]);
  return out;
}

std::string count_change_phrase(const Decimal& now, const Decimal& last, const std::string& word,
                                Period period) {
  const Decimal diff = subtract(now, last);
  if (diff.sign() == 0) return flat_text(period);
  Decimal amount = diff;
  if (amount.units < 0) amount.units = -amount.units;
  return std::string(prefix(period)) + (diff.sign() > 0 ? "增加" : "减少") +
         to_plain_string(amount) + word;
}

}  // namespace docpipe::facts
