// 半年考核: six months of the register per unit — 采用得分 (channel points), 领导批示 and
// 报送任务完成率 — scored by the 考评 engine (facts/scoring.h) as one configuration of it:
// three proportional indicators weighted by assessment.yaml (points and 批示 relative to the
// best unit, submissions relative to the unit's own quota, capped at 100%), the total
// rescaled to 100 and rounded once to a tenth, graded 优秀/良好/合格/不合格, ranked with ties.
#include <algorithm>

#include "compose/common.h"
#include "compose/periodic.h"
#include "compose/tally.h"
#include "facts/ranking.h"
#include "facts/scoring.h"

namespace docpipe::compose {
namespace {

facts::ScoringIndicator part(const char* code, int weight, const char* figure, facts::Reference ref,
                             const char* reference_figure = "") {
  facts::ScoringIndicator i;
  i.code = code;
  i.full = Decimal::integer(weight);
  i.rule = facts::ScoreRule::proportional;
  i.figure = figure;
  i.reference = ref;
  i.reference_figure = reference_figure;
  return i;
}

// completion rate in tenths of a percent, exact: 4 of 6 → 66.7
Decimal completion_rate(int submitted, int quota) {
  if (quota <= 0) return {1000, 1};
  return {
      static_cast<std::int64_t>(divide_round_half_away(std::min(submitted, quota) * 1000LL, quota)),
      1};
}

}  // namespace

facts::ScoringSystem assessment_system(const AssessmentConfig& cfg) {
  facts::ScoringSystem sys;
  sys.total = Decimal::integer(cfg.weight_adoption + cfg.weight_instructions + cfg.weight_quota);
  sys.scale_to = Decimal::integer(100);
  sys.decimals = 1;
  sys.rounding = facts::Rounding::total_only;
  sys.excellent = Decimal::integer(cfg.excellent);
  sys.good = Decimal::integer(cfg.good);
  sys.pass = Decimal::integer(cfg.pass);
  using facts::Reference;
  sys.indicators = {part("adoption", cfg.weight_adoption, "points", Reference::best),
                    part("instructions", cfg.weight_instructions, "instructions", Reference::best),
                    part("quota", cfg.weight_quota, "submitted", Reference::figure, "quota")};
  return sys;
}

Schema assessment_schema() {
  Schema s{"assessment", {}};
  add_fields(s, "", office_field_names);
  add_fields(s, "",
             {"title",
              "signature",
              "date",
              "date_cn",
              "year",
              "half",
              "half_cn",
              "months_cn",
              "has_items",
              "submitted",
              "adopted",
              "instructions",
              "weight_adoption",
              "weight_instructions",
              "weight_quota",
              "excellent",
              "good",
              "pass",
              "units",
              "grades",
              "requirements"});
  add_fields(s, "units",
             {"name", "submitted", "quota", "completion", "points", "instructions", "score",
              "grade", "rank", "rank_phrase", "first", "last"});
  add_fields(s, "grades", {"grade", "count", "has_units", "units", "first", "last"});
  add_fields(s, "grades.units", {"name", "first", "last"});
  add_fields(s, "requirements", {"text", "clause", "ordinal", "first", "last"});
  return s;
}

std::optional<Value> build_assessment(const source::DataSet& ds, int year, int half,
                                      const AssessmentConfig& cfg, Diagnostics& diags) {
  Period p{PeriodKind::half, year, half};
  Tally t = tally_months(ds, months_of(p));
  std::vector<facts::UnitEntries> entries;
  for (const auto& u : t.units) {
    facts::UnitEntries e;
    e.figures["points"] = Decimal::integer(u.points);
    e.figures["instructions"] = Decimal::integer(u.instructions);
    e.figures["submitted"] = Decimal::integer(u.submitted);
    e.figures["quota"] = Decimal::integer(u.quota);
    entries.push_back(e);
  }
  std::string why;
  auto results = facts::score_units(assessment_system(cfg), entries, why);
  if (!results) {
    diags.error({}, "考核 " + period_label(p) + ": " + why);
    return std::nullopt;
  }
  std::vector<Decimal> totals;
  for (const auto& r : *results) totals.push_back(r.total);
  const auto ranks = facts::rank_scores(totals);
  List rows;
  std::vector<List> by_grade(4);
  for (size_t i : facts::ranked_order(totals)) {
    const UnitTally& u = t.units[i];
    const int g = static_cast<int>((*results)[i].grade);
    Value r;
    r.set("name", u.name);
    r.set("submitted", u.submitted);
    r.set("quota", u.quota);
    r.set("completion", to_plain_string(completion_rate(u.submitted, u.quota)) + "%");
    r.set("points", u.points);
    r.set("instructions", u.instructions);
    r.set("score", to_plain_string(totals[i]));
    r.set("grade", facts::grade_name((*results)[i].grade));
    r.set("rank", ranks[i].rank);
    r.set("rank_phrase", facts::rank_phrase(ranks[i]));
    rows.push_back(r);
    by_grade[g].push_back(Value(Fields{{"name", u.name}}));
  }
  List grades;
  for (int g = 0; g < 4; ++g) {
    Value v;
    v.set("grade", facts::grade_name(static_cast<facts::Grade>(g)));
    v.set("count", static_cast<int>(by_grade[g].size()));
    v.set("has_units", !by_grade[g].empty());
    v.set("units", mark_first_last(by_grade[g]));
    grades.push_back(v);
  }
  const source::Narrative* n = source::narrative_for(ds, "circular", year);
  std::string half_cn = std::to_string(year) + (half == 1 ? "年上半年" : "年下半年");
  Value c;
  add_office_fields(c, ds, "circular");
  c.set("title", "");  // the template words the title
  c.set("signature", n && !n->signer.empty() ? n->signer : ds.office.name);
  Date date = half == 1 ? Date{year, 7, 10} : Date{year + 1, 1, 10};
  c.set("date", date.iso());
  c.set("date_cn", chinese_date(date));
  c.set("year", year);
  c.set("half", half);
  c.set("half_cn", half_cn);
  c.set("months_cn", half == 1 ? "1月至6月" : "7月至12月");
  c.set("has_items", t.submitted > 0);
  c.set("submitted", t.submitted);
  c.set("adopted", t.adopted);
  c.set("instructions", t.instructions);
  c.set("weight_adoption", cfg.weight_adoption);
  c.set("weight_instructions", cfg.weight_instructions);
  c.set("weight_quota", cfg.weight_quota);
  c.set("excellent", cfg.excellent);
  c.set("good", cfg.good);
  c.set("pass", cfg.pass);
  c.set("units", mark_first_last(rows));
  c.set("grades", mark_first_last(grades));
  c.set("requirements", paragraphs(n ? n->requirements : std::vector<std::string>{}));
  return c;
}

}  // namespace docpipe::compose
