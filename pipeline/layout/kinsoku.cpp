#include "layout/kinsoku.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <string_view>

namespace docpipe::layout {

namespace {
// conventions.md, "Chinese line breaking". ICU's strict rules already keep most of these
// (classes CL, CP, EX, IS, NS, PO on one side, OP, PR on the other); listing them here makes
// the 禁则 hold whatever the ICU version or locale data, and adds what UAX #14 allows:
// B2 (——) and IN (……) may start a line in UAX #14, not in Chinese typesetting.
const std::u32string never_start =
    U"，。、；：？！）］｝〕〉》」』】〗’”%‰…—·,.;:?!)]}°℃"
    U"ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
const std::u32string never_end = U"（［｛〔〈《「『【〖‘“([{";
const std::u32string compressible = U"，。、；：？！）］｝〕〉》」』】〗’”（［｛〔〈《「『【〖‘“";

bool contains(const std::u32string& set, char32_t c) {
  // Most characters of a paragraph are Han or ASCII letters and digits, none in any set: the
  // sets are looked up for every glyph (paragraph-wide breaking counts marks per line).
  if ((c >= 0x3400 && c <= 0x9FFF) || (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') ||
      (c >= U'a' && c <= U'z'))
    return false;
  return set.find(c) != std::u32string::npos;
}

bool is_digit(char32_t c) {
  return c >= U'0' && c <= U'9';
}
bool is_han(char32_t c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || c >= 0x20000;
}

icu::BreakIterator& line_iterator() {
  // Creating a BreakIterator loads rule data; one per thread, reused for every paragraph.
  thread_local std::unique_ptr<icu::BreakIterator> it;
  if (!it) {
    UErrorCode status = U_ZERO_ERROR;
    it.reset(
        icu::BreakIterator::createLineInstance(icu::Locale("zh", "CN", "", "lb=strict"), status));
    if (U_FAILURE(status) || !it) {
      status = U_ZERO_ERROR;
      it.reset(icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
    }
  }
  return *it;
}

// Numbers stay with their unit (28分钟, 7822件) and a 文号 such as 〔2019〕29号 stays whole.
void keep_numbers_whole(const std::u32string& t, std::vector<bool>& allowed) {
  for (size_t i = 1; i < t.size(); ++i) {
    if (is_digit(t[i - 1]) && (is_han(t[i]) || is_digit(t[i]) || t[i] == U'.' || t[i] == U'%'))
      allowed[i] = false;
    if (t[i - 1] == U'〕' && is_digit(t[i])) allowed[i] = false;
    if (t[i - 1] == U'〔' || (t[i] == U'〕' && i >= 1 && is_digit(t[i - 1]))) allowed[i] = false;
  }
  // 〔2019〕: no break after the opening bracket before the year either.
  for (size_t i = 0; i + 1 < t.size(); ++i)
    if (t[i] == U'〔') allowed[i + 1] = false;
}
bool is_latin_letter(char32_t c) {
  return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}

// Half-width runs read as one word: no break inside `GB/T`, `9704-2012` or `14.52%` (a web
// address excepted, let_addresses_break); a space
// between a standard's code and its number (`GB/T 9704-2012`, `ISO 9001`) is not a break
// either; a date stays whole (`2026年11月14日`: no break after 年 or 月 before its figures).
void keep_words_whole(const std::u32string& t, std::vector<bool>& allowed,
                      std::vector<bool>& soft) {
  for (size_t i = 1; i < t.size(); ++i) {
    if (is_half_width(t[i - 1]) && is_half_width(t[i])) allowed[i] = false;
    if ((t[i - 1] == U'年' || t[i - 1] == U'月') && is_digit(t[i]) && allowed[i])
      allowed[i] = false, soft[i] = true;
    if (t[i - 1] == U' ' && i >= 2 && is_digit(t[i]) &&
        (is_latin_letter(t[i - 2]) || t[i - 2] == U'/'))
      allowed[i] = false;
  }
}
bool is_url_char(char32_t c) {
  return c > 0x20 && c < 0x7F;
}

// A web or mail address (`https://…`, `www.…`, `name@host.cn`) is a half-width run that may be
// longer than a line: it breaks after `/ . ? & = - _ @ #` as a last resort (soft, like a date),
// only where keeping it whole would leave the line before it letter-spaced.
void let_addresses_break(const std::u32string& t, std::vector<bool>& soft) {
  for (size_t from = 0; from < t.size();) {
    size_t to = from;
    while (to < t.size() && is_url_char(t[to])) ++to;
    const std::u32string run = t.substr(from, to - from);
    const size_t at = run.find(U'@');
    const bool address = run.find(U"://") != std::u32string::npos || run.rfind(U"www.", 0) == 0 ||
                         (at != std::u32string::npos && run.find(U'.', at) != std::u32string::npos);
    for (size_t i = from + 1; address && i + 1 < to; ++i) {
      const char32_t before = t[i - 1];
      const bool mark = std::u32string_view(U"/.?&=-_@#").find(before) != std::u32string::npos;
      if (mark && t[i] != U'/' && before != U':' && t[i] != U'.') soft[i] = true;
    }
    from = to == from ? to + 1 : to;
  }
}
}  // namespace

bool is_half_width(char32_t c) {
  return (c > 0x20 && c < 0x7F) || (c >= 0xA1 && c < 0x2000 && c != 0xB7 && c != 0xD7 && c != 0xF7);
}

bool is_line_start_forbidden(char32_t c) {
  return contains(never_start, c);
}
bool is_line_end_forbidden(char32_t c) {
  return contains(never_end, c);
}
bool is_compressible_punct(char32_t c) {
  return contains(compressible, c);
}

BreakOpportunities find_breaks(const std::u32string& text) {
  const size_t n = text.size();
  BreakOpportunities b{std::vector<bool>(n + 1, false), std::vector<bool>(n + 1, false),
                       std::vector<bool>(n + 1, false)};
  icu::UnicodeString u = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(n));
  // Map UTF-16 offsets back to code point indices.
  std::vector<int32_t> cp_at(u.length() + 1, -1);
  for (int32_t i = 0, cp = 0; i <= u.length(); cp++) {
    cp_at[i] = cp;
    if (i == u.length()) break;
    i = u.moveIndex32(i, 1);
  }
  icu::BreakIterator& it = line_iterator();
  it.setText(u);
  for (int32_t p = it.first(); p != icu::BreakIterator::DONE; p = it.next()) {
    if (p > 0 && p < u.length() && cp_at[p] >= 0) b.allowed[cp_at[p]] = true;
  }
  for (size_t i = 0; i < n; ++i) {
    if (text[i] == U'\n') {
      b.allowed[i + 1] = true;
      b.mandatory[i + 1] = true;
    }
  }
  for (size_t i = 1; i < n; ++i) {
    if (b.mandatory[i]) continue;
    // UAX #14 class QU (‘’“”) allows no break on either side; in Chinese the opening quotes
    // behave as OP and the closing ones as CL, like brackets.
    bool opens = (text[i] == U'“' || text[i] == U'‘') && !is_line_end_forbidden(text[i - 1]);
    bool closed = (text[i - 1] == U'”' || text[i - 1] == U'’') && !is_line_start_forbidden(text[i]);
    if ((opens || closed) && text[i - 1] != U' ' && text[i] != U' ') b.allowed[i] = true;
    if (is_line_start_forbidden(text[i]) || is_line_end_forbidden(text[i - 1]))
      b.allowed[i] = false;
  }
  keep_numbers_whole(text, b.allowed);
  keep_words_whole(text, b.allowed, b.soft);
  let_addresses_break(text, b.soft);
  for (size_t i = 1; i < n; ++i)
    if (b.mandatory[i]) b.allowed[i] = true;
  b.allowed[0] = false;
  return b;
}

}  // namespace docpipe::layout
