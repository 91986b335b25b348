#include "layout/line_breaker.h"

#include <algorithm>
#include <cmath>

namespace docpipe::layout {

namespace {
// A glyph of a half-width run: half-width itself, or the space inside one (`GB/T 9704-2012`,
// `ISO/IEC 27001`), which keeps its own width so the standard number still reads as one word.
bool in_run(const std::vector<Glyph>& g, size_t i) {
  if (is_half_width(g[i].cp)) return true;
  return g[i].cp == U' ' && i > 0 && i + 1 < g.size() && is_half_width(g[i - 1].cp) &&
         is_half_width(g[i + 1].cp);
}
}  // namespace

bool tight_gap(const std::vector<Glyph>& glyphs, size_t i) {
  return i + 1 < glyphs.size() && in_run(glyphs, i) && in_run(glyphs, i + 1);
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
  std::vector<size_t> marks;  // marks[i] = compressible marks among glyphs [0, i)
  std::vector<size_t> full;   // full[i] = glyphs taking a whole cell among [0, i)
  // Compressible marks (their cells half blank) among [from, to).
  size_t compressible(size_t from, size_t to) const { return marks[to] - marks[from]; }
  // Glyphs that take a whole cell: Han, full-width punctuation, and quotes such as “ whose
  // code points sit among the half-width ones but whose glyphs are full-width.
  size_t full_width(size_t from, size_t to) const { return full[to] - full[from]; }
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

// First fit: each line as long as it can be (ragged text, where evenness does not matter).
std::vector<SetLine> first_fit(const Cursor& c) {
  const auto& glyphs = c.g;
  const auto& b = c.b;
  const auto& spec = c.spec;
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

// The paragraph-wide breaker (§5.2.3, after Knuth and Plass): every way of ending each line
// at a break opportunity is weighed at once, so an early line may end a character sooner to
// let a wide word (a 文号, `GB/T 9704-2012`) go down without spreading the line before it by
// more than a cell. A line is admissible when it is spread by at most one cell, or compressed
// by at most one character where a 禁则 or a word kept whole forbids its natural break (the
// unit straddling the right edge pulled up, never to more characters than the line's cells).
// The costs compare in order: first what breaks the rule (spread beyond a cell, a date broken
// after 年 or 月, an emergency break inside a word) — the first-fit fallbacks, taken only where
// no admissible choice exists; then the number of lines, so a paragraph never grows; then the
// sum of each line's squared spread or compression, so the spacing is even.
struct Cost {
  // Rule departures: the squared cells of excess spread (several lines a little over rather
  // than one letter-spaced line), soft and emergency breaks.
  double broken = 0;
  size_t lines = 0;
  double badness = 0;
  bool operator<(const Cost& o) const {
    if (std::abs(broken - o.broken) > 1e-9) return broken < o.broken;
    if (lines != o.lines) return lines < o.lines;
    return badness < o.badness - 1e-9;
  }
};

constexpr double kSoftBreak = 1e-3;  // a date broken after 年 or 月: before any excess spread
constexpr double kEmergency = 1e3;   // a break inside a word: the very last resort
// Squeezing the marks' half-blank cells (标点挤压) before spreading a line by as much: a tie
// goes to the pull-up, as in first fit.
constexpr double kPullUp = 0.9;

struct Candidate {
  size_t end;
  Cost cost;          // this line's share
  double excess = 0;  // cells of spread beyond the one allowed
};

// Where the lines of a segment may end, found with two pointers that only move forward as the
// start does (the first line, narrower by the indent, comes first), so a paragraph is scanned
// in time linear in its length.
struct Scan {
  size_t fill = 0;  // the first glyph that does not fit
  size_t low = 0;   // the first end that leaves at most a cell of spread
};

// The possible ends of a line starting at `s` in the segment [s, seg_end) (no forced break
// inside), with what each costs.
void line_candidates(const Cursor& c, size_t s, size_t seg_end, double avail, bool all_early,
                     double limit, Scan& scan, std::vector<Candidate>& out) {
  out.clear();
  const auto& b = c.b;
  const double cell = c.spec.cell, eps = 1e-6;
  if (c.natural(s, seg_end) <= avail + eps) {  // the rest fits: the last line, not justified
    out.push_back({seg_end, {0, 1, 0}});
    return;
  }
  size_t& k = scan.fill;
  k = std::max(k, s);
  while (k < seg_end && c.natural(s, k + 1) <= avail + eps) ++k;
  size_t& low = scan.low;
  low = std::max(low, s + 1);
  while (low <= k && avail - c.natural(s, low) > cell + eps) ++low;
  auto spread_end = [&](size_t e, double extra) {
    double spread = avail - c.natural(s, e);
    Cost cost{extra, 1, 0};
    const double excess = std::max(0.0, (spread - cell) / cell);
    if (excess <= eps)
      cost.badness = 100 * (spread / cell) * (spread / cell);
    else
      cost.broken += excess * excess;
    out.push_back({e, cost, excess > eps ? excess : 0});
  };
  for (size_t e = low; e <= k; ++e)
    if (b.allowed[e] || b.soft[e]) spread_end(e, b.allowed[e] ? 0 : kSoftBreak);
  // Breaks too early to stay within a cell: in a paragraph that cannot be set within the
  // limits every one whose excess is within `limit`; otherwise the last one (and a later date
  // break), the first-fit fallbacks.
  size_t last_ok = 0, last_soft = 0;
  bool beyond_limit = false;  // breaks exist, but none within the limit: a dead end
  for (size_t e = low; e-- > s + 1;) {
    if (all_early) {
      if ((avail - c.natural(s, e) - cell) / cell > limit + eps) {
        beyond_limit = true;
        break;
      }
      if (b.allowed[e] || b.soft[e]) spread_end(e, b.allowed[e] ? 0 : kSoftBreak);
      continue;
    }
    if (b.soft[e] && last_soft == 0) last_soft = e;
    if (b.allowed[e]) {
      last_ok = e;
      break;
    }
  }
  // Pulled up: the unit across the edge joins the line when the break before it is forbidden
  // (a 禁则 or a word kept whole), compressing the line by at most one character.
  for (size_t e = k + 1; e <= seg_end && !b.allowed[k]; ++e) {
    const double squeeze = c.natural(s, e) - avail;
    if (squeeze > cell + eps) break;
    const bool ends = e == seg_end || b.allowed[e] || b.soft[e];
    if (ends && e - s > 1) {
      const bool marks = is_line_start_forbidden(c.g[e - 1].cp) && c.compressible(s, e) >= 2;
      const size_t cells = static_cast<size_t>(avail / cell + 1e-6) + (marks ? 1 : 0);
      if (c.spec.max_chars == 0 || c.full_width(s, e) <= cells)
        out.push_back({e,
                       {b.allowed[e] || e == seg_end ? 0 : kSoftBreak, 1,
                        kPullUp * 100 * (squeeze / cell) * (squeeze / cell)}});
    }
    if (ends) break;  // one unit only
  }
  // The first-fit fallbacks: the last break kept whole spreading the line by more than a cell
  // (a word wider than the line's slack), a date broken, or a break inside a word.
  if (last_ok > s) spread_end(last_ok, 0);
  if (last_soft > last_ok) spread_end(last_soft, kSoftBreak);
  if (out.empty() && !beyond_limit) {  // no break at all: inside a word, the worst line there is
    size_t e = std::min(emergency_end(c, s, k), seg_end);
    out.push_back({e, {kEmergency, 1, 0}, kEmergency});
  }
}

// The programme over the segment [from, to) (no forced break inside): the cheapest lines, each
// spread beyond its cell by at most `limit` cells; `bottleneck` instead minimises the worst
// line's excess alone. Returns the lines' (start, end) and the worst excess.
struct Programme {
  const Cursor& c;
  size_t from, to;
  double first_avail;

  double run(bool all_early, double limit, bool bottleneck,
             std::vector<std::pair<size_t, size_t>>& found) const {
    const size_t span = to - from;
    std::vector<Cost> best(span + 1);
    std::vector<double> worst(span + 1, 0);
    std::vector<bool> reached(span + 1, false);
    std::vector<size_t> prev(span + 1, 0), line_end(span + 1, 0);
    std::vector<Candidate> cand;
    Scan scan;
    reached[0] = true;
    for (size_t s = from; s < to; ++s) {
      if (!reached[s - from]) continue;
      line_candidates(c, s, to, s == 0 ? first_avail : c.spec.width, all_early, limit, scan, cand);
      for (const auto& cd : cand) {
        if (cd.excess > limit + 1e-9) continue;
        size_t t = cd.end;
        while (t < to && c.g[t].cp == U' ') ++t;  // a space never begins a line
        t -= from;
        Cost total = best[s - from];
        total.broken += cd.cost.broken;
        total.lines += cd.cost.lines;
        total.badness += cd.cost.badness;
        const double w = std::max(worst[s - from], cd.excess);
        const bool better = bottleneck
                                ? w < worst[t] - 1e-9 || (w <= worst[t] + 1e-9 && total < best[t])
                                : total < best[t];
        if (!reached[t] || better) {
          reached[t] = true, best[t] = total, worst[t] = w, prev[t] = s, line_end[t] = cd.end;
        }
      }
    }
    found.clear();
    for (size_t t = to; t != from;) {
      found.emplace_back(prev[t - from], line_end[t - from]);
      t = prev[t - from];
    }
    std::reverse(found.begin(), found.end());
    return worst[span];
  }
};

// Lines of the segment [from, to). When no choice keeps every line within a cell of spread,
// the worst line is made as good as any choice allows (the least excess over all choices,
// every earlier break considered), and the rest as even as possible under that bound.
void break_segment(const Cursor& c, size_t from, size_t to, double first_avail, double indent0,
                   std::vector<SetLine>& lines) {
  Programme p{c, from, to, first_avail};
  std::vector<std::pair<size_t, size_t>> found;
  const double worst = p.run(false, HUGE_VAL, false, found);
  if (worst > 0) {  // no line can be longer than the first pass's worst in a better choice
    const double least = p.run(true, worst, true, found);
    p.run(true, least, false, found);
  }
  for (const auto& [begin, end] : found) {
    const bool first = begin == 0;
    lines.push_back(
        finish(c, begin, end, first ? first_avail : c.spec.width, first ? indent0 : 0, end != to));
  }
}

}  // namespace

// Justified text (body paragraphs, 版记 lines) is broken paragraph-wide; other text (a title
// that cannot be shaped, ragged lines) first fit.
std::vector<SetLine> break_lines(const std::vector<Glyph>& glyphs, const LineSpec& spec) {
  std::u32string text;
  for (const auto& g : glyphs) text += g.cp;
  BreakOpportunities b = find_breaks(text);
  const size_t n = glyphs.size();
  Cursor c{glyphs,
           b,
           spec,
           std::vector<double>(n + 1, 0),
           std::vector<size_t>(n + 1, 0),
           std::vector<size_t>(n + 1, 0),
           std::vector<size_t>(n + 1, 0)};
  for (size_t i = 0; i < n; ++i) {
    c.prefix[i + 1] = c.prefix[i] + glyphs[i].advance;
    c.tight[i + 1] = c.tight[i] + tight_gap(glyphs, i);
    c.marks[i + 1] = c.marks[i] + is_compressible_punct(glyphs[i].cp);
    c.full[i + 1] = c.full[i] + (glyphs[i].advance > 0.75 * spec.cell);
  }
  if (!spec.justify) return first_fit(c);
  std::vector<SetLine> lines;
  for (size_t from = 0; from < n;) {
    size_t to = from;
    while (to < n && glyphs[to].cp != U'\n') ++to;
    if (to == from) {  // an empty line between two forced breaks
      lines.push_back(finish(c, from, from, spec.width, 0, false));
    } else {
      break_segment(c, from, to, spec.width - spec.first_indent, spec.first_indent, lines);
    }
    from = to + 1;
  }
  return lines;
}

}  // namespace docpipe::layout
