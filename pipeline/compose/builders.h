// Internal: each document kind's context builder and schema, listed in the registry (kinds.cpp).
#pragma once
#include <optional>

#include "compose/compose.h"

namespace docpipe::compose {

std::optional<Value> build_work_report(const source::DataSet& ds, int year, Diagnostics& diags);
std::optional<Value> build_annual_report(const source::DataSet& ds, int year, Diagnostics& diags);
std::optional<Value> build_brief(const source::DataSet& ds, int year, int issue,
                                 Diagnostics& diags);
std::optional<Value> build_circular(const source::DataSet& ds, int year, int month,
                                    Diagnostics& diags);

Schema work_report_schema();
Schema annual_report_schema();
Schema brief_schema();
Schema circular_schema();

}  // namespace docpipe::compose
