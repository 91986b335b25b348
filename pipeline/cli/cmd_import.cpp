// docpipe import units|indicators|items FILE.csv|FILE.xlsx: all-or-nothing import into docpipe.db.
#include <iostream>

#include "cli/commands.h"
#include "cli/records_cli.h"
#include "cli/text_checks.h"
#include "cli/today.h"
#include "source/import.h"
#include "source/text_forms.h"

namespace docpipe::cli {
namespace {

int run_import(Args& args, const Global& global, Diagnostics& diags) {
  auto today_arg = today_option(args, diags);
  auto who = actor(args, diags);
  auto sheet = args.option("--sheet", diags);
  auto pos = args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  if (pos.size() != 2) {
    diags.error({}, "import needs what to import and a file",
                "usage: docpipe import units|indicators|items FILE.csv|FILE.xlsx [--sheet NAME]");
    return exit_error;
  }
  auto kind = source::parse_import_kind(pos[0]);
  if (!kind) {
    diags.error({}, "cannot import '" + pos[0] + "'", "import units, indicators or items");
    return exit_error;
  }
  const Date today = *today_arg;
  // Every character must be printable by the fonts before anything enters the store.
  if (!check_csv_drawable(pos[1], sheet.value_or(""), global.data_dir, diags)) {
    diags.error({pos[1]}, "nothing was imported; the database is unchanged",
                "fix the problems above and run the import again");
    return exit_error;
  }
  auto result =
      source::import_csv(global.data_dir, *kind, pos[1], today, diags, who, sheet.value_or(""));
  if (!result) {
    diags.error({pos[1]}, "nothing was imported; the database is unchanged",
                "fix the problems above and run the import again");
    return exit_error;
  }
  std::cout << pos[1] << " (" << result->encoding << ", " << result->rows
            << " rows): " << result->changes.summary() << "\n";
  return exit_ok;
}

}  // namespace

const Command import_command = {
    "import", "import units, indicator values or register items from a CSV file",
    "usage: docpipe [--data DIR] import units|indicators|items FILE.csv|FILE.xlsx\n"
    "                                      [--sheet NAME] [--today YYYY-MM-DD]\n"
    "                                      [--by NAME]\n\n"
    "Columns (first row is the header; Chinese headers in brackets also work):\n"
    "  units       code,name,kind,parent[,sort_order,active_from,active_until,successor]\n"
    "              (编码,名称,类别,上级; kind: one of office.yaml unit_kinds)\n"
    "  indicators  indicator,year,value[,scope]   (指标,年度,数值,范围; scope empty = region)\n"
    "  items       date,unit,title,author,adopted_by,instructions\n"
    "              (日期,单位,标题,作者,采用渠道,批示; adopted_by: channel codes joined by ;)\n\n"
    "A unit may be given by code or exact name. The file may be UTF-8 (with or without BOM)\n"
    "or GB18030/GBK as Excel saves it, or an Excel workbook (.xlsx: the first sheet, or\n"
    "--sheet NAME; one header row, no merged cells; date cells become YYYY-MM-DD).\n"
    "All or nothing: one bad row and nothing is written.\n"
    "Importing the same file again reports \"0 new\". Dates after today are refused;\n"
    "--today (or DOCPIPE_TODAY) sets today's date. An import that changed something is\n"
    "written to the audit log (`docpipe log`) with --by NAME or the login name.\n",
    run_import};

}  // namespace docpipe::cli
