#include "layout/turned_page.h"

#include <algorithm>

namespace docpipe::layout {

namespace {

// At most this many items kept with a turned table's first row go across with it (a heading
// and the line introducing the table); a longer chain stays upright.
constexpr size_t max_carried = 3;

void shift_x(Item& item, double dx) {
  for (auto& r : item.runs) r.x += dx;
  for (auto& r : item.rules) r.x0 += dx, r.x1 += dx;
  for (auto& b : item.boxes) b.x += dx;
}

// Which items go on turned pages: a landscape item, and the few upright items kept with one
// (shifted into the turned type area).
std::vector<bool> on_turned_pages(const std::vector<Item>& items) {
  std::vector<bool> on(items.size(), false);
  for (size_t k = 0; k < items.size(); ++k) {
    if (!items[k].landscape || (k > 0 && items[k - 1].landscape)) {
      on[k] = on[k] || items[k].landscape;
      continue;
    }
    on[k] = true;
    size_t from = k;
    while (from > 0 && k - from < max_carried && items[from - 1].keep_with_next &&
           !items[from - 1].landscape)
      --from;
    if (from > 0 && items[from - 1].keep_with_next && !items[from - 1].landscape) continue;
    for (size_t j = from; j < k; ++j) on[j] = true;
  }
  return on;
}

}  // namespace

PageGeometry turned_geometry(const PageGeometry& g) {
  PageGeometry t = g;
  t.paper_width = g.paper_height;
  t.paper_height = g.paper_width;
  // The sheet's 版心 seen from its left edge: the frame's left margin is the sheet's foot
  // margin, its top margin the sheet's 订口.
  t.left = g.paper_height - g.top - g.height;
  t.top = g.left;
  t.width = g.height;
  t.lines = static_cast<int>(g.width / g.pitch());  // whole lines of the upright pitch
  t.height = t.lines * g.pitch();
  return t;
}

std::vector<PagePlan> paginate_turning(const std::vector<Item>& items, const PageGeometry& g,
                                       std::deque<std::vector<Item>>& stores,
                                       std::vector<bool>& turned) {
  turned.clear();
  std::vector<PagePlan> plans;
  if (std::none_of(items.begin(), items.end(), [](const Item& it) { return it.landscape; })) {
    plans = paginate(items, g.lines, g.pitch(), stores.emplace_back());
    turned.assign(plans.size(), false);
    return plans;
  }
  const PageGeometry t = turned_geometry(g);
  const std::vector<bool> on = on_turned_pages(items);
  for (size_t i = 0; i < items.size();) {
    size_t j = i;
    while (j < items.size() && on[j] == on[i]) ++j;
    std::vector<Item>& run = stores.emplace_back(items.begin() + i, items.begin() + j);
    if (on[i])
      for (auto& it : run)
        if (!it.landscape) shift_x(it, t.left - g.left);
    std::vector<Item>& pieces = stores.emplace_back();
    for (auto& plan : paginate(run, on[i] ? t.lines : g.lines, g.pitch(), pieces)) {
      plans.push_back(std::move(plan));
      turned.push_back(on[i]);
    }
    i = j;
  }
  return plans;
}

}  // namespace docpipe::layout
