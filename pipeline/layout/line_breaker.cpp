#include "layout/line_breaker.h"

#include <algorithm>

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
  size_t full_width(size_t from, size_t to) const {
    size_t n = 0;
    for (size_t i = from; i < to; ++i) n += g[i].cp > 0x2E80;
    return n;
  }
  size_t compressible(size_t from, size_t to) const {
    size_t n = 0;
    for (size_t i = from; i < to; ++i) n += is_compressible_punct(g[i].cp);
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
    // Glyph k overflows. Pull up the unit it belongs to if compression can absorb it.
    size_t unit_end = k + 1;
    // No more than a cell can ever be pulled up: stop looking once the unit is longer, so
    // text without break opportunities stays linear.
    while (unit_end < n && !b.allowed[unit_end] && glyphs[unit_end].cp != U'\n' &&
           c.natural(start, unit_end) <= avail + 2 * spec.cell)
      ++unit_end;
    double over = c.natural(start, unit_end) - avail;
    double allowance = std::min(spec.cell, 0.5 * spec.cell * c.compressible(start, unit_end));
    size_t end;
    // Pulling up must not put more characters on a line than the grid has cells.
    bool fits_grid = spec.max_chars == 0 || c.full_width(start, unit_end) <= spec.max_chars;
    if (over <= allowance + 1e-6 && unit_end - start > 1 && fits_grid)
      end = unit_end;
    else if (last_soft > last_ok && avail - c.natural(start, last_ok) > spec.cell)
      end = last_soft;  // a date kept whole would spread the line by over a cell (§5.2.3)
    else if (last_ok > start)
      end = last_ok;
    else
      end = emergency_end(c, start, k);
    lines.push_back(finish(c, start, end, avail, indent, spec.justify));
    start = end;
    if (start < n && glyphs[start].cp == U'\n') ++start;    // the unit ended at a forced break
    while (start < n && glyphs[start].cp == U' ') ++start;  // a space never begins a line
    first = false;
  }
  return lines;
}

}  // namespace docpipe::layout
