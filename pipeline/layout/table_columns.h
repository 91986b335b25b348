// Column widths from the content, after CSS's automatic table layout: each column has a
// minimum width (its widest unbreakable piece) and a preferred width (its widest cell on one
// line); the type area's width is shared out from those. One step between them: the body
// cells on one line with the header broken between words, so that figures and names stay
// whole before a long header does.
#pragma once
#include <vector>

namespace docpipe::layout {

struct ColumnNeed {
  double minimum = 0;    // the widest word, figure or other unbreakable piece
  double body = 0;       // every body cell on one line, the header at its widest word
  double preferred = 0;  // every cell on one line
};

// Widths filling `total`: the preferred widths when they fit, the remainder spread in
// proportion to them. Else the widest step that fits (body, then minimum) and, on top of it,
// the next step for every column that wants no more than a common cap, the cap for the
// others: short columns (a date, 第9期) stay whole and the long ones (a title) share what is
// left. (CSS shares in proportion to what each column wants, which gives a column of long text
// nearly everything and breaks 9月15日.) Empty when even the minimum widths do not fit.
std::vector<double> share_width(const std::vector<ColumnNeed>& columns, double total);

}  // namespace docpipe::layout
