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

std::optional<Date> today_option(Args& args, Diagnostics& diags) {
  auto text = args.option("--today", diags);
  if (!text) return today_date();
  auto d = parse_date(*text);
  if (!d) diags.error({}, "--today '" + *text + "' is not a date", "write --today YYYY-MM-DD");
  return d;
}

}  // namespace docpipe::cli
