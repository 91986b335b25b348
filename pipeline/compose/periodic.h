// Periodic documents beyond the monthly circular: the quarterly 季度通报, the half-year
// 考核 report, and per-unit copies of the monthly circular (each unit's own figures and
// rank highlighted). Periods name themselves 2026-10 / 2026-Q3 / 2026-H1.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "compose/kinds.h"
#include "compose/template.h"
#include "compose/value.h"
#include "core/chinese.h"
#include "core/date.h"
#include "core/diagnostics.h"
#include "facts/scoring.h"
#include "source/model.h"

namespace docpipe::compose {

// 月 / 季度 / 半年
enum class PeriodKind { month, quarter, half };

struct Period {
  PeriodKind kind = PeriodKind::month;
  int year = 0;
  int index = 0;  // month 1..12, quarter 1..4, half 1..2
  bool operator==(const Period& o) const {
    return kind == o.kind && year == o.year && index == o.index;
  }
};

std::string period_label(const Period& p);  // "2026-10", "2026-Q3", "2026-H1"
std::optional<Period> parse_period_label(PeriodKind kind, const std::string& label);
std::vector<YearMonth> months_of(const Period& p);  // in order
Period previous_period(const Period& p);
Period period_containing(PeriodKind kind, const YearMonth& m);
// The document a closed period produces: the registry's kind on the schedule whose period
// type it is (kinds.h).
Request request_for(const Period& p);
// "circular", "quarterly", "assessment"
const char* periodic_kind_name(PeriodKind kind);
// "circular-2026-10", "quarterly-2026-Q3", "assessment-2026-H1"
std::string periodic_stem(const Period& p);
std::string periodic_template_name(PeriodKind kind);  // quarterly.md.mustache ...

// 半年考核 scoring (data/assessment.yaml; defaults when absent). Each part is scored
// 0–100 (adoption points and 领导批示 relative to the best unit, quota completion as a
// rate capped at 100%) and weighted; the total is out of 100.
struct AssessmentConfig {
  int weight_adoption = 50;      // 采用得分
  int weight_instructions = 20;  // 领导批示
  int weight_quota = 30;         // 报送任务完成率
  int excellent = 90;            // 优秀 at or above
  int good = 75;                 // 良好
  int pass = 60;                 // 合格; below: 不合格
};
// Reads DIR/assessment.yaml; a missing file gives the defaults. Errors at file:line:col.
AssessmentConfig load_assessment_config(const std::string& data_dir, Diagnostics& diags);
// The 考核 as a configuration of the 考评 engine: figures points, instructions, submitted, quota.
facts::ScoringSystem assessment_system(const AssessmentConfig& cfg);

std::optional<Value> build_quarterly(const source::DataSet& ds, int year, int quarter,
                                     Diagnostics& diags);
std::optional<Value> build_assessment(const source::DataSet& ds, int year, int half,
                                      const AssessmentConfig& cfg, Diagnostics& diags);
Schema quarterly_schema();
Schema assessment_schema();

// Composes a periodic document to Markdown with its template from `templates_dir`.
bool compose_periodic(const source::DataSet& ds, const Period& p, const std::string& templates_dir,
                      std::string& markdown, Diagnostics& diags);

// ---- per-unit copies of the monthly circular (templates/circular-unit.md.mustache) ----
Schema unit_copy_schema();
// The circular's context plus this unit's highlight: unit_name, unit_ranked, unit_rank_phrase,
// unit_score, unit_submitted, unit_quota, unit_below; its table row gets `mine`.
Value unit_copy_context(const Value& circular, const source::DataSet& ds, const source::Unit& u);

// A template read and checked once, rendered many times.
struct LoadedTemplate {
  std::string path, text;
};
std::optional<LoadedTemplate> load_template(const std::string& templates_dir,
                                            const std::string& file_name, const Schema& schema,
                                            Diagnostics& diags);

}  // namespace docpipe::compose
