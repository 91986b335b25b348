// Body blocks → flow items: numbered headings (一、（一）1.（1）) with their bookmarks,
// paragraphs, quotes, tables, charts, and the brief's article titles and 供稿 lines.
#pragma once
#include <vector>

#include "layout/context.h"
#include "layout/flow.h"
#include "markup/document.h"

namespace docpipe::layout {

void body_items(Context& ctx, const markup::Document& doc, std::vector<Item>& out);

// The number a heading gets at `level` (1..4) given its counter: 一、 （一） 1. （1）
std::string heading_number(int level, int count);

}  // namespace docpipe::layout
