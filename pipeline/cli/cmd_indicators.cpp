// docpipe indicators list|show|edit|remove|export: indicator values without SQL.
#include <iostream>

#include "cli/commands.h"
#include "cli/records_cli.h"
#include "cli/text_checks.h"
#include "cli/today.h"
#include "source/config.h"
#include "source/store.h"
#include "source/tables.h"
#include "source/text_forms.h"

namespace docpipe::cli {
namespace {

const char* const usage =
    "indicators list [--year YYYY] [--unit CODE|region]\n"
    "       docpipe indicators show KEY\n"
    "       docpipe indicators edit KEY --year YYYY --value V [--unit CODE] [--by NAME]\n"
    "       docpipe indicators remove KEY --year YYYY [--unit CODE] [--by NAME]\n"
    "       docpipe indicators export FILE.csv";

std::optional<std::vector<source::IndicatorValue>> all_values(const Global& global,
                                                              Diagnostics& diags) {
  auto db = source::open_store(global.data_dir, source::OpenMode::read_only, diags);
  if (!db) return std::nullopt;
  return source::read_values(*db);
}

void print_value(const source::IndicatorValue& v) {
  std::cout << v.indicator << "\t" << v.year << "\t" << v.value.text() << "\t" << v.scope << "\n";
}

int indicators_list(Args& args, const Global& global, Diagnostics& diags) {
  auto filter = period_filter(args, diags);
  auto unit = args.option("--unit", diags);
  if (!filter || !verb_words(args, 1, usage, diags)) return exit_error;
  if (filter->month) {
    diags.error({"--month"}, "indicator values are yearly", "use --year YYYY");
    return exit_error;
  }
  auto values = all_values(global, diags);
  if (!values) return exit_error;
  const std::string scope = unit && *unit == "region" ? "" : unit.value_or("");
  std::cout << "indicator\tyear\tvalue\tscope\n";
  for (const auto& v : *values)
    if ((!filter->year || v.year == filter->year) && (!unit || v.scope == scope)) print_value(v);
  return exit_ok;
}

int indicators_show(Args& args, const Global& global, Diagnostics& diags) {
  auto w = verb_words(args, 2, usage, diags);
  if (!w) return exit_error;
  source::DataSet ds;
  source::load_indicators(global.data_dir, ds, diags);
  const source::Indicator* ind = source::find_indicator(ds, (*w)[1]);
  if (!ind) {
    diags.error({"indicators show " + (*w)[1]}, "'" + (*w)[1] + "' is not in indicators.yaml",
                "`docpipe indicators list` shows the stored keys");
    return exit_error;
  }
  auto values = all_values(global, diags);
  if (!values) return exit_error;
  std::cout << ind->key << "\t" << ind->name << "\t" << ind->measure << "\t" << ind->group
            << (ind->rise_is_good ? "" : "\t(a rise is not good news)") << "\n";
  for (const auto& v : *values)
    if (v.indicator == ind->key) print_value(v);
  return exit_ok;
}

int indicators_edit(Args& args, const Global& global, Diagnostics& diags) {
  auto today = today_option(args, diags);
  auto who = actor(args, diags);
  auto fields =
      field_options(args, {{"--year", "year"}, {"--value", "value"}, {"--unit", "scope"}}, diags);
  auto w = verb_words(args, 2, usage, diags);
  if (!w || !today) return exit_error;
  fields.emplace_back("indicator", (*w)[1]);
  if (!check_edit_text("indicators edit " + (*w)[1], fields, global.data_dir, diags))
    return exit_error;
  auto out = source::set_value(global.data_dir, fields, who, *today, diags);
  return out ? print_outcome(*out, diags) : exit_error;
}

int indicators_remove(Args& args, const Global& global, Diagnostics& diags) {
  auto who = actor(args, diags);
  auto year = args.option("--year", diags);
  auto unit = args.option("--unit", diags);
  auto w = verb_words(args, 2, usage, diags);
  if (!w) return exit_error;
  auto y = year ? source::parse_count(*year) : std::nullopt;
  if (!y) {
    diags.error({"--year"}, "indicators remove needs --year YYYY");
    return exit_error;
  }
  auto out = source::remove_value(global.data_dir, (*w)[1], *y, unit.value_or(""), who, diags);
  return out ? print_outcome(*out, diags) : exit_error;
}

int run_indicators(Args& args, const Global& global, Diagnostics& diags) {
  const std::string verb = first_word(args);
  if (verb == "list") return indicators_list(args, global, diags);
  if (verb == "show") return indicators_show(args, global, diags);
  if (verb == "edit") return indicators_edit(args, global, diags);
  if (verb == "remove") return indicators_remove(args, global, diags);
  if (verb == "export") return export_command(source::ImportKind::indicators, args, global, diags);
  diags.error({}, verb.empty() ? "indicators needs a verb" : "unknown verb '" + verb + "'",
              std::string("usage: docpipe ") + usage);
  return exit_error;
}

}  // namespace

const Command indicators_command = {
    "indicators", "list, show, edit, remove or export indicator values (指标数值)",
    "usage: docpipe [--data DIR] indicators list [--year YYYY] [--unit CODE|region]\n"
    "       docpipe indicators show KEY\n"
    "       docpipe indicators edit KEY --year YYYY --value V [--unit CODE] [--by NAME]\n"
    "       docpipe indicators remove KEY --year YYYY [--unit CODE] [--by NAME]\n"
    "       docpipe indicators export FILE.csv\n\n"
    "A value is one indicator of indicators.yaml for one year, for the whole region or (with\n"
    "--unit) one unit. edit sets it (added or replaced), checked as import checks it.\n"
    "export writes CSV (UTF-8 with BOM) that `docpipe import indicators` reads back\n"
    "unchanged. Every change is one transaction, logged with --by NAME or the login name.\n",
    run_indicators};

}  // namespace docpipe::cli
