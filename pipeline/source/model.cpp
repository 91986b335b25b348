// Query helpers over a loaded DataSet. Linear scans: a data folder holds a few thousand
// rows at most, and composers ask a handful of questions per document.
#include "source/model.h"

#include <algorithm>
#include <cstdio>

namespace docpipe::source {

const std::vector<IndicatorGroup> default_indicator_groups = {
    {"政府职能", "依法全面履行政府职能"},
    {"制度建设", "完善依法行政制度体系"},
    {"行政决策", "推进行政决策科学化、民主化、法治化"},
    {"行政执法", "坚持严格规范公正文明执法"},
    {"监督", "强化对行政权力的制约和监督"},
    {"矛盾纠纷化解", "依法有效化解社会矛盾纠纷"},
    {"法治能力", "提高政府工作人员法治思维和依法行政能力"},
    {"组织保障", "加强法治政府建设的组织领导"},
};

const std::vector<std::string> default_unit_kinds = {"处室", "科室", "直属单位",     "省直部门",
                                                     "市州", "县区", "县（市、区）", "司法所"};

bool Unit::active_on(const Date& d) const {
  if (active_from && d < *active_from) return false;
  if (active_until && *active_until < d) return false;
  return true;
}

const std::string& Unit::name_on(const Date& d) const {
  for (const auto& f : former_names)
    if (d <= f.until) return f.name;
  return name;
}

bool Unit::active_in_month(int year, int month) const {
  Date first{year, month, 1}, last{year, month, 31};
  if (active_from && last < *active_from) return false;
  if (active_until && *active_until < first) return false;
  return true;
}

const Unit* find_unit(const DataSet& ds, const std::string& code) {
  for (const auto& u : ds.units)
    if (u.code == code) return &u;
  return nullptr;
}

const IndicatorGroup* find_indicator_group(const DataSet& ds, const std::string& area) {
  for (const auto& g : ds.indicator_groups)
    if (g.name == area || g.heading == area) return &g;
  return nullptr;
}

const Indicator* find_indicator(const DataSet& ds, const std::string& key) {
  for (const auto& i : ds.indicators)
    if (i.key == key) return &i;
  return nullptr;
}

const Channel* find_channel(const DataSet& ds, const std::string& code) {
  for (const auto& c : ds.channels)
    if (c.code == code) return &c;
  return nullptr;
}

std::optional<Decimal> value_of(const DataSet& ds, const std::string& indicator, int year,
                                const std::string& scope) {
  for (const auto& v : ds.values)
    if (v.indicator == indicator && v.year == year && v.scope == scope) return v.value;
  return std::nullopt;
}

std::vector<IndicatorValue> values_for(const DataSet& ds, int year, const std::string& scope) {
  std::vector<IndicatorValue> out;
  for (const auto& ind : ds.indicators)
    for (const auto& v : ds.values)
      if (v.indicator == ind.key && v.year == year && v.scope == scope) out.push_back(v);
  return out;
}

std::vector<const RegisterItem*> items_in_month(const DataSet& ds, int year, int month) {
  std::vector<const RegisterItem*> out;
  for (const auto& it : ds.items)
    if (it.date.year == year && it.date.month == month) out.push_back(&it);
  std::stable_sort(out.begin(), out.end(),
                   [](const RegisterItem* a, const RegisterItem* b) { return a->date < b->date; });
  return out;
}

std::vector<const Unit*> units_active_in_month(const DataSet& ds, int year, int month) {
  std::vector<const Unit*> out;
  for (const auto& u : ds.units)
    if (u.active_in_month(year, month)) out.push_back(&u);
  return out;
}

int quota_for(const DataSet& ds, const std::string& unit_code) {
  auto it = ds.quotas.per_unit.find(unit_code);
  return it == ds.quotas.per_unit.end() ? ds.quotas.default_quota : it->second;
}

int quota_in_month(const DataSet& ds, const std::string& unit_code, int year, int month) {
  const int wanted = year * 12 + month;
  int start = 0;  // months since year 0; 0 = no data and no configured start yet
  auto configured = ds.quotas.start.find(unit_code);
  if (configured != ds.quotas.start.end()) {
    start = configured->second.year * 12 + configured->second.month;
  } else {
    for (const auto& it : ds.items) {  // by date: the first of the unit is its first month
      if (it.unit != unit_code) continue;
      start = it.date.year * 12 + it.date.month;
      break;
    }
  }
  if (start == 0 || wanted < start) return 0;
  return quota_for(ds, unit_code);
}

int item_points(const DataSet& ds, const RegisterItem& item) {
  int points = item.instructions * ds.instruction_points;
  for (const auto& code : item.adopted_by)
    if (const Channel* c = find_channel(ds, code)) points += c->points;
  return points;
}

const LeaderComment* comment_for_month(const DataSet& ds, int year, int month) {
  for (const auto& c : ds.comments)
    if (c.year == year && c.month == month) return &c;
  return nullptr;
}

const Narrative* narrative_for(const DataSet& ds, const std::string& kind, int year) {
  for (const auto& n : ds.narratives)
    if (n.kind == kind && n.year == year) return &n;
  return nullptr;
}

const DistributionList* distribution_for(const DataSet& ds, const std::string& kind) {
  auto it = ds.distribution.find(kind);
  return it == ds.distribution.end() ? nullptr : &it->second;
}

const Brief* find_brief(const DataSet& ds, int year, int issue) {
  for (const auto& b : ds.briefs)
    if (b.year == year && b.issue == issue) return &b;
  return nullptr;
}

int brief_total_number(const DataSet& ds, const Brief& brief) {
  int position = 0;
  for (const auto& b : ds.briefs) {
    if (b.year < brief.year || (b.year == brief.year && b.issue <= brief.issue)) ++position;
  }
  return ds.brief_series.total_before + position;
}

}  // namespace docpipe::source
