// The registry of document kinds: one row per kind in kinds.cpp says its name (command line
// and file names), its title, its template, the period it covers and the option naming
// that period, whether `docpipe due` makes it, its schema and its composer. build, due,
// validate, demo and the help text all read this table, so adding a kind is one row there
// (plus its composer and template).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "compose/template.h"
#include "compose/value.h"
#include "core/diagnostics.h"
#include "source/model.h"

namespace docpipe::compose {

enum class Kind { work_report, annual_report, brief, circular, quarterly, assessment };

// What one document of a kind covers.
enum class PeriodType { year, issue, month, quarter, half };

// What to compose: a kind and its period — a year; a year + issue (brief); a year + month;
// a year + part (quarter 1..4, half 1..2).
struct Request {
  Kind kind = Kind::circular;
  int year = 0;
  int month = 0;  // month
  int issue = 0;  // issue
  int part = 0;   // quarter, half
  // `build --date`: the 成文日期 instead of the kind's default rule (date_rule below).
  std::optional<Date> date;
};

struct KindInfo {
  Kind kind;
  const char* name;           // "work-report": `docpipe build NAME`, NAME-PERIOD.pdf
  const char* title;          // 工作报告, for help
  const char* template_file;  // in templates/
  PeriodType period;
  bool on_schedule;  // `docpipe due` makes one as each period closes
  Schema (*schema)();
  std::optional<Value> (*build)(const source::DataSet& ds, const Request& r, Diagnostics& diags);
};

const std::vector<KindInfo>& kinds();
const KindInfo& kind_info(Kind k);
const KindInfo* find_kind(const std::string& name);
std::string kind_names();  // "work-report, annual-report, …" for hints

// The command-line option that names a period of this type: {"--year", "YYYY", "2026"}.
struct PeriodOption {
  const char* flag;
  const char* form;
  const char* example;
};
PeriodOption period_option(PeriodType t);

// Reads the period from its option's text ("2026", "2026-10", "2026-Q3" …) into `r`.
bool parse_period_text(PeriodType t, const std::string& text, Request& r);
// The days a document of this period may be dated (`build --date`, the 成文日期): a report
// of year Y from Y-01-01 to the end of Y+1; a brief within the year of its 第N期 (numbered
// per year); a circular, quarterly or assessment from the last day of its period (its
// figures are final only once the period has closed) to a year after it.
struct DateRange {
  Date first, last;
};
DateRange document_date_range(const Request& r);
// How the kind dates a document without --date, for help and messages.
const char* date_rule(Kind k);

// The period as file names and records write it: "2026", "2026-10", "2026-Q3", "2026-H1".
std::string period_text(const Request& r);

}  // namespace docpipe::compose
