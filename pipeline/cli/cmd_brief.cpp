// docpipe brief new|add|move|remove|issue|void|list: the numbered work-brief ledger (简报台账).
// issue is in cmd_brief_issue.cpp, list in cmd_brief_list.cpp.
#include <iostream>

#include "cli/brief_ledger.h"
#include "cli/commands.h"
#include "cli/text_checks.h"
#include "cli/today.h"
#include "core/atomic_file.h"
#include "core/spelling.h"
#include "source/csv.h"
#include "source/docx_article.h"
#include "source/text_forms.h"

namespace docpipe::cli {
namespace {

// The positionals after the options were taken: exactly `count`, the first being the verb.
std::optional<std::vector<std::string>> words(Args& args, size_t count, const std::string& usage,
                                              Diagnostics& diags) {
  auto pos = args.positionals(diags);
  if (diags.has_errors()) return std::nullopt;
  if (pos.size() != count) {
    diags.error({}, "brief " + pos[0] + " takes " + std::to_string(count - 1) + " argument(s)",
                "usage: docpipe brief " + usage);
    return std::nullopt;
  }
  return pos;
}

int brief_new(Args& args, const Global& global, Diagnostics& diags) {
  auto series = args.option("--series", diags);
  auto date_text = args.option("--date", diags);
  bool force = args.flag("--force");
  if (!words(args, 1, "new [--series S] [--date YYYY-MM-DD] [--force]", diags)) return exit_error;
  Date date = today_date();  // the stored date is what the PDF shows, not the clock
  if (date_text) {
    auto d = parse_date(*date_text);
    if (!d) {
      diags.error({}, "--date '" + *date_text + "' is not a date",
                  "write YYYY-MM-DD, e.g. 2026-12-15");
      return exit_error;
    }
    date = *d;
  }
  if (!check_brief_date(date, force, diags)) return exit_error;
  auto s = open_ledger(series, global, diags);
  if (!s) return exit_error;
  auto b = source::allocate_brief(*s->db, s->ds.brief_series, date, diags);
  if (!b) return exit_error;
  std::cout << b->id << "\n";
  return exit_ok;
}

// The first "# " line is the title unless --title is given; it is not part of the body.
bool split_title(std::string& body, std::string& title) {
  size_t pos = 0;
  while (pos < body.size()) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string::npos) eol = body.size();
    std::string line = body.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("# ", 0) == 0) {
      if (title.empty()) title = source::trim(line.substr(2));
      body.erase(pos, eol - pos + 1);
      return true;
    }
    if (!source::trim(line).empty()) return false;  // text before any heading
    pos = eol + 1;
  }
  return false;
}

// A .docx through the Word reader; a text file as UTF-8 (a BOM dropped) or, failing that,
// GB18030 as Notepad and WPS save Chinese text (issue 18).
bool read_article_text(const std::string& file, std::string& body, Diagnostics& diags) {
  if (source::is_docx_path(file)) {
    auto text = source::read_docx_article(file, diags);
    if (text) body = *text;
    return text.has_value();
  }
  if (!read_file(file, body, diags)) return false;
  if (body.compare(0, 3, "\xEF\xBB\xBF") == 0) body.erase(0, 3);
  if (body.find('\0') == std::string::npos && !source::is_valid_utf8(body))
    if (auto converted = source::from_gb18030(body)) body = *converted;
  if (!source::is_valid_utf8(body) || body.find('\0') != std::string::npos) {
    diags.error({file}, "the article is neither UTF-8 nor GB18030 text (nor a .docx)",
                "save it as UTF-8 text, or give the Word file (.docx) itself");
    return false;
  }
  return true;
}

// --source (供稿单位): a unit's code or exact name; the brief prints its name.
bool resolve_source(const source::DataSet& ds, const std::string& given, std::string& name,
                    Diagnostics& diags) {
  std::vector<std::string> known;
  for (const auto& u : ds.units) {
    if (u.code == given || u.name == given) {
      name = u.name;
      return true;
    }
    known.push_back(u.name);
  }
  diags.error({"--source"}, "--source '" + given + "' is not a unit" + did_you_mean(given, known),
              "give the contributing unit's code or exact name (`docpipe units list`)");
  return false;
}

bool read_article(const std::string& file, source::LedgerArticle& a, Diagnostics& diags) {
  if (!read_article_text(file, a.body, diags)) return false;
  split_title(a.body, a.title);
  if (a.title.empty()) {
    diags.error({file}, "the article has no title",
                "start the file with a `# 标题` line, or pass --title \"标题\"");
    return false;
  }
  if (source::trim(a.body).find_first_not_of("\r\n") == std::string::npos) {
    diags.error({file}, "the article has no text", "write the article below its title");
    return false;
  }
  return true;
}

int brief_add(Args& args, const Global& global, Diagnostics& diags) {
  auto series = args.option("--series", diags);
  auto source_unit = args.option("--source", diags);
  source::LedgerArticle a;
  a.title = source::trim(args.option("--title", diags).value_or(""));
  a.author = source::trim(args.option("--author", diags).value_or(""));
  auto w = words(args, 3, "add ID FILE.md|FILE.docx --source UNIT [--title T] [--author A]", diags);
  if (!w) return exit_error;
  auto id = parse_brief_id((*w)[1], diags);
  if (!id) return exit_error;
  if (!source_unit || source::trim(*source_unit).empty()) {
    diags.error({}, "brief add needs the contributing unit", "pass --source \"依法行政指导处\"");
    return exit_error;
  }
  if (!read_article((*w)[2], a, diags)) return exit_error;
  auto s = open_ledger(series, global, diags);
  if (!s || !resolve_source(s->ds, source::trim(*source_unit), a.source_unit, diags))
    return exit_error;
  auto n = source::add_article(*s->db, s->series, *id, a, diags);
  if (!n) return exit_error;
  std::cout << *id << " article " << *n << ": " << a.title << "\n";
  return exit_ok;
}

int brief_move(Args& args, const Global& global, Diagnostics& diags) {
  auto series = args.option("--series", diags);
  auto w = words(args, 4, "move ID FROM TO", diags);
  if (!w) return exit_error;
  auto id = parse_brief_id((*w)[1], diags);
  auto from = parse_position((*w)[2], "FROM", diags);
  auto to = parse_position((*w)[3], "TO", diags);
  if (!id || !from || !to) return exit_error;
  auto s = open_ledger(series, global, diags);
  if (!s || !source::move_article(*s->db, s->series, *id, *from, *to, diags)) return exit_error;
  std::cout << *id << ": article " << *from << " is now article " << *to << "\n";
  return exit_ok;
}

int brief_remove(Args& args, const Global& global, Diagnostics& diags) {
  auto series = args.option("--series", diags);
  auto w = words(args, 3, "remove ID N", diags);
  if (!w) return exit_error;
  auto id = parse_brief_id((*w)[1], diags);
  auto n = parse_position((*w)[2], "N", diags);
  if (!id || !n) return exit_error;
  auto s = open_ledger(series, global, diags);
  if (!s || !source::remove_article(*s->db, s->series, *id, *n, diags)) return exit_error;
  std::cout << *id << ": article " << *n << " removed\n";
  return exit_ok;
}

int brief_void(Args& args, const Global& global, Diagnostics& diags) {
  auto series = args.option("--series", diags);
  auto reason = args.option("--reason", diags);
  auto w = words(args, 2, "void ID --reason R", diags);
  if (!w) return exit_error;
  auto id = parse_brief_id((*w)[1], diags);
  if (!id) return exit_error;
  if (!reason || source::trim(*reason).empty()) {
    diags.error({}, "brief void needs a reason", "pass --reason \"重复印发\"");
    return exit_error;
  }
  if (!check_edit_text("brief void " + (*w)[1], {{"reason", *reason}}, global.data_dir, diags))
    return exit_error;
  auto s = open_ledger(series, global, diags);
  if (!s || !source::void_brief(*s->db, s->series, *id, source::trim(*reason), diags))
    return exit_error;
  std::cout << *id << " void; its number stays used\n";
  return exit_ok;
}

int run_brief(Args& args, const Global& global, Diagnostics& diags) {
  Args probe = args;
  Diagnostics scratch;
  auto pos = probe.positionals(scratch);
  const std::string verb = pos.empty() ? "" : pos[0];
  if (verb == "new") return brief_new(args, global, diags);
  if (verb == "add") return brief_add(args, global, diags);
  if (verb == "move") return brief_move(args, global, diags);
  if (verb == "remove") return brief_remove(args, global, diags);
  if (verb == "issue") return brief_issue(args, global, diags);
  if (verb == "void") return brief_void(args, global, diags);
  if (verb == "date") return brief_redate(args, global, diags);
  if (verb == "list") return brief_list(args, global, diags);
  diags.error({},
              verb.empty() ? "brief needs a subcommand" : "unknown brief subcommand '" + verb + "'",
              "one of: new, add, move, remove, date, issue, void, list (docpipe brief --help)");
  return exit_error;
}

}  // namespace

const Command brief_command = {
    "brief", "the numbered work-brief ledger (工作简报): allocate, edit, issue, void, list",
    "usage: docpipe [--data DIR] brief SUBCOMMAND ...\n\n"
    "  brief new [--date YYYY-MM-DD] [--force]\n"
    "                                        allocate the next number; prints its id (2026-12);\n"
    "                                        a date over 90 days ahead needs --force\n"
    "  brief date ID YYYY-MM-DD [--force]    correct a draft's date (same year, in number order)\n"
    "  brief add ID FILE.md|FILE.txt|FILE.docx --source UNIT [--title T] [--author A]\n"
    "                                        add an article (title: the file's first `# ` line,\n"
    "                                        in Word the Title or first Heading 1); text files\n"
    "                                        UTF-8 or GB18030; a .docx keeps headings, tables\n"
    "                                        and emphasis, refuses pictures; --source is a\n"
    "                                        unit's code or name (供稿单位)\n"
    "  brief move ID FROM TO                 reorder the articles of a draft\n"
    "  brief remove ID N                     drop article N of a draft\n"
    "  brief issue ID [--out DIR] [--format pdf,ofd] [--templates DIR]\n"
    "                                        render DIR/brief-ID.pdf (and .ofd) and freeze it\n"
    "                                        in the ledger with the SHA-256 of each\n"
    "  brief void ID --reason R              withdraw a draft or an issued brief; its number is\n"
    "                                        never reused, its date no longer orders new ones\n"
    "  brief list [--year Y] [--toc OUT.pdf] print the ledger; --toc renders the year's 目录\n\n"
    "Every subcommand takes --series NAME (default: the series in briefs/series.yaml).\n"
    "第N期 restarts at 1 with each calendar year of the brief's date; 总第M期 = total_before\n"
    "+ every brief ever allocated (void ones included). Without --date, `new` uses today's\n"
    "date (DOCPIPE_TODAY if set); the PDF shows the stored date, never the clock.\n"
    "Only drafts can be edited. After issue, `docpipe build brief --issue ID` re-renders the\n"
    "frozen Markdown and checks the PDF's (and with --format pdf,ofd the OFD's) SHA-256\n"
    "against the ledger.\n"
    "Exit 0 ok, 2 errors (nothing changed), 3 warnings.\n",
    run_brief};

}  // namespace docpipe::cli
