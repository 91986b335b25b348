#include <catch2/catch.hpp>

#include "facts/change.h"

using namespace docpipe;
using namespace docpipe::facts;

namespace {
Decimal dec(const char* s) {
  return *parse_decimal(s);
}
std::string yoy(const char* now, const char* last, Measure m = Measure::count) {
  return change_phrase(compute_change(dec(now), dec(last), m), Period::year);
}
}  // namespace

TEST_CASE("同比 of a count: rise, fall, flat", "[facts][change]") {
  CHECK(yoy("7822", "4508") == "同比增加73.51%");
  CHECK(yoy("4409", "3593") == "同比增加22.71%");
  CHECK(yoy("766", "1000") == "同比下降23.40%");
  CHECK(yoy("120", "120") == "与上年持平");
  CHECK(yoy("1000001", "1000000") == "与上年持平");  // +0.0001% rounds to flat
}

TEST_CASE("同比 is left out when last year is missing or zero", "[facts][change]") {
  CHECK_FALSE(compute_change(dec("5"), std::nullopt, Measure::count));
  CHECK_FALSE(compute_change(dec("5"), dec("0"), Measure::count));
  CHECK(change_phrase(compute_change(dec("5"), dec("0.00"), Measure::count), Period::year) == "");
}

TEST_CASE("percent change rounds half away from zero at .xx5", "[facts][change]") {
  // 1 / 8 = 12.5% exactly; 1/16 = 6.25%; 1/32 = 3.125% -> 3.13; -3.125% -> 3.13 down
  CHECK(yoy("33", "32") == "同比增加3.13%");
  CHECK(yoy("31", "32") == "同比下降3.13%");
  CHECK(yoy("200.02", "200") == "同比增加0.01%");    // 0.01% exactly
  CHECK(yoy("1000.05", "1000") == "同比增加0.01%");  // 0.005% -> 0.01
  CHECK(yoy("1000.04", "1000") == "与上年持平");     // 0.004% -> 0.00
}

TEST_CASE("rates change in percentage points", "[facts][change]") {
  CHECK(yoy("70.8", "62.5", Measure::rate) == "同比上升8.3个百分点");
  CHECK(yoy("6.2", "18.7", Measure::rate) == "同比下降12.5个百分点");
  CHECK(yoy("52.05", "50", Measure::rate) == "同比上升2.05个百分点");
  CHECK(yoy("50.125", "50", Measure::rate) == "同比上升0.13个百分点");
  CHECK(yoy("40", "40.0", Measure::rate) == "与上年持平");
  // A rate of zero last year is still a valid base for percentage points.
  CHECK(yoy("5", "0", Measure::rate) == "同比上升5个百分点");
}

TEST_CASE("环比 uses 环比 and 与上月持平", "[facts][change]") {
  auto c = compute_change(dec("12"), dec("10"), Measure::count);
  CHECK(change_phrase(c, Period::month) == "环比增加20.00%");
  CHECK(change_phrase(compute_change(dec("8"), dec("10"), Measure::count), Period::month) ==
        "环比下降20.00%");
  CHECK(change_phrase(compute_change(dec("8"), dec("8"), Measure::count), Period::month) ==
        "与上月持平");
  CHECK(change_phrase(c, Period::year, Wording{"增长", "减少"}) == "同比增长20.00%");
}

TEST_CASE("a small whole base reads as a count", "[facts][change]") {
  CHECK(count_change_phrase(dec("5"), dec("6"), "部", Period::year) == "同比减少1部");
  CHECK(count_change_phrase(dec("4"), dec("3"), "场", Period::year) == "同比增加1场");
  CHECK(count_change_phrase(dec("4"), dec("4"), "部", Period::year) == "与上年持平");
  CHECK(count_change_phrase(dec("9"), dec("7"), "件", Period::month) == "环比增加2件");
}

TEST_CASE("several changes in one sentence", "[facts][change]") {
  auto c = [](const char* a, const char* b) {
    return compute_change(dec(a), dec(b), Measure::count);
  };
  CHECK(changes_phrase({c("7822", "4508"), c("7682", "4412"), c("7016", "4039")}, Period::year) ==
        "同比分别增加73.51%、74.12%、73.71%");
  // Rises and falls never share one verb: a mixed list is left to per-figure phrases.
  CHECK(changes_phrase({c("105", "100"), c("968", "1000"), c("7", "7")}, Period::year) == "");
  CHECK(changes_phrase({c("90", "100"), c("80", "100")}, Period::year) ==
        "同比分别下降10.00%、20.00%");
  CHECK(changes_phrase({c("7", "7"), c("9", "9")}, Period::year) == "均与上年持平");
  CHECK(changes_phrase({c("24", "36"), c("52", "48"), c("1380.25", "1265.8")}, Period::year) == "");
  CHECK(changes_phrase({c("7", "7"), c("9", "9"), c("9", "10")}, Period::month) == "");
  CHECK(changes_phrase({c("7", "5")}, Period::year) == "同比增加40.00%");
  CHECK(changes_phrase({c("7", "5"), c("3", "0")}, Period::year) == "");
  CHECK(changes_phrase({}, Period::year) == "");
}

TEST_CASE("同比 of the largest figures never wraps (issue 17, class 4)", "[facts][change]") {
  // Import keeps 12 whole digits and 6 decimals. 10^12 over a base of 10^-6 is a change of
  // 10^20 %: beyond a 64-bit figure at two decimals, so no phrase, never a wrapped one.
  CHECK_FALSE(compute_change(dec("999999999999.999999"), dec("0.000001"), Measure::count));
  CHECK(yoy("999999999999.999999", "0.000001") == "");
  // The extremes that fit read exactly, with the right sign.
  CHECK(yoy("999999999999", "1") == "同比增加99999999999800.00%");
  CHECK(yoy("0.000001", "999999999999.999999") == "同比下降100.00%");
  CHECK(yoy("999999999999.999999", "999999999999.999999") == "与上年持平");
  CHECK(yoy("999999999999.999999", "0.000001", Measure::rate) == "同比上升1000000000000个百分点");
  CHECK(yoy("0", "999999999999.999999", Measure::rate) == "同比下降1000000000000个百分点");
}
