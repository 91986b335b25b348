// 考评: the indicator system of an annual evaluation of units (data/evaluation.yaml) and
// the entries recorded against it in docpipe.db (table evaluation_entries): scores of
// fixed indicators, occurrences of 扣分 / 加分 / 扣分项 with their reasons, 一票否决 events.
// The scoring itself is facts/scoring.h; this file only loads, checks and stores.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "source/csv.h"
#include "source/model.h"

namespace docpipe::source {

// How an indicator turns a unit's entries into points (compose hands these to the
// 考评 engine, facts/scoring.h, which documents each rule).
enum class EvalRule { fixed, proportional, deduct, bonus, penalty };

struct EvalIndicator {
  std::string code, name;  // A1.2, 行政规范性文件合法性审核
  int level = 1;           // 1 一级, 2 二级, 3 三级
  std::string parent;      // code of the indicator above, or empty
  Decimal full;            // 分值; for 加分 / 扣分项 the cap
  EvalRule rule = EvalRule::fixed;
  Decimal per;                    // deduct / bonus / penalty: points per occurrence
  std::string figure;             // proportional: the indicator key whose value is scored
  std::optional<Decimal> target;  // proportional: a target; absent = the best unit's figure
  std::string standard;           // 评分标准
  bool leaf = true;
};

// 一票否决: zeroes the total, or caps it.
struct EvalVeto {
  std::string code, name;
  std::string indicator;       // the indicator it belongs to, or empty
  std::optional<Decimal> cap;  // empty: the total becomes 0
};

// Units ranked together (排名分组), e.g. 市州 and 省直部门 ranked separately.
struct EvaluationGroup {
  std::string name;
  std::vector<std::string> units;  // unit codes, sort order
};

struct Evaluation {
  std::string path;             // data/evaluation.yaml
  std::string title;            // 2026年度全省法治政府建设考评
  int year = 0;                 // the year evaluated; proportional figures are that year's values
  std::string document_number;  // 发文字号 of the 结果通报, may be empty
  Date date;                    // 成文日期 of the 结果通报
  std::string signature;        // 发文机关署名 (default: the office)
  std::vector<std::string> to, cc;        // 主送 / 抄送 of the 结果通报
  Decimal total;                          // 满分; the level-1 weights add up to it
  int decimals = 2;                       // scores and totals are shown with this many
  Decimal excellent, good, pass;          // 优秀 / 良好 / 合格 at or above
  std::vector<EvalIndicator> indicators;  // every level, parents before children
  std::vector<EvalVeto> vetoes;
  std::vector<EvaluationGroup> groups;
  std::map<std::string, Location> where;  // indicator / veto code → its place in the YAML
  std::string key() const { return std::to_string(year); }  // scores are stored under it
  const EvalIndicator* find(const std::string& code) const;
  const EvalVeto* find_veto(const std::string& code) const;
};

// What a unit's row of the store holds for one indicator or veto.
struct EvaluationEntry {
  std::string unit, code;  // unit code, indicator or veto code
  int seq = 1;             // 1.. per unit and code (each occurrence is its own entry)
  Decimal value;           // fixed: the score; otherwise the number of occurrences
  std::string note;        // 评分说明 / 扣分理由
  std::string evidence;    // 佐证材料
};

// Reads DIR/evaluation.yaml against the data set's units and indicator catalogue: weights
// that add up, known units and indicators, falling thresholds. nullopt if it is absent
// (`required` false) or wrong (every problem reported at file:line:col).
std::optional<Evaluation> load_evaluation(const DataSet& ds, Diagnostics& diags,
                                          bool required = true);

// The `docpipe validate` check: evaluation.yaml (when present) and every stored entry.
void validate_evaluation(const DataSet& ds, Diagnostics& diags);

// The group a unit is ranked in, or nullptr.
const EvaluationGroup* group_of(const Evaluation& ev, const std::string& unit);

// Checks one entry against the system: the unit is evaluated, the code is an indicator
// that takes entries (not a computed one) or a veto, the value is within range.
// Returns the problem, or an empty string.
std::string check_entry(const Evaluation& ev, const EvaluationEntry& e, std::string& hint);

// Entries of an evaluation, by unit, code, seq (read-only).
std::optional<std::vector<EvaluationEntry>> load_entries(const std::string& data_dir,
                                                         const Evaluation& ev, Diagnostics& diags);

// Adds or replaces entries in one transaction: a fixed score or a veto replaces what was
// recorded for the unit and code; an occurrence is appended. With `replace_pairs`, every
// (unit, code) the entries name is cleared first (an import file is the whole truth for
// the pairs it lists). All or nothing.
bool store_entries(const std::string& data_dir, const Evaluation& ev,
                   const std::vector<EvaluationEntry>& entries, bool replace_pairs,
                   Diagnostics& diags);

// `docpipe eval import FILE.csv`: columns unit, indicator, value, note?, evidence?
// (单位, 指标, 分值, 说明, 佐证). Every row checked first; one bad row and nothing is written.
std::optional<int> import_entries(const std::string& data_dir, const Evaluation& ev,
                                  const std::string& csv_path, Diagnostics& diags);

}  // namespace docpipe::source
