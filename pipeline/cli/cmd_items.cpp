// docpipe items list|show|edit|remove|export: the 政务信息 register without SQL.
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
    "items list [--month YYYY-MM | --year YYYY] [--unit CODE] [--removed]\n"
    "       docpipe items show ID\n"
    "       docpipe items edit ID [--date D] [--unit U] [--title T] [--author A]\n"
    "                             [--adopted-by CODES] [--instructions N] [--by NAME]\n"
    "       docpipe items remove ID --reason TEXT [--by NAME]\n"
    "       docpipe items export FILE.csv";

std::optional<std::int64_t> item_id(const std::string& text, Diagnostics& diags) {
  auto n = source::parse_count(text);
  if (!n || *n == 0) {
    diags.error({}, "'" + text + "' is not an item id", "`docpipe items list` shows the ids");
    return std::nullopt;
  }
  return *n;
}

void print_row(const source::RegisterItem& it, const std::string& extra = "") {
  std::string channels;
  for (const auto& c : it.adopted_by) channels += (channels.empty() ? "" : ";") + c;
  std::cout << it.id << "\t" << it.date.iso() << "\t" << it.unit << "\t" << it.title << "\t"
            << it.author << "\t" << channels << "\t" << it.instructions << extra << "\n";
}

int items_list(Args& args, const Global& global, Diagnostics& diags) {
  auto filter = period_filter(args, diags);
  auto unit = args.option("--unit", diags);
  const bool removed = args.flag("--removed");
  if (!filter || !verb_words(args, 1, usage, diags)) return exit_error;
  std::vector<source::RegisterItem> items;
  std::vector<std::string> reasons;
  if (removed) {
    auto r = source::removed_items(global.data_dir, reasons, diags);
    if (!r) return exit_error;
    items = *r;
  } else {
    auto db = source::open_store(global.data_dir, source::OpenMode::read_only, diags);
    if (!db) return exit_error;
    items = source::read_items(*db);
  }
  std::cout << "id\tdate\tunit\ttitle\tauthor\tadopted_by\tinstructions"
            << (removed ? "\treason" : "") << "\n";
  for (size_t i = 0; i < items.size(); ++i) {
    if (!filter->matches(items[i].date) || (unit && items[i].unit != *unit)) continue;
    print_row(items[i], removed ? "\t" + reasons[i] : "");
  }
  return exit_ok;
}

int items_show(Args& args, const Global& global, Diagnostics& diags) {
  auto w = verb_words(args, 2, usage, diags);
  if (!w) return exit_error;
  auto id = item_id((*w)[1], diags);
  if (!id) return exit_error;
  auto db = source::open_store(global.data_dir, source::OpenMode::read_only, diags);
  if (!db) return exit_error;
  for (const auto& it : source::read_items(*db)) {
    if (it.id != *id) continue;
    std::cout << "item " << it.id << "\n" << source::describe(it) << "\n";
    return exit_ok;
  }
  diags.error({"items show " + (*w)[1]}, "there is no register item " + (*w)[1],
              "`docpipe items list` shows every item with its id");
  return exit_error;
}

int items_edit(Args& args, const Global& global, Diagnostics& diags) {
  auto today = today_option(args, diags);
  auto who = actor(args, diags);
  auto fields = field_options(args,
                              {{"--date", "date"},
                               {"--unit", "unit"},
                               {"--title", "title"},
                               {"--author", "author"},
                               {"--adopted-by", "adopted_by"},
                               {"--instructions", "instructions"}},
                              diags);
  auto w = verb_words(args, 2, usage, diags);
  if (!w || !today) return exit_error;
  auto id = item_id((*w)[1], diags);
  if (!id) return exit_error;
  if (fields.empty()) {
    diags.error({"items edit " + (*w)[1]}, "nothing to change",
                "give the fields to change, e.g. --title 新标题");
    return exit_error;
  }
  if (!check_edit_text("items edit " + (*w)[1], fields, global.data_dir, diags)) return exit_error;
  auto out = source::edit_item(global.data_dir, *id, fields, who, *today, diags);
  return out ? print_outcome(*out, diags) : exit_error;
}

int items_remove(Args& args, const Global& global, Diagnostics& diags) {
  auto who = actor(args, diags);
  auto reason = args.option("--reason", diags);
  auto w = verb_words(args, 2, usage, diags);
  if (!w) return exit_error;
  auto id = item_id((*w)[1], diags);
  if (!id) return exit_error;
  if (!check_edit_text("items remove " + (*w)[1], {{"reason", reason.value_or("")}},
                       global.data_dir, diags))
    return exit_error;
  auto out = source::remove_item(global.data_dir, *id, reason.value_or(""), who, diags);
  return out ? print_outcome(*out, diags) : exit_error;
}

int run_items(Args& args, const Global& global, Diagnostics& diags) {
  const std::string verb = first_word(args);
  if (verb == "list") return items_list(args, global, diags);
  if (verb == "show") return items_show(args, global, diags);
  if (verb == "edit") return items_edit(args, global, diags);
  if (verb == "remove") return items_remove(args, global, diags);
  if (verb == "export") return export_command(source::ImportKind::items, args, global, diags);
  diags.error({}, verb.empty() ? "items needs a verb" : "unknown verb '" + verb + "'",
              std::string("usage: docpipe ") + usage);
  return exit_error;
}

}  // namespace

const Command items_command = {
    "items", "list, show, edit, remove or export register items (政务信息)",
    "usage: docpipe [--data DIR] items list [--month YYYY-MM | --year YYYY] [--unit CODE]\n"
    "                                       [--removed]\n"
    "       docpipe items show ID\n"
    "       docpipe items edit ID [--date D] [--unit U] [--title T] [--author A]\n"
    "                             [--adopted-by CODES] [--instructions N] [--by NAME]\n"
    "       docpipe items remove ID --reason TEXT [--by NAME]\n"
    "       docpipe items export FILE.csv\n\n"
    "list prints id, date, unit, title, author, channels and 批示 separated by tabs;\n"
    "--removed lists removed items with their reasons. edit checks the fields as import does\n"
    "(unit existing on the date, known channels, no date after today — --today sets it).\n"
    "remove keeps the item and its reason in the history. export writes the register as\n"
    "CSV (UTF-8 with BOM) that `docpipe import items` reads back unchanged. Every change is\n"
    "one transaction and is written to the audit log (`docpipe log`) with --by NAME or the\n"
    "login name. Changing an item of a month whose circular was already issued leaves that\n"
    "PDF as it is: `docpipe due` reports it stale.\n",
    run_items};

}  // namespace docpipe::cli
