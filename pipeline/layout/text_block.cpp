#include "layout/text_block.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <tuple>

#include "layout/title_breaks.h"

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

// How a set of line ends ranks: first what it keeps whole (a break inside a kept name, then
// inside brackets, is a warning), then the shape (§7.3.1: 梯形 or 菱形, not an hourglass;
// then no line under half the longest: 关于印发2026年 over a line twice as long reads as a
// stub), then the phrase boundaries (a break inside a phrase costs one), then the balance
// (the widest line, plus a quarter of each step up: symmetric or decreasing lengths first).
struct TitleRank {
  int inside_quote = 0, inside_name = 0, hourglass = 0, lopsided = 0, word = 0;
  double balance = 0;
  auto key() const {
    return std::make_tuple(inside_quote, inside_name, hourglass, lopsided, word, balance);
  }
  bool operator<(const TitleRank& o) const { return key() < o.key(); }
};

// Whether a line between two longer ones makes the lines an hourglass (a 梯形 rises or falls,
// a 菱形 rises then falls); lengths within `tolerance` count as equal.
bool hourglass(const std::vector<double>& widths, double tolerance) {
  for (size_t i = 1; i + 1 < widths.size(); ++i)
    if (widths[i] < widths[i - 1] - tolerance && widths[i] < widths[i + 1] - tolerance) return true;
  return false;
}

// Chooses line ends among `breaks` for `lines` lines, the best by TitleRank among those that
// fit `max_width` and leave no line under a third of the longest. Empty when none does.
std::vector<TitleBreak> balance(const std::vector<double>& prefix,
                                const std::vector<TitleBreak>& breaks, size_t n, int lines,
                                double max_width, double tolerance, TitleRank& rank) {
  std::vector<TitleBreak> best, pick;
  bool found = false;
  // Few lines and few candidate breaks: try every combination of line ends.
  std::function<void(size_t)> rec = [&](size_t from_idx) {
    if (static_cast<int>(pick.size()) == lines - 1) {
      std::vector<double> widths;
      size_t prev = 0;
      for (const auto& b : pick) widths.push_back(prefix[b.at] - prefix[prev]), prev = b.at;
      widths.push_back(prefix[n] - prefix[prev]);
      double widest = *std::max_element(widths.begin(), widths.end());
      if (widest > max_width + 1e-6) return;
      // §7.3.1 梯形 or 菱形: no stub line, none shorter than a third of the longest.
      if (*std::min_element(widths.begin(), widths.end()) < widest / 3 - 1e-6) return;
      TitleRank r;
      for (const auto& b : pick) {
        r.inside_quote += b.kind == TitleBreakKind::inside_quote;
        r.inside_name += b.kind == TitleBreakKind::inside_name;
        r.word += b.kind == TitleBreakKind::word          ? 1
                  : b.kind == TitleBreakKind::inside_term ? 2
                                                          : 0;
      }
      r.hourglass = hourglass(widths, tolerance);
      r.lopsided = *std::min_element(widths.begin(), widths.end()) < widest / 2 - 1e-6;
      r.balance = widest;
      for (size_t i = 1; i < widths.size(); ++i)
        if (widths[i] > widths[i - 1] + 1e-6) r.balance += 0.25 * (widths[i] - widths[i - 1]);
      if (!found || r < rank) rank = r, best = pick, found = true;
      return;
    }
    for (size_t i = from_idx; i < breaks.size(); ++i) {
      pick.push_back(breaks[i]);
      rec(i + 1);
      pick.pop_back();
    }
  };
  if (breaks.size() <= 40 && lines <= 4) rec(0);
  return best;
}

// Line ends for the title: its fewest lines, or one more when that keeps its names whole.
std::vector<TitleBreak> title_ends(const std::vector<double>& prefix,
                                   const std::vector<TitleBreak>& breaks, int lines,
                                   double max_width, double tolerance) {
  std::vector<TitleBreak> best;
  TitleRank best_rank;
  for (int extra = 0; extra < 2; ++extra) {
    TitleRank rank;
    auto ends =
        balance(prefix, breaks, prefix.size() - 1, lines + extra, max_width, tolerance, rank);
    if (ends.empty()) continue;
    bool whole = rank.inside_quote == 0 && rank.inside_name == 0;
    if (best.empty() ||
        (rank.inside_quote < best_rank.inside_quote ||
         (rank.inside_quote == best_rank.inside_quote && rank.inside_name < best_rank.inside_name)))
      best = ends, best_rank = rank;
    if (whole) break;
  }
  return best;
}

// What the warning says when the chosen line ends break something kept whole.
std::string broken_whole(const std::u32string& text, const std::vector<std::u32string>& names,
                         const std::vector<TitleBreak>& ends) {
  std::string what;
  for (const auto& b : ends) {
    if (b.kind == TitleBreakKind::inside_quote) return "broken inside a bracketed or quoted name";
    if (b.kind != TitleBreakKind::inside_name) continue;
    for (const auto& name : names_across(text, names, b.at)) {
      std::string utf8;
      for (char32_t c : name) utf8 += encode_utf8(c);
      what += (what.empty() ? "" : ", ") + ("'" + utf8 + "'");
    }
  }
  return what.empty() ? "" : "broken inside the name " + what + ": no 梯形 or 菱形 keeps it whole";
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
  std::vector<TitleBreak> ends;
  bool forced = u.find(U'\n') != std::u32string::npos;
  // Whole words in a 梯形 or 菱形, phrase boundaries first; a kept name or a bracketed one
  // broken only when nothing else gives the shape, with a warning naming the title.
  const auto& names = ctx.whole_names;
  std::string done;
  bool shaped = false;
  if (lines > 1 && !forced) {
    ends = title_ends(prefix, title_breaks(u, names), lines, g.width, size / 2);
    shaped = !ends.empty();
    done = broken_whole(u, names, ends);
  }
  if (shaped) {
    size_t prev = 0;
    ends.push_back({glyphs.size(), TitleBreakKind::phrase});
    for (const auto& e : ends) {
      SetLine l;
      l.begin = prev, l.end = e.at, l.width = prefix[e.at] - prefix[prev];
      set.push_back(l);
      prev = e.at;
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
