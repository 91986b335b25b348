#include "layout/line_breaker.h"

#include <algorithm>
#include <cmath>

namespace docpipe::layout {

bool tight_gap(const std::vector<Glyph>& glyphs, size_t i) {
  return i + 1 < glyphs.size() && is_half_width(glyphs[i].cp) && is_half_width(glyphs[i + 1].cp);
}

namespace {

struct Cursor {
  const std::vector<Glyph>& g;
  const BreakOpportunities& b;
  const LineSpec& spec;
  std::vector<double> prefix;  // prefix[i] = sum of advances of glyphs [0, i)
  std::vector<size_t> tight;   // tight[i] = gaps inside half-width runs after glyphs [0, i)

  double advances(size_t from, size_t to) const { return prefix[to] - prefix[from]; }
  // Gaps inside half-width runs between the glyphs of [from, to).
  size_t tight_gaps(size_t from, size_t to) const {
    return to > from ? tight[to - 1] - tight[from] : 0;
  }
  // Width of [from, to) at the base tracking, for fitting. On the grid every character owns
  // its cell, tracking included, so 28 characters fill exactly the 版心 width. A half-width
  // run is set at its font's widths; what its glyphs' share of the (negative) tracking would
  // have taken is spread over the line's other gaps, a few hundredths of a point each.
  double natural(size_t from, size_t to) const {
    return advances(from, to) + (to - from) * spec.tracking;
  }
  // Glyphs that take a whole cell: Han, full-width punctuation, and quotes such as “ whose
  // code points sit among the half-width ones but whose glyphs are full-width.
  size_t compressible(size_t from, size_t to) const {
    size_t n = 0;
    for (size_t i = from; i < to; ++i) n += is_compressible_punct(g[i].cp);
    return n;
  }
  size_t full_width(size_t from, size_t to) const {
    size_t n = 0;
    for (size_t i = from; i < to; ++i) n += g[i].advance > 0.75 * spec.cell;
    return n;
  }
};

SetLine finish(const Cursor& c, size_t from, size_t to, double avail, double indent, bool justify) {
  SetLine l;
  l.begin = from;
  l.end = to;
  l.indent = indent;
  size_t n = to - from;
  double adv = c.advances(from, to);
  size_t tight = c.tight_gaps(from, to), loose = n > 0 ? n - 1 - tight : 0;
  l.tight_runs = true;
  bool overfull = c.natural(from, to) > avail + 1e-6;  // a pulled-up unit: always compress
  if ((justify || overfull) && n > 1) {
    // Spread (or compress) only between characters, never inside a half-width run; a line
    // that is one half-width run (a long URL) has no other gaps and is spaced evenly.
    if (loose == 0) loose = n - 1, tight = 0, l.tight_runs = false;
    l.char_space = (avail - adv) / loose;
    l.justified = true;
  } else {
    l.char_space = c.spec.tracking;
  }
  l.width = n ? adv + loose * l.char_space + tight * l.tight_space : 0;
  return l;
}

// Where a line that must end before `overflow` (a glyph that does not fit) ends when no
// break opportunity fits: as late as possible without breaking a 禁则 pair.
size_t emergency_end(const Cursor& c, size_t from, size_t overflow) {
  size_t end = std::max(overflow, from + 1);
  for (size_t e = end; e > from + 1; --e) {
    if (!is_line_start_forbidden(c.g[e].cp) && !is_line_end_forbidden(c.g[e - 1].cp)) return e;
  }
  return end;
}

// Where a line ends when glyph k does not fit (§5.2.3). A break right before k leaves the line
// full. Otherwise a 禁则 (or a word kept whole) forbids it and the line either pushes the last
// unit down (spread: at most one cell in total) or pulls the unit k belongs to up (compress:
// at most one character; the two-character indent is never squeezed). The smaller of the two wins;
// when both exceed their limit the unit is pushed down whole (a word wider than two cells), or a
// date breaks after 年 or 月.
size_t overflow_end(const Cursor& c, size_t start, size_t k, size_t last_ok, size_t last_soft,
                    double avail) {
  if (last_ok == k) return k;
  const auto& g = c.g;
  const size_t n = g.size();
  const double cell = c.spec.cell;
  size_t unit_end = k + 1;
  // The unit ends at the next break (or the next place a date may break). No more than a cell
  // can ever be pulled up: stop looking once the unit is longer, so text without break
  // opportunities stays linear.
  while (unit_end < n && !c.b.allowed[unit_end] && !c.b.soft[unit_end] && g[unit_end].cp != U'\n' &&
         c.natural(start, unit_end) <= avail + 2 * cell)
    ++unit_end;
  const double squeeze = c.natural(start, unit_end) - avail;
  // A line holds as many characters as it has cells; one more only when the unit pulled up
  // ends with closing punctuation and two marks give up their half-blank cells (标点挤压).
  const bool squeeze_marks =
      is_line_start_forbidden(g[unit_end - 1].cp) && c.compressible(start, unit_end) >= 2;
  const size_t cells = static_cast<size_t>(avail / cell + 1e-6) + (squeeze_marks ? 1 : 0);
  const bool fits_grid = c.spec.max_chars == 0 || c.full_width(start, unit_end) <= cells;
  const bool can_pull = unit_end - start > 1 && squeeze <= cell + 1e-6 && fits_grid;
  const double spread = last_ok > start ? avail - c.natural(start, last_ok) : HUGE_VAL;
  if (can_pull && squeeze <= spread + 1e-6) return unit_end;
  if (spread <= cell + 1e-6) return last_ok;
  if (last_soft > last_ok) return last_soft;  // a date kept whole would spread over a cell
  if (last_ok > start) return last_ok;
  return emergency_end(c, start, k);
}

}  // namespace

std::vector<SetLine> break_lines(const std::vector<Glyph>& glyphs, const LineSpec& spec) {
  std::u32string text;
  for (const auto& g : glyphs) text += g.cp;
  BreakOpportunities b = find_breaks(text);
  Cursor c{glyphs, b, spec, std::vector<double>(glyphs.size() + 1, 0),
           std::vector<size_t>(glyphs.size() + 1, 0)};
  for (size_t i = 0; i < glyphs.size(); ++i) {
    c.prefix[i + 1] = c.prefix[i] + glyphs[i].advance;
    c.tight[i + 1] = c.tight[i] + tight_gap(glyphs, i);
  }

  std::vector<SetLine> lines;
  const size_t n = glyphs.size();
  size_t start = 0;
  bool first = true;
  while (start < n) {
    double indent = first ? spec.first_indent : 0;
    double avail = spec.width - indent;
    size_t last_ok = 0, last_soft = 0, k = start;
    bool forced = false;
    // Extend glyph by glyph until one does not fit, a forced break, or the end.
    for (; k < n; ++k) {
      if (glyphs[k].cp == U'\n') {
        forced = true;
        break;
      }
      if (c.natural(start, k + 1) > avail + 1e-6) break;
      if (k + 1 < n && b.allowed[k + 1]) last_ok = k + 1;
      if (k + 1 < n && b.soft[k + 1]) last_soft = k + 1;
    }
    if (forced || k == n) {
      lines.push_back(finish(c, start, k, avail, indent, false));
      start = forced ? k + 1 : k;
      first = false;
      continue;
    }
    size_t end = overflow_end(c, start, k, last_ok, last_soft, avail);
    lines.push_back(finish(c, start, end, avail, indent, spec.justify));
    start = end;
    if (start < n && glyphs[start].cp == U'\n') ++start;    // the unit ended at a forced break
    while (start < n && glyphs[start].cp == U' ') ++start;  // a space never begins a line
    first = false;
  }
  return lines;
}

}  // namespace docpipe::layout
