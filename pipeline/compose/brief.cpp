// 工作简报: one existing issue of the series (numbering is the ledger's business): 报头
// fields, the articles with their contributor lines, and the 报尾 lists.
#include "compose/builders.h"
#include "compose/common.h"
#include "core/chinese.h"
#include "facts/counts.h"

namespace docpipe::compose {
namespace {

bool ascii_word_char(char c) {
  return static_cast<unsigned char>(c) < 0x80 && c != ' ';
}

// An article's text as paragraphs: blank lines separate them; the lines of one paragraph
// join without a space (Chinese), or with one between two Latin characters.
std::vector<std::string> split_paragraphs(const std::string& body) {
  std::vector<std::string> out;
  std::string current, line;
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string::npos) eol = body.size();
    line = body.substr(pos, eol - pos);
    size_t a = line.find_first_not_of(" \t\r"), b = line.find_last_not_of(" \t\r");
    line = a == std::string::npos ? "" : line.substr(a, b - a + 1);
    if (line.empty()) {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else {
      if (!current.empty() && ascii_word_char(current.back()) && ascii_word_char(line[0]))
        current += ' ';
      current += line;
    }
    pos = eol + 1;
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

Value article(const source::BriefArticle& a) {
  Value v;
  v.set("title", a.title);
  v.set("source", a.source_unit + a.author);
  v.set("paragraphs", text_list(split_paragraphs(a.body)));
  return v;
}

}  // namespace

Schema brief_schema() {
  Schema s{"brief", {}};
  add_fields(s, "",
             {"series", "number", "publisher", "notice", "date", "date_cn", "year", "issue",
              "total", "articles", "report", "send", "issue_to", "has_report", "has_send",
              "has_issue_to", "copies"});
  add_fields(s, "articles", {"title", "source", "paragraphs", "first", "last"});
  return s;
}

std::optional<Value> build_brief(const source::DataSet& ds, int year, int issue,
                                 Diagnostics& diags) {
  const source::Brief* b = source::find_brief(ds, year, issue);
  if (!b) {
    diags.error(
        {ds.dir, 0, 0, ""},
        "no brief " + std::to_string(year) + "年第" + std::to_string(issue) + "期 in the data",
        "list the issues under briefs/ in the data folder");
    return std::nullopt;
  }
  if (b->articles.empty())
    diags.warning({ds.dir + "/" + b->file, 0, 0, ""}, "the brief has no articles");
  const auto& series = ds.brief_series;
  int total = source::brief_total_number(ds, *b);
  Value c;
  c.set("series", series.name);
  c.set("number", facts::issue_label(year, issue, total));
  c.set("publisher", series.publisher);
  c.set("notice", series.notice);
  c.set("date", b->date.iso());
  c.set("date_cn", chinese_date(b->date));
  c.set("year", year);
  c.set("issue", issue);
  c.set("total", total);
  List articles;
  for (const auto& a : b->articles) articles.push_back(article(a));
  c.set("articles", mark_first_last(articles));
  const source::DistributionList* d = source::distribution_for(ds, "brief");
  std::vector<std::string> none;
  c.set("report", text_list(d ? d->report : none));
  c.set("send", text_list(d ? d->send : none));
  c.set("issue_to", text_list(d ? d->issue : none));
  c.set("has_report", d && !d->report.empty());
  c.set("has_send", d && !d->send.empty());
  c.set("has_issue_to", d && !d->issue.empty());
  c.set("copies", series.copies > 0 ? std::to_string(series.copies) : "");
  return c;
}

}  // namespace docpipe::compose
