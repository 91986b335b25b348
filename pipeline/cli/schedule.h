// What `docpipe due` considers: every month, quarter and half-year that has closed by
// `today`, from the period holding the first register item on. Stable order: months, then
// quarters, then half-years, each oldest first (the order --shard counts in).
#pragma once
#include <vector>

#include "cli/output_formats.h"
#include "compose/periodic.h"
#include "source/model.h"

namespace docpipe::cli {

std::vector<compose::Period> closed_periods(const source::DataSet& ds, const Date& today);

// Per-unit copies of one month's circular: output/circular-YYYY-MM/<unit-code>.pdf (and
// the other `formats` beside it). `r` is the month's circular (its date, if set, too).
struct BatchOptions;
int build_unit_copies(const source::DataSet& ds, const compose::Request& r,
                      const std::string& out_dir, const std::string& templates_dir,
                      const BatchOptions& opts, const Formats& formats, Diagnostics& diags);

}  // namespace docpipe::cli
