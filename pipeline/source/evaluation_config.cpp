// data/evaluation.yaml → Evaluation. Layout:
//
//   title: 2026年度全省法治政府建设考评
//   year: 2026
//   date: 2027-01-20               # 成文日期 of the 结果通报
//   to: [各市（州）司法局, …]  cc: [省委依法治省办]  signature: 澜江省司法厅
//   total: 100                     # 满分: the level-1 weights add up to it
//   decimals: 2
//   grades: {excellent: 90, good: 80, pass: 60}
//   groups: [{name: 市州, kinds: [市州]}, {name: 省直部门, units: [JTT, SJJ]}]
//   indicators:                    # up to three levels; children add up to their parent
//     - {code: A, name: …, full: 20, children: [{code: A1, …, rule: fixed, standard: …}]}
//   bonus:     [{code: J1, name: …, per: 1, cap: 3}]       # 加分
//   penalties: [{code: K1, name: …, per: 2, cap: 5}]       # 扣分项
//   vetoes:    [{code: V1, name: …, effect: zero}, {code: V2, indicator: B2, cap: 59}]
//
// Leaf rules: fixed (default), proportional (figure: <indicator key>, target: N or the best
// unit), deduct (per: N, 扣完为止).
#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>

#include "source/evaluation.h"
#include "source/text_forms.h"
#include "source/yaml_file.h"

namespace docpipe::source {
namespace {

// 12.50 → "12.5", 20.0 → "20": how a weight is named in a message.
std::string plain(const Decimal& d) {
  std::string t = d.text();
  if (t.find('.') == std::string::npos) return t;
  while (t.back() == '0') t.pop_back();
  if (t.back() == '.') t.pop_back();
  return t;
}

struct Reader {
  YamlFile& f;
  const DataSet& ds;
  Evaluation& ev;
  std::set<std::string> codes;

  std::optional<Decimal> decimal(const YAML::Node& map, const std::string& key, bool required) {
    YAML::Node n = map[key];
    if (!n || n.IsNull()) {
      if (required) f.error(map, "'" + key + "' is missing", "write e.g. " + key + ": 5");
      return std::nullopt;
    }
    auto d = n.IsScalar() ? parse_amount(n.Scalar()) : std::nullopt;
    if (!d || d->units < 0) {
      f.error(n, "'" + key + "' should be a number of points such as 5 or 2.5",
              "write a non-negative number without units");
      return std::nullopt;
    }
    return d;
  }

  bool new_code(const YAML::Node& n, const std::string& code) {
    if (code.empty()) {
      f.error(n, "an indicator without a code", "give each one a short code such as A1.2");
      return false;
    }
    if (!codes.insert(code).second) {
      f.error(n["code"], "code '" + code + "' is used twice",
              "codes identify entries: keep them unique");
      return false;
    }
    ev.where[code] = f.at(n);
    return true;
  }

  void rule(const YAML::Node& n, EvalIndicator& i) {
    std::string r = f.text(n, "rule");
    if (r.empty() || r == "fixed") {
      i.rule = EvalRule::fixed;
    } else if (r == "deduct") {
      i.rule = EvalRule::deduct;
      i.per = decimal(n, "per", true).value_or(Decimal{});
    } else if (r == "proportional") {
      i.rule = EvalRule::proportional;
      i.figure = f.text(n, "figure");
      if (!find_indicator(ds, i.figure))
        f.error(n["figure"] ? n["figure"] : n,
                "proportional indicator " + i.code + " scores the figure '" + i.figure +
                    "', which is not in indicators.yaml",
                "name an indicator key of indicators.yaml; its " + std::to_string(ev.year) +
                    " value per unit is the figure");
      if (auto t = decimal(n, "target", false)) {
        i.target = *t;
      }
    } else {
      f.error(n["rule"], "unknown rule '" + r + "'", "rules: fixed, proportional, deduct");
    }
  }

  // One indicator and its children; returns its full score.
  void indicator(const YAML::Node& n, int level, const std::string& parent) {
    if (!f.check_map(
            n, {"code", "name", "full", "rule", "per", "figure", "target", "standard", "children"},
            {"code", "name", "full"}, "indicator"))
      return;
    EvalIndicator i;
    i.code = f.text(n, "code");
    i.name = f.text(n, "name");
    i.level = level;
    i.parent = parent;
    i.standard = f.text(n, "standard");
    i.full = decimal(n, "full", true).value_or(Decimal{});
    if (!new_code(n, i.code)) return;
    auto kids = f.sequence(n, "children");
    i.leaf = kids.empty();
    if (i.leaf) rule(n, i);
    if (!kids.empty() && n["rule"])
      f.error(n["rule"], "indicator " + i.code + " has children and a rule",
              "a subtotal is the sum of its children: move the rule to a child");
    if (!kids.empty() && level == 3)
      f.error(n["children"], "more than three levels of indicators",
              "一级、二级、三级指标: merge the fourth level into the third");
    ev.indicators.push_back(i);
    const size_t at = ev.indicators.size() - 1;
    if (level == 3) return;
    std::optional<Decimal> sum = Decimal{};
    for (const auto& k : kids) {
      size_t before = ev.indicators.size();
      indicator(k, level + 1, i.code);
      if (ev.indicators.size() > before && sum) sum = add(*sum, ev.indicators[before].full);
    }
    if (!kids.empty() && !(sum && *sum == ev.indicators[at].full))
      f.error(n["full"],
              "the children of " + i.code + " add up to " +
                  (sum ? plain(*sum) : std::string("more than a figure can hold")) +
                  ", not its full score " + plain(i.full),
              "make the weights of its children add up to " + plain(i.full));
  }

  // Exact, or nothing when the sum would not fit 64 bits (issue 17, class 4: weights of up
  // to 12 digits each can add past it; a wrapped sum could even "match" the full score).
  static std::optional<Decimal> add(const Decimal& a, const Decimal& b) {
    int scale = std::max(a.scale, b.scale);
    bool over = false;
    auto at = [&](const Decimal& d) {
      std::int64_t v = d.units;
      for (int k = d.scale; k < scale; ++k) over = __builtin_mul_overflow(v, 10, &v) || over;
      return v;
    };
    std::int64_t x = at(a), y = at(b), total = 0;
    if (over || __builtin_add_overflow(x, y, &total)) return std::nullopt;
    return Decimal{total, scale};
  }

  void extra(const YAML::Node& n, EvalRule r) {
    if (!f.check_map(n, {"code", "name", "per", "cap", "standard"}, {"code", "name", "per", "cap"},
                     r == EvalRule::bonus ? "加分 item" : "扣分 item"))
      return;
    EvalIndicator i;
    i.code = f.text(n, "code");
    i.name = f.text(n, "name");
    i.standard = f.text(n, "standard");
    i.rule = r;
    i.per = decimal(n, "per", true).value_or(Decimal{});
    i.full = decimal(n, "cap", true).value_or(Decimal{});
    if (new_code(n, i.code)) ev.indicators.push_back(i);
  }

  void veto(const YAML::Node& n) {
    if (!f.check_map(n, {"code", "name", "indicator", "effect", "cap"}, {"code", "name"},
                     "一票否决 item"))
      return;
    EvalVeto v;
    v.code = f.text(n, "code");
    v.name = f.text(n, "name");
    v.indicator = f.text(n, "indicator");
    std::string effect = f.text(n, "effect");
    v.cap = decimal(n, "cap", false);
    if (!effect.empty() && effect != "zero")
      f.error(n["effect"], "unknown effect '" + effect + "'",
              "effect: zero sets the total to 0; or write cap: 59 to cap it");
    if (effect == "zero" && v.cap)
      f.error(n["cap"], "a 一票否决 either zeroes the total or caps it, not both",
              "keep effect: zero or cap: N");
    if (!v.indicator.empty() && !ev.find(v.indicator))
      f.error(n["indicator"],
              "一票否决 " + v.code + " names the unknown indicator '" + v.indicator + "'",
              "use the code of an indicator above, or leave 'indicator' out");
    if (new_code(n, v.code)) ev.vetoes.push_back(v);
  }

  void group(const YAML::Node& n, std::set<std::string>& seen) {
    if (!f.check_map(n, {"name", "kinds", "units"}, {"name"}, "ranking group")) return;
    EvaluationGroup g;
    g.name = f.text(n, "name");
    auto kinds = f.text_list(n, "kinds");
    auto codes = f.text_list(n, "units");
    for (const auto& k : kinds) {
      const auto& all = ds.office.unit_kinds;  // the office's own kinds (office.yaml)
      if (std::find(all.begin(), all.end(), k) == all.end()) {
        std::string list;
        for (const auto& a : all) list += (list.empty() ? "" : ", ") + a;
        f.error(n["kinds"], "unknown unit kind '" + k + "'", "kinds are " + list);
      }
    }
    for (const auto& c : codes)
      if (!find_unit(ds, c))
        f.error(n["units"], "unit '" + c + "' is not in the units table",
                "import it first (`docpipe import units FILE.csv`) or correct the code");
    for (const auto& u : ds.units) {
      bool by_kind = false;
      for (const auto& k : kinds) by_kind |= k == u.kind;
      bool listed = std::find(codes.begin(), codes.end(), u.code) != codes.end();
      bool active = !u.active_until || u.active_until->year >= ev.year;
      if ((by_kind && active) || listed) {
        if (!seen.insert(u.code).second)
          f.error(n, "unit " + u.code + " (" + u.name + ") is in two ranking groups",
                  "each unit is ranked in one group");
        g.units.push_back(u.code);
      }
    }
    ev.groups.push_back(g);
  }

  void grades(const YAML::Node& g) {
    if (!f.check_map(g, {"excellent", "good", "pass"}, {"excellent", "good", "pass"}, "grades"))
      return;
    auto& s = ev;
    s.excellent = decimal(g, "excellent", true).value_or(Decimal{});
    s.good = decimal(g, "good", true).value_or(Decimal{});
    s.pass = decimal(g, "pass", true).value_or(Decimal{});
    if (!(s.good < s.excellent && s.pass < s.good))
      f.error(g, "grade thresholds must fall: excellent > good > pass",
              "e.g. grades: {excellent: 90, good: 80, pass: 60}");
  }
};

// Reads evaluation.yaml, reporting every problem; the caller (below) decides from them.
std::optional<Evaluation> read_evaluation(const DataSet& ds, Diagnostics& diags, bool required) {
  const std::string path = ds.dir + "/evaluation.yaml";
  YamlFile f(path, diags, required);
  if (!f.exists() && !required) return std::nullopt;
  if (!f.ok()) return std::nullopt;
  Evaluation ev;
  ev.path = path;
  const YAML::Node& root = f.root();
  if (!f.check_map(root,
                   {"title", "year", "date", "document_number", "signature", "to", "cc", "total",
                    "decimals", "grades", "groups", "indicators", "bonus", "penalties", "vetoes"},
                   {"title", "year", "date", "total", "grades", "groups", "indicators"},
                   "evaluation file"))
    return std::nullopt;
  Reader r{f, ds, ev, {}};
  ev.title = f.text(root, "title");
  ev.year = f.integer(root, "year", 2000, 2100).value_or(0);
  ev.date = f.date(root, "date").value_or(Date{});
  ev.document_number = f.text(root, "document_number");
  ev.signature = f.text(root, "signature");
  if (ev.signature.empty()) ev.signature = ds.office.name;
  ev.to = f.text_list(root, "to");
  ev.cc = f.text_list(root, "cc");
  ev.total = r.decimal(root, "total", true).value_or(Decimal{});
  ev.decimals = f.integer(root, "decimals", 0, 4).value_or(2);
  r.grades(root["grades"]);
  std::set<std::string> seen;
  for (const auto& g : f.sequence(root, "groups")) r.group(g, seen);
  std::optional<Decimal> sum = Decimal{};
  for (const auto& n : f.sequence(root, "indicators")) {
    size_t at = ev.indicators.size();
    r.indicator(n, 1, "");
    if (ev.indicators.size() > at && sum) sum = Reader::add(*sum, ev.indicators[at].full);
  }
  if (!(sum && *sum == ev.total))
    f.error(root["total"],
            "the level-1 indicators add up to " +
                (sum ? plain(*sum) : std::string("more than a figure can hold")) +
                ", not the declared total " + plain(ev.total),
            "make the 一级指标 weights add up to total, or correct total");
  for (const auto& n : f.sequence(root, "bonus")) r.extra(n, EvalRule::bonus);
  for (const auto& n : f.sequence(root, "penalties")) r.extra(n, EvalRule::penalty);
  for (const auto& n : f.sequence(root, "vetoes")) r.veto(n);
  return ev;
}

}  // namespace

std::optional<Evaluation> load_evaluation(const DataSet& ds, Diagnostics& diags, bool required) {
  std::optional<Evaluation> ev;
  if (!succeeds(diags, [&](Diagnostics& d) { ev = read_evaluation(ds, d, required); }))
    return std::nullopt;
  return ev;
}

const EvalIndicator* Evaluation::find(const std::string& code) const {
  for (const auto& i : indicators)
    if (i.code == code) return &i;
  return nullptr;
}

const EvalVeto* Evaluation::find_veto(const std::string& code) const {
  for (const auto& v : vetoes)
    if (v.code == code) return &v;
  return nullptr;
}

const EvaluationGroup* group_of(const Evaluation& ev, const std::string& unit) {
  for (const auto& g : ev.groups)
    if (std::find(g.units.begin(), g.units.end(), unit) != g.units.end()) return &g;
  return nullptr;
}

}  // namespace docpipe::source
