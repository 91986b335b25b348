// office.yaml, indicators.yaml, channels.yaml, quotas.yaml.
#include <algorithm>
#include <cctype>
#include <set>

#include "core/spelling.h"
#include "source/config.h"
#include "source/text_forms.h"
#include "source/yaml_file.h"

namespace docpipe::source {
namespace {

const std::vector<std::string> measure_words = {"件", "部", "项", "人次", "万元", "人",
                                                "个", "家", "次", "条",   "场",   "%"};

bool valid_key(const std::string& k) {
  if (k.empty()) return false;
  for (char c : k)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')) return false;
  return true;
}

void load_indicator(YamlFile& f, const YAML::Node& n, std::set<std::string>& seen, DataSet& ds) {
  if (!f.check_map(n, {"key", "name", "measure", "group", "rise_is_good"},
                   {"key", "name", "measure", "group"}, "indicator"))
    return;
  Indicator ind;
  ind.key = f.text(n, "key");
  ind.name = f.text(n, "name");
  ind.measure = f.text(n, "measure");
  ind.group = f.text(n, "group");
  ind.rise_is_good = f.boolean(n, "rise_is_good").value_or(true);
  ind.where = f.at(n);
  if (!ind.key.empty() && !valid_key(ind.key))
    f.error(n["key"], "indicator key '" + ind.key + "' should be letters, digits and _ only");
  if (!ind.key.empty() && !seen.insert(ind.key).second)
    f.error(n["key"], "indicator '" + ind.key + "' is listed twice", "remove one of them");
  if (n["measure"] &&
      std::find(measure_words.begin(), measure_words.end(), ind.measure) == measure_words.end())
    f.error(n["measure"],
            "unknown measure word '" + ind.measure + "'" + did_you_mean(ind.measure, measure_words),
            "use one of 件 部 项 人次 万元 人 个 家 次 条 场 %");
  std::vector<std::string> groups;
  for (const auto& g : ds.indicator_groups) groups.push_back(g.name);
  if (n["group"] && std::find(groups.begin(), groups.end(), ind.group) == groups.end()) {
    std::string list;
    for (const auto& g : groups) list += (list.empty() ? "" : " ") + g;
    f.error(n["group"], "unknown group '" + ind.group + "'" + did_you_mean(ind.group, groups),
            "use one of " + list + ", or add the group to `groups` at the top of the file");
  }
  ds.indicators.push_back(std::move(ind));
}

}  // namespace

std::string data_file(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

void load_office(const std::string& dir, DataSet& ds, Diagnostics& diags) {
  YamlFile f(data_file(dir, "office.yaml"), diags);
  if (!f.ok()) return;
  const auto& r = f.root();
  if (!f.check_map(
          r, {"name", "province", "region", "issuing_office", "document_prefix", "unit_kinds"},
          {"name", "province", "region", "issuing_office"}, "office description"))
    return;
  if (r["unit_kinds"]) {
    std::vector<std::string> kinds = f.text_list(r, "unit_kinds");
    std::set<std::string> seen;
    for (const auto& k : kinds)
      if (k.empty() || !seen.insert(k).second)
        f.error(r["unit_kinds"], "unit_kinds lists '" + k + "' twice or empty",
                "list each kind once, e.g. [处室, 科室, 直属单位, 县（市、区）, 司法所]");
    if (kinds.empty())
      f.error(r["unit_kinds"], "unit_kinds lists no kind",
              "list the kinds of unit the office has, or remove the key for the standard ones");
    else
      ds.office.unit_kinds = kinds;
  }
  ds.office.name = f.text(r, "name");
  ds.office.province = f.text(r, "province");
  ds.office.region = f.text(r, "region");
  ds.office.issuing_office = f.text(r, "issuing_office");
  ds.office.document_prefix = f.text(r, "document_prefix");
}

namespace {

// `groups:` — the office's own areas in report order; an entry is a name, or {name, heading}
// when the report's section heading differs from the short name.
void load_groups(YamlFile& f, DataSet& ds) {
  if (!f.root()["groups"]) return;
  std::vector<IndicatorGroup> groups;
  std::set<std::string> seen;
  for (const YAML::Node& n : f.sequence(f.root(), "groups")) {
    IndicatorGroup g;
    if (n.IsScalar()) {
      g = {n.Scalar(), n.Scalar()};
    } else if (f.check_map(n, {"name", "heading"}, {"name"}, "group")) {
      g = {f.text(n, "name"), f.text(n, "heading")};
      if (g.heading.empty()) g.heading = g.name;
    } else {
      continue;
    }
    if (g.name.empty()) f.error(n, "a group needs a name", "write `- {name: 监督, heading: …}`");
    if (!g.name.empty() && !seen.insert(g.name).second)
      f.error(n, "group '" + g.name + "' is listed twice", "remove one of them");
    groups.push_back(std::move(g));
  }
  if (groups.empty()) {
    f.error(f.root()["groups"], "`groups` lists no group",
            "list the areas in report order, or remove `groups` for the standard ones");
    return;
  }
  ds.indicator_groups = std::move(groups);
}

}  // namespace

void load_indicators(const std::string& dir, DataSet& ds, Diagnostics& diags) {
  YamlFile f(data_file(dir, "indicators.yaml"), diags);
  if (!f.ok() || !f.check_map(f.root(), {"groups", "small_base", "indicators"}, {"indicators"},
                              "indicator catalogue"))
    return;
  load_groups(f, ds);
  if (f.root()["small_base"])
    ds.small_base = f.integer(f.root(), "small_base", 0, 1000000).value_or(ds.small_base);
  std::set<std::string> seen;
  for (const YAML::Node& n : f.sequence(f.root(), "indicators")) load_indicator(f, n, seen, ds);
}

void load_channels(const std::string& dir, DataSet& ds, Diagnostics& diags) {
  YamlFile f(data_file(dir, "channels.yaml"), diags);
  if (!f.ok() ||
      !f.check_map(f.root(), {"instruction_points", "channels"}, {"channels"}, "channel list"))
    return;
  ds.instruction_points = f.integer(f.root(), "instruction_points", 0, 1000).value_or(0);
  std::set<std::string> seen;
  for (const YAML::Node& n : f.sequence(f.root(), "channels")) {
    if (!f.check_map(n, {"code", "name", "points"}, {"code", "name", "points"}, "channel"))
      continue;
    Channel c{f.text(n, "code"), f.text(n, "name"), f.integer(n, "points", 0, 1000).value_or(0)};
    if (!c.code.empty() && !valid_key(c.code))
      f.error(n["code"], "channel code '" + c.code + "' should be letters, digits and _ only");
    if (!seen.insert(c.code).second) f.error(n["code"], "channel '" + c.code + "' is listed twice");
    ds.channels.push_back(std::move(c));
  }
}

void load_quotas(const std::string& dir, DataSet& ds, Diagnostics& diags) {
  YamlFile f(data_file(dir, "quotas.yaml"), diags);
  if (!f.ok() || !f.check_map(f.root(), {"quota", "units", "start"}, {"quota"}, "quota file"))
    return;
  ds.quotas.default_quota = f.integer(f.root(), "quota", 0, 100).value_or(0);
  // start: {CODE: YYYY-MM} — the first month a unit owes its quota, when not its first
  // month with data.
  YAML::Node start = f.root()["start"];
  if (start && start.IsMap()) {
    for (auto it = start.begin(); it != start.end(); ++it) {
      auto m = it->second.IsScalar() ? parse_year_month(it->second.Scalar()) : std::nullopt;
      if (!m)
        f.error(it->second, "start for '" + it->first.Scalar() + "' should be a month, YYYY-MM");
      else
        ds.quotas.start[it->first.Scalar()] = *m;
    }
  } else if (start && !start.IsNull()) {
    f.error(start, "'start' should map unit codes to months, e.g. `JCS: 2026-04`");
  }
  YAML::Node units = f.root()["units"];
  if (!units || units.IsNull()) return;
  if (!units.IsMap()) {
    f.error(units, "'units' should map unit codes to quotas, e.g. `JCS: 3`");
    return;
  }
  for (auto it = units.begin(); it != units.end(); ++it) {
    std::string code = it->first.Scalar();
    std::optional<int> q = it->second.IsScalar() ? parse_count(it->second.Scalar()) : std::nullopt;
    if (!q || *q > 100) {
      f.error(it->second, "quota for '" + code + "' should be a whole number from 0 to 100");
      continue;
    }
    // Units come from docpipe.db, loaded first; check here where the line is known.
    if (!ds.units.empty() && !find_unit(ds, code)) {
      std::vector<std::string> codes;
      for (const auto& u : ds.units) codes.push_back(u.code);
      f.error(it->first, "unknown unit '" + code + "' in quotas" + did_you_mean(code, codes),
              "use a unit code from `docpipe import units`");
      continue;
    }
    ds.quotas.per_unit[code] = *q;
  }
}

}  // namespace docpipe::source
