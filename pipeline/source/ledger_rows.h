// Internal to ledger*.cpp: reading rows of the brief ledger and running one transaction.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "source/ledger.h"
#include "source/store.h"

namespace docpipe::source::ledger_rows {

// Runs `body` inside one BEGIN IMMEDIATE transaction and commits if it returns true; a
// false return or a SQLite failure (reported into `diags`) rolls everything back.
template <class Body>
bool in_transaction(SQLite::Database& db, Diagnostics& diags, Body body) {
  try {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    if (!body()) return false;
    tx.commit();
    return true;
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, db.getFilename(), diags);
    return false;
  }
}

// The brief row (with its articles), or nothing if the ledger has no such id.
std::optional<LedgerBrief> read_brief(SQLite::Database& db, const std::string& series,
                                      const std::string& id);
std::vector<LedgerArticle> read_articles(SQLite::Database& db, const std::string& series,
                                         const std::string& id);

void report_unknown(const std::string& series, const std::string& id, Diagnostics& diags);

// The brief if it exists and is a draft; otherwise reports why it cannot be edited.
std::optional<LedgerBrief> draft_for_edit(SQLite::Database& db, const std::string& series,
                                          const std::string& id, Diagnostics& diags);

// Replaces the brief's articles with `articles`, numbered 1..n, and bumps its revision.
void write_articles(SQLite::Database& db, const std::string& series, const std::string& id,
                    const std::vector<LedgerArticle>& articles);

}  // namespace docpipe::source::ledger_rows
