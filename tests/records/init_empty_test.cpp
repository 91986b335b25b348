// docpipe init --empty: the schema and configuration skeletons, no records.
#include <catch2/catch.hpp>
#include <filesystem>

#include "source/helpers.h"

using namespace docpipe_test;

TEST_CASE("init --empty writes skeletons and no records, and validate points at the placeholders") {
  TempDir t;
  Run r = docpipe("init --empty " + quote(t / "office"));
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("no records") != std::string::npos);
  for (const char* f :
       {"office.yaml", "indicators.yaml", "channels.yaml", "quotas.yaml", "comments.yaml",
        "distribution.yaml", "fonts.yaml", "briefs/series.yaml", "docpipe.db"})
    CHECK(std::filesystem::exists(t / ("office/" + std::string(f))));
  const std::string d = "--data " + quote(t / "office") + " ";
  CHECK(docpipe(d + "units list").out ==
        "code\tname\tkind\tparent\tsort_order\tactive_from\tactive_until\tsuccessor\n");
  CHECK(docpipe(d + "items list").out ==
        "id\tdate\tunit\ttitle\tauthor\tadopted_by\tinstructions\n");
  CHECK(docpipe(d + "indicators list").out == "indicator\tyear\tvalue\tscope\n");
  // The office's kinds are in office.yaml, the standard groups in indicators.yaml.
  const std::string office = slurp(t / "office/office.yaml");
  CHECK(office.find("unit_kinds: [处室, 科室, 直属单位, 县（市、区）") != std::string::npos);
  CHECK(slurp(t / "office/indicators.yaml")
            .find("  - {name: 监督, heading: 强化对行政权力的制约和监督}") != std::string::npos);
  Run v = docpipe(d + "validate");
  CHECK(v.code == 3);
  CHECK(v.out.find("0 units, 41 indicators, 0 values") != std::string::npos);
  CHECK(v.err.find("office.yaml: warning: name still holds a placeholder (name)") !=
        std::string::npos);
  // Filled in, the folder validates cleanly.
  spit(t / "office/office.yaml",
       "name: 临川市司法局\nprovince: 临川市\nregion: 全市\n"
       "issuing_office: 临川市司法局办公室\ndocument_prefix: 临司通\n");
  spit(t / "office/distribution.yaml",
       "circular: {to: [各县（市、区）司法局]}\nwork_report: {}\n"
       "annual_report: {to: [市人民政府]}\nbrief: {issue: [局机关各科室]}\n");
  spit(t / "office/briefs/series.yaml",
       "name: 司法行政工作简报\npublisher: 临川市司法局办公室\ntotal_before: 0\ncopies: 30\n");
  Run clean = docpipe(d + "validate");
  INFO(clean.err);
  CHECK(clean.code == 0);
  // Only into a new folder.
  Run again = docpipe("init --empty " + quote(t / "office"));
  CHECK(again.code == 2);
  CHECK(again.err.find("folder exists and is not empty") != std::string::npos);
}

TEST_CASE("the narrative file a missing-narrative hint names is the one the sample uses") {
  TempDir t;
  REQUIRE(docpipe("init --empty " + quote(t / "office")).code == 0);
  Run r = docpipe("--data " + quote(t / "office") + " build annual-report --year 2026 --out " +
                  quote(t / "out"));
  CHECK(r.code == 2);
  CHECK(r.err.find("add narrative/annual_report-2026.yaml with kind: annual_report") !=
        std::string::npos);
  // That is the name `docpipe init` gives the sample's own file.
  TempDir s;
  init_sample(s / "data");
  CHECK(std::filesystem::exists(s / "data/narrative/annual_report-2026.yaml"));
}
