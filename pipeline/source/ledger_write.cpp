// Writing the brief ledger: adoption of YAML briefs, number allocation, article edits,
// issue and void. Each function is one BEGIN IMMEDIATE transaction: concurrent commands
// queue on the lock and every check is made again under it.
#include <algorithm>

#include "source/ledger.h"
#include "source/ledger_rows.h"

namespace docpipe::source {
namespace {

using ledger_rows::in_transaction;

int count_briefs(SQLite::Database& db, const std::string& series) {
  SQLite::Statement q(db, "SELECT count(*) FROM briefs WHERE series = ?");
  q.bind(1, series);
  q.executeStep();
  return q.getColumn(0).getInt();
}

void insert_brief(SQLite::Database& db, const LedgerBrief& b) {
  SQLite::Statement q(db,
                      "INSERT INTO briefs (series, id, year, issue, total, date, origin) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, b.series);
  q.bind(2, b.id);
  q.bind(3, b.year);
  q.bind(4, b.issue);
  q.bind(5, b.total);
  q.bind(6, b.date.iso());
  q.bind(7, b.origin);
  q.exec();
}

// One YAML brief as an issued ledger entry with its articles (frozen: nothing; it is
// composed from the ledger's copy of its articles when built).
void adopt_one(SQLite::Database& db, const DataSet& ds, const Brief& y) {
  LedgerBrief b;
  b.series = ds.brief_series.name;
  b.id = brief_id(y.year, y.issue);
  b.year = y.year;
  b.issue = y.issue;
  b.total = brief_total_number(ds, y);
  b.date = y.date;
  b.origin = "yaml";
  insert_brief(db, b);
  std::vector<LedgerArticle> articles;
  for (const auto& a : y.articles)
    articles.push_back({0, a.title, a.source_unit, a.author, a.body});
  ledger_rows::write_articles(db, b.series, b.id, articles);
  SQLite::Statement q(db, "UPDATE briefs SET status = 'issued' WHERE series = ? AND id = ?");
  q.bind(1, b.series);
  q.bind(2, b.id);
  q.exec();
}

void warn_unadopted(SQLite::Database& db, const DataSet& ds, Diagnostics& diags) {
  for (const auto& y : ds.briefs) {
    std::string id = brief_id(y.year, y.issue);
    if (ledger_rows::read_brief(db, ds.brief_series.name, id)) continue;
    diags.warning({ds.dir + "/" + y.file},
                  "brief " + id + " exists only as YAML; the ledger did not number it and " +
                      "`docpipe brief new` may give its number to another brief",
                  "make new briefs with `docpipe brief new` / `brief add`, and remove "
                  "briefs/" +
                      id + "/");
  }
}

}  // namespace

bool adopt_yaml_briefs(SQLite::Database& db, const DataSet& ds, Diagnostics& diags) {
  return succeeds(diags, [&](Diagnostics& d) {
    in_transaction(db, d, [&] {
      if (count_briefs(db, ds.brief_series.name) > 0) {
        warn_unadopted(db, ds, d);
        return false;  // nothing to write
      }
      for (const auto& y : ds.briefs) adopt_one(db, ds, y);
      return true;
    });
  });
}

std::optional<LedgerBrief> allocate_brief(SQLite::Database& db, const BriefSeries& series,
                                          const Date& date, Diagnostics& diags) {
  std::optional<LedgerBrief> out;
  in_transaction(db, diags, [&] {
    SQLite::Statement q(db,
                        "SELECT count(*), coalesce(max(total), 0), "
                        // A void brief keeps its number but not its place in the calendar:
                        // a draft dated 2062 by a typo, once voided, must not block 2026.
                        "coalesce(max(CASE WHEN status <> 'void' THEN date END), ''), "
                        "coalesce(max(CASE WHEN year = ? THEN issue END), 0) "
                        "FROM briefs WHERE series = ?");
    q.bind(1, date.year);
    q.bind(2, series.name);
    q.executeStep();
    int count = q.getColumn(0).getInt(), last_total = q.getColumn(1).getInt();
    std::string last_date = q.getColumn(2).getString();
    int last_issue = q.getColumn(3).getInt();
    if (count > 0 && last_total != series.total_before + count) {
      diags.error({},
                  "the ledger's last brief is 总第" + std::to_string(last_total) +
                      "期, but total_before " + std::to_string(series.total_before) + " + " +
                      std::to_string(count) + " briefs in the ledger gives 总第" +
                      std::to_string(series.total_before + count) + "期",
                  "total_before in briefs/series.yaml must stay " +
                      std::to_string(last_total - count) + " once the ledger has started");
      return false;
    }
    if (date.iso() < last_date) {
      diags.error({}, "date " + date.iso() + " is before the latest brief's date " + last_date,
                  "numbers follow the calendar: give a date on or after " + last_date);
      return false;
    }
    LedgerBrief b;
    b.series = series.name;
    b.year = date.year;
    b.issue = last_issue + 1;
    b.total = series.total_before + count + 1;
    b.id = brief_id(b.year, b.issue);
    b.date = date;
    b.origin = "ledger";
    insert_brief(db, b);
    out = b;
    return true;
  });
  return out;
}

std::optional<int> add_article(SQLite::Database& db, const std::string& series,
                               const std::string& id, const LedgerArticle& article,
                               Diagnostics& diags) {
  int position = 0;
  bool ok = in_transaction(db, diags, [&] {
    auto b = ledger_rows::draft_for_edit(db, series, id, diags);
    if (!b) return false;
    b->articles.push_back(article);
    position = static_cast<int>(b->articles.size());
    ledger_rows::write_articles(db, series, id, b->articles);
    return true;
  });
  return ok ? std::optional<int>(position) : std::nullopt;
}

namespace {

bool check_position(const LedgerBrief& b, int n, Diagnostics& diags) {
  if (n >= 1 && n <= static_cast<int>(b.articles.size())) return true;
  diags.error({},
              "brief " + b.id + " has " + std::to_string(b.articles.size()) +
                  " articles; there is no article " + std::to_string(n),
              "articles are numbered from 1 as `docpipe brief list` shows them");
  return false;
}

}  // namespace

bool move_article(SQLite::Database& db, const std::string& series, const std::string& id, int from,
                  int to, Diagnostics& diags) {
  return in_transaction(db, diags, [&] {
    auto b = ledger_rows::draft_for_edit(db, series, id, diags);
    if (!b || !check_position(*b, from, diags) || !check_position(*b, to, diags)) return false;
    auto& v = b->articles;
    LedgerArticle moved = v[from - 1];
    v.erase(v.begin() + (from - 1));
    v.insert(v.begin() + (to - 1), moved);
    ledger_rows::write_articles(db, series, id, v);
    return true;
  });
}

bool remove_article(SQLite::Database& db, const std::string& series, const std::string& id,
                    int position, Diagnostics& diags) {
  return in_transaction(db, diags, [&] {
    auto b = ledger_rows::draft_for_edit(db, series, id, diags);
    if (!b || !check_position(*b, position, diags)) return false;
    b->articles.erase(b->articles.begin() + (position - 1));
    ledger_rows::write_articles(db, series, id, b->articles);
    return true;
  });
}

bool mark_issued(SQLite::Database& db, const std::string& series, const std::string& id,
                 int revision, const std::string& markdown, const std::string& pdf_sha256,
                 const std::string& ofd_sha256, Diagnostics& diags) {
  return in_transaction(db, diags, [&] {
    auto b = ledger_rows::draft_for_edit(db, series, id, diags);
    if (!b) return false;
    if (b->revision != revision) {
      diags.error({}, "brief " + id + " was changed by another command while it was being issued",
                  "nothing was issued; run `docpipe brief issue " + id + "` again");
      return false;
    }
    SQLite::Statement q(db,
                        "UPDATE briefs SET status = 'issued', markdown = ?, pdf_sha256 = ?, "
                        "ofd_sha256 = ? WHERE series = ? AND id = ?");
    q.bind(1, markdown);
    q.bind(2, pdf_sha256);
    if (ofd_sha256.empty())
      q.bind(3);  // NULL: issued without an OFD
    else
      q.bind(3, ofd_sha256);
    q.bind(4, series);
    q.bind(5, id);
    q.exec();
    return true;
  });
}

bool void_brief(SQLite::Database& db, const std::string& series, const std::string& id,
                const std::string& reason, Diagnostics& diags) {
  return in_transaction(db, diags, [&] {
    auto b = ledger_rows::read_brief(db, series, id);
    if (!b) {
      ledger_rows::report_unknown(series, id, diags);
      return false;
    }
    if (b->status == BriefStatus::void_) {
      diags.error({}, "brief " + id + " is already void (" + b->void_reason + ")");
      return false;
    }
    SQLite::Statement q(db,
                        "UPDATE briefs SET status = 'void', void_reason = ? "
                        "WHERE series = ? AND id = ?");
    q.bind(1, reason);
    q.bind(2, series);
    q.bind(3, id);
    q.exec();
    return true;
  });
}

}  // namespace docpipe::source
