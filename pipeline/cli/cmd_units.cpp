// docpipe units list|show|edit|retire|rename|remove|export: the office's units without SQL.
#include <iostream>

#include "cli/commands.h"
#include "cli/records_cli.h"
#include "cli/text_checks.h"
#include "cli/today.h"
#include "source/store.h"
#include "source/tables.h"
#include "source/text_forms.h"

namespace docpipe::cli {
namespace {

const char* const usage =
    "units list [--month YYYY-MM | --year YYYY]\n"
    "       docpipe units show CODE\n"
    "       docpipe units edit CODE [--kind K] [--parent P] [--sort-order N]\n"
    "                               [--active-from D] [--active-until D] [--successor S]\n"
    "       docpipe units retire CODE --on DATE [--successor CODE]\n"
    "       docpipe units rename CODE NEW_NAME --from DATE\n"
    "       docpipe units remove CODE\n"
    "       docpipe units export FILE.csv";

std::optional<std::vector<source::Unit>> all_units(const Global& global, Diagnostics& diags) {
  auto db = source::open_store(global.data_dir, source::OpenMode::read_only, diags);
  if (!db) return std::nullopt;
  return source::read_units(*db);
}

bool active_in(const source::Unit& u, const PeriodFilter& f) {
  if (!f.year) return true;
  if (f.month) return u.active_in_month(f.year, f.month);
  for (int m = 1; m <= 12; ++m)
    if (u.active_in_month(f.year, m)) return true;
  return false;
}

std::optional<Date> date_option(Args& args, const std::string& name, Diagnostics& diags) {
  auto text = args.option(name, diags);
  if (!text) {
    diags.error({name}, name + " is required", "write " + name + " YYYY-MM-DD");
    return std::nullopt;
  }
  auto d = parse_date(*text);
  if (!d) diags.error({name}, "'" + *text + "' is not a date", "write " + name + " YYYY-MM-DD");
  return d;
}

int units_list(Args& args, const Global& global, Diagnostics& diags) {
  auto filter = period_filter(args, diags);
  if (!filter || !verb_words(args, 1, usage, diags)) return exit_error;
  auto units = all_units(global, diags);
  if (!units) return exit_error;
  std::cout << "code\tname\tkind\tparent\tsort_order\tactive_from\tactive_until\tsuccessor\n";
  for (const auto& u : *units) {
    if (!active_in(u, *filter)) continue;
    std::cout << u.code << "\t" << u.name << "\t" << u.kind << "\t" << u.parent << "\t"
              << u.sort_order << "\t" << (u.active_from ? u.active_from->iso() : "") << "\t"
              << (u.active_until ? u.active_until->iso() : "") << "\t" << u.successor << "\n";
  }
  return exit_ok;
}

int units_show(Args& args, const Global& global, Diagnostics& diags) {
  auto w = verb_words(args, 2, usage, diags);
  if (!w) return exit_error;
  auto units = all_units(global, diags);
  if (!units) return exit_error;
  for (const auto& u : *units) {
    if (u.code != (*w)[1]) continue;
    std::cout << "unit " << u.code << "\n" << source::describe(u) << "\n";
    return exit_ok;
  }
  diags.error({"units show " + (*w)[1]}, "there is no unit '" + (*w)[1] + "'",
              "`docpipe units list` shows every unit with its code");
  return exit_error;
}

int units_edit(Args& args, const Global& global, Diagnostics& diags) {
  auto today = today_option(args, diags);
  auto who = actor(args, diags);
  auto fields = field_options(args,
                              {{"--kind", "kind"},
                               {"--parent", "parent"},
                               {"--sort-order", "sort_order"},
                               {"--active-from", "active_from"},
                               {"--active-until", "active_until"},
                               {"--successor", "successor"},
                               {"--name", "name"}},
                              diags);
  auto w = verb_words(args, 2, usage, diags);
  if (!w || !today) return exit_error;
  if (fields.empty()) {
    diags.error({"units edit " + (*w)[1]}, "nothing to change",
                "give the fields to change, e.g. --kind 科室");
    return exit_error;
  }
  if (!check_edit_text("units edit " + (*w)[1], fields, global.data_dir, diags)) return exit_error;
  auto out = source::edit_unit(global.data_dir, (*w)[1], fields, who, *today, diags);
  return out ? print_outcome(*out, diags) : exit_error;
}

int units_retire(Args& args, const Global& global, Diagnostics& diags) {
  auto who = actor(args, diags);
  auto on = date_option(args, "--on", diags);
  auto successor = args.option("--successor", diags);
  auto w = verb_words(args, 2, usage, diags);
  if (!w || !on) return exit_error;
  auto out = source::retire_unit(global.data_dir, (*w)[1], *on, successor.value_or(""), who, diags);
  return out ? print_outcome(*out, diags) : exit_error;
}

int units_rename(Args& args, const Global& global, Diagnostics& diags) {
  auto who = actor(args, diags);
  auto from = date_option(args, "--from", diags);
  auto w = verb_words(args, 3, usage, diags);
  if (!w || !from) return exit_error;
  if (!check_edit_text("units rename " + (*w)[1], {{"name", (*w)[2]}}, global.data_dir, diags))
    return exit_error;
  auto out = source::rename_unit(global.data_dir, (*w)[1], (*w)[2], *from, who, diags);
  return out ? print_outcome(*out, diags) : exit_error;
}

int units_remove(Args& args, const Global& global, Diagnostics& diags) {
  auto who = actor(args, diags);
  auto w = verb_words(args, 2, usage, diags);
  if (!w) return exit_error;
  auto out = source::remove_unit(global.data_dir, (*w)[1], who, diags);
  return out ? print_outcome(*out, diags) : exit_error;
}

int run_units(Args& args, const Global& global, Diagnostics& diags) {
  const std::string verb = first_word(args);
  if (verb == "list") return units_list(args, global, diags);
  if (verb == "show") return units_show(args, global, diags);
  if (verb == "edit") return units_edit(args, global, diags);
  if (verb == "retire") return units_retire(args, global, diags);
  if (verb == "rename") return units_rename(args, global, diags);
  if (verb == "remove") return units_remove(args, global, diags);
  if (verb == "export") return export_command(source::ImportKind::units, args, global, diags);
  diags.error({}, verb.empty() ? "units needs a verb" : "unknown verb '" + verb + "'",
              std::string("usage: docpipe ") + usage);
  return exit_error;
}

}  // namespace

const Command units_command = {
    "units", "list, show, edit, retire, rename, remove or export units (单位)",
    "usage: docpipe [--data DIR] units list [--month YYYY-MM | --year YYYY]\n"
    "       docpipe units show CODE\n"
    "       docpipe units edit CODE [--kind K] [--parent P] [--sort-order N]\n"
    "                               [--active-from D] [--active-until D] [--successor S]\n"
    "       docpipe units retire CODE --on DATE [--successor CODE]\n"
    "       docpipe units rename CODE NEW_NAME --from DATE\n"
    "       docpipe units remove CODE\n"
    "       docpipe units export FILE.csv\n\n"
    "list --month/--year shows the units that existed then. retire (撤销) sets the unit's\n"
    "last day: its items and figures stay, later items are refused (--successor names who\n"
    "took over). rename (更名) keeps the old name for documents of the days before --from.\n"
    "remove is refused while items, figures, quotas or other units refer to the unit —\n"
    "retire it instead. export writes CSV (UTF-8 with BOM) that `docpipe import units` reads\n"
    "back unchanged. Every change is one transaction, logged with --by NAME or the login\n"
    "name (`docpipe log`).\n",
    run_units};

}  // namespace docpipe::cli
