// Reading the brief ledger, and the row helpers the writing side shares.
#include "source/ledger.h"

#include <cstdio>

#include "source/ledger_rows.h"
#include "source/text_forms.h"

namespace docpipe::source {
namespace {

const char* const brief_columns =
    "SELECT series, id, year, issue, total, date, status, void_reason, origin, revision, "
    "coalesce(pdf_sha256, ''), coalesce(markdown, ''), coalesce(ofd_sha256, '') FROM briefs ";

BriefStatus parse_status(const std::string& s) {
  return s == "issued" ? BriefStatus::issued
         : s == "void" ? BriefStatus::void_
                       : BriefStatus::draft;
}

LedgerBrief brief_from_row(SQLite::Statement& q) {
  LedgerBrief b;
  b.series = q.getColumn(0).getString();
  b.id = q.getColumn(1).getString();
  b.year = q.getColumn(2).getInt();
  b.issue = q.getColumn(3).getInt();
  b.total = q.getColumn(4).getInt();
  b.date = parse_date(q.getColumn(5).getString()).value_or(Date{});
  b.status = parse_status(q.getColumn(6).getString());
  b.void_reason = q.getColumn(7).getString();
  b.origin = q.getColumn(8).getString();
  b.revision = q.getColumn(9).getInt();
  b.pdf_sha256 = q.getColumn(10).getString();
  b.markdown = q.getColumn(11).getString();
  b.ofd_sha256 = q.getColumn(12).getString();
  return b;
}

}  // namespace

const char* brief_status_name(BriefStatus s) {
  switch (s) {
    case BriefStatus::issued:
      return "issued";
    case BriefStatus::void_:
      return "void";
    case BriefStatus::draft:
      break;
  }
  return "draft";
}

std::string brief_id(int year, int issue) {
  char id[32];
  std::snprintf(id, sizeof id, "%04d-%02d", year, issue);
  return id;
}

namespace ledger_rows {

std::vector<LedgerArticle> read_articles(SQLite::Database& db, const std::string& series,
                                         const std::string& id) {
  SQLite::Statement q(db,
                      "SELECT position, title, source_unit, author, body FROM brief_articles "
                      "WHERE series = ? AND brief = ? ORDER BY position");
  q.bind(1, series);
  q.bind(2, id);
  std::vector<LedgerArticle> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getString(), q.getColumn(4).getString()});
  return out;
}

std::optional<LedgerBrief> read_brief(SQLite::Database& db, const std::string& series,
                                      const std::string& id) {
  SQLite::Statement q(db, std::string(brief_columns) + "WHERE series = ? AND id = ?");
  q.bind(1, series);
  q.bind(2, id);
  if (!q.executeStep()) return std::nullopt;
  LedgerBrief b = brief_from_row(q);
  b.articles = read_articles(db, series, id);
  return b;
}

void report_unknown(const std::string& series, const std::string& id, Diagnostics& diags) {
  diags.error({}, "no brief " + id + " in the ledger of " + series,
              "an id is YYYY-NN, e.g. 2026-10; see `docpipe brief list`, or allocate one with "
              "`docpipe brief new`");
}

std::optional<LedgerBrief> draft_for_edit(SQLite::Database& db, const std::string& series,
                                          const std::string& id, Diagnostics& diags) {
  auto b = read_brief(db, series, id);
  if (!b) {
    report_unknown(series, id, diags);
  } else if (b->status == BriefStatus::issued) {
    diags.error({}, "brief " + id + " is issued; an issued brief cannot be changed",
                "to withdraw it: `docpipe brief void " + id +
                    " --reason …`; then allocate a new number with `docpipe brief new`");
    return std::nullopt;
  } else if (b->status == BriefStatus::void_) {
    diags.error({}, "brief " + id + " is void (" + b->void_reason + "); it cannot be changed",
                "allocate a new number with `docpipe brief new`");
    return std::nullopt;
  }
  return b;
}

void write_articles(SQLite::Database& db, const std::string& series, const std::string& id,
                    const std::vector<LedgerArticle>& articles) {
  SQLite::Statement del(db, "DELETE FROM brief_articles WHERE series = ? AND brief = ?");
  del.bind(1, series);
  del.bind(2, id);
  del.exec();
  SQLite::Statement ins(db,
                        "INSERT INTO brief_articles (series, brief, position, title, source_unit, "
                        "author, body) VALUES (?, ?, ?, ?, ?, ?, ?)");
  int position = 0;
  for (const auto& a : articles) {
    ins.reset();
    ins.bind(1, series);
    ins.bind(2, id);
    ins.bind(3, ++position);
    ins.bind(4, a.title);
    ins.bind(5, a.source_unit);
    ins.bind(6, a.author);
    ins.bind(7, a.body);
    ins.exec();
  }
  SQLite::Statement bump(db,
                         "UPDATE briefs SET revision = revision + 1 WHERE series = ? AND id = ?");
  bump.bind(1, series);
  bump.bind(2, id);
  bump.exec();
}

}  // namespace ledger_rows

std::optional<LedgerBrief> find_ledger_brief(SQLite::Database& db, const std::string& series,
                                             const std::string& id, Diagnostics& diags,
                                             bool quiet) {
  try {
    SQLite::Transaction tx(db);  // one consistent snapshot of the brief and its articles
    auto b = ledger_rows::read_brief(db, series, id);
    if (!b && !quiet) ledger_rows::report_unknown(series, id, diags);
    return b;
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, db.getFilename(), diags);
    return std::nullopt;
  }
}

std::optional<std::vector<std::string>> ledger_series(SQLite::Database& db, Diagnostics& diags) {
  try {
    SQLite::Statement q(db, "SELECT DISTINCT series FROM briefs ORDER BY series");
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, db.getFilename(), diags);
    return std::nullopt;
  }
}

std::optional<std::vector<LedgerBrief>> list_ledger_briefs(SQLite::Database& db,
                                                           const std::string& series, int year,
                                                           Diagnostics& diags) {
  try {
    SQLite::Transaction tx(db);
    SQLite::Statement q(
        db, std::string(brief_columns) + "WHERE series = ? AND (? = 0 OR year = ?) ORDER BY total");
    q.bind(1, series);
    q.bind(2, year);
    q.bind(3, year);
    std::vector<LedgerBrief> out;
    while (q.executeStep()) out.push_back(brief_from_row(q));
    for (auto& b : out) b.articles = ledger_rows::read_articles(db, series, b.id);
    return out;
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, db.getFilename(), diags);
    return std::nullopt;
  }
}

}  // namespace docpipe::source
