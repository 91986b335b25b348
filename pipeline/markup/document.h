// The document tree markup gives every later stage: nodes in reading order, each carrying its
// 公文 role (GB/T 9704 §7), decided here once from the front matter and the author's
// conventions. Layout and the output back-ends read roles, never text. Plain data, no I/O.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace docpipe::markup {

// 版头: the red 发文机关标志 and 发文字号 (e.g. 云岭省司法厅文件 / 云司发〔2026〕3号).
struct Masthead {
  std::string name;
  std::string number;
  std::vector<std::string> issuers;  // 联合行文 (§7.2.4): organs stacked, the host first
  std::string suffix;                // 文件, set to the right of `issuers`, centred on them
  std::vector<std::string> signers;  // 签发人 of a 上行文 (§7.2.6), in the organs' order
};

// The document's format (GB/T 9704 §10): the ordinary 文件格式 or one of the special ones.
enum class Format {
  document,  // 文件格式 (§7)
  letter,    // 信函格式 (§10.1)
  order,     // 命令（令）格式 (§10.2)
  minutes,   // 纪要格式 (§10.3)
};

// An image file carried in the tree as its bytes (a seal, §7.3.5.1): the back-ends embed it.
struct Image {
  std::string path;   // as written in the front matter
  std::string bytes;  // the PNG file
};

// 简报 报头: series name, 期号 line, 编印单位 and date.
struct BriefHead {
  std::string series;  // 政府法制工作简报
  std::string number;  // 2026年第10期（总第363期）
  std::string editor;  // 编印单位
  std::string date;    // YYYY-MM-DD
  std::string notice;  // optional, top left: 内部资料　注意保存
};

// 简报 报尾 / distribution: 报 (upward), 送 (sideways), 发 (downward), copies printed.
struct Distribution {
  std::vector<std::string> report, send, issue;
  int copies = 0;
};

// Where a front-matter value was written (1-based line and column in the whole file), so that
// a later stage refusing it (layout: a 印发机关 too long for its line) can say where it is.
struct SourcePos {
  int line = 0;
  int column = 0;
};
// Keyed by the value's path: `printer`, `masthead.name`, `brief.editor`, `cc` …
using FieldPositions = std::map<std::string, SourcePos>;

// The YAML front matter as written (parse_front_matter). Only markup reads it: it becomes
// the role nodes and properties of the Document.
struct FrontMatter {
  std::string title;
  std::vector<std::string> byline;       // centred lines under the title: speaker, occasion, date
  std::vector<std::string> to;           // 主送机关
  std::vector<std::string> attachments;  // 附件说明: names of the attached documents
  std::string signature;                 // 发文机关署名
  std::string date;                      // 成文日期, YYYY-MM-DD
  std::vector<std::string> cc;           // 抄送
  std::string printer;                   // 印发机关
  std::string printed;                   // 印发日期, YYYY-MM-DD
  std::string note;                      // 附注, e.g. 此件公开发布
  std::string author, subject, keywords;
  std::optional<Masthead> masthead;
  std::optional<BriefHead> brief;
  std::optional<Distribution> distribution;
  // GB/T 9704 elements (`docpipe render --help` lists them with their clauses).
  std::string copy_no;                  // 份号, 6 digits (§7.2.1)
  std::string secrecy, secrecy_term;    // 密级 and 保密期限 (§7.2.2)
  std::string urgency;                  // 紧急程度 (§7.2.3)
  std::vector<std::string> signatures;  // 署名 of a joint document after the first (§7.3.5)
  std::vector<std::string> signers;     // 签发人 (§7.2.6)
  std::optional<Image> seal;            // 印章 (§7.3.5.1)
  Format format = Format::document;
  std::string order_no, signer_title, signer_name;           // 令号, 职务, 签名 (§10.2)
  std::vector<std::string> attendees, absentees, observers;  // 出席, 请假, 列席 (§10.3)
  FieldPositions at;                                         // where each value above was written
};

enum class Align { left, center, right };

struct Table {
  std::vector<std::vector<std::string>> rows;  // rows[0] is the header
  std::vector<Align> aligns;                   // per column; left unless numeric or asked
  std::vector<int> row_lines;                  // source line of each row
};

// A bar chart from a ```chart block: "title: …" then "label: value" lines.
struct Chart {
  std::string title;
  std::vector<std::pair<std::string, double>> bars;
  std::vector<std::string> value_texts;  // the values as written, for labels
  std::vector<int> bar_lines;            // the source line of each bar
};

// What a node is in the document (公文 element or body block). Which fields of Node a role
// uses is written beside it.
enum class Role {
  // Head (版头 and the head of the main text)
  masthead,    // 版头: `masthead`
  brief_head,  // 简报 报头: `brief_head`
  title,       // 标题 (`text`)
  byline,      // one centred line under the title (`text`): speaker, occasion, date
  addressee,   // 主送机关 (`names`), set flush left and closed by ：
  salutation,  // 称谓 opening a speech or letter, e.g. 同志们： (`text`), flush left like 主送
  copy_no,     // 份号 (`text`), top left of the first page (§7.2.1)
  secrecy,     // 密级和保密期限 (`text`, e.g. 机密★1年), top left (§7.2.2)
  urgency,     // 紧急程度 (`text`), top left (§7.2.3)
  order_no,  // 令号 of a 命令 (`text`), centred under the 标志 (§10.2)
  // Body
  heading,        // 层次序数 heading (`text`, `level` 1..4)
  paragraph,      // body paragraph (`text`; '\n' is a forced line break)
  quote,          // quoted text, set in 楷体 (`text`)
  table,          // `table`
  chart,          // `chart`
  article_title,  // 简报 article title (`text`); heading numbers restart under it
  source_line,  // 简报 供稿 line closing an article, e.g. （行政复议一处供稿） (`text`)
  article_break,  // a thematic break between 简报 articles (draws nothing)
  // Closing
  attachment_list,  // 附件说明 under the body (`names`: the attachments' names, in order)
  signature,        // 发文机关署名 (`text`); a joint document has one node per organ
  signer,           // 命令 signer: `title` 职务, `text` name, in place of the 署名 (§10.2)
  date,             // 成文日期 (`text`, YYYY-MM-DD)
  seal,             // 印章 (`image`) over the 署名 and 成文日期 before it (§7.3.5.1)
  annotation,       // 附注 on the line after the date (`text`, without its parentheses)
  participants,     // 纪要 出席/请假/列席 (`label`, `names`) (§10.3)
  attachment,       // 附件: starts on a new page; `label` (附件1), `title` (may be empty),
                    // `text` the heading as written (its outline entry), `children` its body
  // Foot: 版记 fields, or the 简报 报尾
  cc,            // 抄送机关 (`names`)
  printer,       // 印发机关 (`text`)
  printed,       // 印发日期 (`text`, YYYY-MM-DD)
  distribution,  // 简报 报尾 (`distribution`)
};

struct Node {
  Role role = Role::paragraph;
  int level = 0;                   // heading: 1..4
  std::string text;                // see Role
  std::string label, title;        // attachment
  std::vector<std::string> names;  // addressee, attachment_list, cc
  int line = 0;                    // source line (1-based, in the whole file); 1 = front matter
  Table table;
  Chart chart;
  Masthead masthead;
  BriefHead brief_head;
  Distribution distribution;
  Image image;                 // seal
  std::vector<Node> children;  // attachment: its body nodes
};

// Document properties for the output's metadata (PDF Info, Word core properties), chosen from
// the front matter with their fallbacks; never from the clock.
struct Properties {
  std::string title, author, subject, keywords;
  std::string date;  // YYYY-MM-DD or empty
};

struct Document {
  std::string source_name;
  Format format = Format::document;
  Properties properties;
  std::vector<Node> nodes;  // head, body, closing, attachments, foot — in reading order
  FieldPositions fields;    // where the front matter's values were written (FrontMatter::at)
};

}  // namespace docpipe::markup
