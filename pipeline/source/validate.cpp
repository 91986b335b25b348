#include "source/validate.h"

#include "core/spelling.h"
#include "source/config.h"
#include "source/loader.h"

namespace docpipe::source {
namespace {

Location row(const DataSet& ds, const std::string& what) {
  return {data_file(ds.dir, "docpipe.db"), 0, 0, what};
}

std::vector<std::string> indicator_keys(const DataSet& ds) {
  std::vector<std::string> out;
  for (const auto& i : ds.indicators) out.push_back(i.key);
  return out;
}

void check_units(const DataSet& ds, Diagnostics& diags) {
  for (const auto& u : ds.units) {
    Location at = row(ds, "unit " + u.code);
    if (!u.parent.empty() && !find_unit(ds, u.parent))
      diags.error(at, "parent unit '" + u.parent + "' does not exist");
    if (!u.successor.empty() && !find_unit(ds, u.successor))
      diags.error(at, "successor unit '" + u.successor + "' does not exist");
    if (u.active_from && u.active_until && *u.active_until < *u.active_from)
      diags.error(at, "active_until " + u.active_until->iso() + " is before active_from " +
                          u.active_from->iso());
  }
}

void check_values(const DataSet& ds, Diagnostics& diags) {
  if (ds.indicators.empty()) return;  // indicators.yaml itself failed; already reported
  for (const auto& v : ds.values) {
    Location at = row(ds, "value " + v.indicator + " " + std::to_string(v.year) +
                              (v.scope.empty() ? "" : " " + v.scope));
    if (!find_indicator(ds, v.indicator))
      diags.error(at,
                  "indicator '" + v.indicator + "' is not in indicators.yaml" +
                      did_you_mean(v.indicator, indicator_keys(ds)),
                  "add it back to the catalogue, or re-import the figures under its new key");
    if (!v.scope.empty() && !find_unit(ds, v.scope))
      diags.error(at, "scope '" + v.scope + "' is not a unit");
  }
}

void check_items(const DataSet& ds, Diagnostics& diags) {
  for (const auto& it : ds.items) {
    Location at = row(ds, "register item " + std::to_string(it.id) + " '" + it.title + "'");
    const Unit* u = find_unit(ds, it.unit);
    if (u && !u->active_on(it.date))
      diags.error(
          at, "submitted " + it.date.iso() + " by " + u->name + ", which did not exist on that day",
          u->successor.empty() ? "" : "credit it to the successor unit " + u->successor);
    if (ds.channels.empty()) continue;
    for (const auto& c : it.adopted_by)
      if (!find_channel(ds, c))
        diags.error(at, "adopting channel '" + c + "' is not in channels.yaml");
  }
}

// `init --empty` writes （请填写…） where only the office knows the value; a document
// printed with one would carry it, so each left is a warning until replaced.
void check_placeholders(const DataSet& ds, Diagnostics& diags) {
  const std::string mark = "请填写";
  auto check = [&](const std::string& file, const std::string& key, const std::string& value) {
    if (value.find(mark) != std::string::npos)
      diags.warning({data_file(ds.dir, file), 0, 0, key}, key + " still holds a placeholder",
                    "replace " + value + " with the office's own value");
  };
  const Office& o = ds.office;
  for (const auto& [k, v] :
       std::vector<std::pair<std::string, std::string>>{{"name", o.name},
                                                        {"province", o.province},
                                                        {"region", o.region},
                                                        {"issuing_office", o.issuing_office},
                                                        {"document_prefix", o.document_prefix}})
    check("office.yaml", k, v);
  check("briefs/series.yaml", "name", ds.brief_series.name);
  check("briefs/series.yaml", "publisher", ds.brief_series.publisher);
  for (const auto& [kind, d] : ds.distribution)
    for (const auto* list : {&d.to, &d.cc, &d.report, &d.send, &d.issue})
      for (const auto& v : *list) check("distribution.yaml", kind, v);
}

// A narrative `area:` (issue 18) places an achievement in that group's section.
void check_narrative_areas(const DataSet& ds, Diagnostics& diags) {
  std::vector<std::string> groups;
  for (const auto& g : ds.indicator_groups) groups.push_back(g.name);
  std::string list;
  for (const auto& g : groups) list += (list.empty() ? "" : "、") + g;
  for (const auto& n : ds.narratives)
    for (const auto& a : n.achievements)
      if (!a.area.empty() && !find_indicator_group(ds, a.area))
        diags.error(
            a.where,
            "area '" + a.area + "' is not an indicator group" + did_you_mean(a.area, groups),
            "name a group of indicators.yaml (" + list + ") or its heading");
}

}  // namespace

void check_consistency(const DataSet& ds, Diagnostics& diags) {
  check_placeholders(ds, diags);
  check_narrative_areas(ds, diags);
  check_units(ds, diags);
  check_values(ds, diags);
  check_items(ds, diags);
  for (const auto& kind : document_kinds)
    if (!distribution_for(ds, kind))
      diags.warning({data_file(ds.dir, "distribution.yaml")}, "no distribution list for " + kind,
                    "add a section `" + kind + ":`");
}

bool validate_data_folder(const std::string& dir, const std::vector<ValidationCheck>& extra,
                          Diagnostics& diags, std::string& summary) {
  std::optional<DataSet> ds = load_data_folder(dir, diags);
  if (!ds) return false;
  bool ok = true;
  for (const auto& check : extra) ok &= succeeds(diags, [&](Diagnostics& d) { check.run(*ds, d); });
  if (!ok) return false;
  size_t articles = 0;
  for (const auto& b : ds->briefs) articles += b.articles.size();
  summary = std::to_string(ds->units.size()) + " units, " + std::to_string(ds->indicators.size()) +
            " indicators, " + std::to_string(ds->values.size()) + " values, " +
            std::to_string(ds->channels.size()) + " channels, " + std::to_string(ds->items.size()) +
            " register items, " + std::to_string(ds->comments.size()) + " leader comments, " +
            std::to_string(ds->narratives.size()) + " narratives, " +
            std::to_string(ds->briefs.size()) + " briefs (" + std::to_string(articles) +
            " articles)";
  for (const auto& check : extra) summary += std::string("; ") + check.name + " checked";
  return true;
}

}  // namespace docpipe::source
