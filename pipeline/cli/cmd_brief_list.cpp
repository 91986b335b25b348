// docpipe brief list [--year Y] [--toc OUT.pdf]: the ledger as text, and a year's 目录
// (table of contents) as a PDF through the renderer.
#include <iostream>

#include "cli/brief_ledger.h"
#include "cli/commands.h"
#include "cli/render_pipeline.h"
#include "compose/escape.h"

namespace docpipe::cli {
namespace {

std::string number_label(const source::LedgerBrief& b) {
  return "第" + std::to_string(b.issue) + "期（总第" + std::to_string(b.total) + "期）";
}

void print_brief(const source::LedgerBrief& b) {
  std::cout << b.id << "  " << b.date.iso() << "  " << number_label(b) << "  "
            << source::brief_status_name(b.status);
  if (b.status == source::BriefStatus::void_) std::cout << ": " << b.void_reason;
  std::cout << "\n";
  for (const auto& a : b.articles) std::cout << "  " << a.position << ". " << a.title << "\n";
}

std::string cell(const std::string& text) {
  return compose::markdown_escape(compose::clean_value(text));
}

// 2026年《政府法制工作简报》目录: one row per article, 期号 and 日期 on a brief's first row;
// a void brief keeps its row so the numbers show no gap. Drafts are not published: left out.
std::string toc_markdown(const std::string& series, int year,
                         const std::vector<source::LedgerBrief>& briefs) {
  std::string md = "---\ntitle: \"" +
                   compose::yaml_escape(std::to_string(year) + "年《" + series + "》目录") +
                   "\"\n---\n\n| 期号 | 日期 | 标题 |\n|---|---|---|\n";
  for (const auto& b : briefs) {
    if (b.status == source::BriefStatus::draft) continue;
    std::string first = "| " + cell(number_label(b)) + " | " + std::to_string(b.date.month) + "月" +
                        std::to_string(b.date.day) + "日 | ";
    if (b.status == source::BriefStatus::void_) {
      md += first + cell("（已作废：" + b.void_reason + "）") + " |\n";
      continue;
    }
    for (size_t i = 0; i < b.articles.size(); ++i)
      md += (i == 0 ? first : "| | | ") + cell(b.articles[i].title) + " |\n";
  }
  return md;
}

}  // namespace

int brief_list(Args& args, const Global& global, Diagnostics& diags) {
  auto series = args.option("--series", diags);
  auto year_text = args.option("--year", diags);
  auto toc = args.option("--toc", diags);
  auto pos = args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  if (pos.size() != 1) {
    diags.error({}, "brief list takes no arguments",
                "usage: docpipe brief list [--year Y] [--toc OUT.pdf]");
    return exit_error;
  }
  int year = 0;
  if (year_text) {
    bool digits =
        year_text->size() == 4 && year_text->find_first_not_of("0123456789") == std::string::npos;
    year = digits ? std::stoi(*year_text) : 0;
    if (year < 1000) {
      diags.error({}, "--year '" + *year_text + "' is not a year", "write e.g. --year 2026");
      return exit_error;
    }
  }
  if (toc && !year) {
    diags.error({}, "--toc needs --year", "write e.g. brief list --year 2026 --toc 目录.pdf");
    return exit_error;
  }
  auto s = open_ledger(series, global, diags);
  if (!s) return exit_error;
  auto briefs = source::list_ledger_briefs(*s->db, s->series, year, diags);
  if (!briefs) return exit_error;
  for (const auto& b : *briefs) print_brief(b);
  if (briefs->empty())
    std::cout << "no briefs in the ledger" << (year ? " for that year" : "") << "\n";
  if (!toc) return exit_ok;
  auto renderer = Renderer::open(s->ds.dir + "/fonts.yaml", diags);
  if (!renderer || !renderer->render(toc_markdown(s->series, year, *briefs), "目录", *toc, diags))
    return exit_error;
  std::cout << *toc << "\n";
  return exit_ok;
}

}  // namespace docpipe::cli
