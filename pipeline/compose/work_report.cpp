// 工作报告: the speech at the annual meeting. The document for year Y reviews Y's figures
// (同比 to Y-1) and sets out the work for Y+1; prose comes from narrative work_report/Y.
#include "compose/builders.h"
#include "compose/common.h"

namespace docpipe::compose {
namespace {

const std::vector<std::string> item_fields = {"title", "text", "ordinal", "first", "last"};

}  // namespace

Schema work_report_schema() {
  Schema s{"work-report", {}};
  add_fields(s, "", office_field_names);
  add_fields(s, "",
             {"title", "meeting", "speaker", "speaker_title", "date", "date_cn", "year",
              "last_year", "next_year", "opening", "closing", "areas", "has_areas", "has_yoy",
              "achievements", "overview", "shortcomings", "plan_items", "safeguards"});
  add_fields(s, "areas", area_field_names);
  add_fields(s, "areas.notes", item_fields);
  add_fields(s, "areas.figures", figure_field_names);
  add_fields(s, "areas.figures", {"first", "last"});
  for (const char* list : {"achievements", "overview", "plan_items", "safeguards"})
    add_fields(s, list, item_fields);
  add_fields(s, "shortcomings", {"text", "clause", "ordinal", "first", "last"});
  return s;
}

std::optional<Value> build_work_report(const source::DataSet& ds, int year, Diagnostics& diags) {
  const source::Narrative* n = require_narrative(ds, "work_report", "work-report", year, diags);
  if (!n) return std::nullopt;
  Value c;
  add_office_fields(c, ds, "work_report");
  c.set("title", n->title);  // empty: the template's 在…上的讲话
  c.set("meeting", n->meeting);
  c.set("speaker", n->speaker);
  c.set("speaker_title", n->speaker_title);
  set_report_fields(c, *n, year);
  bool any_yoy = false;
  Value areas = areas_of(ds, year, any_yoy, n->achievements);
  c.set("has_areas", !areas.list.empty());
  c.set("areas", areas);
  c.set("has_yoy", any_yoy);
  set_unplaced_achievements(c, n->achievements);
  c.set("shortcomings", paragraphs(n->shortcomings));
  c.set("plan_items", narrative_items(n->plan_items));
  c.set("safeguards", narrative_items(n->safeguards));
  return c;
}

}  // namespace docpipe::compose
