#include "layout/title_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "layout/kinsoku.h"

namespace docpipe::layout {

namespace {

bool is_numeral(char32_t c) {
  static const std::u32string chinese = U"〇零一二三四五六七八九十百";
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') ||
         chinese.find(c) != std::u32string::npos;
}

bool starts_with(const std::u32string& t, size_t i, const std::u32string& word) {
  return t.compare(i, word.size(), word) == 0;
}

// The length of the date or period piece starting at i (2026年, 12月份, 31日, 第四季度, 年度,
// 上半年), 0 if none starts there.
size_t period_piece(const std::u32string& t, size_t i) {
  for (const char32_t* whole : {U"上半年", U"下半年", U"全年", U"年度"})
    if (starts_with(t, i, whole)) return std::char_traits<char32_t>::length(whole);
  size_t j = i + (t[i] == U'第' ? 1 : 0);
  size_t digits = j;
  while (digits < t.size() && is_numeral(t[digits])) ++digits;
  if (digits == j) return 0;
  if (starts_with(t, digits, U"季度")) return digits + 2 - i;
  if (j != i) return 0;  // 第四 without 季度 is an ordinal, not a period
  if (digits < t.size() && (t[digits] == U'年' || t[digits] == U'月' || t[digits] == U'日')) {
    size_t end = digits + 1;
    if (end < t.size() && (t[end] == U'度' || (t[end] == U'份' && t[digits] == U'月'))) ++end;
    return end - i;
  }
  return 0;
}

// Dates and periods as [begin, end) runs of consecutive pieces: 2026年第四季度, 2026年12月31日.
std::vector<std::pair<size_t, size_t>> period_runs(const std::u32string& t) {
  std::vector<std::pair<size_t, size_t>> runs;
  for (size_t i = 0; i < t.size();) {
    size_t end = i, len;
    while (end < t.size() && (len = period_piece(t, end)) > 0) end += len;
    if (end > i) {
      runs.emplace_back(i, end);
      i = end;
    } else {
      ++i;
    }
  }
  return runs;
}

// Word boundaries of ICU's dictionary segmentation, by code point index.
std::vector<bool> word_bounds(const std::u32string& text) {
  std::vector<bool> at(text.size() + 1, false);
  icu::UnicodeString u = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("zh", "CN"), status));
  if (U_FAILURE(status)) return at;
  words->setText(u);
  for (int32_t p = words->first(); p != icu::BreakIterator::DONE; p = words->next())
    at[static_cast<size_t>(u.countChar32(0, p))] = true;
  return at;
}

bool opens(char32_t c) {
  return c == U'《' || c == U'〈' || c == U'“' || c == U'（';
}
bool closes(char32_t c) {
  return c == U'》' || c == U'〉' || c == U'”' || c == U'）';
}

// Terms of the documents docpipe sets that ICU's dictionary cuts in two (法治|政府, 政务|信息)
// though a reader sees one: a break inside one costs more than one between two words.
const std::vector<std::u32string>& terms() {
  static const std::vector<std::u32string> list = {
      U"法治政府建设", U"法治政府",     U"政务信息", U"行政执法", U"行政复议",   U"行政应诉",
      U"法律援助",     U"公共法律服务", U"司法行政", U"人民政府", U"规范性文件", U"重点任务"};
  return list;
}

// Each occurrence of each name as [begin, end).
std::vector<std::pair<size_t, size_t>> name_spans(const std::u32string& text,
                                                  const std::vector<std::u32string>& names) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (const auto& name : names) {
    if (name.empty()) continue;
    for (size_t p = text.find(name); p != std::u32string::npos; p = text.find(name, p + 1))
      spans.emplace_back(p, p + name.size());
  }
  return spans;
}

}  // namespace

std::vector<TitleBreak> title_breaks(const std::u32string& text,
                                     const std::vector<std::u32string>& names) {
  const size_t n = text.size();
  BreakOpportunities lb = find_breaks(text);
  std::vector<bool> words = word_bounds(text);
  std::vector<bool> phrase(n + 1, false), in_period(n + 1, false), in_name(n + 1, false),
      in_term(n + 1, false);
  // Depth in 《》 〈〉 “” （） before position i.
  std::vector<int> depth(n + 1, 0);
  for (size_t i = 0; i < n; ++i)
    depth[i + 1] = std::max(0, depth[i] + (opens(text[i]) ? 1 : 0) - (closes(text[i]) ? 1 : 0));
  for (auto [b, e] : period_runs(text)) {
    phrase[b] = phrase[e] = true;
    for (size_t i = b + 1; i < e; ++i) in_period[i] = true;
  }
  for (auto [b, e] : name_spans(text, names)) {
    phrase[b] = phrase[e] = true;
    for (size_t i = b + 1; i < e; ++i) in_name[i] = true;
  }
  for (auto [b, e] : name_spans(text, terms()))
    for (size_t i = b + 1; i < e; ++i) in_term[i] = true;
  for (size_t i = 1; i < n; ++i) {
    char32_t before = text[i - 1], after = text[i];
    if (before == U'、' || before == U'，' || before == U'；' || before == U'：') phrase[i] = true;
    if (after == U'的' || starts_with(text, i, U"关于")) phrase[i] = true;
    if ((opens(after) && depth[i] == 0) || (closes(before) && depth[i] == 0)) phrase[i] = true;
  }
  std::vector<TitleBreak> out;
  for (size_t i = 1; i < n; ++i) {
    if (!lb.allowed[i] || !words[i] || in_period[i]) continue;
    TitleBreakKind kind = depth[i] > 0 ? TitleBreakKind::inside_quote
                          : in_name[i] ? TitleBreakKind::inside_name
                          : in_term[i] ? TitleBreakKind::inside_term
                          : phrase[i]  ? TitleBreakKind::phrase
                                       : TitleBreakKind::word;
    out.push_back({i, kind});
  }
  return out;
}

std::vector<std::u32string> names_across(const std::u32string& text,
                                         const std::vector<std::u32string>& names, size_t at) {
  std::vector<std::u32string> out;
  for (auto [b, e] : name_spans(text, names)) {
    const std::u32string name = text.substr(b, e - b);
    if (b < at && at < e && std::find(out.begin(), out.end(), name) == out.end())
      out.push_back(name);
  }
  return out;
}

}  // namespace docpipe::layout
