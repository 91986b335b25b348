// Internal helpers the composers share: office and distribution
// fields, indicator figures with 同比.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "compose/template.h"
#include "compose/value.h"
#include "core/chinese.h"
#include "facts/change.h"
#include "source/model.h"

namespace docpipe::compose {

facts::Measure measure_of(const source::Indicator& ind);  // "%" → rate
std::string join(const std::vector<std::string>& items, const std::string& sep);

// office_name, region, printer; to / has_to, cc / has_cc from the kind's distribution.
void add_office_fields(Value& ctx, const source::DataSet& ds, const std::string& dist_kind);
extern const std::vector<std::string> office_field_names;

// One area's figures for `year` with 同比 to year-1: fields of `figures` items are
// name, value, value_approx, measure, yoy, yoy_cell, last_value, sep; `changes` holds
// the combined "同比分别…" phrase when every figure has one (then per-figure yoy is empty).
struct AreaFigures {
  List figures;
  std::string changes;
};
AreaFigures area_figures(const source::DataSet& ds, const std::string& group, int year);
extern const std::vector<std::string> figure_field_names;

// One entry per 法治政府建设 area that has figures in `year` or a narrative note
// ({group, heading, has_figures, figures, changes, notes}), first/last marked; `notes` are
// the achievements whose `area:` names the group (the loader checked every area exists).
// `any_yoy` tells whether any 同比 phrase was made.
Value areas_of(const source::DataSet& ds, int year, bool& any_yoy,
               const std::vector<source::NarrativeItem>& achievements = {});
// The achievements no `area:` places: titled ones become sections of their own after the
// areas (`achievements`), untitled ones open the part before them (`overview`).
void set_unplaced_achievements(Value& c, const std::vector<source::NarrativeItem>& achievements);
extern const std::vector<std::string> area_field_names;

// The narrative of `kind` for `year` (reports and speeches), or an error naming the file
// `narrative/<file_stem>-<year>.yaml` to add.
const source::Narrative* require_narrative(const source::DataSet& ds, const std::string& kind,
                                           const std::string& file_stem, int year,
                                           Diagnostics& diags);
// date, date_cn, year, last_year, next_year, opening, closing: what every report has.
void set_report_fields(Value& c, const source::Narrative& n, int year);

// Narrative items as {title, text, ordinal} (ordinal 一是/二是…), paragraphs as
// {text, clause, ordinal}; clause is the text without its final 。 for joining with ；.
Value narrative_items(const std::vector<source::NarrativeItem>& items);
Value paragraphs(const std::vector<std::string>& texts);
std::string clause(std::string s);

// Adds "prefix.name" for each name to the schema.
void add_fields(Schema& s, const std::string& prefix, const std::vector<std::string>& names);

}  // namespace docpipe::compose
