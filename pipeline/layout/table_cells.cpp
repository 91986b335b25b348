#include "layout/table_cells.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "markup/numeric.h"

namespace docpipe::layout {

namespace {

icu::BreakIterator* word_iterator() {
  // Loading the dictionary is slow: one iterator per thread, reused for every cell.
  thread_local std::unique_ptr<icu::BreakIterator> it;
  if (!it) {
    UErrorCode status = U_ZERO_ERROR;
    it.reset(icu::BreakIterator::createWordInstance(icu::Locale("zh", "CN"), status));
    if (U_FAILURE(status)) it.reset();
  }
  return it.get();
}

bool is_han(char32_t c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || c >= 0x20000;
}

// Word boundaries by code point index (ICU works in UTF-16 offsets). ICU's dictionary leaves
// single characters where a reader sees one word (复|议, 决定|书, 纠|错|率): a single Han
// character never starts a line, it stays with the word before it (办公室, 履行率, 评查).
std::vector<bool> word_boundaries(const std::u32string& text) {
  std::vector<bool> at(text.size() + 1, false);
  icu::BreakIterator* words = word_iterator();
  if (!words) return std::vector<bool>(text.size() + 1, true);  // no ICU data: 禁则 alone
  icu::UnicodeString u = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
  words->setText(u);
  std::vector<size_t> bounds;
  for (int32_t p = words->first(); p != icu::BreakIterator::DONE; p = words->next())
    bounds.push_back(static_cast<size_t>(u.countChar32(0, p)));
  for (size_t k = 0; k + 1 < bounds.size(); ++k) {
    size_t from = bounds[k], to = bounds[k + 1];
    at[from] = !(to - from == 1 && is_han(text[from]));
  }
  return at;
}

bool half_width(char32_t c) {
  return c > 0x20 && c < 0x7F;
}

// Inside （…）, 《…》, “…” or 〔…〕 no break: a unit of measure or a name in brackets stays whole.
std::vector<int> bracket_depth(const std::u32string& t) {
  std::vector<int> depth(t.size() + 1, 0);
  for (size_t i = 0; i < t.size(); ++i) {
    char32_t c = t[i];
    bool opens = c == U'（' || c == U'《' || c == U'“' || c == U'〔' || c == U'(';
    bool closes = c == U'）' || c == U'》' || c == U'”' || c == U'〕' || c == U')';
    depth[i + 1] = std::max(0, depth[i] + (opens ? 1 : 0) - (closes ? 1 : 0));
  }
  return depth;
}

// No break inside any occurrence of a name.
void keep_names_whole(const std::u32string& text, const std::vector<std::u32string>& names,
                      std::vector<bool>& breaks) {
  for (const auto& name : names) {
    if (name.size() < 2) continue;
    for (size_t p = text.find(name); p != std::u32string::npos; p = text.find(name, p + 1))
      for (size_t i = p + 1; i < p + name.size(); ++i) breaks[i] = false;
  }
}

void mark_breaks(CellText& c, const std::u32string& text, CellBreaks mode,
                 const std::vector<std::u32string>& names) {
  const size_t n = text.size();
  BreakOpportunities lb = find_breaks(text);
  c.emergency = lb.allowed;
  c.emergency.resize(n + 1, false);
  c.breaks = c.emergency;
  if (mode == CellBreaks::characters) return;
  keep_names_whole(text, names, c.breaks);
  std::vector<int> depth = bracket_depth(text);
  bool left = false;  // a break that word boundaries could still take away
  for (size_t i = 1; i < n; ++i) {
    bool in_run = half_width(text[i - 1]) && half_width(text[i]);  // 14.52%, GB/T
    // A single character alone on a line reads as a mistake (纠错 / 率): none at either end.
    bool lone = i == 1 || i + 1 == n;
    if (depth[i] > 0 || in_run || lone) c.breaks[i] = false;
    left = left || c.breaks[i];
  }
  // The dictionary only where it can change something: not for 单位, 采用率 or 80.00%.
  if (!left || mode == CellBreaks::header_words) return;
  std::vector<bool> words = word_boundaries(text);
  for (size_t i = 1; i < n; ++i)
    if (!words[i]) c.breaks[i] = false;
}

double width_of(const std::vector<Glyph>& g, size_t from, size_t to) {
  double w = 0;
  for (size_t i = from; i < to; ++i) w += g[i].advance;
  return w;
}

void measure_figure(CellText& c, const std::u32string& text) {
  std::string utf8;
  for (char32_t ch : text) utf8 += encode_utf8(ch);
  c.figure = utf8.empty() || utf8 == "—" || utf8 == "-" || markup::looks_numeric(utf8);
  if (!c.figure) return;
  // The point, or where the figure's last digit ends when it has none.
  size_t point = text.find(U'.');
  if (point == std::u32string::npos) {
    point = 0;
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] >= U'0' && text[i] <= U'9') point = i + 1;
    if (point == 0) point = text.size();  // — alone: it stands where the figures end
  }
  c.before_point = width_of(c.glyphs, 0, point);
  c.after_point = width_of(c.glyphs, point, c.glyphs.size());
}

}  // namespace

CellText measure_cell(std::vector<Glyph> glyphs, CellBreaks mode,
                      const std::vector<std::u32string>& names) {
  CellText c;
  c.glyphs = std::move(glyphs);
  std::u32string text;
  for (const auto& g : c.glyphs) text += g.cp, c.preferred += g.advance;
  mark_breaks(c, text, mode, names);
  double piece = 0;
  for (size_t i = 0; i < c.glyphs.size(); ++i) {
    if (c.breaks[i]) piece = 0;
    piece += c.glyphs[i].advance;
    c.minimum = std::max(c.minimum, piece);
  }
  measure_figure(c, text);
  return c;
}

std::vector<SetLine> cell_lines(const CellText& cell, double width) {
  const auto& g = cell.glyphs;
  const size_t n = g.size();
  std::vector<SetLine> lines;
  size_t start = 0;
  while (start < n) {
    while (start < n && (g[start].cp == U' ' || g[start].cp == U'\n')) ++start;
    if (start == n) break;
    double used = 0;
    size_t k = start, last_ok = start, last_emergency = start;
    for (; k < n && g[k].cp != U'\n'; ++k) {
      if (k > start && cell.breaks[k]) last_ok = k;
      if (k > start && cell.emergency[k]) last_emergency = k;
      if (used + g[k].advance > width + 1e-6 && k > start) break;
      used += g[k].advance;
    }
    size_t end = k;
    if (k < n && g[k].cp != U'\n') end = last_ok > start ? last_ok : last_emergency;
    if (end == start) end = std::max(k, start + 1);
    SetLine l;
    l.begin = start;
    l.end = end;
    while (l.end > l.begin && g[l.end - 1].cp == U' ') --l.end;
    l.width = width_of(g, l.begin, l.end);
    lines.push_back(l);
    start = end;
  }
  if (lines.empty()) lines.push_back(SetLine{});
  return lines;
}

}  // namespace docpipe::layout
