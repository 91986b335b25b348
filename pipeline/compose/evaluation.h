// 考评 documents: the 考评结果通报 (ranked tables per group, grade lists, a chart, the
// indicator system as 附表) and the 评分表 of one unit (its score per indicator, deductions
// with their reasons, 加分, 一票否决). Scores come from facts/scoring.h; the entries and the
// system from source/evaluation.h, loaded by the CLI.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "compose/template.h"
#include "compose/value.h"
#include "facts/ranking.h"
#include "facts/scoring.h"
#include "source/evaluation.h"

namespace docpipe::compose {

struct ScoredUnit {
  const source::Unit* unit = nullptr;
  facts::UnitResult result;
  facts::Rank rank;  // within its group
};
struct ScoredGroup {
  const source::EvaluationGroup* group = nullptr;
  std::vector<ScoredUnit> units;  // ranked, best first (ties in sort order)
};

// Scores every unit of every group (the best-unit references are taken within the group);
// figures are the units' indicator values of the evaluated year.
std::optional<std::vector<ScoredGroup>> score_evaluation(
    const source::DataSet& ds, const source::Evaluation& ev,
    const std::vector<source::EvaluationEntry>& entries, Diagnostics& diags);

// The system as the engine takes it.
facts::ScoringSystem scoring_system(const source::Evaluation& ev);

Schema evaluation_schema();        // templates/evaluation.md.mustache
Schema evaluation_sheet_schema();  // templates/evaluation-sheet.md.mustache

Value build_evaluation_report(const source::DataSet& ds, const source::Evaluation& ev,
                              const std::vector<ScoredGroup>& scored);
// The 评分表 of one unit; nullopt if the unit is not evaluated.
std::optional<Value> build_evaluation_sheet(const source::DataSet& ds, const source::Evaluation& ev,
                                            const std::vector<ScoredGroup>& scored,
                                            const std::vector<source::EvaluationEntry>& entries,
                                            const std::string& unit_code);

}  // namespace docpipe::compose
