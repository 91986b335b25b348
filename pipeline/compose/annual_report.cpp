// 法治政府建设年度报告 for year Y: 基本情况 by area with 同比 to Y-1, 存在的不足, Y+1 的
// 主要安排, and an appended table of every indicator (附件, listed in the 附件说明). Prose:
// narrative annual_report/Y.
#include "compose/builders.h"
#include "compose/common.h"

namespace docpipe::compose {
namespace {

const std::vector<std::string> item_fields = {"title", "text", "ordinal", "first", "last"};
const std::vector<std::string> row_fields = {"group", "name",       "measure",
                                             "value", "last_value", "yoy_cell"};

// Every indicator with a value this year or last, in catalogue order.
Value table_rows(const source::DataSet& ds, int year) {
  List rows;
  for (const auto& g : ds.indicator_groups) {
    const std::string& group = g.name;
    AreaFigures af = area_figures(ds, group, year);
    for (auto& f : af.figures) {
      Value r;
      r.set("group", group);
      for (const char* k : {"name", "measure", "value", "last_value", "yoy_cell"})
        r.set(k, *f.get(k));
      rows.push_back(r);
    }
  }
  return Value(rows);
}

}  // namespace

Schema annual_report_schema() {
  Schema s{"annual-report", {}};
  add_fields(s, "", office_field_names);
  add_fields(s, "",
             {"title", "signature", "date", "date_cn", "year", "last_year", "next_year", "opening",
              "closing", "areas", "has_areas", "achievements", "overview", "shortcomings",
              "plan_items", "table", "has_table"});
  add_fields(s, "areas", area_field_names);
  add_fields(s, "areas.notes", item_fields);
  add_fields(s, "areas.figures", figure_field_names);
  add_fields(s, "areas.figures", {"first", "last"});
  add_fields(s, "achievements", item_fields);
  add_fields(s, "overview", item_fields);
  add_fields(s, "plan_items", item_fields);
  add_fields(s, "shortcomings", {"text", "clause", "ordinal", "first", "last"});
  add_fields(s, "table", row_fields);
  return s;
}

std::optional<Value> build_annual_report(const source::DataSet& ds, int year, Diagnostics& diags) {
  const source::Narrative* n = require_narrative(ds, "annual_report", "annual-report", year, diags);
  if (!n) return std::nullopt;
  Value c;
  add_office_fields(c, ds, "annual_report");
  std::string signer = n->signer.empty() ? ds.office.name : n->signer;
  c.set("title", n->title);  // empty: the template's 关于…的报告
  c.set("signature", signer);
  set_report_fields(c, *n, year);
  bool any_yoy = false;
  Value areas = areas_of(ds, year, any_yoy, n->achievements);
  c.set("has_areas", !areas.list.empty());
  c.set("areas", areas);
  set_unplaced_achievements(c, n->achievements);
  c.set("shortcomings", paragraphs(n->shortcomings));
  c.set("plan_items", narrative_items(n->plan_items));
  Value rows = table_rows(ds, year);
  c.set("has_table", !rows.list.empty());
  c.set("table", rows);
  return c;
}

}  // namespace docpipe::compose
