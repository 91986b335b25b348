// Body blocks → flow items: numbered headings (一、（一）1.（1）) with their bookmarks,
// paragraphs, quotes, tables, charts, and the brief's article titles and 供稿 lines.
#pragma once
#include <vector>

#include "layout/context.h"
#include "layout/flow.h"
#include "markup/document.h"

namespace docpipe::layout {

// Blocks [from, to) of the document. Returns the index of the first block it did not take:
// a level-1 heading that starts an attachment (附件 / 附表), or doc.blocks.size().
size_t body_items(Context& ctx, const markup::Document& doc, size_t from, std::vector<Item>& out);

// An attachment from its heading (`# 附件1：标题`) on: a new page with the label flush left in
// 黑体 on line 1 and the title centred on line 3 (§7.3.7), then its own body.
size_t attachment_items(Context& ctx, const markup::Document& doc, size_t from,
                        std::vector<Item>& out);

bool starts_attachment(const markup::Block& b);

// The number a heading gets at `level` (1..4) given its counter: 一、 （一） 1. （1）
std::string heading_number(int level, int count);

}  // namespace docpipe::layout
