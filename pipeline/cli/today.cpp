#include "cli/today.h"

#include <cstdlib>

namespace docpipe::cli {

Date today_date() {
  // So tests and reruns of a past day do not depend on the clock.
  if (const char* env = std::getenv("DOCPIPE_TODAY")) {
    if (auto d = parse_date(env)) return *d;
  }
  return source::today();
}

std::optional<Date> clock_today(Diagnostics& diags) {
  const char* env = std::getenv("DOCPIPE_TODAY");
  if (!env) return source::today();
  auto d = parse_date(env);
  if (!d)
    diags.error({"", 0, 0, "DOCPIPE_TODAY"},
                std::string("DOCPIPE_TODAY='") + env + "' is not a date; nothing was done",
                "write DOCPIPE_TODAY=YYYY-MM-DD, or unset it to use the system date");
  return d;
}

std::optional<Date> today_option(Args& args, Diagnostics& diags) {
  auto text = args.option("--today", diags);
  if (!text) return clock_today(diags);
  auto d = parse_date(*text);
  if (!d) diags.error({}, "--today '" + *text + "' is not a date", "write --today YYYY-MM-DD");
  return d;
}

}  // namespace docpipe::cli
