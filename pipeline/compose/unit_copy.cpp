// Per-unit copies of the monthly circular: the shared context (table unchanged) plus the
// unit's own figures and rank, and its row marked. Units are matched to rows by name (the
// monthly rows carry names; names are unique among units active in a month).
#include "compose/builders.h"
#include "compose/common.h"
#include "compose/periodic.h"

namespace docpipe::compose {

Schema unit_copy_schema() {
  Schema s = circular_schema();
  s.kind = "circular-unit";
  add_fields(s, "",
             {"unit_name", "unit_ranked", "unit_rank_phrase", "unit_rank_clause", "unit_score",
              "unit_submitted", "unit_quota", "unit_below", "unit_count"});
  add_fields(s, "units", {"mine"});
  return s;
}

Value unit_copy_context(const Value& circular, const source::DataSet& ds, const source::Unit& u) {
  Value c = circular;
  const Value* rows = circular.get("units");
  Value marked = rows ? *rows : Value(List{});
  const Value* mine = nullptr;
  for (auto& row : marked.list) {
    // The table names the unit as it was called that month (it may have been renamed since).
    bool is_mine = false;
    if (const Value* name = row.get("name")) {
      is_mine = name->text == u.name;
      for (const auto& f : u.former_names) is_mine |= name->text == f.name;
    }
    row.set("mine", is_mine);
    if (is_mine) mine = &row;
  }
  c.set("unit_name", mine ? mine->get("name")->text : u.name);
  c.set("unit_ranked", mine != nullptr);
  c.set("unit_count", static_cast<int>(marked.list.size()));
  c.set("unit_rank_phrase", mine ? mine->get("rank_phrase")->text : "");
  c.set("unit_rank_clause", mine ? mine->get("rank_clause")->text : "");
  c.set("unit_score", mine ? mine->get("score")->text : "0");
  c.set("unit_submitted", mine ? mine->get("submitted")->text : "0");
  c.set("unit_quota",
        mine ? mine->get("quota")->text : std::to_string(source::quota_for(ds, u.code)));
  c.set("unit_below", mine ? mine->get("below_quota")->flag : source::quota_for(ds, u.code) > 0);
  c.set("units", marked);
  return c;
}

}  // namespace docpipe::compose
