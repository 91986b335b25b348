// Quarterly and half-year figures are the sums of the monthly circulars' figures.
#include <catch2/catch.hpp>
#include <map>

#include "compose/compose.h"
#include "compose/periodic.h"
#include "source/loader.h"
#include "support/run.h"

using namespace docpipe;
using testing::TempDir;

namespace {

struct Sums {
  int submitted = 0, instructions = 0, score = 0, quota = 0;
};

int num(const compose::Value& v, const char* field) {
  return std::stoi(v.get(field)->text);
}

source::DataSet sample(const TempDir& t) {
  auto r = testing::run(testing::docpipe() + " init '" + t.path + "/data'");
  REQUIRE(r.code == 0);
  Diagnostics d;
  auto ds = source::load_data_folder(t.path + "/data", d);
  REQUIRE(ds);
  return *ds;
}

// Per unit name, the monthly circulars' table rows summed over `p`'s months.
std::map<std::string, Sums> monthly_sums(const source::DataSet& ds, const compose::Period& p,
                                         Sums& total) {
  std::map<std::string, Sums> out;
  for (auto m : compose::months_of(p)) {
    Diagnostics d;
    compose::Request r;
    r.kind = compose::Kind::circular;
    r.year = m.year;
    r.month = m.month;
    auto ctx = compose::build_context(ds, r, d);
    REQUIRE(ctx);
    total.submitted += num(*ctx, "submitted");
    total.instructions += num(*ctx, "instructions");
    for (const auto& row : ctx->get("units")->list) {
      Sums& s = out[row.get("name")->text];
      s.submitted += num(row, "submitted");
      s.instructions += num(row, "instructions");
      s.score += num(row, "score");
      s.quota += num(row, "quota");
    }
  }
  return out;
}

}  // namespace

TEST_CASE("quarterly figures equal the sums of the monthly ones", "[schedule]") {
  TempDir t;
  auto ds = sample(t);
  for (int q = 1; q <= 4; ++q) {
    Diagnostics d;
    auto ctx = compose::build_quarterly(ds, 2026, q, d);
    REQUIRE(ctx);
    Sums total;
    auto sums = monthly_sums(ds, {compose::PeriodKind::quarter, 2026, q}, total);
    CHECK(num(*ctx, "submitted") == total.submitted);
    CHECK(num(*ctx, "instructions") == total.instructions);
    const auto& rows = ctx->get("units")->list;
    CHECK(rows.size() == sums.size());
    int sum_sub = 0;
    for (const auto& row : rows) {
      INFO("Q" << q << " " << row.get("name")->text);
      const Sums& s = sums[row.get("name")->text];
      CHECK(num(row, "submitted") == s.submitted);
      CHECK(num(row, "instructions") == s.instructions);
      CHECK(num(row, "score") == s.score);
      CHECK(num(row, "quota") == s.quota);
      sum_sub += num(row, "submitted");
    }
    CHECK(sum_sub == total.submitted);
  }
}

TEST_CASE("quarterly ranks come with 环比 to the previous quarter", "[schedule]") {
  TempDir t;
  auto ds = sample(t);
  Diagnostics d;
  auto q3 = compose::build_quarterly(ds, 2026, 3, d);
  auto q2 = compose::build_quarterly(ds, 2026, 2, d);
  REQUIRE(q3);
  REQUIRE(q2);
  std::map<std::string, std::string> rank2;
  for (const auto& row : q2->get("units")->list)
    rank2[row.get("name")->text] = row.get("rank")->text;
  int prev_score = 1 << 30;
  for (const auto& row : q3->get("units")->list) {
    auto it = rank2.find(row.get("name")->text);
    CHECK(row.get("prev_rank")->text == (it == rank2.end() ? "—" : it->second));
    CHECK(num(row, "score") <= prev_score);  // best first
    prev_score = num(row, "score");
  }
  CHECK(q3->get("totals_qoq")->text.find("环比") == 0);
}

TEST_CASE("half-year 考核 figures equal the sums of the monthly ones", "[schedule]") {
  TempDir t;
  auto ds = sample(t);
  for (int h = 1; h <= 2; ++h) {
    Diagnostics d;
    auto ctx = compose::build_assessment(ds, 2026, h, compose::AssessmentConfig{}, d);
    REQUIRE(ctx);
    Sums total;
    auto sums = monthly_sums(ds, {compose::PeriodKind::half, 2026, h}, total);
    CHECK(num(*ctx, "submitted") == total.submitted);
    CHECK(num(*ctx, "instructions") == total.instructions);
    CHECK(ctx->get("units")->list.size() == sums.size());
    for (const auto& row : ctx->get("units")->list) {
      INFO("H" << h << " " << row.get("name")->text);
      const Sums& s = sums[row.get("name")->text];
      CHECK(num(row, "submitted") == s.submitted);
      CHECK(num(row, "instructions") == s.instructions);
      CHECK(num(row, "quota") == s.quota);
      // 采用得分 is the monthly 得分 without the 批示 points.
      CHECK(num(row, "points") == s.score - s.instructions * ds.instruction_points);
    }
  }
}

TEST_CASE("考核 grades follow the configured thresholds", "[schedule]") {
  TempDir t;
  auto ds = sample(t);
  compose::AssessmentConfig strict;
  strict.excellent = 99, strict.good = 98, strict.pass = 97;
  compose::AssessmentConfig lenient;
  lenient.excellent = 2, lenient.good = 1, lenient.pass = 0;
  Diagnostics d;
  auto a = compose::build_assessment(ds, 2026, 1, strict, d);
  auto b = compose::build_assessment(ds, 2026, 1, lenient, d);
  REQUIRE(a);
  REQUIRE(b);
  for (const auto& row : a->get("units")->list) {
    double score = std::stod(row.get("score")->text);
    std::string want = score >= 99   ? "优秀"
                       : score >= 98 ? "良好"
                       : score >= 97 ? "合格"
                                     : "不合格";
    CHECK(row.get("grade")->text == want);
  }
  for (const auto& row : b->get("units")->list) {
    double score = std::stod(row.get("score")->text);
    CHECK(row.get("grade")->text == (score >= 2 ? "优秀" : score >= 1 ? "良好" : "合格"));
  }
}

TEST_CASE("assessment.yaml: defaults when absent, weights read, mistakes at file:line",
          "[schedule]") {
  TempDir t;
  {
    Diagnostics d;
    auto cfg = compose::load_assessment_config(t.path, d);
    CHECK(!d.has_errors());
    CHECK(cfg.weight_adoption == 50);
    CHECK(cfg.excellent == 90);
  }
  testing::spit(t / "assessment.yaml",
                "weights: {adoption: 60, instructions: 10, quota: 30}\ngrades: {excellent: 85, "
                "good: 70, pass: 60}\n");
  {
    Diagnostics d;
    auto cfg = compose::load_assessment_config(t.path, d);
    CHECK(!d.has_errors());
    CHECK(cfg.weight_adoption == 60);
    CHECK(cfg.weight_instructions == 10);
    CHECK(cfg.excellent == 85);
  }
  testing::spit(t / "assessment.yaml",
                "weights:\n  adoptoin: 60\ngrades: {excellent: 50, good: 70}\n");
  {
    Diagnostics d;
    compose::load_assessment_config(t.path, d);
    std::string text = d.format_all();
    CHECK(text.find("assessment.yaml:2") != std::string::npos);
    CHECK(text.find("adoptoin") != std::string::npos);
    CHECK(text.find("excellent > good > pass") != std::string::npos);
  }
}

TEST_CASE("period labels and the months they cover", "[schedule]") {
  using compose::PeriodKind;
  CHECK(compose::period_label({PeriodKind::quarter, 2026, 3}) == "2026-Q3");
  CHECK(compose::period_label({PeriodKind::half, 2026, 1}) == "2026-H1");
  CHECK(compose::period_label({PeriodKind::month, 2026, 9}) == "2026-09");
  CHECK(compose::previous_period({PeriodKind::quarter, 2026, 1}) ==
        compose::Period{PeriodKind::quarter, 2025, 4});
  auto m = compose::months_of({PeriodKind::half, 2026, 2});
  REQUIRE(m.size() == 6);
  CHECK(m.front().month == 7);
  CHECK(m.back().month == 12);
  CHECK(compose::parse_period_label(PeriodKind::quarter, "2026-Q5") == std::nullopt);
}
