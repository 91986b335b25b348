#include "layout/text_block.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace docpipe::layout {

std::vector<Item> text_block(Context& ctx, const std::string& text, const BlockStyle& style,
                             int line) {
  const PageGeometry& g = ctx.geo;
  auto glyphs = make_glyphs(text, {style.role, style.size}, ctx.fonts, ctx.at(line), ctx.diags);
  double cell = g.cell() * style.size / g.body_size;
  LineSpec spec;
  spec.width = g.width - (style.left_cells + style.right_cells) * g.cell();
  spec.first_indent = style.indent_cells * cell;
  spec.tracking = style.on_grid ? g.cell() - style.size : 0;
  spec.cell = g.cell();
  spec.justify = style.align == LineAlign::justify;
  if (style.on_grid) spec.max_chars = static_cast<size_t>(g.chars);
  auto lines = break_lines(glyphs, spec);
  std::vector<Item> items;
  for (const auto& l : lines) {
    Item it;
    emit_line(glyphs, l, g.left + style.left_cells * g.cell(), g.baseline(0, style.size),
              style.size, style.align, spec.width, style.color, it.runs);
    items.push_back(std::move(it));
  }
  // A single line is never stranded where moving one line avoids it: the first line keeps
  // with the second (no orphan at the foot); the last-but-one keeps with the last (no widow
  // at the top) when at least two lines stay behind.
  size_t n = items.size();
  if (n >= 2) items[0].keep_with_next = items[0].soft_keep = true;
  if (n >= 4) items[n - 2].keep_with_next = items[n - 2].soft_keep = true;
  return items;
}

namespace {

// Word boundaries usable as title breaks: ICU word segmentation (dictionary-based for Han)
// intersected with line-break opportunities, so 禁则 still hold.
std::vector<size_t> title_breaks(const std::u32string& text, bool whole_names) {
  BreakOpportunities lb = find_breaks(text);
  std::vector<size_t> out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("zh", "CN"), status));
  if (U_FAILURE(status)) return out;
  words->setText(u);
  // Never inside a bracketed or quoted name: 《》 〈〉 “” （） (depth before position i).
  std::vector<int> depth(text.size() + 1, 0);
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    bool opens = c == U'《' || c == U'〈' || c == U'“' || c == U'（';
    bool closes = c == U'》' || c == U'〉' || c == U'”' || c == U'）';
    depth[i + 1] = std::max(0, depth[i] + (opens ? 1 : 0) - (closes ? 1 : 0));
  }
  for (int32_t p = words->first(); p != icu::BreakIterator::DONE; p = words->next()) {
    size_t cp = static_cast<size_t>(u.countChar32(0, p));
    if (cp > 0 && cp < text.size() && lb.allowed[cp] && (depth[cp] == 0 || !whole_names))
      out.push_back(cp);
  }
  return out;
}

// Chooses line ends among `breaks` for `lines` lines, minimising the widest line while
// keeping the shape a trapezoid (each line no longer than the one above) where possible.
std::vector<size_t> balance(const std::vector<double>& prefix, const std::vector<size_t>& breaks,
                            size_t n, int lines, double max_width) {
  std::vector<size_t> best;
  double best_cost = INFINITY;
  // Few lines and few candidate breaks: try every combination of line ends.
  std::vector<size_t> cand = breaks;
  std::vector<size_t> pick;
  std::function<void(size_t)> rec = [&](size_t from_idx) {
    if (static_cast<int>(pick.size()) == lines - 1) {
      std::vector<double> widths;
      size_t prev = 0;
      for (size_t e : pick) widths.push_back(prefix[e] - prefix[prev]), prev = e;
      widths.push_back(prefix[n] - prefix[prev]);
      double widest = *std::max_element(widths.begin(), widths.end());
      if (widest > max_width + 1e-6) return;
      // §7.3.1 梯形 or 菱形: no stub line, none shorter than a third of the longest.
      if (*std::min_element(widths.begin(), widths.end()) < widest / 3 - 1e-6) return;
      double cost = widest;
      for (size_t i = 1; i < widths.size(); ++i)
        if (widths[i] > widths[i - 1] + 1e-6) cost += 0.25 * (widths[i] - widths[i - 1]);
      if (cost < best_cost) best_cost = cost, best = pick;
      return;
    }
    for (size_t i = from_idx; i < cand.size(); ++i) {
      pick.push_back(cand[i]);
      rec(i + 1);
      pick.pop_back();
    }
  };
  if (cand.size() <= 40 && lines <= 4) rec(0);
  return best;
}

}  // namespace

std::vector<Item> title_block(Context& ctx, const std::string& text, fonts::Role role, double size,
                              Color color, int line) {
  const PageGeometry& g = ctx.geo;
  auto glyphs = make_glyphs(text, {role, size}, ctx.fonts, ctx.at(line), ctx.diags);
  std::u32string u;
  std::vector<double> prefix(glyphs.size() + 1, 0);
  for (size_t i = 0; i < glyphs.size(); ++i)
    u += glyphs[i].cp, prefix[i + 1] = prefix[i] + glyphs[i].advance;
  double total = prefix.back();
  int lines = std::max(1, static_cast<int>(std::ceil(total / g.width - 1e-9)));
  std::vector<SetLine> set;
  std::vector<size_t> ends;
  bool forced = u.find(U'\n') != std::u32string::npos;
  // Words first, names in 《》 （） “” whole; then any word boundary; then filling lines. Each
  // step down is a warning naming the title.
  auto shaped = [&](bool whole_names) {
    auto breaks = title_breaks(u, whole_names);
    std::vector<size_t> found;
    for (int extra = 0; extra < 2 && found.empty(); ++extra)
      found = balance(prefix, breaks, glyphs.size(), lines + extra, g.width);
    return found;
  };
  std::string done;
  if (lines > 1 && !forced) {
    ends = shaped(true);
    if (ends.empty() && !(ends = shaped(false)).empty())
      done = "broken inside a bracketed or quoted name";
  }
  if (!ends.empty()) {
    size_t prev = 0;
    ends.push_back(glyphs.size());
    for (size_t e : ends) {
      SetLine l;
      l.begin = prev, l.end = e, l.width = prefix[e] - prefix[prev];
      set.push_back(l);
      prev = e;
    }
  } else {
    LineSpec spec{g.width, 0, 0, g.cell(), false};
    set = break_lines(glyphs, spec);
    if (set.size() > 1 && !forced)
      done = "set in " + std::to_string(set.size()) +
             " lines broken where they fill, not in the shape §7.3.1 asks (梯形 or 菱形, no "
             "line under a third of the longest)";
  }
  if (!done.empty())
    ctx.diags.warning(ctx.at(line),
                      "title '" + text + "' cannot be broken between whole words: " + done,
                      "shorten the title, or give its line breaks with line breaks in the title");
  std::vector<Item> items;
  for (const auto& l : set) {
    Item it;
    emit_line(glyphs, l, g.left, g.baseline(0, size), size, LineAlign::center, g.width, color,
              it.runs);
    it.keep_with_next = true;
    items.push_back(std::move(it));
  }
  return items;
}

}  // namespace docpipe::layout
