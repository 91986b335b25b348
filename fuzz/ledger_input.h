// The brief ledger with random commands and arguments (issue 17, class 7): a scratch copy of
// the sample's docpipe.db gets a sequence of allocate / add / move / remove / redate / void /
// issue calls decoded from the input, with ids and dates that are sometimes real, sometimes
// garbage. After every sequence the ledger's promises must hold: 总第 numbers consecutive
// from total_before + 1, 第N期 consecutive from 1 in each year, the dates of the non-void
// briefs in number order, and PRAGMA integrity_check "ok". A refused call must say why.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "source/ledger.h"
#include "source/loader.h"
#include "source/sample.h"
#include "source/store.h"
#include "source/text_forms.h"

using namespace docpipe;

// Says which promise broke before aborting (libFuzzer keeps the input).
#define LEDGER_CHECK(cond, what)                                       \
  do {                                                                 \
    if (!(cond)) {                                                     \
      fprintf(stderr, "fuzz_ledger: %s\n", std::string(what).c_str()); \
      abort();                                                         \
    }                                                                  \
  } while (0)

namespace {

struct LedgerFixture {
  std::string dir, pristine;
  source::DataSet ds;
  LedgerFixture() {
    dir = docpipe_fuzz::scratch_dir() + "/ledger";
    Diagnostics d;
    if (!source::write_sample(dir, d)) abort();
    auto loaded = source::load_data_folder(dir, d);
    if (!loaded) abort();
    ds = *loaded;
    {
      auto db = source::open_store(dir, source::OpenMode::read_write, d);
      if (!db || !source::adopt_yaml_briefs(*db, ds, d)) abort();
    }
    std::ifstream in(source::database_path(dir), std::ios::binary);
    pristine.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
};

struct Reader {
  const uint8_t* p;
  size_t n;
  uint8_t byte() { return n ? (--n, *p++) : 0; }
  std::string text(size_t max) {
    size_t len = byte() % (max + 1);
    std::string s;
    while (len-- && n) s += static_cast<char>(byte());
    return s;
  }
};

std::string pick_id(Reader& r, SQLite::Database& db) {
  uint8_t how = r.byte();
  if (how % 4 == 0) return r.text(12);  // garbage
  SQLite::Statement q(db, "SELECT id FROM briefs ORDER BY total LIMIT 1 OFFSET ?");
  q.bind(1, how % 8);
  return q.executeStep() ? q.getColumn(0).getString() : "2026-12";
}

Date pick_date(Reader& r) {
  uint8_t y = r.byte(), m = r.byte(), d = r.byte();
  auto parsed =
      parse_date(std::to_string(2020 + y % 12) + "-" + (m % 13 < 10 ? "0" : "") +
                 std::to_string(m % 13) + "-" + (d % 32 < 10 ? "0" : "") + std::to_string(d % 32));
  return parsed ? *parsed : Date{2026, 12, 15};
}

void check_invariants(SQLite::Database& db, int total_before) {
  LEDGER_CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok", "integrity_check");
  SQLite::Statement all(db, "SELECT total, year, issue, date, status FROM briefs ORDER BY total");
  int expect_total = total_before + 1;
  std::map<int, int> last_issue;
  std::string last_date;
  while (all.executeStep()) {
    LEDGER_CHECK(all.getColumn(0).getInt() == expect_total++, "总第 numbers not consecutive");
    int year = all.getColumn(1).getInt();
    // Consecutive within a year (the sample's adopted briefs start at 第9期).
    int issue = all.getColumn(2).getInt();
    LEDGER_CHECK(!last_issue.count(year) || issue == last_issue[year] + 1,
                 "第N期 not consecutive in " + std::to_string(year));
    last_issue[year] = issue;
    std::string date = all.getColumn(3).getString(), status = all.getColumn(4).getString();
    if (status == "void") continue;
    LEDGER_CHECK(!(date < last_date), "dates out of number order: " + date + " after " + last_date);
    last_date = date;
  }
}

}  // namespace

inline int run_ledger_input(const uint8_t* data, size_t size) {
  static LedgerFixture fx;
  docpipe_fuzz::write_file(source::database_path(fx.dir), fx.pristine);
  Diagnostics open_diags;
  auto db = source::open_store(fx.dir, source::OpenMode::read_write, open_diags);
  LEDGER_CHECK(db, "the scratch store does not open: " + open_diags.format_all());
  const std::string series = fx.ds.brief_series.name;
  Reader r{data, size};
  for (int step = 0; step < 24 && r.n; ++step) {
    Diagnostics d;
    bool ok = true;
    switch (r.byte() % 8) {
      case 0:
        ok = source::allocate_brief(*db, fx.ds.brief_series, pick_date(r), d).has_value();
        break;
      case 1: {
        source::LedgerArticle a{0, r.text(8), r.text(8), r.text(4), r.text(40)};
        ok = source::add_article(*db, series, pick_id(r, *db), a, d).has_value();
        break;
      }
      case 2: {
        std::string id = pick_id(r, *db);
        ok = source::move_article(*db, series, id, r.byte() % 5, r.byte() % 5, d);
        break;
      }
      case 3: {
        std::string id = pick_id(r, *db);
        ok = source::remove_article(*db, series, id, r.byte() % 5, d);
        break;
      }
      case 4: {
        std::string id = pick_id(r, *db);
        ok = source::redate_draft(*db, series, id, pick_date(r), d);
        break;
      }
      case 5: {
        std::string id = pick_id(r, *db);
        ok = source::void_brief(*db, series, id, r.text(8), d);
        break;
      }
      case 6: {
        std::string id = pick_id(r, *db);
        auto b = source::find_ledger_brief(*db, series, id, d, true);
        ok = source::mark_issued(*db, series, id, b ? b->revision : r.byte(), r.text(16), "00", "",
                                 d);
        break;
      }
      case 7: {
        std::string text = r.text(12);
        if (auto n = source::parse_brief_number(text)) {
          auto again = source::parse_brief_number(source::brief_id(n->year, n->issue));
          LEDGER_CHECK(again && again->year == n->year && again->issue == n->issue,
                       "id does not round-trip: " + text);
        }
        break;
      }
    }
    LEDGER_CHECK(ok || d.has_errors(), "a refusal without a reason");
  }
  check_invariants(*db, fx.ds.brief_series.total_before);
  return 0;
}
