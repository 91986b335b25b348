// The 考评 engine: units scored against a weighted indicator system (指标体系) — fixed
// points, points proportional to a figure, deductions per occurrence, 加分 and 扣分 items
// with caps, 一票否决 — to exact totals, grades and ranks. Plain data in, plain data out:
// the system comes from YAML (source), the entries from the store, the figures from
// wherever the configuration says; nothing here reads a file.
//
// Arithmetic is exact: scores are fractions until they are rounded (half away from zero)
// to the system's decimals, so no total ever passes through binary floating point.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/decimal.h"

namespace docpipe::facts {

// How an indicator turns a unit's entries into points.
enum class ScoreRule {
  fixed,         // 评分: an entered score between 0 and full
  proportional,  // full × figure ÷ reference, at most full (reference: see ScoringIndicator)
  deduct,        // 扣分: full − occurrences × per, not below 0 (扣完为止)
  bonus,         // 加分: occurrences × per, at most cap, added on top of the total
  penalty,       // 扣分项: occurrences × per, at most cap, taken off the total
};
const char* score_rule_name(ScoreRule r);  // "fixed", "proportional", ...

// Where a proportional indicator's reference comes from.
enum class Reference {
  best,    // the best unit's figure among the units scored (比照最高分单位折算)
  target,  // a fixed target figure
  figure,  // another of the unit's own figures (e.g. its quota); 0 means nothing was asked
};

struct ScoringIndicator {
  std::string code;    // "A1.2"
  std::string name;    // 行政规范性文件合法性审核
  int level = 1;       // 1 一级, 2 二级, 3 三级
  std::string parent;  // code of the indicator above, or empty
  Decimal full;        // 分值 (weight); for bonus / penalty the cap
  ScoreRule rule = ScoreRule::fixed;
  Decimal per;         // deduct / bonus / penalty: points per occurrence
  std::string figure;  // proportional: the figure scored
  Reference reference = Reference::best;
  Decimal target;                // Reference::target
  std::string reference_figure;  // Reference::figure
  std::string standard;          // 评分标准, as written for the 附表
  bool leaf = true;              // filled by the loader: no indicator names it as parent
};

// 一票否决: an event that zeroes the total or caps it.
struct Veto {
  std::string code, name;
  std::string indicator;       // the indicator it belongs to, or empty
  std::optional<Decimal> cap;  // empty: the total becomes 0
};

enum class Grade { excellent, good, pass, fail };  // 优秀 良好 合格 不合格
const char* grade_name(Grade g);

// How totals are rounded.
enum class Rounding {
  per_indicator,  // every score rounded to `decimals`, the total is their sum (the 评分表 adds up)
  total_only,     // scores exact, the total rounded once (the 政务信息 考核's rule)
};

struct ScoringSystem {
  Decimal total;                    // 满分 declared; level-1 weights add up to it
  std::optional<Decimal> scale_to;  // report totals out of this instead (e.g. 100)
  int decimals = 2;
  Rounding rounding = Rounding::per_indicator;
  Decimal excellent, good, pass;             // grade thresholds (at or above)
  std::vector<ScoringIndicator> indicators;  // every level, parents before children
  std::vector<Veto> vetoes;
  const ScoringIndicator* find(const std::string& code) const;
};

// One unit's entries: scores for fixed indicators, occurrences (with reasons) for the
// others, figures for proportional ones, vetoes triggered.
struct Occurrence {
  int count = 1;
  std::string reason;
};
struct UnitEntries {
  std::map<std::string, Decimal> scores;                       // fixed: indicator → score
  std::map<std::string, std::vector<Occurrence>> occurrences;  // deduct / bonus / penalty
  std::map<std::string, Decimal> figures;                      // figure key → value
  std::map<std::string, std::string> vetoes;                   // veto code → reason
};

struct IndicatorScore {
  std::string code;
  Decimal score;  // rounded to the system's decimals (subtotals for parents)
  int occurrences = 0;
  std::vector<std::string> reasons;
};

struct UnitResult {
  std::vector<IndicatorScore> scores;  // system order, every indicator
  Decimal base;                        // sum of the level-1 weighted indicators
  Decimal bonus, penalty;              // 加分 / 扣分项 totals
  std::string veto;                    // code of the 一票否决 applied, or empty
  Decimal total;                       // rounded, after vetoes
  Grade grade = Grade::fail;
};

// Scores every unit. `units` in any order; `figures` of every unit are needed for the
// best-unit references. Returns nullopt (with a reason in `error`) only if the exact
// arithmetic would overflow, which real systems never come near.
std::optional<std::vector<UnitResult>> score_units(const ScoringSystem& sys,
                                                   const std::vector<UnitEntries>& units,
                                                   std::string& error);

Grade grade_of(const ScoringSystem& sys, const Decimal& total);

}  // namespace docpipe::facts
