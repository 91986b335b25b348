// Pagination: items into pages of 22 grid lines. Breaks only where an item allows it
// (headings keep with what follows, no orphan or widow line), a table's header row is
// repeated at the top of every page the table continues on, and an item taller than a page
// is cut at grid lines.
#pragma once
#include <vector>

#include "layout/flow.h"
#include "layout/geometry.h"

namespace docpipe::layout {

struct PlacedItem {
  const Item* item;
  int slot;  // grid line of its top
};
using PagePlan = std::vector<PlacedItem>;

// `items` must outlive the result (header copies point into it). `split_store` receives the
// pieces of items cut because they were taller than a page.
std::vector<PagePlan> paginate(const std::vector<Item>& items, int lines_per_page, double pitch,
                               std::vector<Item>& split_store);

// Cuts an item taller than `lines` into pieces of at most `lines` grid lines.
std::vector<Item> split_tall_item(const Item& item, int lines, double pitch);

}  // namespace docpipe::layout
