// 署名 and 成文日期 kept with the text (GB/T 9704 §7.3.5.5): when they do not fit under the
// last lines of the body, that page's lines are first set closer, within geometry.h's limits
// (tight_extra_lines, tight_scale_min); only when that cannot keep them do lines go over to
// the next page with them, and then at least two lines of body text.
#pragma once
#include <vector>

#include "layout/geometry.h"
#include "layout/paginate.h"

namespace docpipe::layout {

// The foot block place_foot will set after this (版记 / 报尾): its height in grid lines and
// whether it takes an even page (a 公文's 版记, §7.5).
struct FootPlan {
  int slots = 0;
  bool even_page = false;
};

// Works on the page that holds the first `Item::signature` item and the page before it (the
// same pages `paginate` gave; turned pages are never touched). A tightened page merges the
// signature page into the one before and gets `tight_from`/`scale`; `turned` loses that
// page's entry with it.
void keep_signature(std::vector<PagePlan>& plans, std::vector<bool>& turned, const PageGeometry& g,
                    const FootPlan& foot);

}  // namespace docpipe::layout
