// What the record commands (units, items, indicators, log) share: who is changing the data
// and when, options that name record fields, and printing a change.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "cli/args.h"
#include "source/records.h"

namespace docpipe::cli {

// --by NAME, else the login name; the time is the clock's, in UTC.
source::Actor actor(Args& args, Diagnostics& diags);

// Options that set record fields: {"--title", "title"} takes `--title X` as title = X.
source::FieldChanges field_options(Args& args,
                                   const std::vector<std::pair<std::string, std::string>>& map,
                                   Diagnostics& diags);

// "item 12: changed" with before / after; a warning per issued document it touches.
int print_outcome(const source::ChangeOutcome& out, Diagnostics& diags);

// The verb and its arguments: exactly `count` positionals after the options were taken.
std::optional<std::vector<std::string>> verb_words(Args& args, size_t count,
                                                   const std::string& usage, Diagnostics& diags);

// The verb (first positional), without reporting the options its handler takes later.
std::string first_word(const Args& args);

// `KIND export FILE.csv`: the table as CSV that import reads back unchanged.
int export_command(source::ImportKind kind, Args& args, const Global& global, Diagnostics& diags);

// --month YYYY-MM / --year YYYY filters; reported when malformed.
struct PeriodFilter {
  int year = 0, month = 0;  // 0 = any
  bool matches(const Date& d) const;
};
std::optional<PeriodFilter> period_filter(Args& args, Diagnostics& diags);

}  // namespace docpipe::cli
