// Where a line may break: ICU's line BreakIterator (UAX #14, Unicode 15, `lb=strict` for
// Chinese) tailored by the 禁则 of GB/T 15834 and W3C clreq (conventions.md).
#pragma once
#include <string>
#include <vector>

namespace docpipe::layout {

// Never at the start of a line (行首禁则).
bool is_line_start_forbidden(char32_t c);
// Never at the end of a line (行尾禁则).
bool is_line_end_forbidden(char32_t c);
// Half-width text (digits, Latin letters, . % - / and the like): set at its font's own width,
// never letter-spaced, a run of it never broken (`14.52%`, `GB/T`, `9704-2012`).
bool is_half_width(char32_t c);
// Full-width punctuation whose cell is half blank, so a line holding it may be compressed.
bool is_compressible_punct(char32_t c);

// For each position i in `text`, whether a line may end just before text[i]. Entry 0 is
// always false; a '\n' in the text makes a break after it mandatory (see `mandatory`).
struct BreakOpportunities {
  std::vector<bool> allowed;
  std::vector<bool> mandatory;
  // Last resort inside a date (2026年|11月|14日): used only where keeping the date whole would
  // spread a line by more than one cell (§5.2.3).
  std::vector<bool> soft;
};
BreakOpportunities find_breaks(const std::u32string& text);

}  // namespace docpipe::layout
