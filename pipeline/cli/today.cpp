#include "cli/today.h"

namespace docpipe::cli {

std::optional<source::Date> today_option(Args& args, Diagnostics& diags) {
  auto text = args.option("--today", diags);
  if (!text) return source::today();
  auto d = source::parse_date(*text);
  if (!d) diags.error({}, "--today '" + *text + "' is not a date", "write --today YYYY-MM-DD");
  return d;
}

}  // namespace docpipe::cli
