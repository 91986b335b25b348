// Correcting a draft's date and reading brief ids: what keeps a typo from blocking the
// ledger (issue 17, class 7). The other ledger writes are in ledger_write.cpp.
#include "source/ledger.h"
#include "source/ledger_rows.h"

namespace docpipe::source {
namespace {

bool all_digits(const std::string& s, size_t max) {
  return !s.empty() && s.size() <= max && s.find_first_not_of("0123456789") == std::string::npos;
}

// The date of the non-void brief numbered just before (`before`) or after `total`; "" if none.
std::string neighbour_date(SQLite::Database& db, const std::string& series, int total,
                           bool before) {
  SQLite::Statement q(db, before ? "SELECT date FROM briefs WHERE series = ? AND total < ? AND "
                                   "status <> 'void' ORDER BY total DESC LIMIT 1"
                                 : "SELECT date FROM briefs WHERE series = ? AND total > ? AND "
                                   "status <> 'void' ORDER BY total LIMIT 1");
  q.bind(1, series);
  q.bind(2, total);
  return q.executeStep() ? q.getColumn(0).getString() : "";
}

}  // namespace

std::optional<BriefNumber> parse_brief_number(const std::string& text) {
  auto dash = text.find('-');
  if (dash != 4 || !all_digits(text.substr(0, 4), 4) || !all_digits(text.substr(5), 5))
    return std::nullopt;
  BriefNumber n{std::stoi(text.substr(0, 4)), std::stoi(text.substr(5))};
  if (n.year < first_year || n.year > last_year || n.issue < 1 || n.issue > max_brief_issue)
    return std::nullopt;
  return n;
}

bool redate_draft(SQLite::Database& db, const std::string& series, const std::string& id,
                  const Date& date, Diagnostics& diags) {
  return ledger_rows::in_transaction(db, diags, [&] {
    auto b = ledger_rows::draft_for_edit(db, series, id, diags);
    if (!b) return false;
    if (date.year != b->year) {
      diags.error({},
                  "brief " + id + " is numbered in " + std::to_string(b->year) + "; " + date.iso() +
                      " would move it to another year's numbering",
                  "void it (`docpipe brief void " + id +
                      " --reason …`; the number stays used) and allocate one with "
                      "`docpipe brief new --date " +
                      date.iso() + "`");
      return false;
    }
    std::string prev = neighbour_date(db, series, b->total, true);
    std::string next = neighbour_date(db, series, b->total, false);
    if ((!prev.empty() && date.iso() < prev) || (!next.empty() && date.iso() > next)) {
      diags.error({},
                  "brief " + id + " must stay between its neighbours' dates (" +
                      (prev.empty() ? "…" : prev) + " to " + (next.empty() ? "…" : next) + "); " +
                      date.iso() + " is outside",
                  "numbers follow the calendar: choose a date in that range");
      return false;
    }
    SQLite::Statement q(db,
                        "UPDATE briefs SET date = ?, revision = revision + 1 "
                        "WHERE series = ? AND id = ?");
    q.bind(1, date.iso());
    q.bind(2, series);
    q.bind(3, id);
    q.exec();
    return true;
  });
}

}  // namespace docpipe::source
