// 同比 (year on year) and 环比 (month on month) changes and their Chinese phrasing.
//
// Counts change in percent: (this - last) / |last| * 100, two decimals, rounded half away
// from zero ("同比增加73.51%"). Rates (indicators that are themselves percentages) change in
// percentage points: this - last, at most two decimals, trailing zeros dropped
// ("同比下降12.5个百分点"). A change that rounds to zero is flat ("与上年持平"). With no
// previous value (or a previous count of zero) there is no change and no phrase at all.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/decimal.h"

namespace docpipe::facts {

enum class Measure { count, rate };  // rate: the value is a percentage (率)
enum class Period { year, month };   // 同比 / 环比

enum class Direction { rise, fall, flat };

struct Change {
  Direction direction = Direction::flat;
  Decimal magnitude;  // percent (count) or percentage points (rate), never negative
  Measure measure = Measure::count;
};

// nullopt when `last` is missing, or zero for a count.
std::optional<Change> compute_change(const Decimal& now, const std::optional<Decimal>& last,
                                     Measure measure);

// Verbs for a rise and a fall. Defaults: 增加/下降 for counts, 上升/下降 for rates.
struct Wording {
  std::string rise;
  std::string fall;
};
Wording default_wording(Measure measure);

// "73.51%" / "12.5个百分点"
std::string magnitude_text(const Change& c);

// "同比增加73.51%", "环比下降2.1个百分点", "与上年持平", "与上月持平", or "" when absent.
// A count whose previous value is below the small-base threshold reads as a count:
// "同比增加1部", "同比减少1部", "与上年持平" (count_change_phrase).
std::string change_phrase(const std::optional<Change>& c, Period period);
std::string change_phrase(const std::optional<Change>& c, Period period, const Wording& w);

// Several changes in one sentence, in order:
//   all rise / all fall  "同比分别增加73.51%、74.12%、73.71%"
//   all flat             "均与上年持平"
// Rises and falls never share one verb: a mixed list (or one with a flat figure) gives ""
// and each figure keeps its own phrase. One change gives change_phrase(). Empty when the
// list is empty or any change is absent (分别 must pair every figure with its change).
std::string changes_phrase(const std::vector<std::optional<Change>>& changes, Period period);

// A change of a small whole count as the difference with its measure word: "同比增加1部",
// "同比减少2件", "与上年持平". Percentages of a base of 3 read like a machine (增加33.33%).
std::string count_change_phrase(const Decimal& now, const Decimal& last, const std::string& word,
                                Period period);

}  // namespace docpipe::facts
