// The brief ledger (简报台账) in docpipe.db: the numbers of the 工作简报 series and the
// articles of each issue. Numbers are public and permanent: allocated once, in order, never
// reused or deleted (a withdrawn issue is voided and keeps its number). Every function is
// one `BEGIN IMMEDIATE` transaction (or a read), reports problems into `diags` and never
// prints; SQLite failures become one message.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "source/model.h"

namespace docpipe::source {

enum class BriefStatus { draft, issued, void_ };
const char* brief_status_name(BriefStatus s);  // draft / issued / void

struct LedgerArticle {
  int position = 0;  // 1-based order in the issue
  std::string title, source_unit, author, body;
};

struct LedgerBrief {
  std::string series;  // 政府法制工作简报 (the series name is the ledger's key)
  std::string id;      // 2026-10
  int year = 0;
  int issue = 0;  // 第N期 within the year
  int total = 0;  // 总第M期
  Date date;
  BriefStatus status = BriefStatus::draft;
  std::string void_reason;
  std::string origin;      // "ledger", or "yaml": adopted from briefs/<id>/ on first use
  int revision = 0;        // bumped by every article change (issue checks it did not move)
  std::string pdf_sha256;  // hex; issued by the ledger only
  std::string ofd_sha256;  // hex, when the brief was issued with an OFD (--format ofd)
  std::string markdown;    // the composed Markdown frozen at issue (reproduces the PDF)
  std::vector<LedgerArticle> articles;
};

// "2026-10": year and issue as the ledger, output names and `build --issue` write them.
std::string brief_id(int year, int issue);

// The highest 第N期 within one year. Ids are read by one parser (parse_brief_number), so
// every place that takes an id ("2026-1000") accepts the same numbers.
constexpr int max_brief_issue = 99999;
struct BriefNumber {
  int year = 0, issue = 0;
};
// "2026-10", "2026-9", "2026-1000" → {2026, …}; nothing for anything else.
std::optional<BriefNumber> parse_brief_number(const std::string& text);

// Corrects the date of a draft (a typo must not need a new number): same year (第N期 is
// counted per year), and not before the brief numbered before it nor after the one after
// it, void briefs aside.
bool redate_draft(SQLite::Database& db, const std::string& series, const std::string& id,
                  const Date& date, Diagnostics& diags);

// Adopts the YAML briefs of a data folder (briefs/<YYYY-NN>/) as issued entries when the
// ledger holds nothing for the series yet, so numbering continues after them. Warns about
// YAML briefs that appeared after adoption (the ledger does not number those).
bool adopt_yaml_briefs(SQLite::Database& db, const DataSet& ds, Diagnostics& diags);

// 第N期 = the year's highest 第 + 1 (1 in a new year); 总第M期 = total_before + every
// brief ever allocated in the series + 1. Refuses a date before the latest brief's.
std::optional<LedgerBrief> allocate_brief(SQLite::Database& db, const BriefSeries& series,
                                          const Date& date, Diagnostics& diags);

// Article edits, refused unless the brief is a draft. Positions are 1-based.
std::optional<int> add_article(SQLite::Database& db, const std::string& series,
                               const std::string& id, const LedgerArticle& article,
                               Diagnostics& diags);  // returns the new article's position
bool move_article(SQLite::Database& db, const std::string& series, const std::string& id, int from,
                  int to, Diagnostics& diags);
bool remove_article(SQLite::Database& db, const std::string& series, const std::string& id,
                    int position, Diagnostics& diags);

// draft → issued with the frozen Markdown and the hashes of the files issued (PDF; OFD, or
// empty when none was made); refused if the brief changed since `revision` was read
// (another command edited it meanwhile).
bool mark_issued(SQLite::Database& db, const std::string& series, const std::string& id,
                 int revision, const std::string& markdown, const std::string& pdf_sha256,
                 const std::string& ofd_sha256, Diagnostics& diags);
// draft or issued → void, keeping the number.
bool void_brief(SQLite::Database& db, const std::string& series, const std::string& id,
                const std::string& reason, Diagnostics& diags);

// One brief with its articles; reports "no brief ID" unless `quiet`.
std::optional<LedgerBrief> find_ledger_brief(SQLite::Database& db, const std::string& series,
                                             const std::string& id, Diagnostics& diags,
                                             bool quiet = false);
// Every series name the ledger holds briefs for (to catch a renamed series.yaml).
std::optional<std::vector<std::string>> ledger_series(SQLite::Database& db, Diagnostics& diags);
// The series' briefs (year 0: all years), oldest first, with their articles.
std::optional<std::vector<LedgerBrief>> list_ledger_briefs(SQLite::Database& db,
                                                           const std::string& series, int year,
                                                           Diagnostics& diags);

}  // namespace docpipe::source
