#include "source/import_rows.h"

#include <algorithm>
#include <cctype>

#include "core/spelling.h"
#include "source/tables.h"
#include "source/text_forms.h"

namespace docpipe::source {

const std::vector<ColumnSpec> unit_columns = {{"code", "编码", true},
                                              {"name", "名称", true},
                                              {"kind", "类别", true},
                                              {"parent", "上级", true},
                                              {"sort_order", "排序", false},
                                              {"active_from", "启用日期", false},
                                              {"active_until", "停用日期", false},
                                              {"successor", "承继单位", false}};
const std::vector<ColumnSpec> indicator_columns = {{"indicator", "指标", true},
                                                   {"year", "年度", true},
                                                   {"value", "数值", true},
                                                   {"scope", "范围", false}};
const std::vector<ColumnSpec> item_columns = {
    {"date", "日期", true},   {"unit", "单位", true},           {"title", "标题", true},
    {"author", "作者", true}, {"adopted_by", "采用渠道", true}, {"instructions", "批示", true}};

constexpr size_t max_title_chars = 200;

std::string RowReader::get(const std::string& column) const {
  auto it = cols_.find(column);
  return it == cols_.end() ? "" : rec_.fields[it->second];
}

bool RowReader::fail(const std::string& column, const std::string& problem,
                     const std::string& hint) {
  auto it = cols_.find(column);
  int col = it == cols_.end() ? 0 : it->second + 1;
  // Quote long values by their start only: the place is already exact.
  std::string value = get(column);
  if (utf8_length(value) > 40) {
    size_t cut = 0;
    for (int n = 0; n < 30 && cut < value.size(); ++n) do
        ++cut;
      while (cut < value.size() && (value[cut] & 0xC0) == 0x80);
    value = value.substr(0, cut) + "…";
  }
  diags_.error({file_, rec_.line, col, "column " + column}, column + " '" + value + "' " + problem,
               hint);
  return false;
}

std::optional<Date> RowReader::date(const std::string& column) {
  DateProblem problem;
  auto d = parse_date(get(column), &problem);
  if (!d) {
    fail(column, date_complaint(problem), date_hint(problem));
    return std::nullopt;
  }
  if (today_ < *d) {
    fail(column, "lies in the future (today is " + today_.iso() + ")", "check the year");
    return std::nullopt;
  }
  return d;
}

std::optional<int> RowReader::count(const std::string& column) {
  std::string v = get(column);
  if (v.empty()) v = "0";
  auto n = parse_count(v);
  if (!n) {
    if (!v.empty() && v[0] == '-')
      fail(column, "is negative; expected a count of 0 or more");
    else
      fail(column, "is not a whole number; expected a count such as 0, 1, 2");
  }
  return n;
}

std::optional<int> RowReader::year(const std::string& column) {
  auto y = parse_count(get(column));
  if (!y || *y < 2000 || get(column).size() != 4) {
    fail(column, "is not a year; expected four digits such as 2026");
    return std::nullopt;
  }
  if (*y > today_.year) {
    fail(column, "lies in the future (today is " + today_.iso() + ")");
    return std::nullopt;
  }
  return y;
}

const Unit* RowReader::unit(const std::string& column, const std::optional<Date>& on) {
  const std::string v = get(column);
  if (const Unit* u = find_unit(ref_, v)) return u;
  std::vector<const Unit*> named;
  for (const auto& u : ref_.units)
    if (u.name == v && (!on || u.active_on(*on))) named.push_back(&u);
  if (named.size() == 1) return named.front();
  if (named.size() > 1) {
    fail(column, "names more than one unit", "give the unit code instead of the name");
    return nullptr;
  }
  std::vector<std::string> known;
  for (const auto& u : ref_.units) {
    known.push_back(u.code);
    known.push_back(u.name);
  }
  fail(column, "is not a known unit" + did_you_mean(v, known),
       "give a unit code or its exact name; add new units with `docpipe import units`");
  return nullptr;
}

std::optional<Unit> read_unit_row(RowReader& r) {
  Unit u;
  bool ok = true;
  u.code = r.get("code");
  u.name = r.get("name");
  auto valid_code = [](const std::string& c) {
    return !c.empty() && c.size() <= 32 && std::all_of(c.begin(), c.end(), [](char ch) {
      return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '-';
    });
  };
  if (!valid_code(u.code))
    ok = r.fail("code", "is not a unit code; expected 1-32 letters, digits, _ or -");
  if (u.name.empty() || utf8_length(u.name) > 100)
    ok = r.fail("name", "should be the unit's name, 1 to 100 characters");
  u.kind = r.get("kind");
  const auto& kinds = r.ref().office.unit_kinds;
  if (std::find(kinds.begin(), kinds.end(), u.kind) == kinds.end()) {
    std::string list;
    for (const auto& k : kinds) list += (list.empty() ? "" : "、") + k;
    ok = r.fail("kind", "is not a unit kind" + did_you_mean(u.kind, kinds),
                "use one of " + list + ", or add the kind to unit_kinds in office.yaml");
  }
  u.parent = r.get("parent");  // resolved by the caller, which also knows this file's units
  u.successor = r.get("successor");
  if (r.has("sort_order") && !r.get("sort_order").empty()) {
    auto s = r.count("sort_order");
    ok = ok && s;
    u.sort_order = s.value_or(0);
  } else {
    u.sort_order = -1;  // caller keeps the stored order or appends
  }
  for (const char* col : {"active_from", "active_until"}) {
    if (r.get(col).empty()) continue;
    auto d = parse_date(r.get(col));
    if (!d) ok = r.fail(col, "is not a date; expected YYYY-MM-DD");
    (std::string(col) == "active_from" ? u.active_from : u.active_until) = d;
  }
  if (!ok) return std::nullopt;
  return u;
}

std::optional<IndicatorValue> read_value_row(RowReader& r) {
  IndicatorValue v;
  bool ok = true;
  const std::string key = r.get("indicator");
  const Indicator* ind = find_indicator(r.ref(), key);
  for (const auto& i : r.ref().indicators)
    if (!ind && i.name == key) ind = &i;
  if (!ind) {
    std::vector<std::string> known;
    for (const auto& i : r.ref().indicators) known.push_back(i.key);
    ok = r.fail("indicator", "is not in indicators.yaml" + did_you_mean(key, known),
                "use an indicator key (or its Chinese name) from indicators.yaml, or add it there");
  } else {
    v.indicator = ind->key;
  }
  auto year = r.year("year");
  ok = ok && year;
  v.year = year.value_or(0);
  const std::string text = r.get("value");
  auto value = parse_amount(text);
  if (!value) {
    if (!text.empty() && text[0] == '-')
      ok = r.fail("value", "is negative; figures are 0 or more");
    else
      ok = r.fail("value", "is not a number; expected digits with an optional decimal point",
                  "write 7822 or 162.02, without thousands separators or units");
  }
  v.value = value.value_or(Decimal{});
  if (r.has("scope") && !r.get("scope").empty()) {
    const Unit* u = r.unit("scope");
    if (!u)
      ok = false;
    else
      v.scope = u->code;
  }
  if (!ok) return std::nullopt;
  return v;
}

namespace {

std::vector<std::string> split_channels(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  std::string s = text;
  for (size_t p; (p = s.find("；")) != std::string::npos;) s.replace(p, 3, ";");
  for (char c : s + ";") {
    if (c == ';') {
      if (!trim(cur).empty()) out.push_back(trim(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  return out;
}

std::string one_line(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    out += trim(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

std::string successor_hint(const DataSet& ref, const Unit& gone) {
  const Unit* next = gone.successor.empty() ? nullptr : find_unit(ref, gone.successor);
  if (!next) return "check the date, or the unit's active_from/active_until";
  return "credit it to " + next->name + " (" + next->code + "), which took over its work";
}

}  // namespace

std::optional<RegisterItem> read_item_row(RowReader& r) {
  RegisterItem it;
  bool ok = true;
  auto date = r.date("date");
  ok = ok && date;
  it.date = date.value_or(Date{});
  const Unit* u = r.unit("unit", date);
  if (!u)
    ok = false;
  else if (date && !u->active_on(*date))
    ok = r.fail("unit", "did not exist on " + date->iso(), successor_hint(r.ref(), *u));
  if (u) it.unit = u->code;
  // A line break typed in an Excel cell (Alt+Enter) only wraps the text there; a register
  // title or author is one line, and Chinese needs no space where the break was.
  it.title = one_line(r.get("title"));
  if (it.title.empty())
    ok = r.fail("title", "is empty; every item needs its title");
  else if (utf8_length(it.title) > max_title_chars)
    ok = r.fail(
        "title",
        "is " + std::to_string(utf8_length(it.title)) + " characters long; at most 200 are allowed",
        "shorten the title");
  it.author = one_line(r.get("author"));
  std::vector<std::string> codes;
  for (const auto& c : r.ref().channels) codes.push_back(c.code);
  for (const auto& word : split_channels(r.get("adopted_by"))) {
    const Channel* ch = find_channel(r.ref(), word);
    for (const auto& c : r.ref().channels)
      if (!ch && c.name == word) ch = &c;
    if (!ch) {
      std::string list;
      for (const auto& c : codes) list += (list.empty() ? "" : ", ") + c;
      ok = r.fail("adopted_by",
                  "names an unknown channel '" + word + "'" + did_you_mean(word, codes),
                  "use channel codes from channels.yaml (" + list + ") separated by ;");
    } else if (std::find(it.adopted_by.begin(), it.adopted_by.end(), ch->code) !=
               it.adopted_by.end()) {
      ok = r.fail("adopted_by", "lists channel '" + ch->code + "' twice");
    } else {
      it.adopted_by.push_back(ch->code);
    }
  }
  std::sort(it.adopted_by.begin(), it.adopted_by.end());
  auto n = r.count("instructions");
  ok = ok && n;
  it.instructions = n.value_or(0);
  if (!ok) return std::nullopt;
  return it;
}

}  // namespace docpipe::source
