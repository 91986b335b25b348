// GFM tables, ruled: one Item per row (as many grid lines as its tallest cell), the header
// row marked so pagination repeats it on every page the table reaches. Column widths from
// the content (table_columns.h), cell text in 4号 or 小4号 broken between words with the same
// 禁则 (table_cells.h); figures aligned on their decimal point.
#pragma once
#include <vector>

#include "layout/context.h"
#include "layout/flow.h"
#include "markup/document.h"

namespace docpipe::layout {

// The widest table that fits the 版心 with readable cells.
constexpr size_t max_table_columns = 16;

std::vector<Item> table_block(Context& ctx, const markup::Table& table, int table_id, int line);

}  // namespace docpipe::layout
