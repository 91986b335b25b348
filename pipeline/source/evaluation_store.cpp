// 考评 entries in docpipe.db: checks, reading, all-or-nothing writes and the CSV import.
#include <algorithm>
#include <map>
#include <set>

#include "core/spelling.h"
#include "source/evaluation.h"
#include "source/store.h"
#include "source/text_forms.h"

namespace docpipe::source {
namespace {

std::vector<std::string> entry_codes(const Evaluation& ev) {
  std::vector<std::string> out;
  for (const auto& i : ev.indicators)
    if (i.leaf && i.rule != EvalRule::proportional) out.push_back(i.code);
  for (const auto& v : ev.vetoes) out.push_back(v.code);
  return out;
}

bool replaces(const Evaluation& ev, const std::string& code) {
  const auto* i = ev.find(code);
  return !i || i->rule == EvalRule::fixed;  // a fixed score or a veto
}

}  // namespace

std::string check_entry(const Evaluation& ev, const EvaluationEntry& e, std::string& hint) {
  if (!group_of(ev, e.unit)) {
    hint = "units evaluated are those of the ranking groups in evaluation.yaml";
    return "unit '" + e.unit + "' is not evaluated (not in the units table or in no group)";
  }
  const auto* ind = ev.find(e.code);
  if (!ind && !ev.find_veto(e.code)) {
    hint = "codes that take entries: " + [&] {
      std::string s;
      for (const auto& c : entry_codes(ev)) s += (s.empty() ? "" : ", ") + c;
      return s;
    }() + did_you_mean(e.code, entry_codes(ev));
    return "unknown indicator or 一票否决 '" + e.code + "'";
  }
  if (ind && !ind->leaf) {
    hint = "enter the scores of its children; a subtotal is their sum";
    return "indicator " + e.code + " is a subtotal";
  }
  if (ind && ind->rule == EvalRule::proportional) {
    hint = "it is computed from the figure '" + ind->figure + "'; correct that figure instead";
    return "indicator " + e.code + " is computed, not entered";
  }
  if (ind && ind->rule == EvalRule::fixed) {
    if (e.value.units < 0 || ind->full < e.value || e.value.scale > ev.decimals) {
      hint = "a score from 0 to " + ind->full.text() + " with at most " +
             std::to_string(ev.decimals) + " decimals";
      return "score " + e.value.text() + " is outside indicator " + e.code + "'s range 0–" +
             ind->full.text();
    }
    return {};
  }
  if (e.value.scale != 0 || e.value.units <= 0 || e.value.units > 1000) {
    hint = ind ? "write how many times it happened (1, 2 …) and the reason in note"
               : "write 1 and the reason in note";
    return "'" + e.value.text() + "' is not a number of occurrences";
  }
  if (!ind && e.value.units != 1) {
    hint = "a 一票否决 is recorded once, with its reason";
    return "一票否决 " + e.code + " takes the value 1";
  }
  return {};
}

std::optional<std::vector<EvaluationEntry>> load_entries(const std::string& data_dir,
                                                         const Evaluation& ev, Diagnostics& diags) {
  auto db = open_store(data_dir, OpenMode::read_only, diags);
  if (!db) return std::nullopt;
  std::vector<EvaluationEntry> out;
  try {
    SQLite::Statement q(*db,
                        "SELECT unit, code, seq, value, note, evidence FROM evaluation_entries "
                        "WHERE evaluation = ? ORDER BY unit, code, seq");
    q.bind(1, ev.key());
    while (q.executeStep()) {
      EvaluationEntry e;
      e.unit = q.getColumn(0).getString();
      e.code = q.getColumn(1).getString();
      e.seq = q.getColumn(2).getInt();
      auto v = parse_amount(q.getColumn(3).getString());
      e.note = q.getColumn(4).getString();
      e.evidence = q.getColumn(5).getString();
      std::string hint;
      std::string problem = v ? (e.value = *v, check_entry(ev, e, hint)) : "not a number";
      if (!problem.empty()) {
        // evaluation.yaml changed after the entry was made (an indicator removed, a range
        // narrowed): refuse to score rather than silently drop it.
        diags.error({database_path(data_dir), 0, 0,
                     "evaluation_entries " + e.unit + " " + e.code + " #" + std::to_string(e.seq)},
                    "stored entry no longer fits evaluation.yaml: " + problem,
                    "correct it with `docpipe eval score`, or restore the indicator in " + ev.path);
        continue;
      }
      out.push_back(e);
    }
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, database_path(data_dir), diags);
    return std::nullopt;
  }
  if (diags.has_errors()) return std::nullopt;
  return out;
}

bool store_entries(const std::string& data_dir, const Evaluation& ev,
                   const std::vector<EvaluationEntry>& entries, bool replace_pairs,
                   Diagnostics& diags) {
  auto db = open_store(data_dir, OpenMode::read_write, diags);
  if (!db) return false;
  try {
    SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement clear(*db,
                            "DELETE FROM evaluation_entries WHERE evaluation = ? AND unit = ? "
                            "AND code = ?");
    SQLite::Statement next(*db,
                           "SELECT COALESCE(MAX(seq), 0) + 1 FROM evaluation_entries WHERE "
                           "evaluation = ? AND unit = ? AND code = ?");
    SQLite::Statement insert(*db,
                             "INSERT INTO evaluation_entries (evaluation, unit, code, seq, value, "
                             "note, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)");
    std::set<std::pair<std::string, std::string>> cleared;
    for (const auto& e : entries) {
      auto pair = std::make_pair(e.unit, e.code);
      if ((replace_pairs || replaces(ev, e.code)) && cleared.insert(pair).second) {
        clear.bind(1, ev.key()), clear.bind(2, e.unit), clear.bind(3, e.code);
        clear.exec();
        clear.reset();
      }
      next.bind(1, ev.key()), next.bind(2, e.unit), next.bind(3, e.code);
      next.executeStep();
      int seq = next.getColumn(0).getInt();
      next.reset();
      insert.bind(1, ev.key()), insert.bind(2, e.unit), insert.bind(3, e.code);
      insert.bind(4, seq), insert.bind(5, e.value.text());
      insert.bind(6, e.note), insert.bind(7, e.evidence);
      insert.exec();
      insert.reset();
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, database_path(data_dir), diags);
    return false;
  }
  return true;
}

std::optional<int> import_entries(const std::string& data_dir, const Evaluation& ev,
                                  const std::string& csv_path, Diagnostics& diags) {
  auto table = read_csv(csv_path, diags);
  if (!table) return std::nullopt;
  // English names or the Chinese ones a secretariat's sheet carries.
  const std::vector<std::pair<std::string, std::string>> names = {{"unit", "单位"},
                                                                  {"indicator", "指标"},
                                                                  {"value", "分值"},
                                                                  {"note", "说明"},
                                                                  {"evidence", "佐证"}};
  std::map<std::string, int> col;
  bool ok = true;  // every row is checked before the answer is given
  for (size_t i = 0; i < table->header.size(); ++i) {
    const std::string& h = table->header[i];
    auto it = std::find_if(names.begin(), names.end(),
                           [&](const auto& n) { return n.first == h || n.second == h; });
    if (it == names.end() || !col.emplace(it->first, static_cast<int>(i)).second) {
      ok = false;
      diags.error(
          {csv_path, table->header_line, static_cast<int>(i) + 1},
          it == names.end() ? "extra column '" + h + "'" : "column '" + h + "' twice",
          "expected the header unit,indicator,value,note?,evidence? (单位,指标,分值,说明,佐证)");
    }
  }
  for (const char* req : {"unit", "indicator", "value"})
    if (!col.count(req)) {
      ok = false;
      diags.error({csv_path, table->header_line, 0}, std::string("missing column '") + req + "'",
                  "expected the header unit,indicator,value,note?,evidence?");
    }
  if (!ok) return std::nullopt;
  auto cell = [&](const CsvRecord& r, const char* name) -> std::string {
    auto it = col.find(name);
    return it == col.end() || it->second >= static_cast<int>(r.fields.size())
               ? std::string()
               : r.fields[it->second];
  };
  std::vector<EvaluationEntry> entries;
  std::map<std::pair<std::string, std::string>, int> fixed_rows;
  for (const auto& r : table->rows) {
    EvaluationEntry e;
    e.unit = cell(r, "unit");
    e.code = cell(r, "indicator");
    e.note = cell(r, "note");
    e.evidence = cell(r, "evidence");
    const int value_col = col["value"] + 1;
    auto v = parse_amount(cell(r, "value"));
    if (!v) {
      ok = false;
      diags.error({csv_path, r.line, value_col}, "value '" + cell(r, "value") + "' is not a number",
                  "write a score such as 8.5, or a count of occurrences such as 2");
      continue;
    }
    e.value = *v;
    std::string hint, problem = check_entry(ev, e, hint);
    if (!problem.empty()) {
      ok = false;
      int c = problem.rfind("unit", 0) == 0 ? col["unit"] + 1
              : problem.find("score") == 0 || problem.find("occurrences") != std::string::npos ||
                      problem.find("takes the value") != std::string::npos
                  ? value_col
                  : col["indicator"] + 1;
      diags.error({csv_path, r.line, c}, problem, hint);
      continue;
    }
    if (replaces(ev, e.code)) {
      auto [it, fresh] = fixed_rows.emplace(std::make_pair(e.unit, e.code), r.line);
      if (!fresh) {
        ok = false;
        diags.error({csv_path, r.line, col["indicator"] + 1},
                    e.unit + " " + e.code + " is scored twice (also on line " +
                        std::to_string(it->second) + ")",
                    "keep one score per unit and indicator");
        continue;
      }
    }
    entries.push_back(e);
  }
  if (!ok) return std::nullopt;
  if (!store_entries(data_dir, ev, entries, true, diags)) return std::nullopt;
  return static_cast<int>(entries.size());
}

void validate_evaluation(const DataSet& ds, Diagnostics& diags) {
  if (auto ev = load_evaluation(ds, diags, false)) load_entries(ds.dir, *ev, diags);
}

}  // namespace docpipe::source
