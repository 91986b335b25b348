// docpipe due from outside: idempotent, stale detection, --force, restart-safe under kill -9,
// and two runs at once never render the same document.
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "support/run.h"

using testing::run;
using testing::TempDir;

namespace {

const std::string today = " --today 2026-11-25";

std::string dp(const TempDir& t) {
  return testing::docpipe() + " --data '" + t.path + "/data'";
}

void init(const TempDir& t) {
  REQUIRE(run(testing::docpipe() + " init '" + t.path + "/data'").code == 0);
}

// name → sha256 of every file in `dir` (hidden files included).
std::map<std::string, std::string> files_in(const std::string& dir) {
  std::map<std::string, std::string> out;
  auto r = run("cd '" + dir +
               "' && for f in $(ls -A); do echo \"$f $(sha256sum < \"$f\" | cut -c1-64)\"; done");
  std::istringstream in(r.out);
  std::string name, sha;
  while (in >> name >> sha) out[name] = sha;
  return out;
}

std::string sql(const TempDir& t, const std::string& q) {
  return run("sqlite3 '" + t.path + "/data/docpipe.db' \"" + q + "\"").out;
}

const std::set<std::string> expected_files = {
    "assessment-2026-H1.pdf", "circular-2026-01.pdf",  "circular-2026-02.pdf",
    "circular-2026-03.pdf",   "circular-2026-04.pdf",  "circular-2026-05.pdf",
    "circular-2026-06.pdf",   "circular-2026-07.pdf",  "circular-2026-08.pdf",
    "circular-2026-09.pdf",   "circular-2026-10.pdf",  "quarterly-2026-Q1.pdf",
    "quarterly-2026-Q2.pdf",  "quarterly-2026-Q3.pdf", "progress-2026-Q1.pdf",
    "progress-2026-Q2.pdf",   "progress-2026-Q3.pdf"};

std::set<std::string> names(const std::map<std::string, std::string>& files) {
  std::set<std::string> s;
  for (const auto& [n, sha] : files) s.insert(n);
  return s;
}

}  // namespace

TEST_CASE("due renders every closed period once and a second run has nothing due", "[schedule]") {
  TempDir t;
  init(t);
  auto first = run(dp(t) + " due --out '" + t.path + "/out'" + today);
  INFO(first.err);
  CHECK((first.code == 0 || first.code == 3));
  CHECK(names(files_in(t / "out")) == expected_files);
  // Not a terminal: one line per file written.
  CHECK(std::count(first.out.begin(), first.out.end(), '\n') == 17);
  CHECK(sql(t, "SELECT count(*), sum(renders) FROM produced_documents WHERE path IS NOT NULL") ==
        "17|17\n");
  // The recorded sha256 is the file's.
  CHECK(sql(t,
            "SELECT sha256 FROM produced_documents WHERE kind = 'quarterly' AND period = "
            "'2026-Q3'") == files_in(t / "out")["quarterly-2026-Q3.pdf"] + "\n");
  auto second = run(dp(t) + " due --out '" + t.path + "/out'" + today);
  CHECK(second.code == 0);
  CHECK(second.out == "nothing due\n");
  // A month later, only what closed in between.
  auto later = run(dp(t) + " due --out '" + t.path + "/out' --today 2026-12-01");
  CHECK(later.out.find("circular-2026-11.pdf") != std::string::npos);
  CHECK(std::count(later.out.begin(), later.out.end(), '\n') == 1);
}

TEST_CASE("changed data makes a produced period stale (exit 3) and --force re-renders it",
          "[schedule]") {
  TempDir t;
  init(t);
  std::string out = " --out '" + t.path + "/out'";
  run(dp(t) + " due" + out + today);
  auto before = files_in(t / "out");
  testing::spit(t / "late.csv",
                "date,unit,title,author,adopted_by,instructions\n"
                "2026-09-15,JCS,补录的九月信息,测试员,sw,1\n");
  REQUIRE(run(dp(t) + " import items '" + t.path + "/late.csv'" + today).code == 0);
  auto stale = run(dp(t) + " due" + out + today);
  CHECK(stale.code == 3);
  CHECK(stale.out == "nothing due\n");
  // September's circular, Q3 and October's (环比 to September) changed.
  CHECK(stale.err.find("circular 2026-09 is stale") != std::string::npos);
  CHECK(stale.err.find("quarterly 2026-Q3 is stale") != std::string::npos);
  CHECK(stale.err.find("--force") != std::string::npos);
  CHECK(files_in(t / "out") == before);  // nothing overwritten
  auto forced = run(dp(t) + " due --force" + out + today);
  INFO(forced.err);
  CHECK(forced.code == 0);
  CHECK(forced.out.find("circular-2026-09.pdf") != std::string::npos);
  CHECK(forced.out.find("circular-2026-08.pdf") == std::string::npos);
  auto after = files_in(t / "out");
  CHECK(after["circular-2026-09.pdf"] != before["circular-2026-09.pdf"]);
  CHECK(after["circular-2026-08.pdf"] == before["circular-2026-08.pdf"]);
  CHECK(sql(t, "SELECT renders FROM produced_documents WHERE period = '2026-09'") == "2\n");
  CHECK(run(dp(t) + " due" + out + today).out == "nothing due\n");
}

TEST_CASE("killing due with -9 midway and running it again gives the same complete files",
          "[schedule][hooks]") {
  TempDir ref, t;
  init(ref);
  init(t);
  REQUIRE(run(dp(ref) + " due --jobs 1 --out '" + ref.path + "/out'" + today).code != 2);
  auto reference = files_in(ref / "out");
  std::string cmd = dp(t) + " due --jobs 2 --out '" + t.path + "/out'" + today;
  for (int round = 0; round < 5; ++round) {
    int delay_ms = 60 + 70 * round;
    run("DOCPIPE_TEST_SLOW_MS=40 " + cmd + " >/dev/null 2>&1 & p=$!; sleep " +
        std::to_string(delay_ms / 1000.0) + "; kill -9 $p; wait $p");
  }
  auto finish = run(cmd);
  INFO(finish.err);
  CHECK(finish.code != 2);
  auto got = files_in(t / "out");
  std::map<std::string, std::string> finals;
  for (const auto& [name, sha] : got)
    if (name[0] != '.') finals[name] = sha;  // .docpipe-XXXXXX: a killed writer's temp file
  CHECK(finals == reference);                // same set, byte-identical
  for (const auto& [name, sha] : finals) {
    INFO(name);
    CHECK(run("qpdf --check '" + t.path + "/out/" + name + "'").code == 0);
  }
  CHECK(run(cmd).out == "nothing due\n");
}

TEST_CASE("two due at once never render the same document", "[schedule][hooks]") {
  TempDir t;
  init(t);
  std::string trace = t / "trace";
  std::string cmd = "DOCPIPE_TEST_TRACE='" + trace + "' DOCPIPE_TEST_SLOW_MS=20 " + dp(t) +
                    " due --jobs 1 --out '" + t.path + "/out'" + today;
  // Two at once, a third a moment later; `wait` returns when all three have ended (jobs of
  // this shell, not of subshells), however long a loaded machine makes them take.
  auto r = run(cmd + " > '" + t.path + "/a' 2>&1 & " + cmd + " > '" + t.path +
               "/b' 2>&1 & sleep 0.2; " + cmd + " > '" + t.path + "/c' 2>&1; wait");
  CHECK(sql(t, "SELECT count(*) FROM produced_documents WHERE path IS NOT NULL") == "17\n");
  auto lines = testing::slurp(trace);
  std::map<std::string, int> renders;
  std::istringstream in(lines);
  std::string kind, period, pid;
  while (in >> kind >> period >> pid) ++renders[kind + " " + period];
  CHECK(renders.size() == 17);
  for (const auto& [doc, n] : renders) {
    INFO(doc);
    CHECK(n == 1);
  }
  CHECK(sql(t, "SELECT max(renders) FROM produced_documents") == "1\n");
  CHECK(names(files_in(t / "out")) == expected_files);
}

TEST_CASE("due: bad options are errors with a hint", "[schedule]") {
  TempDir t;
  init(t);
  auto r = run(dp(t) + " due --jobs 0" + today);
  CHECK(r.code == 2);
  CHECK(r.err.find("--jobs") != std::string::npos);
  r = run(dp(t) + " due --shard 3/2" + today);
  CHECK(r.code == 2);
  CHECK(r.err.find("k/n") != std::string::npos);
  r = run(dp(t) + " due --today 2026-13-01");
  CHECK(r.code == 2);
  CHECK(r.err.find("hint") != std::string::npos);
}

TEST_CASE("due upgrades a database made before the produced-documents table", "[schedule]") {
  TempDir t;
  init(t);
  // What a docpipe.db written by the previous schema looks like: no produced documents, no
  // tables of schemas 4 and 5, briefs without the OFD hash (schema 6) and their schema-2
  // trigger.
  testing::spit(
      t.path + "/v2.sql",
      "DROP TABLE produced_documents; DROP TABLE evaluation_entries; DROP TABLE task_progress;\n"
      "DROP TABLE task_units; DROP TABLE tasks; DROP TABLE audit_log; DROP TABLE removed_items;\n"
      "DROP TABLE unit_names; DROP TRIGGER briefs_frozen;\n"
      "ALTER TABLE briefs DROP COLUMN ofd_sha256;\n"
      "CREATE TRIGGER briefs_frozen BEFORE UPDATE ON briefs\n"
      "WHEN OLD.status <> 'draft' AND NOT (OLD.status = 'issued' AND NEW.status = 'void'\n"
      "  AND NEW.date IS OLD.date AND NEW.markdown IS OLD.markdown\n"
      "  AND NEW.pdf_sha256 IS OLD.pdf_sha256 AND NEW.revision IS OLD.revision)\n"
      "BEGIN SELECT RAISE(ABORT, 'an issued or void brief cannot change'); END;\n"
      "PRAGMA user_version = 2;\n");
  REQUIRE(run("sqlite3 '" + t.path + "/data/docpipe.db' < '" + t.path + "/v2.sql'").code == 0);
  auto r = run(dp(t) + " due --out '" + t.path + "/out'" + today);
  INFO(r.err);
  CHECK(r.code != 2);
  CHECK(sql(t, "SELECT count(*) FROM produced_documents WHERE path IS NOT NULL") == "17\n");
  CHECK(sql(t, "PRAGMA user_version") != "2\n");  // migrated
}

TEST_CASE("due without a data folder says how to make one", "[schedule]") {
  TempDir t;
  auto r = run(testing::docpipe() + " --data '" + t.path + "/none' due" + today);
  CHECK(r.code == 2);
  CHECK(r.err.find("docpipe init") != std::string::npos);
}

TEST_CASE("a document that fails to compose does not stop the others", "[schedule]") {
  TempDir t;
  init(t);
  REQUIRE(run("cp -r '" + testing::source_dir() + "/templates' '" + t.path + "/tpl'").code == 0);
  testing::spit(t / "tpl/quarterly.md.mustache", "---\ntitle: {{titel}}\n---\n\ntext\n");
  std::string cmd =
      dp(t) + " due --templates '" + t.path + "/tpl' --out '" + t.path + "/out'" + today;
  auto r = run(cmd);
  CHECK(r.code == 2);
  CHECK(r.err.find("quarterly.md.mustache:2") != std::string::npos);
  CHECK(r.err.find("titel") != std::string::npos);
  CHECK(testing::exists(t / "out/circular-2026-10.pdf"));
  CHECK(testing::exists(t / "out/assessment-2026-H1.pdf"));
  CHECK(!testing::exists(t / "out/quarterly-2026-Q3.pdf"));
  // Fixed, the next run makes only what is missing.
  REQUIRE(run("cp '" + testing::source_dir() + "/templates/quarterly.md.mustache' '" + t.path +
              "/tpl/'")
              .code == 0);
  auto fixed = run(cmd);
  CHECK(fixed.code == 0);
  CHECK(std::count(fixed.out.begin(), fixed.out.end(), '\n') == 3);
}

TEST_CASE("due removes a killed writer's old temp files, never a fresh one", "[schedule]") {
  TempDir t;
  init(t);
  run("mkdir -p '" + t.path + "/out'");
  testing::spit(t / "out/.docpipe-old123", "half a PDF");
  testing::spit(t / "out/.docpipe-new456", "being written");
  run("touch -d '1 hour ago' '" + t.path + "/out/.docpipe-old123'");
  run(dp(t) + " due --out '" + t.path + "/out'" + today);
  CHECK(!testing::exists(t / "out/.docpipe-old123"));
  CHECK(testing::exists(t / "out/.docpipe-new456"));
}
