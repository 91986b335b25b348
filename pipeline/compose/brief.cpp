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

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r"), b = s.find_last_not_of(" \t\r");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

// The body's blocks: blank lines separate them, a `#` line is one by itself; a table's lines
// stay lines, a paragraph's join as split_paragraphs joins them.
std::vector<std::string> split_blocks(const std::string& body) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) out.push_back(current);
    current.clear();
  };
  for (size_t pos = 0; pos <= body.size();) {
    size_t eol = std::min(body.find('\n', pos), body.size());
    std::string line = trim(body.substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) {
      flush();
    } else if (line[0] == '#') {
      flush();
      out.push_back(line);
    } else if (!current.empty() && current[0] == '|') {
      current += "\n" + line;
    } else {
      if (!current.empty() && ascii_word_char(current.back()) && ascii_word_char(line[0]))
        current += ' ';
      current += line;
    }
  }
  flush();
  return out;
}

// Markdown-level inline text as it prints: ** and * emphasis markers dropped (a 公文 does not
// set emphasis), \X read as X.
std::string plain_inline(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size())
      out += text[++i];
    else if (text[i] != '*')
      out += text[i];
  }
  return out;
}

// One table line "| a | b |" as its cells (an escaped \| stays in the cell).
std::vector<std::string> table_cells(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  for (size_t i = line.find('|') + 1; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size()) {
      cell += line.substr(i, 2);
      ++i;
    } else if (line[i] == '|') {
      cells.push_back(plain_inline(trim(cell)));
      cell.clear();
    } else {
      cell += line[i];
    }
  }
  if (!trim(cell).empty()) cells.push_back(plain_inline(trim(cell)));
  return cells;
}

// The article's body as blocks: `## ` … `#### ` headings, tables (lines starting with |, the
// second the --- separator), paragraphs. What a .docx article brings (source/docx_article.h).
Value body_blocks(const std::string& body) {
  List blocks;
  for (const std::string& para : split_blocks(body)) {
    Value b;  // every field set, so none is looked up in an enclosing context
    for (const char* k : {"h2", "h3", "h4", "paragraph"}) b.set(k, "");
    b.set("table", false);
    b.set("header", Value(List{}));
    b.set("rows", Value(List{}));
    size_t hashes = para.find_first_not_of('#');
    if (hashes >= 2 && hashes <= 4 && hashes < para.size() && para[hashes] == ' ') {
      b.set("h" + std::to_string(hashes), plain_inline(trim(para.substr(hashes + 1))));
    } else if (para[0] == '|') {
      std::vector<std::string> lines;
      for (size_t pos = 0; pos < para.size();) {
        size_t eol = std::min(para.find('\n', pos), para.size());
        lines.push_back(para.substr(pos, eol - pos));
        pos = eol + 1;
      }
      b.set("table", true);
      b.set("header", text_list(table_cells(lines[0])));
      List rows;
      for (size_t r = 2; r < lines.size(); ++r) {
        Value row;
        row.set("cells", text_list(table_cells(lines[r])));
        rows.push_back(row);
      }
      b.set("rows", Value(rows));
    } else {
      b.set("paragraph", plain_inline(para));
    }
    blocks.push_back(b);
  }
  return Value(blocks);
}

Value article(const source::BriefArticle& a) {
  Value v;
  v.set("title", a.title);
  v.set("source", a.source_unit + a.author);
  v.set("paragraphs", text_list(split_paragraphs(a.body)));
  v.set("blocks", body_blocks(a.body));
  return v;
}

}  // namespace

Schema brief_schema() {
  Schema s{"brief", {}};
  add_fields(s, "",
             {"series", "number", "publisher", "notice", "date", "date_cn", "year", "issue",
              "total", "articles", "report", "send", "issue_to", "has_report", "has_send",
              "has_issue_to", "copies"});
  add_fields(s, "articles", {"title", "source", "paragraphs", "blocks", "first", "last"});
  add_fields(s, "articles.blocks", {"h2", "h3", "h4", "paragraph", "table", "header", "rows"});
  add_fields(s, "articles.blocks.rows", {"cells"});
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
