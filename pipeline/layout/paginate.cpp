#include "layout/paginate.h"

#include <algorithm>
#include <map>

namespace docpipe::layout {

int PagePlan::used() const {
  int used = 0;
  for (const auto& p : *this)
    if (!p.at_foot) used = std::max(used, p.slot + p.item->slots);
  return used;
}

double PagePlan::height() const {
  double reach = line_top(used());
  for (const auto& p : *this)
    if (!p.at_foot && p.item->reach_below > 0)
      reach = std::max(reach, line_top(p.slot + p.item->reach_at) + p.item->reach_below);
  return reach;
}

// Whether `it` fits under `used` lines of a page of `lines`, a drawing reaching below it too.
static bool fits_under(int used, const Item& it, int lines) {
  return used + it.slots <= lines && used + it.reach_at + it.reach_below <= lines + 1e-9;
}

std::vector<Item> split_tall_item(const Item& item, int lines, double pitch) {
  std::vector<Item> pieces;
  for (int from = 0; from < item.slots; from += lines) {
    Item p;
    p.slots = std::min(lines, item.slots - from);
    p.table = item.table;
    double top = from * pitch, bottom = (from + p.slots) * pitch;
    for (const auto& r : item.runs)
      if (r.y >= top && r.y < bottom) p.runs.push_back(r), p.runs.back().y -= top;
    for (auto r : item.rules) {
      double y0 = std::max(r.y0, top), y1 = std::min(r.y1, bottom);
      if (r.y0 == r.y1 ? (r.y0 < top || r.y0 > bottom) : y0 >= y1) continue;
      r.y0 = y0 - top, r.y1 = (r.y0 == r.y1 ? y0 : y1) - top;
      p.rules.push_back(r);
    }
    for (const auto& b : item.boxes)
      if (b.y >= top && b.y < bottom) p.boxes.push_back(b), p.boxes.back().y -= top;
    for (const auto& i : item.images)  // an image goes with the line its top is on
      if (i.y >= top && i.y < bottom) p.images.push_back(i), p.images.back().y -= top;
    if (from == 0) p.bookmark = item.bookmark;
    pieces.push_back(std::move(p));
  }
  return pieces;
}

std::vector<PagePlan> paginate(const std::vector<Item>& input, int lines, double pitch,
                               std::vector<Item>& split_store) {
  // Items taller than a page are cut first, so every item fits on an empty page. The store
  // is sized up front: pointers into it must stay valid.
  size_t pieces = 0;
  for (const auto& it : input) pieces += it.slots > lines ? (it.slots + lines - 1) / lines : 0;
  split_store.clear();
  split_store.reserve(pieces);
  std::vector<const Item*> items;
  items.reserve(input.size() + pieces);
  for (const auto& it : input) {
    if (it.slots <= lines) {
      items.push_back(&it);
      continue;
    }
    for (auto& piece : split_tall_item(it, lines, pitch)) {
      split_store.push_back(std::move(piece));
      items.push_back(&split_store.back());
    }
  }
  std::map<int, const Item*> headers;
  for (const Item* it : items)
    if (it->table_header) headers.emplace(it->table, it);

  std::vector<PagePlan> pages;
  size_t i = 0;
  const size_t n = items.size();
  while (i < n) {
    PagePlan page;
    int used = 0;
    // A table continued from the previous page starts with its header again.
    const Item* first = items[i];
    if (!pages.empty() && first->table >= 0 && !first->table_header) {
      auto h = headers.find(first->table);
      if (h != headers.end() && h->second->slots + first->slots <= lines) {
        page.push_back({h->second, 0});
        used = h->second->slots;
      }
    }
    size_t j = i;
    while (j < n && fits_under(used, *items[j], lines) && (j == i || !items[j]->page_break_before))
      used += items[j++]->slots;
    bool forced = j < n && j > i && items[j]->page_break_before;
    size_t end = j;
    if (j < n && !forced) {
      // Back up to the last place a break is allowed; if none on this page, break anyway.
      size_t k = j;
      while (k > i + 1 && items[k - 1]->keep_with_next) --k;
      // A keep costs the page at most one line: where an orphan or widow keep at the foot
      // would take more with it (a heading and its paragraph's first line), it yields.
      int cost = 0;
      for (size_t m = k; m < j; ++m) cost += items[m]->slots;
      if (cost > 1 && items[j - 1]->soft_keep) k = j;
      if (k > i + 1 || !items[i]->keep_with_next) end = k;
      if (end == i) end = i + 1;
    }
    int slot = page.empty() ? 0 : page.back().item->slots;
    for (size_t k = i; k < end; ++k) {
      page.push_back({items[k], slot});
      slot += items[k]->slots;
    }
    pages.push_back(std::move(page));
    i = end;
  }
  return pages;
}

// 版记 (§7.4, §7.5): at the foot of the last page, which in a document printed on both sides
// is an even page. When the last page of text is odd, the 版记 takes the next (even) page;
// when it is even but full, a blank page and the 版记 page follow, and neither is numbered.
// The 简报 报尾 simply closes the last page.
void place_foot(std::vector<PagePlan>& plans, std::vector<bool>& numbered, const Item& foot,
                int lines, bool even_page) {
  // A tightened last page (signature_page.h) counts its lines at their own pitch.
  bool fits = plans.back().height() + foot.slots <= lines + 1e-9;
  bool last_is_even = plans.size() % 2 == 0;
  if (even_page && !last_is_even) {
    plans.emplace_back();
    numbered.push_back(true);
  } else if (!fits) {
    plans.emplace_back();
    numbered.push_back(!even_page);
    if (even_page) {
      plans.emplace_back();
      numbered.push_back(false);
    }
  }
  plans.back().push_back({&foot, lines - foot.slots, true});
}

}  // namespace docpipe::layout
