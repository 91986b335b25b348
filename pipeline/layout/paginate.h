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
  int slot;              // grid line of its top
  bool at_foot = false;  // the foot block: bottom-aligned at the grid's pitch on any page
};

// A page's items, in order. A tightened page (§7.3.5.5, signature_page.h) sets its lines from
// `tight_from` on at `scale` × the grid's pitch; the lines above (版头, 标题) and the foot block
// keep the grid.
struct PagePlan : std::vector<PlacedItem> {
  int tight_from = 0;
  double scale = 1;
  // Top of grid line `slot` in grid lines from the top of the type area.
  double line_top(double slot) const {
    return slot <= tight_from ? slot : tight_from + (slot - tight_from) * scale;
  }
  // Slots taken from the top (the foot block apart), and their height in grid lines.
  int used() const;
  // Height in grid lines down to the lowest drawing (a seal's overhang included).
  double height() const;
};

// `items` must outlive the result (header copies point into it). `split_store` receives the
// pieces of items cut because they were taller than a page.
std::vector<PagePlan> paginate(const std::vector<Item>& items, int lines_per_page, double pitch,
                               std::vector<Item>& split_store);

// Places the foot block (版记 / 报尾) on the bottom lines of the last page, adding pages as
// §7.4–7.5 require when `even_page` (版记: last even page; a blank page before it and the
// 版记 page then carry no number). `numbered` has one entry per page.
void place_foot(std::vector<PagePlan>& plans, std::vector<bool>& numbered, const Item& foot,
                int lines, bool even_page);

// Cuts an item taller than `lines` into pieces of at most `lines` grid lines.
std::vector<Item> split_tall_item(const Item& item, int lines, double pitch);

}  // namespace docpipe::layout
