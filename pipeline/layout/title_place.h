// Where the 标题 stands under a 版头 (§7.3.1): its first line's top two 行 below the red rule.
#pragma once
#include "layout/flow.h"
#include "layout/geometry.h"

namespace docpipe::layout {

// Sets `head`'s height so the title starts on the grid line nearest the standard position
// and returns how far (points, + downwards) the title's runs must move from that grid line
// to stand exactly there. `title_size` is the title's type size. A head without a red rule
// is left as it is (returns 0).
double place_title_under_rule(const PageGeometry& g, Item& head, double title_size);

}  // namespace docpipe::layout
