// Unit codes and names used in per-unit file names (`build circular --per-unit` writes
// <out>/circular-M/<unit-code>.pdf) must not escape the output folder: `docpipe import`
// refuses such codes, and a code that reached the database another way is made safe.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "helpers.h"

using namespace reliability;
namespace fs = std::filesystem;

TEST_CASE("import refuses unit codes that are paths") {
  TempDir t;
  std::string data = sample(t);
  for (std::string code : {"../../etc/passwd", "a/b", "..", "/tmp/x"}) {
    spit(t / "u.csv", "code,name,kind,parent\n\"" + code + "\",某单位,县区,\n");
    auto r = run(q(bin()) + " --data " + q(data) + " import units " + q(t / "u.csv"));
    INFO(code);
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("is not a unit code"));
  }
}

TEST_CASE("per-unit copies of units with path-like codes stay inside the output folder") {
  TempDir t;
  std::string data = sample(t);
  {
    SQLite::Database db(data + "/docpipe.db", SQLite::OPEN_READWRITE);
    db.exec(
        "INSERT INTO units (code, name, kind, sort_order) VALUES "
        "('../../etc/passwd', '../../路径单位', '县区', 9001), "
        "('a/b', 'a/b 单位', '县区', 9002)");
  }
  auto help = run(q(bin()) + " build --help");
  if (help.out.find("--per-unit") == std::string::npos) {
    WARN("skipped: `docpipe build circular --per-unit` does not exist in this build");
    return;
  }
  std::string out = t / "out";
  auto r = run("cd " + q(t.path) + " && " + q(bin()) + " --data " + q(data) +
               " build circular --month 2026-10 --per-unit --out " + q(out));
  INFO(r.err);
  CHECK(r.code != 2);
  // Every file written is a PDF directly inside out/circular-2026-10/.
  int pdfs = 0;
  for (const auto& e : fs::recursive_directory_iterator(t.path)) {
    if (!e.is_regular_file() || e.path().extension() != ".pdf") continue;
    CHECK(e.path().parent_path() == fs::path(out) / "circular-2026-10");
    ++pdfs;
  }
  CHECK(pdfs > 2);
  CHECK(exists(out + "/circular-2026-10/______etc_passwd.pdf"));
  CHECK(exists(out + "/circular-2026-10/a_b.pdf"));
}
