#include "layout/signature_page.h"

#include <algorithm>

namespace docpipe::layout {

namespace {

bool is_text(const Item& it) {
  return !it.runs.empty();
}

// Slots in page order from the top of the page.
void restack(PagePlan& page) {
  int slot = 0;
  for (auto& p : page) p.slot = slot, slot += p.item->slots;
}

// Whether the flow of text ends with page `p`: what follows starts a page of its own (an
// attachment, a turned page) or nothing does.
bool flow_ends(const std::vector<PagePlan>& plans, const std::vector<bool>& turned, size_t p) {
  return p + 1 == plans.size() || turned[p + 1] || plans[p + 1].empty() ||
         plans[p + 1].front().item->page_break_before;
}

// The scale that sets the lines of `page` (unscaled yet) after the fixed head's `from` in the
// room above its bottom `foot` lines (the foot block's), a seal reaching below its lines
// included (it keeps its size: only its centre moves up); 0 if they fit unscaled or the
// limits do not allow it (at most tight_extra_lines lines of text over, tight_scale_min).
double tight_scale(const PageGeometry& g, const PagePlan& page, int from, int foot) {
  const int lines = page.used();
  const double bottom = g.lines - foot;
  if (page.height() <= bottom + 1e-9 || lines + foot - g.lines > g.tight_extra_lines ||
      bottom <= from || lines <= from)
    return 0;
  double scale = (bottom - from) / (lines - from);
  for (const auto& q : page) {
    if (q.at_foot || q.item->reach_below <= 0) continue;
    const double centre = q.slot + q.item->reach_at - from,
                 room = bottom - from - q.item->reach_below;
    if (room <= 0 || centre <= 0) return 0;
    scale = std::min(scale, room / centre);
  }
  return scale >= g.tight_scale_min ? scale : 0;
}

// The grid lines the fixed head (版头, 标题) takes at the top of `page`.
int fixed_end(const PagePlan& page) {
  int from = 0;
  for (const auto& q : page)
    if (q.item->fixed) from = std::max(from, q.slot + q.item->slots);
  return from;
}

bool has_chart(const PlacedItem& q) {
  return !q.item->boxes.empty();
}

// Whether the foot block will end the document on page `p` (0-based; place_foot) when that
// is the `last` page: for a 版记 only on an even page.
bool foot_lands(bool last, size_t p, const FootPlan& foot) {
  return foot.slots > 0 && last && (!foot.even_page || p % 2 == 1);
}

// Merges page `p` (the signature and what went over with it) into page `p - 1`, set closer.
// A chart (boxes) keeps its drawn proportions, so a page holding one is not tightened.
bool tighten(std::vector<PagePlan>& plans, std::vector<bool>& turned, size_t p,
             const PageGeometry& g, const FootPlan& foot) {
  PagePlan& prev = plans[p - 1];
  std::vector<PlacedItem> moved(plans[p].begin(), plans[p].end());
  // A table's header repeated on the signature page goes: its rows rejoin the table.
  if (moved.front().item->table_header && moved.front().item->table >= 0 &&
      std::any_of(prev.begin(), prev.end(),
                  [&](const PlacedItem& q) { return q.item->table == moved.front().item->table; }))
    moved.erase(moved.begin());
  const int from = fixed_end(prev);
  if (std::any_of(prev.begin(), prev.end(), has_chart) ||
      std::any_of(moved.begin(), moved.end(), has_chart))
    return false;
  // A foot block that lands on the merged page (place_foot) must fit there too: pushed off
  // it, it would stand alone on a page (a 版记 after a blank one), which carrying two lines
  // over spares.
  const bool foot_here = foot_lands(p + 1 == plans.size(), p - 1, foot);
  PagePlan merged = prev;
  for (auto& q : moved) merged.push_back(q);
  restack(merged);
  const double scale = tight_scale(g, merged, from, foot_here ? foot.slots : 0);
  if (scale == 0) return false;
  merged.tight_from = from;
  merged.scale = scale;
  // A seal keeps its size on a page set closer: it must still end on the page.
  if (merged.height() > g.lines - (foot_here ? foot.slots : 0) + 1e-9) return false;
  prev = std::move(merged);
  plans.erase(plans.begin() + static_cast<long>(p));
  turned.erase(turned.begin() + static_cast<long>(p));
  return true;
}

// Moves lines from the foot of page `p - 1` to page `p` until at least two lines of text
// stand above the signature, with whatever keeps with them (a paragraph's first line, a
// heading). Nothing moves if that would empty the page before or overfill this one.
void carry(std::vector<PagePlan>& plans, size_t p, size_t at, const PageGeometry& g) {
  PagePlan &prev = plans[p - 1], &page = plans[p];
  if (page.front().item->table_header) return;  // a continued table's rows: the table decides
  int need = 2;
  for (size_t k = 0; k < at; ++k)
    if (is_text(*page[k].item)) need -= page[k].item->slots;
  if (need <= 0) return;
  size_t take = prev.size();
  int moving = 0;
  while (take > 0 && (need > 0 || prev[take - 1].item->keep_with_next)) {
    const Item& it = *prev[take - 1].item;
    if (it.fixed) return;
    --take;
    moving += it.slots;
    if (is_text(it)) need -= it.slots;
  }
  if (take == 0 || page.height() + moving > g.lines + 1e-9) return;
  page.insert(page.begin(), prev.begin() + static_cast<long>(take), prev.end());
  prev.erase(prev.begin() + static_cast<long>(take), prev.end());
  restack(page);
}

// The signature fits its page but the foot block that lands there does not: the page is set
// closer so that both stay (else place_foot adds a page for the foot, and for a 版记 a blank
// one before it).
void fit_foot(std::vector<PagePlan>& plans, size_t p, const PageGeometry& g, const FootPlan& foot) {
  PagePlan& page = plans[p];
  if (!foot_lands(p + 1 == plans.size(), p, foot) || page.height() + foot.slots <= g.lines + 1e-9 ||
      std::any_of(page.begin(), page.end(), has_chart))
    return;
  const int from = fixed_end(page);
  const double scale = tight_scale(g, page, from, foot.slots);
  if (scale == 0) return;
  PagePlan tight = page;
  tight.tight_from = from;
  tight.scale = scale;
  if (tight.height() + foot.slots <= g.lines + 1e-9) page = std::move(tight);
}

}  // namespace

void keep_signature(std::vector<PagePlan>& plans, std::vector<bool>& turned, const PageGeometry& g,
                    const FootPlan& foot) {
  for (size_t p = 0; p < plans.size(); ++p)
    for (size_t at = 0; at < plans[p].size(); ++at) {
      if (!plans[p][at].item->signature) continue;
      if (turned[p]) return;
      // On the first page it always fits under its text.
      if (p > 0 && !turned[p - 1] && !plans[p - 1].empty()) {
        if (flow_ends(plans, turned, p) && tighten(plans, turned, p, g, foot)) return;
        carry(plans, p, at, g);
      }
      fit_foot(plans, p, g, foot);
      return;
    }
}

}  // namespace docpipe::layout
