// The document tree the layout stage sets: the frame from the front matter, and the body
// as a flat list of blocks. Plain data, no I/O.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace docpipe::markup {

// 版头: the red 发文机关标志 and 发文字号 (e.g. 云岭省司法厅文件 / 云司发〔2026〕3号).
struct Masthead {
  std::string name;
  std::string number;
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

struct FrontMatter {
  std::string title;
  std::vector<std::string> byline;  // centred lines under the title: speaker, occasion, date
  std::vector<std::string> to;      // 主送机关
  std::string signature;            // 发文机关署名
  std::string date;                 // 成文日期, YYYY-MM-DD
  std::vector<std::string> cc;      // 抄送
  std::string printer;              // 印发机关
  std::string printed;              // 印发日期, YYYY-MM-DD
  std::string author, subject, keywords;
  std::optional<Masthead> masthead;
  std::optional<BriefHead> brief;
  std::optional<Distribution> distribution;
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
};

enum class BlockKind { heading, paragraph, quote, table, chart, source_line, article_break };

struct Block {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;     // heading level 1..4
  std::string text;  // UTF-8; '\n' is a forced line break
  int line = 0;      // source line (1-based, in the whole file)
  Table table;
  Chart chart;
};

struct Document {
  std::string source_name;
  FrontMatter meta;
  std::vector<Block> blocks;
};

}  // namespace docpipe::markup
