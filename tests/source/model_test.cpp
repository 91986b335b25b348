// The model composers read: load_data_folder on the sample, and the query helpers.
#include <catch2/catch.hpp>

#include "helpers.h"
#include "source/loader.h"

using namespace docpipe;
using namespace docpipe;
using namespace docpipe::source;
using namespace docpipe_test;

namespace {

DataSet load_sample(const TempDir& t) {
  init_sample(t / "data");
  Diagnostics d;
  auto ds = load_data_folder(t / "data", d);
  INFO(d.format_all());
  REQUIRE(ds);
  CHECK(d.items().empty());
  return *ds;
}

}  // namespace

TEST_CASE("figures come back exact, per region and per unit") {
  TempDir t;
  DataSet ds = load_sample(t);
  CHECK(ds.office.name == "澜江省司法厅");
  CHECK(value_of(ds, "review_applications", 2026)->text() == "8124");
  CHECK(value_of(ds, "arbitration_amount", 2026)->text() == "412087.36");
  CHECK(value_of(ds, "rule_of_law_funding", 2025)->text() == "1265.8");
  CHECK(value_of(ds, "review_applications", 2026, "JCS")->text() == "2599");
  CHECK_FALSE(value_of(ds, "review_applications", 2024));
  CHECK_FALSE(value_of(ds, "review_applications", 2025, "SMX"));  // not yet reporting
  auto year = values_for(ds, 2026);
  REQUIRE(year.size() == ds.indicators.size());
  CHECK(year.front().indicator == ds.indicators.front().key);  // catalogue order
  const Indicator* ind = find_indicator(ds, "review_corrected");
  REQUIRE(ind);
  CHECK(ind->name == "行政复议纠错");
  CHECK(ind->measure == "件");
  CHECK(ind->group == "监督");
  CHECK_FALSE(ind->rise_is_good);
}

TEST_CASE("units keep their history, months list only units that existed") {
  TempDir t;
  DataSet ds = load_sample(t);
  const Unit* dcc = find_unit(ds, "DCC");
  REQUIRE(dcc);
  CHECK(dcc->successor == "ZFJD");
  CHECK(dcc->active_in_month(2025, 12));
  CHECK_FALSE(dcc->active_in_month(2026, 1));
  CHECK(find_unit(ds, "LXQ")->parent == "JCS");
  CHECK(units_active_in_month(ds, 2026, 3).size() == 15);  // no DCC, no SMX yet
  CHECK(units_active_in_month(ds, 2026, 4).size() == 16);
  CHECK(units_active_in_month(ds, 2025, 12).size() == 16);
}

TEST_CASE("the register answers a month's questions: items, quotas, points") {
  TempDir t;
  DataSet ds = load_sample(t);
  auto october = items_in_month(ds, 2026, 10);
  REQUIRE(october.size() == 16);
  for (size_t i = 1; i < october.size(); ++i) CHECK(october[i - 1]->date <= october[i]->date);
  CHECK(quota_for(ds, "JCS") == 2);
  CHECK(quota_for(ds, "YFXZ") == 1);
  // Some units miss their quota in October, as the circular needs.
  int missed = 0;
  for (const Unit* u : units_active_in_month(ds, 2026, 10)) {
    int n = 0;
    for (const RegisterItem* it : october) n += it->unit == u->code;
    missed += n < quota_for(ds, u->code);
  }
  CHECK(missed >= 3);
  RegisterItem probe;
  probe.adopted_by = {"mh", "sw"};
  probe.instructions = 2;
  CHECK(item_points(ds, probe) == 1 + 6 + 2 * 5);
  REQUIRE(comment_for_month(ds, 2026, 10));
  CHECK(comment_for_month(ds, 2026, 10)->leader == "周启明");
  CHECK_FALSE(comment_for_month(ds, 2026, 1));
}

TEST_CASE("narrative, distribution and briefs are there for every document kind") {
  TempDir t;
  DataSet ds = load_sample(t);
  const Narrative* wr = narrative_for(ds, "work_report", 2026);
  REQUIRE(wr);
  CHECK(wr->speaker == "周启明");
  CHECK(wr->safeguards.size() == 3);
  CHECK(wr->date->iso() == "2027-02-23");
  REQUIRE(narrative_for(ds, "annual_report", 2026));
  CHECK(narrative_for(ds, "annual_report", 2026)->shortcomings.size() == 3);
  REQUIRE(narrative_for(ds, "circular", 2026));
  REQUIRE(distribution_for(ds, "brief"));
  CHECK(distribution_for(ds, "brief")->report.size() == 3);
  CHECK(distribution_for(ds, "circular")->to.size() == 2);
  CHECK(ds.brief_series.name == "政府法制工作简报");
  const Brief* b = find_brief(ds, 2026, 10);
  REQUIRE(b);
  CHECK(brief_total_number(ds, *b) == 440);
  CHECK(b->articles.size() == 2);
  CHECK(b->articles[1].source_unit == "白沙州司法局");
  CHECK(b->articles[1].author == "马永福");
  CHECK(b->articles[0].body.find("行政复议") != std::string::npos);
}

TEST_CASE("validate lists problems from several files in one run") {
  TempDir t;
  init_sample(t / "data");
  spit(t / "data/quotas.yaml", "qouta: 1\n");
  spit(t / "data/channels.yaml", "channels:\n  - {code: mh, name: 门户网站, points: lots}\n");
  Run r = docpipe_test::docpipe("--data data validate", t.path());
  CHECK(r.code == 2);
  CHECK(r.err.find("data/quotas.yaml:1:1: error: unknown key 'qouta'") != std::string::npos);
  CHECK(r.err.find("data/channels.yaml:2:36: error: 'points' should be a whole number") !=
        std::string::npos);
  CHECK(r.err.find("data: error: 3 problem(s) found in the data folder") != std::string::npos);
}

TEST_CASE("a folder without a database, or no folder at all, says what to do") {
  TempDir t;
  Run none = docpipe_test::docpipe("--data nowhere validate", t.path());
  CHECK(none.code == 2);
  CHECK(none.err.find("nowhere: error: data folder does not exist\n  hint: create one with "
                      "`docpipe init nowhere`") == 0);
  init_sample(t / "data");
  std::remove((t / "data/docpipe.db").c_str());
  Run nodb = docpipe_test::docpipe("--data data validate", t.path());
  CHECK(nodb.code == 2);
  CHECK(nodb.err.find("data/docpipe.db: error: no database in the data folder") == 0);
}
