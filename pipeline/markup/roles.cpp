#include "markup/roles.h"

namespace docpipe::markup {

namespace {

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Node front_node(Role role, std::string text = "") {
  Node n;
  n.role = role;
  n.text = std::move(text);
  n.line = 1;  // messages about front-matter text point at the front matter
  return n;
}

// 简报: （…供稿） paragraphs close an article; level-1 headings are article titles and the
// levels below move up one (an article's first level is 一、).
void brief_roles(std::vector<Node>& blocks) {
  const std::string open = "（", close = "供稿）";
  for (auto& b : blocks) {
    if (b.role == Role::paragraph && b.text.size() > open.size() + close.size() &&
        starts_with(b.text, open) && ends_with(b.text, close))
      b.role = Role::source_line;
    if (b.role == Role::heading && b.level == 1)
      b.role = Role::article_title;
    else if (b.role == Role::heading)
      b.level -= 1;
  }
}

// "附件1：标题" → label "附件1", title "标题"; a bare "附表" has no title.
Node attachment_node(const Node& heading) {
  Node a;
  a.role = Role::attachment;
  a.line = heading.line;
  a.text = heading.text;
  a.label = heading.text;
  for (const std::string sep : {"：", ":", " ", "　"}) {
    auto at = heading.text.find(sep);
    if (at != std::string::npos) {
      a.label = heading.text.substr(0, at);
      a.title = heading.text.substr(at + sep.size());
      break;
    }
  }
  return a;
}

// Moves the blocks of one section (the main text, or one attachment's body) into `out`,
// from `from` to the next attachment heading; a section's first block never starts one.
// Returns the index it stopped at.
size_t section(std::vector<Node>& blocks, size_t from, bool attachments, std::vector<Node>& out) {
  size_t i = from;
  for (; i < blocks.size(); ++i) {
    if (attachments && i > from && starts_attachment(blocks[i])) break;
    if (i == from && is_salutation(blocks[i])) blocks[i].role = Role::salutation;
    out.push_back(std::move(blocks[i]));
  }
  return i;
}

Properties properties_of(const FrontMatter& fm) {
  Properties p;
  p.title = fm.title.empty() && fm.brief ? fm.brief->series + " " + fm.brief->number : fm.title;
  p.author = fm.author.empty() ? fm.signature : fm.author;
  if (p.author.empty() && fm.brief) p.author = fm.brief->editor;
  p.subject = fm.subject;
  p.keywords = fm.keywords;
  p.date = !fm.date.empty() ? fm.date : fm.brief ? fm.brief->date : fm.printed;
  return p;
}

Node names_node(Role role, const std::string& label, const std::vector<std::string>& names) {
  Node n = front_node(role);
  n.label = label;
  n.names = names;
  return n;
}

// After the body: 附件说明, 署名 (one node per organ of a joint document) or a 命令's signer,
// 成文日期, 印章, 附注, then a 纪要's participants.
void closing_nodes(const FrontMatter& fm, std::vector<Node>& nodes) {
  if (!fm.attachments.empty())
    nodes.push_back(names_node(Role::attachment_list, "附件", fm.attachments));
  if (!fm.signer_name.empty() || !fm.signer_title.empty()) {
    Node s = front_node(Role::signer, fm.signer_name);
    s.title = fm.signer_title;
    nodes.push_back(std::move(s));
  } else {
    if (!fm.signature.empty()) nodes.push_back(front_node(Role::signature, fm.signature));
    for (const auto& more : fm.signatures) nodes.push_back(front_node(Role::signature, more));
  }
  if (!fm.date.empty()) nodes.push_back(front_node(Role::date, fm.date));
  if (fm.seal) {
    Node s = front_node(Role::seal);
    s.image = *fm.seal;
    nodes.push_back(std::move(s));
  }
  if (!fm.note.empty()) nodes.push_back(front_node(Role::annotation, fm.note));
  if (!fm.attendees.empty()) nodes.push_back(names_node(Role::participants, "出席", fm.attendees));
  if (!fm.absentees.empty()) nodes.push_back(names_node(Role::participants, "请假", fm.absentees));
  if (!fm.observers.empty()) nodes.push_back(names_node(Role::participants, "列席", fm.observers));
}

}  // namespace

bool starts_attachment(const Node& b) {
  return b.role == Role::heading && b.level == 1 &&
         (starts_with(b.text, "附件") || starts_with(b.text, "附表"));
}

bool is_salutation(const Node& b) {
  const std::string colon = "：";
  return b.role == Role::paragraph && b.text.size() <= 12 * 3 && b.text.size() > colon.size() &&
         ends_with(b.text, colon);
}

void build_tree(const FrontMatter& fm, std::vector<Node> blocks, Document& out) {
  const bool brief = fm.brief.has_value();
  auto& nodes = out.nodes;
  out.format = fm.format;
  // 份号, 密级, 紧急程度: top left of the first page, in this order (§7.2.1–7.2.3).
  if (!fm.copy_no.empty()) nodes.push_back(front_node(Role::copy_no, fm.copy_no));
  if (!fm.secrecy.empty())
    nodes.push_back(front_node(
        Role::secrecy, fm.secrecy + (fm.secrecy_term.empty() ? "" : "★" + fm.secrecy_term)));
  if (!fm.urgency.empty()) nodes.push_back(front_node(Role::urgency, fm.urgency));
  // Head: a 简报 has its 报头 and no title line; a 公文 its 版头 (if any), title and byline.
  if (brief) {
    Node n = front_node(Role::brief_head);
    n.brief_head = *fm.brief;
    nodes.push_back(std::move(n));
  } else if (fm.masthead) {
    Node n = front_node(Role::masthead);
    n.masthead = *fm.masthead;
    n.masthead.signers = fm.signers;
    nodes.push_back(std::move(n));
  }
  if (!fm.order_no.empty()) nodes.push_back(front_node(Role::order_no, fm.order_no));
  if (!brief && !fm.title.empty()) {
    nodes.push_back(front_node(Role::title, fm.title));
    for (const auto& line : fm.byline) nodes.push_back(front_node(Role::byline, line));
  }
  if (!fm.to.empty()) {
    Node n = front_node(Role::addressee);
    n.names = fm.to;
    nodes.push_back(std::move(n));
  }
  // Body, 附件说明, 署名, 成文日期 and 附注, then the attachments (a 简报 has none).
  if (brief) brief_roles(blocks);
  size_t next = section(blocks, 0, !brief, nodes);
  closing_nodes(fm, nodes);
  while (next < blocks.size()) {
    Node a = attachment_node(blocks[next]);
    next = section(blocks, next + 1, true, a.children);
    nodes.push_back(std::move(a));
  }
  // Foot: a 简报's 报尾 when it has one (its 版记 fields then go unused), else the 版记.
  if (brief && fm.distribution) {
    Node n = front_node(Role::distribution);
    n.distribution = *fm.distribution;
    nodes.push_back(std::move(n));
  } else {
    if (!fm.cc.empty()) {
      Node n = front_node(Role::cc);
      n.names = fm.cc;
      nodes.push_back(std::move(n));
    }
    if (!fm.printer.empty()) nodes.push_back(front_node(Role::printer, fm.printer));
    if (!fm.printed.empty()) nodes.push_back(front_node(Role::printed, fm.printed));
  }
  out.properties = properties_of(fm);
  out.fields = fm.at;
}

}  // namespace docpipe::markup
