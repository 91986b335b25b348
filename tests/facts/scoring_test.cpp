// The 考评 engine: one case per scoring rule, 一票否决, rounding and ties.
#include <catch2/catch.hpp>

#include "facts/ranking.h"
#include "facts/scoring.h"

using namespace docpipe;
using namespace docpipe::facts;

namespace {

Decimal d(const char* text) {
  return *parse_decimal(text);
}

ScoringIndicator ind(const char* code, const char* full, ScoreRule rule, int level = 1,
                     const char* parent = "") {
  ScoringIndicator i;
  i.code = code;
  i.full = d(full);
  i.rule = rule;
  i.level = level;
  i.parent = parent;
  return i;
}

ScoringSystem system_of(std::vector<ScoringIndicator> inds, const char* total = "100") {
  ScoringSystem s;
  s.total = d(total);
  s.excellent = d("90"), s.good = d("80"), s.pass = d("60");
  for (auto& i : inds)
    for (auto& j : inds)
      if (j.parent == i.code) i.leaf = false;
  s.indicators = std::move(inds);
  return s;
}

std::vector<UnitResult> score(const ScoringSystem& s, const std::vector<UnitEntries>& u) {
  std::string why;
  auto r = score_units(s, u, why);
  INFO(why);
  REQUIRE(r);
  return *r;
}

std::string text(const Decimal& x) {
  return x.text();
}

}  // namespace

TEST_CASE("fixed: the entered score, clamped to 0..full, missing is 0", "[facts][scoring]") {
  auto s = system_of({ind("A", "60", ScoreRule::fixed), ind("B", "40", ScoreRule::fixed)});
  UnitEntries u;
  u.scores["A"] = d("55.5");
  u.scores["B"] = d("41");  // above full (the store refuses it; the engine still caps)
  auto r = score(s, {u, UnitEntries{}});
  CHECK(text(r[0].scores[0].score) == "55.50");
  CHECK(text(r[0].scores[1].score) == "40.00");
  CHECK(text(r[0].total) == "95.50");
  CHECK(r[0].grade == Grade::excellent);
  CHECK(text(r[1].total) == "0.00");
  CHECK(r[1].grade == Grade::fail);
}

TEST_CASE("proportional: relative to the best unit, a target, or the unit's own figure",
          "[facts][scoring]") {
  auto best = ind("P", "30", ScoreRule::proportional);
  best.figure = "cases";
  auto target = ind("T", "30", ScoreRule::proportional);
  target.figure = "trained";
  target.reference = Reference::target;
  target.target = d("200");
  auto own = ind("Q", "40", ScoreRule::proportional);
  own.figure = "done";
  own.reference = Reference::figure;
  own.reference_figure = "quota";
  auto s = system_of({best, target, own});
  UnitEntries a, b, c;
  a.figures = {{"cases", d("30")}, {"trained", d("250")}, {"done", d("2")}, {"quota", d("3")}};
  b.figures = {{"cases", d("20")}, {"trained", d("50")}, {"done", d("5")}, {"quota", d("3")}};
  c.figures = {{"cases", d("0")}, {"trained", d("0")}, {"done", d("0")}, {"quota", d("0")}};
  auto r = score(s, {a, b, c});
  // a: best 30/30 → 30; target capped at 30; 2/3 of 40 = 26.666… → 26.67
  CHECK(text(r[0].scores[0].score) == "30.00");
  CHECK(text(r[0].scores[1].score) == "30.00");
  CHECK(text(r[0].scores[2].score) == "26.67");
  CHECK(text(r[0].total) == "86.67");
  // b: 20/30 of 30 = 20; 50/200 of 30 = 7.5; 5 of 3 capped → 40
  CHECK(text(r[1].total) == "67.50");
  // c: quota 0 means nothing was asked: full 40
  CHECK(text(r[2].scores[2].score) == "40.00");
  CHECK(text(r[2].total) == "40.00");
}

TEST_CASE("proportional against the best unit when nobody scored gives 0", "[facts][scoring]") {
  auto best = ind("P", "100", ScoreRule::proportional);
  best.figure = "cases";
  auto r = score(system_of({best}), {UnitEntries{}, UnitEntries{}});
  CHECK(text(r[0].total) == "0.00");
}

TEST_CASE("deduct: full minus each occurrence, not below 0, reasons kept", "[facts][scoring]") {
  auto x = ind("D", "5", ScoreRule::deduct);
  x.per = d("1.5");
  auto s = system_of({x, ind("F", "95", ScoreRule::fixed)});
  UnitEntries a, b;
  a.occurrences["D"] = {{1, "行政复议决定被撤销"}, {1, "规范性文件未备案"}};
  b.occurrences["D"] = {{4, "执法案卷评查不合格"}};
  auto r = score(s, {a, b});
  CHECK(text(r[0].scores[0].score) == "2.00");
  CHECK(r[0].scores[0].occurrences == 2);
  CHECK(r[0].scores[0].reasons ==
        std::vector<std::string>{"行政复议决定被撤销", "规范性文件未备案"});
  CHECK(text(r[1].scores[0].score) == "0.00");  // 4 × 1.5 = 6 > 5: 扣完为止
}

TEST_CASE("bonus adds on top up to its cap, penalty takes off up to its cap", "[facts][scoring]") {
  auto plus = ind("J", "3", ScoreRule::bonus);
  plus.per = d("1");
  auto minus = ind("K", "5", ScoreRule::penalty);
  minus.per = d("2");
  auto s = system_of({ind("F", "100", ScoreRule::fixed), plus, minus});
  UnitEntries a, b;
  a.scores["F"] = d("88");
  a.occurrences["J"] = {{2, "经验做法被国务院推广"}, {3, "获评示范"}};  // 5 → capped at 3
  b.scores["F"] = d("88");
  b.occurrences["K"] = {{1, "被省政府通报批评"}, {2, "迟报"}};  // 6 → capped at 5
  auto r = score(s, {a, b});
  CHECK(text(r[0].bonus) == "3.00");
  CHECK(text(r[0].total) == "91.00");
  CHECK(r[0].grade == Grade::excellent);
  CHECK(text(r[1].penalty) == "5.00");
  CHECK(text(r[1].total) == "83.00");
  CHECK(text(r[1].base) == "88.00");
}

TEST_CASE("一票否决: zeroes the total or caps it, zero wins over a cap", "[facts][scoring]") {
  auto s = system_of({ind("F", "100", ScoreRule::fixed)});
  s.vetoes = {{"V1", "发生重大违法行政决策", "", std::nullopt},
              {"V2", "复议纠错率过高", "F", d("59")}};
  UnitEntries zero, capped, both, low;
  zero.scores["F"] = capped.scores["F"] = both.scores["F"] = d("95");
  low.scores["F"] = d("40");
  zero.vetoes["V1"] = "x";
  capped.vetoes["V2"] = "y";
  both.vetoes = {{"V1", "x"}, {"V2", "y"}};
  low.vetoes["V2"] = "y";
  auto r = score(s, {zero, capped, both, low});
  CHECK(text(r[0].total) == "0.00");
  CHECK(r[0].veto == "V1");
  CHECK(text(r[1].total) == "59.00");
  CHECK(r[1].grade == Grade::fail);
  CHECK(r[1].veto == "V2");
  CHECK(text(r[2].total) == "0.00");
  CHECK(r[2].veto == "V1");
  CHECK(text(r[3].total) == "40.00");  // a cap above the score changes nothing
}

TEST_CASE("levels: subtotals are the sums of their children", "[facts][scoring]") {
  auto s = system_of({ind("A", "60", ScoreRule::fixed), ind("A1", "30", ScoreRule::fixed, 2, "A"),
                      ind("A1a", "10", ScoreRule::fixed, 3, "A1"),
                      ind("A1b", "20", ScoreRule::fixed, 3, "A1"),
                      ind("A2", "30", ScoreRule::fixed, 2, "A"), ind("B", "40", ScoreRule::fixed)});
  UnitEntries u;
  u.scores = {{"A1a", d("9.5")}, {"A1b", d("18")}, {"A2", d("25.25")}, {"B", d("33")}};
  auto r = score(s, {u});
  CHECK(text(r[0].scores[1].score) == "27.50");  // A1
  CHECK(text(r[0].scores[0].score) == "52.75");  // A
  CHECK(text(r[0].total) == "85.75");
  CHECK(r[0].grade == Grade::good);
}

TEST_CASE(
    "rounding: per indicator the total is the sum of the printed scores, total_only "
    "rounds once",
    "[facts][scoring]") {
  // Three thirds: 33.333… each, printed 33.33, sum 99.99; exact total 100.
  std::vector<ScoringIndicator> parts;
  for (const char* c : {"X", "Y", "Z"}) {
    auto p = ind(c, "100", ScoreRule::proportional);
    p.figure = "n";
    p.reference = Reference::target;
    p.target = d("3");
    parts.push_back(p);
  }
  auto s = system_of(parts, "300");
  s.scale_to = d("100");
  UnitEntries u;
  u.figures["n"] = d("1");
  CHECK(text(score(s, {u})[0].total) == "33.33");  // (33.33 × 3) × 100 / 300 = 33.33
  s.rounding = Rounding::total_only;
  s.decimals = 1;
  CHECK(text(score(s, {u})[0].total) == "33.3");
  // Half away from zero at the last digit: 2/3 of 0.15 → 0.1 exactly? 0.05 → 0.1
  auto half = ind("H", "0.1", ScoreRule::proportional);
  half.figure = "n";
  half.reference = Reference::target;
  half.target = d("2");
  auto h = system_of({half}, "0.1");
  h.decimals = 1;
  CHECK(text(score(h, {u})[0].total) == "0.1");  // 0.05 rounds up
}

TEST_CASE("grades at exactly the thresholds, ties share a rank", "[facts][scoring]") {
  auto s = system_of({ind("F", "100", ScoreRule::fixed)});
  std::vector<UnitEntries> us(5);
  const char* scores[] = {"90", "89.99", "80", "89.99", "59.99"};
  for (int i = 0; i < 5; ++i) us[i].scores["F"] = d(scores[i]);
  auto r = score(s, us);
  CHECK(r[0].grade == Grade::excellent);
  CHECK(r[1].grade == Grade::good);
  CHECK(r[2].grade == Grade::good);
  CHECK(r[4].grade == Grade::fail);
  std::vector<Decimal> totals;
  for (const auto& x : r) totals.push_back(x.total);
  auto ranks = rank_scores(totals);
  CHECK(ranks[0].rank == 1);
  CHECK(ranks[1].rank == 2);
  CHECK(ranks[3].rank == 2);
  CHECK(ranks[1].tied);
  CHECK(rank_phrase(ranks[3]) == "并列第2名");
  CHECK(ranks[2].rank == 4);  // the next rank skips
  CHECK(ranks[4].rank == 5);
}
