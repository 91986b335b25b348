// Body nodes → flow items: numbered headings (一、（一）1.（1）) with their bookmarks,
// paragraphs, salutations, quotes, tables, charts, and the brief's article titles and 供稿
// lines; attachments with their label and title.
#pragma once
#include <vector>

#include "layout/context.h"
#include "layout/flow.h"
#include "markup/document.h"

namespace docpipe::layout {

// One section's body (the main text, or an attachment's body), node by node in order.
// Heading numbers count within the section and restart under each article title.
class Section {
 public:
  explicit Section(Context& ctx) : ctx_(ctx) {}
  // Sets a body node (heading, paragraph, salutation, quote, table, chart, article_title,
  // source_line, article_break); other roles are not body and are ignored.
  void add(const markup::Node& node, std::vector<Item>& out);

 private:
  Context& ctx_;
  int counts_[5] = {0, 0, 0, 0, 0};
  bool first_article_ = true;
  std::string next_number(int level);
};

// An attachment node: a new page with the label flush left in 黑体 on line 1 and the title
// centred on line 3 (§7.3.7), then its own body.
void attachment_items(Context& ctx, const markup::Node& attachment, std::vector<Item>& out);

// The number a heading gets at `level` (1..4) given its counter: 一、 （一） 1. （1）
std::string heading_number(int level, int count);

}  // namespace docpipe::layout
