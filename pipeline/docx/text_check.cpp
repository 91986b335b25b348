#include "docx/text_check.h"

#include "core/utf8.h"

namespace docpipe::docx {
namespace {

using markup::Node;

// The first character XML 1.0 cannot hold, or 0. DEL and the C1 controls are legal XML but
// invisible and never typed on purpose: refused too.
char32_t bad_char(const std::string& s) {
  for (char32_t c : decode_utf8(s)) {
    if (c == '\t' || c == '\n') continue;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) return c;
  }
  return 0;
}

struct Checker {
  const std::string& file;
  Diagnostics& diags;
  bool ok = true;

  void text(const std::string& s, int line, const char* what) {
    char32_t c = bad_char(s);
    if (!c) return;
    ok = false;
    diags.error(
        {file, line, 0, what},
        "control character " + code_point_name(c) + " in the text; a Word document cannot hold it",
        "remove it from the source (it prints as nothing in the PDF either)");
  }
  void texts(const std::vector<std::string>& v, int line, const char* what) {
    for (const auto& s : v) text(s, line, what);
  }

  void node(const Node& n) {
    text(n.text, n.line, "text");
    text(n.label, n.line, "attachment label");
    text(n.title, n.line, "attachment title");
    texts(n.names, n.line, "names");
    for (size_t r = 0; r < n.table.rows.size(); ++r)
      texts(n.table.rows[r], r < n.table.row_lines.size() ? n.table.row_lines[r] : n.line,
            "table cell");
    text(n.chart.title, n.line, "chart title");
    for (const auto& [label, value] : n.chart.bars) text(label, n.line, "chart label");
    texts(n.chart.value_texts, n.line, "chart value");
    text(n.masthead.name, n.line, "masthead");
    text(n.masthead.number, n.line, "masthead number");
    const auto& h = n.brief_head;
    for (const auto* s : {&h.series, &h.number, &h.editor, &h.date, &h.notice})
      text(*s, n.line, "brief head");
    const auto& d = n.distribution;
    for (const auto* v : {&d.report, &d.send, &d.issue}) texts(*v, n.line, "distribution");
    for (const auto& c : n.children) node(c);
  }
};

}  // namespace

bool check_text(const markup::Document& doc, Diagnostics& diags) {
  Checker c{doc.source_name, diags};
  for (const auto& n : doc.nodes) c.node(n);
  const auto& p = doc.properties;
  for (const auto* s : {&p.title, &p.author, &p.subject, &p.keywords})
    c.text(*s, 1, "front matter");
  return c.ok;
}

}  // namespace docpipe::docx
