// 半年考核: six months of the register per unit — 采用得分 (channel points), 领导批示 and
// 报送任务完成率 — each scored 0–100 (points and 批示 relative to the best unit, completion
// capped at 100%), weighted by assessment.yaml into a total out of 100, graded
// 优秀/良好/合格/不合格 by its thresholds, ranked with ties.
#include <algorithm>
#include <cmath>

#include "compose/common.h"
#include "compose/periodic.h"
#include "compose/tally.h"
#include "facts/ranking.h"

namespace docpipe::compose {
namespace {

const char* const grade_names[] = {"优秀", "良好", "合格", "不合格"};

std::string tenths_text(long long t) {  // 875 → "87.5", 900 → "90"
  std::string s = std::to_string(t / 10);
  return t % 10 ? s + "." + std::to_string(t % 10) : s;
}

int grade_of(long long tenths, const AssessmentConfig& cfg) {
  if (tenths >= cfg.excellent * 10LL) return 0;
  if (tenths >= cfg.good * 10LL) return 1;
  if (tenths >= cfg.pass * 10LL) return 2;
  return 3;
}

}  // namespace

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
                                      const AssessmentConfig& cfg, Diagnostics&) {
  Period p{PeriodKind::half, year, half};
  Tally t = tally_months(ds, months_of(p));
  int max_points = 0, max_instr = 0;
  for (const auto& u : t.units) {
    max_points = std::max(max_points, u.points);
    max_instr = std::max(max_instr, u.instructions);
  }
  const long double weights = cfg.weight_adoption + cfg.weight_instructions + cfg.weight_quota;
  std::vector<long long> tenths;      // total score in tenths of a point
  std::vector<long long> completion;  // tenths of a percent
  for (const auto& u : t.units) {
    long double done = u.quota > 0 ? std::min(u.submitted, u.quota) / (long double)u.quota : 1.0L;
    long double total =
        (max_points ? cfg.weight_adoption * (long double)u.points / max_points : 0) +
        (max_instr ? cfg.weight_instructions * (long double)u.instructions / max_instr : 0) +
        cfg.weight_quota * done;
    tenths.push_back(weights > 0 ? std::llround(total * 1000.0L / weights) : 0);
    completion.push_back(std::llround(done * 1000.0L));
  }
  Ranked ranked = rank_ints(tenths);
  List rows;
  std::vector<List> by_grade(4);
  for (size_t i : ranked.order) {
    const UnitTally& u = t.units[i];
    int g = grade_of(tenths[i], cfg);
    Value r;
    r.set("name", u.unit->name);
    r.set("submitted", u.submitted);
    r.set("quota", u.quota);
    r.set("completion", tenths_text(completion[i]) + "%");
    r.set("points", u.points);
    r.set("instructions", u.instructions);
    r.set("score", tenths_text(tenths[i]));
    r.set("grade", grade_names[g]);
    r.set("rank", ranked.rank[i]);
    r.set("rank_phrase", facts::rank_phrase({ranked.rank[i], ranked.tied[i]}));
    rows.push_back(r);
    by_grade[g].push_back(Value(Fields{{"name", u.unit->name}}));
  }
  List grades;
  for (int g = 0; g < 4; ++g) {
    Value v;
    v.set("grade", grade_names[g]);
    v.set("count", static_cast<int>(by_grade[g].size()));
    v.set("has_units", !by_grade[g].empty());
    v.set("units", mark_first_last(by_grade[g]));
    grades.push_back(v);
  }
  const source::Narrative* n = source::narrative_for(ds, "circular", year);
  std::string half_cn = std::to_string(year) + (half == 1 ? "年上半年" : "年下半年");
  Value c;
  add_office_fields(c, ds, "circular");
  c.set("title", "关于" + half_cn + "政务信息工作考核结果的通报");
  c.set("signature", n && !n->signer.empty() ? n->signer : ds.office.name);
  source::Date date = half == 1 ? source::Date{year, 7, 10} : source::Date{year + 1, 1, 10};
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
