// ```chart → a horizontal bar chart drawn as vector graphics (no raster images): a caption,
// then one bar per unit, two bars to a grid line, labels left, values at the bar ends.
#pragma once
#include <vector>

#include "layout/context.h"
#include "layout/flow.h"
#include "markup/document.h"

namespace docpipe::layout {

std::vector<Item> chart_block(Context& ctx, const markup::Chart& chart, int line);

}  // namespace docpipe::layout
