#include "layout/title_place.h"

#include <cmath>

namespace docpipe::layout {

double place_title_under_rule(const PageGeometry& g, Item& head, double title_size) {
  const Rule* rule = nullptr;  // the 版头's separator: the lowest red rule
  for (const auto& r : head.rules)
    if (r.color == red && (!rule || r.y0 > rule->y0)) rule = &r;
  if (!rule) return 0;
  // The title's em box sits centred in its grid line; pick the grid line whose em top is
  // nearest the standard position, then move the runs by what is left (under half a line).
  const double want = rule->y0 + g.title_rule_rows * g.row();  // em top, from the item top
  const double inset = (g.pitch() - title_size) / 2;
  int slot = static_cast<int>(std::lround((want - inset) / g.pitch()));
  const double rule_slot = rule->y0 / g.pitch();
  if (slot <= rule_slot) slot = static_cast<int>(std::ceil(rule_slot));  // never above the rule
  head.slots = slot;
  return want - (slot * g.pitch() + inset);
}

}  // namespace docpipe::layout
