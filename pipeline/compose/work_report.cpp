// 工作报告: the speech at the annual meeting. The document for year Y reviews Y's figures
// (同比 to Y-1) and sets out the work for Y+1; prose comes from narrative work_report/Y.
#include "compose/common.h"
#include "compose/kinds.h"

namespace docpipe::compose {
namespace {

const std::vector<std::string> area_fields = {"group",   "heading", "figures",
                                              "changes", "first",   "last"};
const std::vector<std::string> item_fields = {"title", "text", "ordinal", "first", "last"};

// One entry per area that has figures for the year, in the catalogue's area order.
Value areas_of(const source::DataSet& ds, int year, bool& any_yoy) {
  List areas;
  for (const auto& group : source::indicator_groups) {
    AreaFigures af = area_figures(ds, group, year);
    if (af.figures.empty()) continue;
    for (const auto& f : af.figures) any_yoy |= !f.get("yoy")->text.empty();
    any_yoy |= !af.changes.empty();
    Value a;
    a.set("group", group);
    a.set("heading", area_heading(group));
    a.set("figures", mark_first_last(af.figures));
    a.set("changes", af.changes);
    areas.push_back(a);
  }
  return mark_first_last(areas);
}

}  // namespace

Schema work_report_schema() {
  Schema s{"work-report", {}};
  add_fields(s, "", office_field_names);
  add_fields(s, "",
             {"title", "meeting", "speaker", "speaker_title", "date", "date_cn", "year",
              "last_year", "next_year", "opening", "closing", "areas", "has_areas", "has_yoy",
              "achievements", "shortcomings", "plan_items", "safeguards"});
  add_fields(s, "areas", area_fields);
  add_fields(s, "areas.figures", figure_field_names);
  add_fields(s, "areas.figures", {"first", "last"});
  for (const char* list : {"achievements", "plan_items", "safeguards"})
    add_fields(s, list, item_fields);
  add_fields(s, "shortcomings", {"text", "clause", "ordinal", "first", "last"});
  return s;
}

std::optional<Value> build_work_report(const source::DataSet& ds, int year, Diagnostics& diags) {
  const source::Narrative* n = source::narrative_for(ds, "work_report", year);
  if (!n) {
    diags.error({ds.dir, 0, 0, ""}, "no work_report narrative for " + std::to_string(year),
                "add narrative/work-report-" + std::to_string(year) +
                    ".yaml with kind: work_report and year: " + std::to_string(year));
    return std::nullopt;
  }
  Value c;
  add_office_fields(c, ds, "work_report");
  c.set("title", n->title.empty() ? "在" + n->meeting + "上的讲话" : n->title);
  c.set("meeting", n->meeting);
  c.set("speaker", n->speaker);
  c.set("speaker_title", n->speaker_title);
  c.set("date", n->date ? n->date->iso() : "");
  c.set("date_cn", n->date ? chinese_date(*n->date) : "");
  c.set("year", year);
  c.set("last_year", year - 1);
  c.set("next_year", year + 1);
  c.set("opening", n->opening);
  c.set("closing", n->closing);
  bool any_yoy = false;
  Value areas = areas_of(ds, year, any_yoy);
  c.set("has_areas", !areas.list.empty());
  c.set("areas", areas);
  c.set("has_yoy", any_yoy);
  c.set("achievements", narrative_items(n->achievements));
  c.set("shortcomings", paragraphs(n->shortcomings));
  c.set("plan_items", narrative_items(n->plan_items));
  c.set("safeguards", narrative_items(n->safeguards));
  return c;
}

}  // namespace docpipe::compose
