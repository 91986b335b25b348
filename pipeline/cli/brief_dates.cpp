// Dates given to the brief ledger (issue 17, class 7): a date far ahead of today is almost
// always a typo (2062 for 2026), and because numbers follow the calendar it would put every
// later brief "before" it; so it needs --force. `brief date` corrects a draft's date.
#include <cstdlib>
#include <iostream>

#include "cli/brief_ledger.h"
#include "cli/commands.h"
#include "cli/today.h"
#include "source/text_forms.h"

namespace docpipe::cli {
namespace {

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

int brief_days_ahead() {
  if (const char* env = std::getenv("DOCPIPE_BRIEF_DAYS_AHEAD")) {
    char* end = nullptr;
    long v = std::strtol(env, &end, 10);
    if (*env && *end == '\0' && v >= 0 && v <= 3660) return static_cast<int>(v);
  }
  return 90;  // a quarter: briefs are planned ahead, a mistyped year is years ahead
}

bool check_brief_date(const Date& date, bool force, Diagnostics& diags) {
  const Date now = today_date();
  long ahead = days_from_civil(date.year, date.month, date.day) -
               days_from_civil(now.year, now.month, now.day);
  if (ahead <= brief_days_ahead() || force) return true;
  diags.error({},
              "date " + date.iso() + " is " + std::to_string(ahead) + " days after today (" +
                  now.iso() + "); nothing was allocated or changed",
              "numbers follow the calendar, so a mistyped year would block every later brief: "
              "check the date, or pass --force if it is right (limit: " +
                  std::to_string(brief_days_ahead()) + " days, DOCPIPE_BRIEF_DAYS_AHEAD)");
  return false;
}

// docpipe brief date ID YYYY-MM-DD [--force]
int brief_redate(Args& args, const Global& global, Diagnostics& diags) {
  auto series = args.option("--series", diags);
  bool force = args.flag("--force");
  auto pos = args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  if (pos.size() != 3) {
    diags.error({}, "brief date takes 2 argument(s)",
                "usage: docpipe brief date ID YYYY-MM-DD [--force]");
    return exit_error;
  }
  auto id = parse_brief_id(pos[1], diags);
  if (!id) return exit_error;
  auto date = parse_date(pos[2]);
  if (!date) {
    diags.error({}, "'" + pos[2] + "' is not a date", "write YYYY-MM-DD, e.g. 2026-12-15");
    return exit_error;
  }
  if (!check_brief_date(*date, force, diags)) return exit_error;
  auto s = open_ledger(series, global, diags);
  if (!s || !source::redate_draft(*s->db, s->series, *id, *date, diags)) return exit_error;
  std::cout << *id << " is now dated " << date->iso() << "\n";
  return exit_ok;
}

}  // namespace docpipe::cli
