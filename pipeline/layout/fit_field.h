// Nothing outside the 版心 (#12 item 6): a front-matter field set on one line where GB/T 9704
// puts it either fits its place or is refused with one error naming the field, where it was
// written and how to fix it; layout never draws it past the 版心's edge.
#pragma once
#include <string>

#include "layout/context.h"

namespace docpipe::layout {

// What is checked: the field's key (`printer`), its name in the standard (印发机关), its text.
struct Field {
  std::string key;
  std::string name;
  std::string text;
};

// Whether `width` (points) fits the `room` of its place (`place`: where the standard sets the
// field, with its clause, as in "too wide for its line centred under the 标志 (§7.2.4)"); if
// not, an error at the field's source, the widths counted in characters of `char_width`, with
// `hint` saying how to fix it.
bool field_fits(Context& ctx, const Field& field, double width, double room, double char_width,
                const std::string& place, const std::string& hint);

// A 标志 (发文机关标志, 简报 name) set as large as fits `width`, up to `max_size`: its size.
// Below `min_size` it would no longer be 醒目 (§7.2.4): an error naming the field, and
// `min_size` is returned (nothing is written after an error).
double masthead_size(Context& ctx, const Field& field, fonts::Role role, double max_size,
                     double width, double min_size);

}  // namespace docpipe::layout
