// docpipe build circular --per-unit: one copy per unit, safe file names, shards, jobs.
#include <catch2/catch.hpp>
#include <set>

#include "support/run.h"

using testing::run;
using testing::TempDir;

namespace {

std::string dp(const TempDir& t) {
  return testing::docpipe() + " --data '" + t.path + "/data'";
}

std::set<std::string> lines(const std::string& text) {
  std::set<std::string> s;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) s.insert(l);
  return s;
}

}  // namespace

TEST_CASE("per-unit copies: one per unit, its rank and row highlighted", "[schedule]") {
  TempDir t;
  REQUIRE(run(testing::docpipe() + " init '" + t.path + "/data'").code == 0);
  auto r =
      run(dp(t) + " build circular --month 2026-10 --per-unit --jobs 2 --out '" + t.path + "/out'");
  INFO(r.err);
  CHECK(r.code == 0);
  auto units = run("sqlite3 '" + t.path +
                   "/data/docpipe.db' \"SELECT count(*) FROM units WHERE (active_from IS NULL OR "
                   "active_from <= '2026-10-31') AND (active_until IS NULL OR active_until >= "
                   "'2026-10-01')\"")
                   .out;
  auto files = run("ls '" + t.path + "/out/circular-2026-10' | wc -l").out;
  CHECK(files == units);
  auto text = run("pdftotext '" + t.path + "/out/circular-2026-10/JCS.pdf' - | tr -d ' \\n'").out;
  CHECK(text.find("江川市司法局本月报送政务信息") != std::string::npos);
  CHECK(text.find("江川市司法局（本单位）") != std::string::npos);
  CHECK(run("qpdf --check '" + t.path + "/out/circular-2026-10/JCS.pdf'").code == 0);
}

TEST_CASE("per-unit: a unit code like ../x never leaves the output folder", "[schedule]") {
  TempDir t;
  REQUIRE(run(testing::docpipe() + " init '" + t.path + "/data'").code == 0);
  // Straight into the database: the importer would refuse such a code.
  REQUIRE(run("sqlite3 '" + t.path +
              "/data/docpipe.db' \"INSERT INTO units (code, name, kind, "
              "sort_order) VALUES ('../x', '越界测试处', '处室', 99), ('/etc/y', '绝对路径处', "
              "'处室', 100)\"")
              .code == 0);
  auto r = run("cd '" + t.path + "' && " + dp(t) +
               " build circular --month 2026-10 --per-unit --jobs 1");
  INFO(r.err);
  CHECK(r.code != 2);
  CHECK(testing::exists(t / "output/circular-2026-10/___x.pdf"));
  CHECK(testing::exists(t / "output/circular-2026-10/_etc_y.pdf"));
  CHECK(!testing::exists(t / "output/x.pdf"));
  CHECK(!testing::exists(t / "x.pdf"));
  CHECK(run("find '" + t.path + "' -name '*.pdf' -not -path '*/output/circular-2026-10/*' | wc -l")
            .out == "0\n");
}

TEST_CASE("per-unit shards split the batch without overlap", "[schedule]") {
  TempDir t;
  REQUIRE(run(testing::docpipe() + " init '" + t.path + "/data'").code == 0);
  std::string base =
      dp(t) + " build circular --month 2026-10 --per-unit --out '" + t.path + "/out'";
  auto all = run(base + " --jobs 1");
  auto a = run(base + " --shard 1/2");
  auto b = run(base + " --shard 2/2 --jobs 3");
  CHECK(a.code == 0);
  CHECK(b.code == 0);
  auto la = lines(a.out), lb = lines(b.out), lall = lines(all.out);
  std::set<std::string> both = la;
  both.insert(lb.begin(), lb.end());
  CHECK(both == lall);
  CHECK(la.size() + lb.size() == lall.size());
  CHECK(la.size() == (lall.size() + 1) / 2);
}

TEST_CASE("per-unit is for circulars only", "[schedule]") {
  TempDir t;
  REQUIRE(run(testing::docpipe() + " init '" + t.path + "/data'").code == 0);
  auto r = run(dp(t) + " build brief --issue 2026-10 --per-unit");
  CHECK(r.code == 2);
  CHECK(r.err.find("--per-unit") != std::string::npos);
}

TEST_CASE("a progress bar with count and ETA on a terminal, else one line per file", "[schedule]") {
  TempDir t;
  REQUIRE(run(testing::docpipe() + " init '" + t.path + "/data'").code == 0);
  std::string cmd =
      dp(t) + " build circular --month 2026-10 --per-unit --jobs 2 --out '" + t.path + "/out'";
  if (run("command -v script").code != 0) return;  // util-linux's script gives us a terminal
  auto tty = run("script -qec \"" + cmd + "\" /dev/null");
  CHECK(tty.out.find("16/16") != std::string::npos);
  CHECK(tty.out.find("ETA") != std::string::npos);
  CHECK(tty.out.find(".pdf") == std::string::npos);  // no file lines under the bar
  auto plain = run(cmd);
  CHECK(plain.out.find("ETA") == std::string::npos);
  CHECK(plain.err.find("ETA") == std::string::npos);
  CHECK(std::count(plain.out.begin(), plain.out.end(), '\n') == 16);
}
