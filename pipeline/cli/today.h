// Today's date for the commands that judge dates against it (import refuses future dates, due
// renders what has closed, brief new dates a draft): `--today YYYY-MM-DD`, else DOCPIPE_TODAY,
// else the clock. The stages never read the clock or the environment for it.
#pragma once
#include <optional>

#include "cli/args.h"
#include "source/text_forms.h"

namespace docpipe::cli {

// DOCPIPE_TODAY if it is set to a date, else the clock's local date.
Date today_date();

// The clock: DOCPIPE_TODAY if set (tests fix it; a value that is not a date is an error,
// never silently the system date), else the system's local date.
std::optional<Date> clock_today(Diagnostics& diags);

// Takes --today out of `args`; reports a date that is not one and returns nothing.
std::optional<Date> today_option(Args& args, Diagnostics& diags);

}  // namespace docpipe::cli
