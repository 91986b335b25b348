// Issue 17, class 9 (exhaustion reported as itself): running out of file descriptors, memory
// or disk is reported with errno's text and the path, never as a bad font, a missing file, a
// damaged database or a permission problem. The descriptor cases leave the process 2 … 9 free
// descriptors, so each place that opens something is hit.
#include <sys/mount.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "hostile.h"

using namespace reliability;

namespace {

const std::string doc = "---\ntitle: 关于测试的通知\n---\n\n正文第一段。\n";

// Messages that would blame the input or the setup for what is the process running out.
const char* const misreports[] = {
    "missing or unreadable", "has no face", "not a SQLite", "read-only", "internal", "is damaged",
    "not a regular file"};

// A sanitized docpipe (.ci/sanitize) short of descriptors: UBSan's vptr check cannot probe
// memory then and reports every virtual call (data/fd_sweep.ubsan.supp says why); that one
// check is suppressed for these runs only. A build without sanitizers ignores the variable.
std::string export_fd_sweep_ubsan_options() {
  const char* given = std::getenv("UBSAN_OPTIONS");
  std::string options = given && *given ? std::string(given) + ":" : "";
  return "export UBSAN_OPTIONS=" + q(options + "suppressions=" + data_file("fd_sweep.ubsan.supp")) +
         "; ";
}

// Runs `command` with only `free` descriptors left for it, for free = 1 … 9: the shell holds
// fds 3 … 9 open across exec and caps the process at 10 + free (`ulimit -n`), so docpipe runs
// out at each point where it opens something. Every failure must be exit 2 naming "Too many
// open files" and none of the misreports (a run where the dynamic loader itself could not
// start docpipe, exit 127, is not docpipe's); at least one must fail (unless told) and the
// last must succeed. Returns the number of limits that failed.
int sweep_fd_limits(const std::string& command,
                    const std::function<void(const Result&)>& after = {},
                    bool must_fail_somewhere = true) {
  int failed = 0;
  Result last;
  for (int free = 1; free <= 9; ++free) {
    last = run(export_fd_sweep_ubsan_options() + "ulimit -n " + std::to_string(10 + free) +
               "; exec 3</dev/null 4</dev/null 5</dev/null 6</dev/null 7</dev/null 8</dev/null "
               "9</dev/null; " +
               command);
    INFO("free descriptors: " << free << "\n" << last.err);
    if (last.code == 127 &&
        last.err.find("error while loading shared libraries") != std::string::npos)
      continue;
    if (last.code != 0) {
      ++failed;
      CHECK(last.code == 2);
      CHECK_THAT(last.err, Catch::Contains("Too many open files"));
      for (const char* wrong : misreports) CHECK_THAT(last.err, !Catch::Contains(wrong));
    }
    if (after) after(last);
  }
  if (must_fail_somewhere) CHECK(failed > 0);
  CHECK(last.code == 0);
  return failed;
}

struct Tmpfs {
  TempDir dir;
  bool mounted = false;
  explicit Tmpfs(const std::string& size) {
    mounted = ::mount("tmpfs", dir.path.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
  }
  ~Tmpfs() {
    if (mounted) ::umount2(dir.path.c_str(), MNT_DETACH);
  }
};

}  // namespace

// render holds at most two descriptors at once since the PDF writer no longer goes through
// libharu (measured): it never runs out once started; the sweep checks nothing is misreported.
TEST_CASE("class 9: render under every descriptor limit: never misreported, no temp file") {
  TempDir t;
  std::string data = sample(t);
  spit(t / "a.md", doc);
  sweep_fd_limits(
      q(bin()) + " --data " + q(data) + " render " + q(t / "a.md") + " -o " + q(t / "a.pdf"),
      [&](const Result&) { CHECK(stray_temps(t.path) == 0); }, false);
  CHECK(qpdf_check(t / "a.pdf") == 0);
}

TEST_CASE("class 9: brief new out of file descriptors: said as such, ledger unchanged") {
  TempDir t;
  std::string data = sample(t);
  std::string db = data + "/docpipe.db";
  run("DOCPIPE_TODAY=2026-12-01 " + q(bin()) + " --data " + q(data) + " brief list");  // adopt
  std::string count = sql(db, "SELECT count(*) FROM briefs");
  sweep_fd_limits("DOCPIPE_TODAY=2026-12-01 " + q(bin()) + " --data " + q(data) +
                      " brief new --date 2026-12-10",
                  [&](const Result& r) {
                    // A failed run allocated nothing; a successful one exactly one number.
                    std::string now = sql(db, "SELECT count(*) FROM briefs");
                    CHECK(now == (r.code == 0 ? std::to_string(std::stoi(count) + 1) : count));
                    count = now;
                  });
  CHECK(integrity(db) == "ok");
}

// import holds one file open at a time: once the loader can start it, it needs no more
// descriptors (measured: 6). The sweep still proves all or nothing at every limit.
TEST_CASE("class 9: import under every descriptor limit: all or nothing, never misreported") {
  TempDir t;
  std::string data = sample(t);
  std::string db = data + "/docpipe.db";
  spit(t / "items.csv",
       "date,unit,title,author,adopted_by,instructions\n2026-11-02,JCS,描述符测试,作者,,0\n");
  int failed = sweep_fd_limits(
      q(bin()) + " --data " + q(data) + " import items " + q(t / "items.csv") +
          " --today 2026-12-01",
      [&](const Result& r) {
        // All or nothing: the row is there exactly when the import succeeded.
        std::string n = sql(db, "SELECT count(*) FROM register_items WHERE title = '描述符测试'");
        CHECK(n == (r.code == 0 ? "1" : "0"));
        sql(db,
            "DELETE FROM item_adoptions WHERE item IN (SELECT id FROM register_items WHERE "
            "title = '描述符测试'); DELETE FROM register_items WHERE title = '描述符测试'");
      },
      false);
  (void)failed;
  CHECK(integrity(db) == "ok");
}

TEST_CASE("class 9: a full disk under docpipe.db is reported as a full disk") {
  Tmpfs fs("2m");
  if (!fs.mounted) {
    WARN("skipped: needs root (mount)");
    return;
  }
  std::string data = fs.dir / "data";
  REQUIRE(run(q(bin()) + " init " + q(data)).code == 0);
  std::string db = data + "/docpipe.db", before = slurp(db);
  // Fill what is left of the 2 MiB.
  run("dd if=/dev/zero of=" + q(fs.dir / "filler") + " bs=4k 2>/dev/null");
  std::string csv = "date,unit,title,author,adopted_by,instructions\n";
  for (int i = 0; i < 3000; ++i)
    csv += "2026-11-02,JCS,满盘测试标题" + std::to_string(i) + std::string(60, 'x') + ",作者,,0\n";
  TempDir src;
  spit(src / "items.csv", csv);
  auto r = run(q(bin()) + " --data " + q(data) + " import items " + q(src / "items.csv") +
               " --today 2026-12-01");
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("No space left on device"));
  CHECK_THAT(r.err, Catch::Contains("the disk (or your quota) is full"));
  for (const char* wrong : misreports) CHECK_THAT(r.err, !Catch::Contains(wrong));
  run("rm " + q(fs.dir / "filler"));
  CHECK(integrity(db) == "ok");
  CHECK(sql(db, "SELECT count(*) FROM register_items WHERE title LIKE '满盘测试%'") == "0");
}

TEST_CASE("class 9: a full output disk during due is reported as a full disk") {
  Tmpfs fs("64k");
  if (!fs.mounted) {
    WARN("skipped: needs root (mount)");
    return;
  }
  TempDir t;
  std::string data = sample(t);
  auto r = run("DOCPIPE_TODAY=2026-12-01 " + q(bin()) + " --data " + q(data) +
               " due --jobs 1 --today 2026-03-02 --out " + q(fs.dir.path));
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("No space left on device"));
  CHECK_THAT(r.err, Catch::Contains("the disk (or your quota) is full"));
  CHECK(stray_temps(fs.dir.path) == 0);
  // What is recorded as produced is on disk, whole.
  auto rows = sql(data + "/docpipe.db",
                  "SELECT path FROM produced_documents WHERE path IS NOT "
                  "NULL");
  if (!rows.empty()) CHECK(qpdf_check(rows.substr(0, rows.find('\n'))) == 0);
}
