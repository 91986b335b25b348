#include "docx/from_tree.h"

#include "core/png.h"
#include "docx/builder.h"
#include "docx/elements.h"
#include "docx/page.h"
#include "docx/parts.h"
#include "docx/styles.h"
#include "docx/title_lines.h"
#include "docx/xml.h"

namespace docpipe::docx {
namespace {

using markup::Node;
using markup::Role;

std::string join(const std::vector<std::string>& names, const std::string& sep) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "" : sep) + n;
  return s;
}

ParaProps styled(const char* id) {
  ParaProps p;
  p.style = id;
  return p;
}

// 2号 characters on a line of the 版心: 442.25 pt / 22 pt.
constexpr double title_cells = page::text_width / 20.0 / 22;

bool is_foot(Role r) {
  return r == Role::cc || r == Role::printer || r == Role::printed || r == Role::distribution;
}

class Mapper {
 public:
  Mapper(Builder& b, const std::map<std::string, std::vector<std::string>>& titles,
         markup::Format format, std::vector<std::string>& images)
      : b_(b), titles_(titles), format_(format), images_(images) {}

  // Nodes in reading order; the foot nodes are gathered and written last.
  void nodes(const std::vector<Node>& ns) {
    for (size_t i = 0; i < ns.size(); ++i) {
      const Node& n = ns[i];
      const Node* next = i + 1 < ns.size() ? &ns[i + 1] : nullptr;
      if (is_foot(n.role)) {
        // A 信函's 版记 has no 印发机关 and 印发日期 (§10.1), as in the PDF.
        bool printed = n.role == Role::printer || n.role == Role::printed;
        if (!(printed && format_ == markup::Format::letter)) foot_.push_back(&n);
        continue;
      }
      if (n.role == Role::signature) {
        i = closing(ns, i);
        prev_ = Role::signature;
        continue;
      }
      if (n.role == Role::signer) {  // a 命令's 职务 and name, the date under them
        bool dated = next && next->role == Role::date;
        add_order_signer(b_, n.title, n.text, dated ? next->text : "");
        i += dated ? 1 : 0;
        prev_ = Role::signer;
        continue;
      }
      node(n, next);
      prev_ = n.role;
    }
  }

  void finish() { add_foot(b_, foot_); }

 private:
  // 署名 (one or a joint document's several), 成文日期 and a seal from `ns[i]` on; returns
  // the index of the last node used.
  size_t closing(const std::vector<Node>& ns, size_t i) {
    std::vector<std::string> names{ns[i].text};
    while (i + 1 < ns.size() && ns[i + 1].role == Role::signature) names.push_back(ns[++i].text);
    std::string date;
    if (i + 1 < ns.size() && ns[i + 1].role == Role::date) date = ns[++i].text;
    int width = 0, height = 0;
    if (names.size() == 1 && i + 1 < ns.size() && ns[i + 1].role == Role::seal &&
        png_size(ns[i + 1].image.bytes, width, height)) {
      images_.push_back(ns[++i].image.bytes);
      add_sealed_signature(b_, names[0], date, static_cast<int>(images_.size()), width, height);
    } else if (names.size() > 1) {
      add_signatures(b_, names, date);
    } else {
      add_signature(b_, names[0], date);
    }
    return i;
  }

  // The marks gathered so far, on their own when no 版头 follows.
  void flush_marks() {
    if (marks_.empty()) return;
    add_head_marks(b_, marks_);
    b_.blank();
    marks_.clear();
  }

  void node(const Node& n, const Node* next) {
    if (n.role == Role::copy_no || n.role == Role::secrecy || n.role == Role::urgency) {
      marks_.push_back({n.text, n.role != Role::copy_no});  // 份号 仿宋, the others 黑体
      return;
    }
    if (n.role != Role::masthead) flush_marks();
    switch (n.role) {
      case Role::masthead:
        if (format_ == markup::Format::letter) {
          add_letter_head(b_, n.masthead, marks_);
        } else if (format_ == markup::Format::order) {
          add_head_marks(b_, marks_);
          bool numbered = next && next->role == Role::order_no;
          add_order_head(b_, n.masthead, numbered ? next->text : "");
        } else {
          add_head_marks(b_, marks_);
          add_masthead(b_, n.masthead, static_cast<int>(marks_.size()));
        }
        marks_.clear();
        break;
      case Role::order_no:
        break;  // with the 命令's 标志
      case Role::participants:
        if (prev_ != Role::participants) b_.blank();  // one blank line under the body
        add_participants(b_, n.label, n.names);
        break;
      case Role::seal:
        break;  // with the 署名 (closing)
      case Role::brief_head:
        add_brief_head(b_, n.brief_head);
        break;
      case Role::title:
        b_.paragraph(styled(style::title), title_text(n.text));
        if (!next || next->role != Role::byline) b_.blank();  // one blank line (§7.3.1)
        break;
      case Role::byline:
        b_.paragraph(styled(style::byline), n.text);
        if (!next || next->role != Role::byline) b_.blank();
        break;
      case Role::addressee:
        b_.paragraph(styled(style::addressee), join(n.names, "、") + "：");
        break;
      case Role::salutation:
        b_.paragraph(styled(style::addressee), n.text);
        break;
      case Role::heading:
        heading(n);
        break;
      case Role::paragraph:
        b_.paragraph(styled(style::body), n.text);
        break;
      case Role::quote:
        b_.paragraph(styled(style::quote), n.text);
        break;
      case Role::table:
        if (prev_ == Role::table) b_.blank();  // two tables in a row would merge into one
        add_table(b_, n.table);
        break;
      case Role::chart:
        add_chart(b_, n.chart);
        break;
      case Role::article_title:
        if (articles_++) b_.blank();
        if (articles_ > 1) b_.restart_numbering();  // an article's headings count from 一
        b_.paragraph(styled(style::article_title), title_text(n.text));
        break;
      case Role::source_line:
        b_.paragraph(styled(style::source_line), n.text);
        break;
      case Role::article_break:
        break;  // articles are separated by their titles
      case Role::signature:
        add_signature(b_, n.text, "");
        break;
      case Role::date:
        add_signature(b_, "", n.text);
        break;
      case Role::attachment_list:
        attachment_list(n.names);
        break;
      case Role::annotation:  // 附注 (§7.3.6): in parentheses, two characters in
        b_.paragraph(styled(style::body), "（" + n.text + "）");
        break;
      case Role::attachment:
        attachment(n);
        break;
      default:
        break;  // the foot, gathered by nodes()
    }
  }

  void heading(const Node& n) {
    ParaProps p = styled(style::heading(n.level));
    // The style numbers headings in list 1; a restarted list is named on the paragraph.
    if (b_.list != 1) p.num = std::pair{n.level - 1, b_.list};
    b_.paragraph(p, n.text);
  }

  // 附件说明 (§7.3.4): a blank line, then 附件：1.名称 two characters in, the next numbers
  // under the 1., a long name wrapping under its own first character (hanging indents, in
  // hundredths of a grid character: 附件： three, a half-width digit or point half of one).
  void attachment_list(const std::vector<std::string>& names) {
    b_.blank();
    for (size_t i = 0; i < names.size(); ++i) {
      std::string number = names.size() > 1 ? std::to_string(i + 1) + "." : "";
      int start = i == 0 ? 200 : 500, prefix = (i == 0 ? 300 : 0) + 50 * int(number.size());
      ParaProps p = styled(style::body);
      p.indent = Indent{start + prefix, 0, -prefix};
      b_.paragraph(p, (i == 0 ? "附件：" : "") + number + names[i]);
    }
  }

  // 附件: a new page, 附件N in 黑体 flush left on line 1, its title centred on line 3.
  void attachment(const Node& n) {
    b_.paragraph(styled(style::attach_label), n.label);
    if (!n.title.empty()) {
      b_.blank();
      b_.paragraph(styled(style::title), title_text(n.title));
      b_.blank();
    }
    b_.restart_numbering();
    Role saved = prev_;
    prev_ = Role::attachment;
    nodes(n.children);
    prev_ = saved;
  }

  // A title as lines: those the PDF chose when known, else balanced by character count.
  std::string title_text(const std::string& text) const {
    auto it = titles_.find(text);
    if (it == titles_.end()) return balanced_title(text, title_cells);
    std::string joined;
    for (const auto& line : it->second) joined += (joined.empty() ? "" : "\n") + line;
    return joined;
  }

  Builder& b_;
  const std::map<std::string, std::vector<std::string>>& titles_;
  markup::Format format_;
  std::vector<std::string>& images_;
  std::vector<HeadMark> marks_;
  std::vector<const Node*> foot_;
  Role prev_ = Role::title;
  int articles_ = 0;
};

}  // namespace

Body body_from_tree(const markup::Document& doc, const WordFonts& fonts,
                    const std::map<std::string, std::vector<std::string>>& titles) {
  pugi::xml_document xml;
  auto root = start(xml, "w:document", {{"w", ns::w}, {"r", ns::r}, {"wp", ns::wp}});
  Builder b{add(root, "w:body"), fonts};
  std::vector<std::string> images;
  Mapper m(b, titles, doc.format, images);
  m.nodes(doc.nodes);
  m.finish();
  // The body ends with a paragraph (after a table Word would add one itself).
  if (std::string(b.body.last_child().name()) == "w:tbl") b.blank();
  page::add_section(b.body, rid::odd_footer, rid::even_footer);
  return {serialize(xml), b.lists, std::move(b.charts), std::move(images)};
}

}  // namespace docpipe::docx
