// Golden text of the process documents composed from the sample (`docpipe init`): the
// 考评结果通报 and two 评分表 (the best unit and the one under a 一票否决). Reviewed as
// PDFs before being accepted; regenerate with DOCPIPE_UPDATE_GOLDEN=1 and read the diff.
#include <unistd.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compose/evaluation.h"
#include "compose/periodic.h"
#include "compose/tasks.h"
#include "source/evaluation.h"
#include "source/loader.h"
#include "source/sample.h"
#include "source/tasks.h"

using namespace docpipe;

namespace {

namespace fs = std::filesystem;

const std::string& sample_dir() {
  static const std::string dir = [] {
    fs::path d = fs::temp_directory_path() / ("docpipe-procs-golden-" + std::to_string(::getpid()));
    fs::remove_all(d);
    Diagnostics diags;
    REQUIRE(source::write_sample(d.string(), diags));
    return d.string();
  }();
  return dir;
}

struct Sample {
  source::DataSet ds;
  source::Evaluation ev;
  std::vector<source::EvaluationEntry> entries;
  std::vector<compose::ScoredGroup> scored;
};

const Sample& sample() {
  static const Sample s = [] {
    Diagnostics d;
    Sample s;
    auto ds = source::load_data_folder(sample_dir(), d);
    INFO(d.format_all());
    REQUIRE(ds);
    s.ds = *ds;
    auto ev = source::load_evaluation(s.ds, d);
    REQUIRE(ev);
    s.ev = *ev;
    auto e = source::load_entries(sample_dir(), s.ev, d);
    REQUIRE(e);
    s.entries = *e;
    return s;
  }();
  return s;
}

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void check_golden(const std::string& file, const compose::Schema& schema, const compose::Value& ctx,
                  const std::string& name) {
  Diagnostics d;
  auto t = compose::load_template(DOCPIPE_SOURCE_DIR "/templates", file, schema, d);
  INFO(d.format_all());
  REQUIRE(t);
  std::string md;
  REQUIRE(compose::render_template(t->text, t->path, ctx, md, d));
  fs::path golden = fs::path(DOCPIPE_SOURCE_DIR) / "tests/compose/golden" / (name + ".md");
  const char* update = std::getenv("DOCPIPE_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(golden, std::ios::binary) << md;
    WARN("updated " << golden.string());
    return;
  }
  REQUIRE(fs::exists(golden));
  CHECK(md == slurp(golden));
}

std::vector<compose::ScoredGroup> scored() {
  Diagnostics d;
  auto s = compose::score_evaluation(sample().ds, sample().ev, sample().entries, d);
  REQUIRE(s);
  return *s;
}

}  // namespace

TEST_CASE("golden: evaluation-2026 (考评结果通报)", "[procs][golden]") {
  auto s = scored();
  check_golden("evaluation.md.mustache", compose::evaluation_schema(),
               compose::build_evaluation_report(sample().ds, sample().ev, s), "evaluation-2026");
}

TEST_CASE("golden: evaluation-2026 评分表 of JCS (加分) and SMX (一票否决)", "[procs][golden]") {
  auto s = scored();
  for (const char* unit : {"JCS", "SMX"}) {
    auto ctx = compose::build_evaluation_sheet(sample().ds, sample().ev, s, sample().entries, unit);
    REQUIRE(ctx);
    check_golden("evaluation-sheet.md.mustache", compose::evaluation_sheet_schema(), *ctx,
                 std::string("evaluation-2026-") + unit);
  }
}

namespace {

const source::TaskBook& book() {
  static const source::TaskBook b = [] {
    Diagnostics d;
    auto b = source::load_task_book(sample().ds, d);
    INFO(d.format_all());
    REQUIRE(b);
    return *b;
  }();
  return b;
}

}  // namespace

TEST_CASE("golden: task-table-GZYD2026 (任务分解表)", "[procs][golden]") {
  Diagnostics d;
  auto c = compose::build_task_table(sample().ds, book(), "GZYD2026", d);
  REQUIRE(c);
  check_golden("task-table.md.mustache", compose::task_table_schema(), *c, "task-table-GZYD2026");
}

TEST_CASE("golden: 交办函 to BSZ, 督办通知 to BSZ (约谈) and NPS (通报)", "[procs][golden]") {
  const auto* bsz = source::find_unit(sample().ds, "BSZ");
  const auto* nps = source::find_unit(sample().ds, "NPS");
  auto letter = compose::build_task_letter(sample().ds, book(), "GZYD2026", *bsz);
  REQUIRE(letter);
  check_golden("task-letter.md.mustache", compose::task_letter_schema(), *letter,
               "task-letter-GZYD2026-BSZ");
  for (const auto* u : {bsz, nps}) {
    auto s = compose::build_supervision(sample().ds, book(), *u, {2026, 12, 31});
    REQUIRE(s);
    check_golden("supervision.md.mustache", compose::supervision_schema(), *s,
                 "supervision-2026-12-31-" + u->code);
  }
}

TEST_CASE("golden: progress-2026-Q3 and Q4 (进展情况通报)", "[procs][golden]") {
  for (int q : {3, 4}) {
    auto c = compose::build_progress_report(sample().ds, book(),
                                            {compose::PeriodKind::quarter, 2026, q});
    REQUIRE(c);
    check_golden("progress.md.mustache", compose::progress_schema(), *c,
                 "progress-2026-Q" + std::to_string(q));
  }
}
