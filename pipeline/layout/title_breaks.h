// Where a 标题 may break and what each break costs (§7.3.1). A title breaks only between words
// (ICU's dictionary words for Chinese, where 禁则 allow), never inside a number or a date
// (2026年第四季度, 2026年12月), and, unless nothing else gives a shape, never inside 《》 〈〉
// “” （） or a name the caller asks to keep whole (the data's units: 行政执法协调监督处).
// Among the word boundaries, a phrase boundary is free and a boundary inside a phrase costs
// one, so 关于2026年第四季度|政务信息工作情况的通报 wins over …政务|信息… when both shapes
// are good.
#pragma once
#include <string>
#include <vector>

namespace docpipe::layout {

// What a break between two words of a title is.
enum class TitleBreakKind {
  phrase,       // after a date or period, after 、，；：, before 关于 or 的, around a
                // bracketed name or a whole name: free
  word,         // between two words of one phrase (全省|法治): costs one
  inside_term,  // inside a term ICU splits but a reader sees as one (政务|信息, 法治|政府):
                // costs two
  inside_name,  // inside a name kept whole: only when nothing else gives a shape
  inside_quote,  // inside 《》 〈〉 “” （）: after everything else
};

struct TitleBreak {
  size_t at = 0;  // a line may end before text[at]
  TitleBreakKind kind = TitleBreakKind::word;
};

// Every position a title may break at, with its kind, in order. `names` are kept whole
// (inside_name breaks) wherever they occur in `text`.
std::vector<TitleBreak> title_breaks(const std::u32string& text,
                                     const std::vector<std::u32string>& names);

// The names of `names` that a break at `at` falls strictly inside, in the order given.
std::vector<std::u32string> names_across(const std::u32string& text,
                                         const std::vector<std::u32string>& names, size_t at);

}  // namespace docpipe::layout
