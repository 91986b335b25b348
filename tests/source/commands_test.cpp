// docpipe init / import / validate run as real processes on real folders.
#include <catch2/catch.hpp>
#include <filesystem>

#include "helpers.h"

using namespace docpipe_test;
namespace fs = std::filesystem;

namespace {

const std::string today = " --today 2026-11-25";

std::string import_cmd(const std::string& data, const std::string& kind, const std::string& file) {
  return "--data " + quote(data) + " import " + kind + " " + quote(file) + today;
}

std::vector<fs::path> files_in(const std::string& dir, const std::string& ext) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ext) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("init writes a sample that validates and reports what it holds") {
  TempDir t;
  init_sample(t / "data");
  Run v = docpipe("--data data validate", t.path());
  INFO(v.err);
  CHECK(v.code == 0);
  CHECK(v.err.empty());
  const std::string summary =
      "data: ok — 17 units, 41 indicators, 139 values, 5 channels, 188 register items, 3 "
      "leader comments, 3 narratives, 3 briefs (7 articles); templates checked; "
      "evaluation checked; tasks checked; stored text checked\n";
  CHECK(v.out.substr(0, summary.size()) == summary);
  // Then the template file checked for each kind: the built-in ones in a fresh sample.
  CHECK(v.out.find("  template circular.md.mustache: " DOCPIPE_SOURCE_DIR
                   "/templates/circular.md.mustache\n") != std::string::npos);
}

TEST_CASE("init refuses a folder that already has files") {
  TempDir t;
  init_sample(t / "data");
  std::string before = slurp(t / "data/docpipe.db");
  Run r = docpipe("init data", t.path());
  CHECK(r.code == 2);
  CHECK(r.err.find("data: error: folder exists and is not empty") == 0);
  CHECK(slurp(t / "data/docpipe.db") == before);
}

TEST_CASE("the repository's data folder is exactly what init writes") {
  TempDir t;
  init_sample(t / "data");
  const std::string repo = std::string(DOCPIPE_SOURCE_DIR) + "/data";
  for (const auto& e : fs::recursive_directory_iterator(t / "data")) {
    if (!e.is_regular_file() || e.path().filename() == "docpipe.db") continue;
    std::string rel = fs::relative(e.path(), t / "data").string();
    INFO(rel << " differs: regenerate with `docpipe init` (see pipeline/source/README.md)");
    CHECK(slurp(repo + "/" + rel) == slurp(e.path().string()));
  }
}

TEST_CASE("UTF-8 with BOM and CRLF, and GBK with Chinese headers, import, again is 0 new") {
  TempDir t;
  init_sample(t / "data");
  Run a = docpipe(import_cmd(t / "data", "items", fixture("data/items-utf8-bom-crlf.csv")));
  INFO(a.err);
  REQUIRE(a.code == 0);
  CHECK(a.out.find("(UTF-8 with BOM, 3 rows): 3 new, 0 updated, 0 unchanged") != std::string::npos);
  Run b = docpipe(import_cmd(t / "data", "items", fixture("data/items-gbk.csv")));
  INFO(b.err);
  REQUIRE(b.code == 0);
  CHECK(b.out.find("(GB18030, 2 rows): 2 new, 0 updated, 0 unchanged") != std::string::npos);
  std::string db = slurp(t / "data/docpipe.db");
  Run again = docpipe(import_cmd(t / "data", "items", fixture("data/items-gbk.csv")));
  CHECK(again.out.find("0 new, 0 updated, 2 unchanged") != std::string::npos);
  CHECK(slurp(t / "data/docpipe.db") == db);
  // What went in comes out: quotes, commas, channels by name, instructions; a line break
  // typed inside a cell is joined.
  Run q = sh("sqlite3 " + quote(t / "data/docpipe.db") +
             " \"select title, instructions, (select group_concat(channel, ';') from "
             "(select channel from item_adoptions where item = id order by channel)) from "
             "register_items where date >= '2026-11-02' and author != '' and date <= "
             "'2026-11-06' order by date\"");
  // The sample's own items in those days are there too; each imported row must be, exactly.
  for (const char* row :
       {"省司法厅部署开展规范性文件\"回头看\"专项检查|1|mh;szf\n",
        "关于证明事项清理的调研报告，建议进一步规范|0|\n", "江川市司法局推进法治乡村建设|0|sw\n",
        "青阳市推行行政复议案件繁简分流|0|mh\n",
        "青阳市人民调解组织规范化建设经验做法|2|mh;sw\n"}) {
    INFO(row);
    CHECK(q.out.find(row) != std::string::npos);
  }
  CHECK(docpipe("--data data validate", t.path()).code == 0);
}

TEST_CASE("units and indicator values import, decimals come back digit for digit") {
  TempDir t;
  init_sample(t / "data");
  Run u = docpipe(import_cmd(t / "data", "units", fixture("data/units-new.csv")));
  INFO(u.err);
  REQUIRE(u.code == 0);
  CHECK(u.out.find("2 new, 0 updated, 0 unchanged") != std::string::npos);
  Run i = docpipe(import_cmd(t / "data", "indicators", fixture("data/indicators-2024.csv")));
  INFO(i.err);
  REQUIRE(i.code == 0);
  CHECK(i.out.find("4 new, 0 updated, 0 unchanged") != std::string::npos);
  Run again = docpipe(import_cmd(t / "data", "units", fixture("data/units-new.csv")));
  CHECK(again.out.find("0 new, 0 updated, 2 unchanged") != std::string::npos);
  Run q = sh("sqlite3 " + quote(t / "data/docpipe.db") +
             " \"select indicator, scope, value from indicator_values where year = 2024 order "
             "by indicator, scope; select parent, active_from from units where code = 'HXX'\"");
  CHECK(q.out ==
        "review_applications||6210\nreview_applications|JCS|1980\nreview_applications|QYS|1502\n"
        "rule_of_law_funding||1102.35\nQYS|2026-06-01\n");
  CHECK(docpipe("--data data validate", t.path()).code == 0);
}

TEST_CASE("every bad CSV gives its exact message, exit 2, and the database keeps every byte") {
  TempDir t;
  init_sample(t / "data");
  const std::string before = slurp(t / "data/docpipe.db");
  auto cases = files_in(fixture("bad/csv"), ".csv");
  REQUIRE(cases.size() >= 25);
  for (const auto& csv : cases) {
    const std::string name = csv.filename().string();
    const std::string kind = name.substr(0, name.find('-'));
    DYNAMIC_SECTION(name) {
      Run r = docpipe("--data " + quote(t / "data") + " import " + kind + " " + name + today,
                      fixture("bad/csv"));
      std::string expect_path = csv.string().substr(0, csv.string().size() - 4) + ".expect";
      CHECK(r.code == 2);
      CHECK(r.out.empty());
      CHECK(r.err == slurp(expect_path));
      CHECK(slurp(t / "data/docpipe.db") == before);
    }
  }
}

TEST_CASE("every bad YAML file is reported with its place, validate lists all problems") {
  auto cases = files_in(fixture("bad/yaml"), ".yaml");
  REQUIRE(cases.size() >= 8);
  for (const auto& yaml : cases) {
    const std::string name = yaml.filename().string();
    DYNAMIC_SECTION(name) {
      TempDir t;
      init_sample(t / "data");
      std::string target = name.substr(0, name.find("--"));
      for (size_t p; (p = target.find("__")) != std::string::npos;) target.replace(p, 2, "/");
      target += ".yaml";
      REQUIRE(fs::exists(t / ("data/" + target)));
      fs::copy_file(yaml, t / ("data/" + target), fs::copy_options::overwrite_existing);
      const std::string before = slurp(t / "data/docpipe.db");
      Run r = docpipe("--data data validate", t.path());
      std::string expect_path = yaml.string().substr(0, yaml.string().size() - 5) + ".expect";
      CHECK(r.code == 2);
      CHECK(r.err == slurp(expect_path));
      CHECK(slurp(t / "data/docpipe.db") == before);
    }
  }
}

TEST_CASE("a changed row is an update: reported as such, and the new value is kept") {
  TempDir t;
  init_sample(t / "data");
  spit(t / "v.csv",
       "indicator,year,value,scope\nreview_applications,2026,8125,\n"
       "review_accepted,2026,7905,\nrule_of_law_funding,2026,1380.250,\n");
  Run r = docpipe(import_cmd(t / "data", "indicators", t / "v.csv"));
  INFO(r.err);
  REQUIRE(r.code == 0);
  // 1380.250 is numerically 1380.25 but written differently: an editor's change, kept.
  CHECK(r.out.find("0 new, 2 updated, 1 unchanged") != std::string::npos);
  spit(t / "u.csv", "code,name,kind,parent\nFYC,行政复议与应诉局,处室,\n");
  Run u = docpipe(import_cmd(t / "data", "units", t / "u.csv"));
  INFO(u.err);
  REQUIRE(u.code == 0);
  CHECK(u.out.find("0 new, 1 updated, 0 unchanged") != std::string::npos);
  Run q = sh("sqlite3 " + quote(t / "data/docpipe.db") +
             " \"select value from indicator_values where indicator in ('review_applications', "
             "'rule_of_law_funding') and year = 2026 and scope = '' order by indicator; select "
             "name, sort_order from units where code = 'FYC'\"");
  CHECK(q.out == "8125\n1380.250\n行政复议与应诉局|50\n");
}

TEST_CASE("the command line explains itself and refuses what it does not know") {
  Run help = docpipe("--help");
  CHECK(help.out.find("init") != std::string::npos);
  CHECK(help.out.find("import") != std::string::npos);
  CHECK(help.out.find("validate") != std::string::npos);
  CHECK(docpipe("import --help").out.find("date,unit,title,author,adopted_by,instructions") !=
        std::string::npos);
  TempDir t;
  init_sample(t / "data");
  Run kind = docpipe("--data " + quote(t / "data") + " import people x.csv");
  CHECK(kind.code == 2);
  CHECK(kind.err.find("cannot import 'people'") != std::string::npos);
  Run missing = docpipe("--data " + quote(t / "data") + " import items /nonexistent.csv");
  CHECK(missing.code == 2);
  CHECK(missing.err.find("/nonexistent.csv") != std::string::npos);
  Run today = docpipe("--data " + quote(t / "data") + " import items x.csv --today 2026-02-30");
  CHECK(today.code == 2);
  CHECK(today.err.find("--today '2026-02-30' is not a date") != std::string::npos);
}
