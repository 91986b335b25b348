#include "compose/kinds.h"

#include "compose/builders.h"
#include "compose/periodic.h"
#include "source/ledger.h"

namespace docpipe::compose {
namespace {

std::optional<Value> work_report(const source::DataSet& ds, const Request& r, Diagnostics& d) {
  return build_work_report(ds, r.year, d);
}
std::optional<Value> annual_report(const source::DataSet& ds, const Request& r, Diagnostics& d) {
  return build_annual_report(ds, r.year, d);
}
std::optional<Value> brief(const source::DataSet& ds, const Request& r, Diagnostics& d) {
  return build_brief(ds, r.year, r.issue, d);
}
std::optional<Value> circular(const source::DataSet& ds, const Request& r, Diagnostics& d) {
  return build_circular(ds, r.year, r.month, d);
}
std::optional<Value> quarterly(const source::DataSet& ds, const Request& r, Diagnostics& d) {
  return build_quarterly(ds, r.year, r.part, d);
}
std::optional<Value> assessment(const source::DataSet& ds, const Request& r, Diagnostics& d) {
  // Weights and thresholds: data/assessment.yaml, or the defaults.
  return build_assessment(ds, r.year, r.part, load_assessment_config(ds.dir, d), d);
}

int number(const std::string& s, size_t from, size_t len) {
  if (from + len > s.size() || len == 0) return -1;
  int v = 0;
  for (size_t i = from; i < from + len; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

// The registry. Order is the order of help texts, `validate` and the demo.
const std::vector<KindInfo>& kinds() {
  static const std::vector<KindInfo> table = {
      // kind               name             title          template
      //   period              due    schema                composer
      {Kind::work_report, "work-report", "工作报告", "work-report.md.mustache",  //
       PeriodType::year, false, work_report_schema, work_report},
      {Kind::annual_report, "annual-report", "法治政府建设年度报告", "annual-report.md.mustache",
       PeriodType::year, false, annual_report_schema, annual_report},
      {Kind::brief, "brief", "工作简报", "brief.md.mustache",  //
       PeriodType::issue, false, brief_schema, brief},
      {Kind::circular, "circular", "月度信息工作情况通报", "circular.md.mustache",  //
       PeriodType::month, true, circular_schema, circular},
      {Kind::quarterly, "quarterly", "季度通报", "quarterly.md.mustache",  //
       PeriodType::quarter, true, quarterly_schema, quarterly},
      {Kind::assessment, "assessment", "半年考核", "assessment.md.mustache",  //
       PeriodType::half, true, assessment_schema, assessment},
  };
  return table;
}

const KindInfo& kind_info(Kind k) {
  for (const auto& info : kinds())
    if (info.kind == k) return info;
  return kinds().front();  // unreachable: every Kind has a row
}

const KindInfo* find_kind(const std::string& name) {
  for (const auto& info : kinds())
    if (name == info.name) return &info;
  return nullptr;
}

std::string kind_names() {
  std::string out;
  for (const auto& info : kinds()) out += (out.empty() ? "" : ", ") + std::string(info.name);
  return out;
}

PeriodOption period_option(PeriodType t) {
  switch (t) {
    case PeriodType::year:
      return {"--year", "YYYY", "2026"};
    case PeriodType::issue:
      return {"--issue", "YYYY-NN", "2026-10"};
    case PeriodType::month:
      return {"--month", "YYYY-MM", "2026-10"};
    case PeriodType::quarter:
      return {"--quarter", "YYYY-Qn", "2026-Q3"};
    case PeriodType::half:
      break;
  }
  return {"--half", "YYYY-Hn", "2026-H1"};
}

bool parse_period_text(PeriodType t, const std::string& text, Request& r) {
  switch (t) {
    case PeriodType::year:
      r.year = text.size() == 4 ? number(text, 0, 4) : -1;
      return r.year >= first_year && r.year <= last_year;
    case PeriodType::issue: {
      // The ledger's one id parser: issues beyond 999 in a year (issue 17, class 7).
      auto n = source::parse_brief_number(text);
      if (!n) return false;
      r.year = n->year, r.issue = n->issue;
      return true;
    }
    case PeriodType::month: {
      auto ym = parse_year_month(text);
      if (!ym) return false;
      r.year = ym->year, r.month = ym->month;
      return true;
    }
    case PeriodType::quarter:
    case PeriodType::half: {
      auto p = parse_period_label(t == PeriodType::quarter ? PeriodKind::quarter : PeriodKind::half,
                                  text);
      if (!p || p->year < first_year || p->year > last_year) return false;
      r.year = p->year, r.part = p->index;
      return true;
    }
  }
  return false;
}

DateRange document_date_range(const Request& r) {
  const int y = r.year;
  auto closing = [y](int last_month) {
    Date end = last_day(YearMonth{y, last_month});
    return DateRange{end, Date{end.year + 1, end.month, end.month == 2 ? 28 : end.day}};
  };
  switch (kind_info(r.kind).period) {
    case PeriodType::year:
      return {Date{y, 1, 1}, Date{y + 1, 12, 31}};
    case PeriodType::issue:
      return {Date{y, 1, 1}, Date{y, 12, 31}};
    case PeriodType::month:
      return closing(r.month);
    case PeriodType::quarter:
      return closing(r.part * 3);
    case PeriodType::half:
      return closing(r.part * 6);
  }
  return {Date{y, 1, 1}, Date{y, 12, 31}};
}

const char* date_rule(Kind k) {
  switch (k) {
    case Kind::work_report:
    case Kind::annual_report:
      return "the date: of its narrative file";
    case Kind::brief:
      return "the brief's date (the ledger's, set by brief new / brief date)";
    case Kind::circular:
      return "the 3rd of the next month, or the leader's comment date if later";
    case Kind::quarterly:
      return "the 5th of the month after the quarter";
    case Kind::assessment:
      return "10 July (H1) or 10 January of the next year (H2)";
  }
  return "";
}

std::string period_text(const Request& r) {
  auto two = [](int n) { return (n < 10 ? "-0" : "-") + std::to_string(n); };
  std::string y = std::to_string(r.year);
  switch (kind_info(r.kind).period) {
    case PeriodType::year:
      return y;
    case PeriodType::issue:
      return y + two(r.issue);
    case PeriodType::month:
      return y + two(r.month);
    case PeriodType::quarter:
      return y + "-Q" + std::to_string(r.part);
    case PeriodType::half:
      break;
  }
  return y + "-H" + std::to_string(r.part);
}

}  // namespace docpipe::compose
