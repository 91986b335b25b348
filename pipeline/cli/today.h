// `--today YYYY-MM-DD`, shared by the commands that judge dates against today (import refuses
// future dates, due renders what has closed). Without it: DOCPIPE_TODAY, else the clock.
#pragma once
#include <optional>

#include "cli/args.h"
#include "source/text_forms.h"

namespace docpipe::cli {

// Takes --today out of `args`; reports a date that is not one and returns nothing.
std::optional<source::Date> today_option(Args& args, Diagnostics& diags);

}  // namespace docpipe::cli
