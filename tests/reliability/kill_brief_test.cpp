// kill -9 at random moments during `docpipe brief issue` (50 briefs, each killed once at a
// random point of the span one uninterrupted issue takes). After every kill: the store
// passes PRAGMA integrity_check, the brief numbers (总第M期) run on with no duplicate and
// no gap, a PDF under the final name is whole and is the one the ledger's SHA-256 names, and
// a rerun (`brief issue`, or `build brief --issue` when the kill fell between the commit and
// the file) completes the brief.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include "helpers.h"
#include "kill_support.h"

using namespace reliability;

namespace {

struct Ledger {
  std::string dir;  // holds data/ and output/
  std::string data() const { return dir + "/data"; }
  std::string out() const { return dir + "/output"; }
  Result brief(const std::string& args) const {
    return run("cd " + q(dir) + " && " + q(bin()) + " --data data brief " + args);
  }
};

std::string sha256(const std::string& path) {
  return run("sha256sum " + q(path) + " | cut -c1-64").out.substr(0, 64);
}

}  // namespace

TEST_CASE("kill -9 during docpipe brief issue, 50 times: numbers unbroken, PDFs whole") {
  ScopedEnv today("DOCPIPE_TODAY", "2026-12-01");
  TempDir t;
  Ledger l{t.path};
  sample(t);
  spit(t / "a.md", "# 测试稿件\n\n测试稿件的第一段。\n\n第二段。\n");
  auto new_draft = [&](int day) {
    auto r =
        l.brief("new --date 2026-12-" + std::string(day < 10 ? "0" : "") + std::to_string(day));
    INFO(r.err);
    REQUIRE(r.code == 0);
    std::string id = r.out.substr(0, r.out.find('\n'));
    REQUIRE(l.brief("add " + id + " a.md --source 依法行政指导处").code == 0);
    return id;
  };
  auto issue_args = [&](const std::string& id) {
    return std::vector<std::string>{bin(),   "--data", l.data(), "brief",
                                    "issue", id,       "--out",  l.out()};
  };
  int status = 0;
  long span_us = timed_run(issue_args(new_draft(1)), status);
  REQUIRE(WEXITSTATUS(status) == 0);

  std::mt19937 rng(1201);
  std::uniform_int_distribution<long> delay_us(0, span_us + span_us / 5);
  int killed = 0, left_draft = 0, issued_no_file = 0, issued_with_file = 0;
  for (int i = 0; i < 50; ++i) {
    std::string id = new_draft(2 + i * 28 / 50);  // dates never go back
    killed += run_and_kill(issue_args(id), delay_us(rng));
    INFO("run " << i << ", brief " << id);
    std::string pdf = l.out() + "/brief-" + id + ".pdf";
    std::string state;
    {
      SQLite::Database db(l.data() + "/docpipe.db", SQLite::OPEN_READWRITE);
      REQUIRE(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
      // 总第M期 over the whole series: consecutive, none twice.
      SQLite::Statement totals(db, "SELECT total FROM briefs ORDER BY total");
      int prev = 0;
      while (totals.executeStep()) {
        int total = totals.getColumn(0).getInt();
        if (prev) REQUIRE(total == prev + 1);
        prev = total;
      }
      SQLite::Statement s(db, "SELECT status, coalesce(pdf_sha256,'') FROM briefs WHERE id = ?");
      s.bind(1, id);
      REQUIRE(s.executeStep());
      state = s.getColumn(0).getString();
      std::string sum = s.getColumn(1).getString();
      if (state == "draft") {
        ++left_draft;
        REQUIRE_FALSE(exists(pdf));  // no PDF before the ledger says issued
      } else {
        REQUIRE(state == "issued");
        if (exists(pdf)) {
          ++issued_with_file;
          REQUIRE(complete_pdf(slurp(pdf)));
          REQUIRE(sha256(pdf) == sum);
        } else {
          ++issued_no_file;
        }
      }
    }
    // The rerun completes the brief either way.
    if (!exists(pdf)) {
      Result r =
          run("cd " + q(l.dir) + " && " + q(bin()) + " --data data " +
              (state == "draft" ? "brief issue " : "build brief --issue ") + id + " --out output");
      INFO(r.err);
      REQUIRE(r.code == 0);
    }
    REQUIRE(complete_pdf(slurp(pdf)));
  }
  WARN("kill -9 during brief issue (span "
       << span_us / 1000 << " ms): " << killed << " of 50 killed; afterwards " << left_draft
       << " drafts, " << issued_no_file << " issued without file, " << issued_with_file
       << " issued with file");
  CHECK(testing::count_files(l.out(), "brief-") == 51);
}
