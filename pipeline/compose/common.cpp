#include "compose/common.h"

#include <map>

#include "facts/counts.h"

namespace docpipe::compose {

facts::Measure measure_of(const source::Indicator& ind) {
  return ind.measure == "%" ? facts::Measure::rate : facts::Measure::count;
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
  return out;
}

const std::vector<std::string> office_field_names = {"office_name", "region", "printer", "to",
                                                     "has_to",      "cc",     "has_cc"};

void add_office_fields(Value& ctx, const source::DataSet& ds, const std::string& dist_kind) {
  ctx.set("office_name", ds.office.name);
  ctx.set("region", ds.office.region);
  ctx.set("printer", ds.office.issuing_office);
  const source::DistributionList* d = source::distribution_for(ds, dist_kind);
  std::vector<std::string> none;
  ctx.set("to", text_list(d ? d->to : none));
  ctx.set("has_to", d && !d->to.empty());
  ctx.set("cc", text_list(d ? d->cc : none));
  ctx.set("has_cc", d && !d->cc.empty());
}

const std::vector<std::string> figure_field_names = {"name", "value",    "value_approx", "measure",
                                                     "yoy",  "yoy_cell", "last_value",   "sep"};

namespace {

std::string approx(const Decimal& v) {
  return v.is_integer() ? facts::approx_count(v.units) : v.text();
}

// "增加73.51%" for a table cell; "—" when there is no change to show.
std::string cell_text(const std::optional<facts::Change>& c) {
  if (!c) return "—";
  if (c->direction == facts::Direction::flat) return "持平";
  auto w = facts::default_wording(c->measure);
  return (c->direction == facts::Direction::rise ? w.rise : w.fall) + facts::magnitude_text(*c);
}

}  // namespace

AreaFigures area_figures(const source::DataSet& ds, const std::string& group, int year) {
  AreaFigures out;
  std::vector<std::optional<facts::Change>> changes;
  for (const auto& ind : ds.indicators) {
    if (ind.group != group) continue;
    auto now = source::value_of(ds, ind.key, year);
    if (!now) continue;
    auto last = source::value_of(ds, ind.key, year - 1);
    auto change = facts::compute_change(*now, last, measure_of(ind));
    // A small whole base (3 → 4) reads as a count, 增加1场, not 增加33.33%; such a figure
    // keeps its own phrase (it cannot join a 分别 list of percentages).
    const bool small = last && measure_of(ind) == facts::Measure::count && last->is_integer() &&
                       now->is_integer() && last->units < ds.small_base;
    changes.push_back(small ? std::nullopt : change);
    Value f;
    f.set("name", ind.name);
    f.set("value", now->text());
    f.set("value_approx", approx(*now));
    f.set("measure", ind.measure);
    if (small) {
      std::string phrase =
          facts::count_change_phrase(*now, *last, ind.measure, facts::Period::year);
      f.set("yoy", phrase);
      f.set("yoy_cell",
            phrase == "与上年持平" ? "持平" : phrase.substr(std::string("同比").size()));
    } else {
      f.set("yoy", facts::change_phrase(change, facts::Period::year));
      f.set("yoy_cell", cell_text(change));
    }
    f.set("last_value", last ? last->text() : "—");
    out.figures.push_back(f);
  }
  // "同比分别…" reads well for two to four figures that all have a change.
  std::string combined = facts::changes_phrase(changes, facts::Period::year);
  bool combine = changes.size() >= 2 && changes.size() <= 4 && !combined.empty();
  bool any_yoy = false;
  for (auto& f : out.figures) {
    if (combine) f.set("yoy", "");
    any_yoy |= !f.get("yoy")->text.empty();
  }
  for (size_t i = 0; i < out.figures.size(); ++i)
    out.figures[i].set("sep", i + 1 == out.figures.size() ? "" : (any_yoy ? "；" : "，"));
  if (combine) out.changes = combined;
  return out;
}

Value narrative_items(const std::vector<source::NarrativeItem>& items) {
  List l;
  for (size_t i = 0; i < items.size(); ++i) {
    Value v;
    v.set("title", items[i].title);
    v.set("text", items[i].text);
    v.set("ordinal", chinese_numeral(static_cast<int>(i) + 1) + "是");
    l.push_back(v);
  }
  return mark_first_last(l);
}

// A sentence as a clause of a longer one: final 。；， and spaces dropped.
std::string clause(std::string s) {
  for (bool again = true; again;) {
    again = false;
    for (const char* end : {"。", "；", "，", " "}) {
      std::string e = end;
      if (s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0) {
        s.erase(s.size() - e.size());
        again = true;
      }
    }
  }
  return s;
}

Value paragraphs(const std::vector<std::string>& texts) {
  List l;
  for (size_t i = 0; i < texts.size(); ++i) {
    Value v;
    v.set("text", texts[i]);
    v.set("clause", clause(texts[i]));
    v.set("ordinal", chinese_numeral(static_cast<int>(i) + 1) + "是");
    l.push_back(v);
  }
  return mark_first_last(l);
}

void add_fields(Schema& s, const std::string& prefix, const std::vector<std::string>& names) {
  for (const auto& n : names) s.fields.insert(prefix.empty() ? n : prefix + "." + n);
}

const std::vector<std::string> area_field_names = {"group",   "heading", "has_figures", "figures",
                                                   "changes", "notes",   "first",       "last"};

Value areas_of(const source::DataSet& ds, int year, bool& any_yoy,
               const std::vector<source::NarrativeItem>& achievements) {
  List areas;
  for (const auto& g : ds.indicator_groups) {
    const std::string& group = g.name;
    AreaFigures af = area_figures(ds, group, year);
    std::vector<source::NarrativeItem> notes;
    for (const auto& a : achievements)
      if (!a.area.empty() && source::find_indicator_group(ds, a.area) == &g) notes.push_back(a);
    if (af.figures.empty() && notes.empty()) continue;
    for (const auto& f : af.figures) any_yoy |= !f.get("yoy")->text.empty();
    any_yoy |= !af.changes.empty();
    Value a;
    a.set("group", group);
    a.set("heading", g.heading);
    a.set("has_figures", !af.figures.empty());
    a.set("figures", mark_first_last(af.figures));
    a.set("changes", af.changes);
    a.set("notes", narrative_items(notes));
    areas.push_back(a);
  }
  return mark_first_last(areas);
}

void set_unplaced_achievements(Value& c, const std::vector<source::NarrativeItem>& achievements) {
  std::vector<source::NarrativeItem> titled, untitled;
  for (const auto& a : achievements)
    if (a.area.empty()) (a.title.empty() ? untitled : titled).push_back(a);
  c.set("achievements", narrative_items(titled));
  c.set("overview", narrative_items(untitled));
}

const source::Narrative* require_narrative(const source::DataSet& ds, const std::string& kind,
                                           const std::string& /*file_stem*/, int year,
                                           Diagnostics& diags) {
  const source::Narrative* n = source::narrative_for(ds, kind, year);
  if (!n) {
    const std::string y = std::to_string(year);
    diags.error({ds.dir, 0, 0, ""}, "no " + kind + " narrative for " + y,
                // The loader reads any narrative/*.yaml; the sample and README name them KIND-YEAR.
                "add narrative/" + kind + "-" + y + ".yaml with kind: " + kind + " and year: " + y);
  }
  return n;
}

void set_report_fields(Value& c, const source::Narrative& n, int year) {
  c.set("date", n.date ? n.date->iso() : "");
  c.set("date_cn", n.date ? chinese_date(*n.date) : "");
  c.set("year", year);
  c.set("last_year", year - 1);
  c.set("next_year", year + 1);
  c.set("opening", n.opening);
  c.set("closing", n.closing);
}

}  // namespace docpipe::compose
