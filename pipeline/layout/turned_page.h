// 横排表格 (§8 practice, conventions.md "Tables"): a table too wide for the type area even
// at 小4号 is set across a turned page. The sheet stays A4 upright; the page's frame is turned
// so that its top lies along the sheet's left edge: the table's head toward the 订口 on odd
// pages and toward the 切口 on even pages, so the reader turns every such page the same way.
// The page number stays where the other pages have it, upright on the sheet.
#pragma once
#include <deque>
#include <vector>

#include "layout/flow.h"
#include "layout/geometry.h"
#include "layout/paginate.h"

namespace docpipe::layout {

// The type area in the turned frame: the paper height × width; the 版心 keeps its place on
// the sheet (28 mm from its left edge, 37 mm from its top), 225 mm wide and 156 mm high, on a
// grid of as many whole lines of the upright pitch as fit.
PageGeometry turned_geometry(const PageGeometry& g);

// Pages from `items`, a run of landscape items (a 横排 table's rows) on turned pages of their
// own: the page before ends where the table starts, the text after it starts a new page. What
// is kept with the table's first row (its heading) goes onto the turned page with it.
// `turned` gets one entry per page; `stores` keeps the items the pages point to.
std::vector<PagePlan> paginate_turning(const std::vector<Item>& items, const PageGeometry& g,
                                       std::deque<std::vector<Item>>& stores,
                                       std::vector<bool>& turned);

}  // namespace docpipe::layout
