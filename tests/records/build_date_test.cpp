// `build KIND PERIOD --date D` (issue 18): the 成文日期 can be set on every build, is checked
// against the days the period allows, and without it each kind keeps its documented rule.
#include <catch2/catch.hpp>

#include "source/helpers.h"

using namespace docpipe_test;

namespace {

struct Sample {
  TempDir t;
  std::string d;
  Sample() {
    init_sample(t / "data");
    d = "--data " + quote(t / "data") + " ";
  }
  Run build(const std::string& args) {
    return docpipe(d + "build " + args + " --markdown --out " + quote(t / "out"));
  }
  std::string md(const std::string& stem) { return slurp(t / ("out/" + stem + ".md")); }
};

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("build --date sets the 成文日期 of each kind, without it the kind's rule holds") {
  Sample s;
  // The circular's rule: the 3rd of the next month, or the leader's comment if later (the
  // sample's October comment is of 9 November).
  Run plain = s.build("circular --month 2026-10");
  INFO(plain.err);
  REQUIRE(plain.code == 0);
  CHECK(has(s.md("circular-2026-10"), "date: \"2026-11-09\""));
  Run dated = s.build("circular --month 2026-10 --date 2026-11-20");
  INFO(dated.err);
  REQUIRE(dated.code == 0);
  const std::string circular = s.md("circular-2026-10");
  CHECK(has(circular, "date: \"2026-11-20\""));
  CHECK_FALSE(has(circular, "date: \"2026-11-09\""));

  REQUIRE(s.build("work-report --year 2026 --date 2027-03-01").code == 0);
  CHECK(has(s.md("work-report-2026"), "（2027年3月1日）"));  // the speech's byline
  REQUIRE(s.build("annual-report --year 2026 --date 2027-01-30").code == 0);
  CHECK(has(s.md("annual-report-2026"), "date: \"2027-01-30\""));
  REQUIRE(s.build("quarterly --quarter 2026-Q3 --date 2026-10-12").code == 0);
  CHECK(has(s.md("quarterly-2026-Q3"), "date: \"2026-10-12\""));
  REQUIRE(s.build("assessment --half 2026-H1 --date 2026-07-20").code == 0);
  CHECK(has(s.md("assessment-2026-H1"), "date: \"2026-07-20\""));
}

TEST_CASE("build --date: the per-unit copies carry it too") {
  Sample s;
  Run r = docpipe(s.d +
                  "build circular --month 2026-10 --per-unit --jobs 1 --date 2026-11-20 "
                  "--out " +
                  quote(s.t / "out"));
  INFO(r.err);
  REQUIRE(r.code == 0);
  Run text = sh("pdftotext " + quote(s.t / "out/circular-2026-10") + "/$(ls " +
                quote(s.t / "out/circular-2026-10") + " | head -1) -");
  CHECK(has(text.out, "2026年11月20日"));
}

TEST_CASE("build --date refuses what is not a date or not a day the period allows") {
  Sample s;
  Run bad = s.build("circular --month 2026-10 --date 2026-11-31");
  CHECK(bad.code == 2);
  CHECK(bad.err ==
        "--date: error: --date '2026-11-31' is not a date that exists\n"
        "  hint: check the day and month\n");
  Run form = s.build("circular --month 2026-10 --date 20.11.2026");
  CHECK(form.code == 2);
  CHECK(has(form.err, "hint: write --date YYYY-MM-DD, e.g. 2026-11-14"));
  // Before the month has closed its figures are not final.
  Run early = s.build("circular --month 2026-10 --date 2026-10-15");
  CHECK(early.code == 2);
  CHECK(has(early.err,
            "--date 2026-10-15 is outside the days a circular of 2026-10 may be "
            "dated (2026-10-31 to 2027-10-31)"));
  CHECK(has(early.err, "leave --date out: the 3rd of the next month"));
  Run report = s.build("annual-report --year 2026 --date 2025-12-31");
  CHECK(report.code == 2);
  CHECK(has(report.err, "(2026-01-01 to 2027-12-31)"));
  CHECK(slurp(s.t / "out/annual-report-2026.pdf").empty());
}

TEST_CASE("build brief --date: the ledger keeps a brief's date") {
  Sample s;
  Run id = docpipe(s.d + "brief new --date 2026-12-10");
  REQUIRE(id.code == 0);
  const std::string brief = id.out.substr(0, id.out.find('\n'));
  Run other = s.build("brief --issue " + brief + " --date 2026-12-12");
  CHECK(other.code == 2);
  CHECK(has(other.err, "brief " + brief + " is in the ledger, dated 2026-12-10"));
  CHECK(has(other.err, "`docpipe brief date " + brief + " 2026-12-12`"));
  // The same date is no conflict; a date outside the brief's year is refused before that.
  CHECK(s.build("brief --issue " + brief + " --date 2026-12-10").code == 3);  // a draft: preview
  CHECK(s.build("brief --issue " + brief + " --date 2027-01-02").code == 2);
}
