// docpipe eval show | score UNIT CODE VALUE | import FILE.csv | build: the annual 考评 of units
// against data/evaluation.yaml, its entries in docpipe.db, and its documents (结果通报 with
// the indicator system as 附表, one 评分表 per unit).
#include <iostream>

#include "cli/commands.h"
#include "cli/file_names.h"
#include "cli/process_docs.h"
#include "cli/text_checks.h"
#include "cli/whole_names.h"
#include "compose/compose.h"
#include "compose/evaluation.h"
#include "source/evaluation.h"
#include "source/loader.h"
#include "source/text_forms.h"

namespace docpipe::cli {
namespace {

struct Loaded {
  source::DataSet ds;
  source::Evaluation ev;
  std::vector<source::EvaluationEntry> entries;
  std::vector<compose::ScoredGroup> scored;
};

// Loads the folder, the system and the entries, and scores them; nullopt after reporting.
std::optional<Loaded> load_all(const Global& g, Diagnostics& diags, bool score = true) {
  auto ds = source::load_data_folder(g.data_dir, diags);
  if (!ds) return std::nullopt;
  auto ev = source::load_evaluation(*ds, diags);
  if (!ev) return std::nullopt;
  Loaded l{std::move(*ds), std::move(*ev), {}, {}};
  if (!score) return l;
  auto entries = source::load_entries(g.data_dir, l.ev, diags);
  if (!entries) return std::nullopt;
  l.entries = std::move(*entries);
  auto scored = compose::score_evaluation(l.ds, l.ev, l.entries, diags);
  if (!scored) return std::nullopt;
  l.scored = std::move(*scored);
  return l;
}

int show(const Global& g, Diagnostics& diags) {
  auto l = load_all(g, diags);
  if (!l) return exit_error;
  std::cout << l->ev.title << "（满分" << l->ev.total.text() << "分）\n";
  for (const auto& grp : l->scored) {
    std::cout << "\n" << grp.group->name << "\n";
    for (const auto& su : grp.units) {
      const auto& r = su.result;
      std::cout << "  " << facts::rank_phrase(su.rank) << "  " << su.unit->code << " "
                << su.unit->name << "  " << r.total.text() << "  " << facts::grade_name(r.grade);
      if (!r.veto.empty()) std::cout << "  一票否决 " << r.veto;
      std::cout << "\n";
    }
  }
  return exit_ok;
}

struct Options {
  std::optional<std::string> note, evidence, out, templates;
  bool markdown = false;
};

int score(const Options& o, const Global& g, const std::vector<std::string>& pos,
          Diagnostics& diags) {
  if (pos.size() != 4) {
    diags.error({}, "eval score takes UNIT CODE VALUE",
                "e.g. docpipe eval score JCS B3 1 --note \"1件案卷证据不充分\"");
    return exit_error;
  }
  auto l = load_all(g, diags, false);
  if (!l) return exit_error;
  source::EvaluationEntry e;
  e.unit = pos[1];
  e.code = pos[2];
  e.note = o.note.value_or("");
  e.evidence = o.evidence.value_or("");
  if (!check_edit_text("eval score " + e.unit + " " + e.code,
                       {{"note", e.note}, {"evidence", e.evidence}}, g.data_dir, diags))
    return exit_error;
  auto v = source::parse_amount(pos[3]);
  if (!v) {
    diags.error({}, "value '" + pos[3] + "' is not a number",
                "a score such as 8.5, or a count of occurrences such as 2");
    return exit_error;
  }
  e.value = *v;
  std::string hint, problem = source::check_entry(l->ev, e, hint);
  if (!problem.empty()) {
    diags.error({l->ev.path, 0, 0, e.unit + " " + e.code}, problem, hint);
    return exit_error;
  }
  if (!source::store_entries(g.data_dir, l->ev, {e}, false, diags)) return exit_error;
  std::cout << "recorded " << e.unit << " " << e.code << " " << e.value.text() << "\n";
  return exit_ok;
}

int import(const Global& g, const std::vector<std::string>& pos, Diagnostics& diags) {
  if (pos.size() != 2) {
    diags.error({}, "eval import takes one CSV file",
                "docpipe eval import scores.csv (columns unit,indicator,value,note,evidence)");
    return exit_error;
  }
  auto l = load_all(g, diags, false);
  if (!l) return exit_error;
  auto n = source::import_entries(g.data_dir, l->ev, pos[1], diags);
  if (!n) return exit_error;
  std::cout << "imported " << *n << " entries\n";
  return exit_ok;
}

int build(const Options& o, const Global& g, Diagnostics& diags) {
  auto ds = source::load_data_folder(g.data_dir, diags);
  if (!ds) return exit_error;
  std::vector<ProcessDoc> docs;
  if (!evaluation_documents(*ds, o.out.value_or("output"),
                            o.templates.value_or(compose::default_templates_dir(g.data_dir)), true,
                            docs, diags))
    return exit_error;
  return write_process_docs(docs, ds->dir + "/fonts.yaml", o.markdown, diags, default_formats(),
                            organisation_names(*ds))
             ? exit_ok
             : exit_error;
}

}  // namespace

bool evaluation_documents(const source::DataSet& ds, const std::string& dir,
                          const std::string& tdir, bool sheets, std::vector<ProcessDoc>& docs,
                          Diagnostics& diags) {
  auto ev = source::load_evaluation(ds, diags);
  if (!ev) return false;
  auto entries = source::load_entries(ds.dir, *ev, diags);
  if (!entries) return false;
  auto scored = compose::score_evaluation(ds, *ev, *entries, diags);
  if (!scored) return false;
  const std::string stem = "evaluation-" + std::to_string(ev->year);
  ProcessDoc report;
  report.path = dir + "/" + stem + ".pdf";
  report.source_name = "evaluation.md.mustache → " + stem;
  if (!compose_with(tdir, "evaluation.md.mustache", compose::evaluation_schema(),
                    compose::build_evaluation_report(ds, *ev, *scored), report.markdown, diags))
    return false;
  docs.push_back(std::move(report));
  if (!sheets) return true;
  for (const auto& grp : *scored)
    for (const auto& su : grp.units) {
      auto ctx = compose::build_evaluation_sheet(ds, *ev, *scored, *entries, su.unit->code);
      ProcessDoc d;
      d.path = dir + "/" + stem + "/" + safe_file_stem(su.unit->code) + ".pdf";
      d.source_name = "evaluation-sheet.md.mustache → " + su.unit->code;
      if (!compose_with(tdir, "evaluation-sheet.md.mustache", compose::evaluation_sheet_schema(),
                        *ctx, d.markdown, diags))
        return false;
      docs.push_back(std::move(d));
    }
  return true;
}

namespace {

int run_eval(Args& args, const Global& g, Diagnostics& diags) {
  Options o;
  o.note = args.option("--note", diags);
  o.evidence = args.option("--evidence", diags);
  o.out = args.option("--out", diags);
  o.templates = args.option("--templates", diags);
  o.markdown = args.flag("--markdown");
  auto pos = args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  const std::string action = pos.empty() ? "" : pos[0];
  if (action == "show" && pos.size() == 1) return show(g, diags);
  if (action == "score") return score(o, g, pos, diags);
  if (action == "import") return import(g, pos, diags);
  if (action == "build" && pos.size() == 1) return build(o, g, diags);
  diags.error({}, action.empty() ? "eval needs an action" : "unknown eval action '" + action + "'",
              "docpipe eval show | score UNIT CODE VALUE | import FILE.csv | build");
  return exit_error;
}

}  // namespace

const Command eval_command = {
    "eval", "the annual 考评 of units: show, score, import, build the 结果通报 and 评分表",
    "usage: docpipe [--data DIR] eval show\n"
    "       docpipe [--data DIR] eval score UNIT CODE VALUE [--note TEXT] [--evidence TEXT]\n"
    "       docpipe [--data DIR] eval import FILE.csv\n"
    "       docpipe [--data DIR] eval build [--out DIR] [--markdown] [--templates DIR]\n\n"
    "The indicator system is DIR/evaluation.yaml (levels, weights, rules, grades, groups).\n"
    "score: a fixed indicator's score (replaces the last one), or one occurrence of a deduct /\n"
    "  加分 / 扣分 item (VALUE = how many times, --note = the reason), or a 一票否决 (VALUE 1).\n"
    "import: CSV with columns unit,indicator,value,note,evidence (单位,指标,分值,说明,佐证);\n"
    "  the file replaces what was recorded for each unit and code it names; all or nothing.\n"
    "build: evaluation-YYYY.pdf (结果通报: ranked per group, grades, chart, 附表 of the\n"
    "  indicator system) and evaluation-YYYY/<unit>.pdf (each unit's 评分表).\n",
    run_eval};

}  // namespace docpipe::cli
