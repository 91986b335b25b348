// Shared by cmd_brief*.cpp and cmd_build.cpp: opening the brief ledger of a data folder,
// composing a ledger brief with the brief template, and building one from the ledger.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <optional>
#include <string>

#include "cli/args.h"
#include "cli/output_formats.h"
#include "compose/compose.h"
#include "core/diagnostics.h"
#include "source/ledger.h"
#include "source/model.h"

namespace docpipe::cli {

struct LedgerSession {
  std::unique_ptr<SQLite::Database> db;
  source::DataSet ds;
  std::string series;  // the series name: the ledger's key
};

// Opens docpipe.db read-write (migrating it), loads the data folder, checks `--series`
// against briefs/series.yaml and that the ledger still numbers that series, and adopts the
// folder's YAML briefs on first use. Nothing if any error was reported.
std::optional<LedgerSession> open_ledger(const std::optional<std::string>& series,
                                         const Global& global, Diagnostics& diags);

// "2026-10" (also "2026-9") → "2026-10"; reports a malformed id.
std::optional<std::string> parse_brief_id(const std::string& text, Diagnostics& diags);
// A positive article number ("2"); reports anything else, naming `what`.
std::optional<int> parse_position(const std::string& text, const std::string& what,
                                  Diagnostics& diags);

// The brief's Markdown from its ledger rows through templates/brief.md.mustache.
bool compose_ledger_brief(const source::DataSet& ds, const source::LedgerBrief& b,
                          const std::string& templates_dir, std::string& markdown,
                          Diagnostics& diags);
// What renders name the text in messages: "docpipe.db brief 2026-10".
std::string ledger_source_name(const source::LedgerBrief& b);

// `docpipe build brief --issue ID` when the ledger holds ID: renders its frozen Markdown
// (issued/void) and checks the SHA-256 recorded at issue for each format asked for that has
// one (PDF; OFD when issued with it), or composes a draft from the ledger as a preview. Returns the
// exit code, or -1 if the ledger does not hold the brief.
int build_brief_from_ledger(const source::DataSet& ds, const compose::Request& r,
                            const std::string& out_dir, const std::string& templates_dir,
                            bool markdown, const Formats& formats, Diagnostics& diags);

// A brief date more than brief_days_ahead() days after today (DOCPIPE_BRIEF_DAYS_AHEAD, 90)
// is refused unless `force` (brief_dates.cpp).
int brief_days_ahead();
bool check_brief_date(const Date& date, bool force, Diagnostics& diags);

// Subcommands in their own files.
int brief_redate(Args& args, const Global& global, Diagnostics& diags);
int brief_issue(Args& args, const Global& global, Diagnostics& diags);
int brief_list(Args& args, const Global& global, Diagnostics& diags);

}  // namespace docpipe::cli
