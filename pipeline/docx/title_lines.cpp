#include "docx/title_lines.h"

#include <cmath>
#include <vector>

#include "core/utf8.h"

namespace docpipe::docx {
namespace {

bool ascii_word(char32_t c) {
  return c < 0x80 && c != ' ';
}

// Characters that never start a line (conventions.md, 禁则).
bool closing(char32_t c) {
  static const std::u32string set = U"，。、；：？！）］｝〕〉》」』】〗’”%‰…—·";
  return set.find(c) != std::u32string::npos;
}
bool opening(char32_t c) {
  static const std::u32string set = U"（［｛〔〈《「『【〖‘“";
  return set.find(c) != std::u32string::npos;
}

}  // namespace

std::string balanced_title(const std::string& text, double max_cells) {
  std::u32string u = decode_utf8(text);
  if (u.find(U'\n') != std::u32string::npos) return text;
  std::vector<double> prefix(u.size() + 1, 0);
  for (size_t i = 0; i < u.size(); ++i) prefix[i + 1] = prefix[i] + (u[i] < 0x80 ? 0.5 : 1);
  const double total = prefix.back();
  int lines = static_cast<int>(std::ceil(total / max_cells - 1e-9));
  if (lines <= 1) return text;
  // Break opportunities: between two characters unless that splits an ASCII run, puts
  // closing punctuation first on a line or leaves opening punctuation last.
  auto allowed = [&](size_t at) {
    return at > 0 && at < u.size() && !(ascii_word(u[at - 1]) && ascii_word(u[at])) &&
           !closing(u[at]) && !opening(u[at - 1]);
  };
  std::vector<size_t> ends;
  size_t prev = 0;
  for (int l = 1; l < lines; ++l) {
    // The break nearest this line's share of the width, not past the longest line allowed;
    // at equal distance the later one, so upper lines are the longer (a trapezoid).
    double target = total * l / lines;
    size_t best = 0;
    for (size_t at = prev + 1; at < u.size(); ++at) {
      if (!allowed(at) || prefix[at] - prefix[prev] > max_cells) continue;
      if (!best || std::fabs(prefix[at] - target) <= std::fabs(prefix[best] - target)) best = at;
    }
    if (!best) return text;  // no good break: let the word processor wrap it
    ends.push_back(best);
    prev = best;
  }
  if (prefix[u.size()] - prefix[prev] > max_cells) return text;
  std::string out;
  prev = 0;
  for (size_t e : ends) {
    for (size_t i = prev; i < e; ++i) out += encode_utf8(u[i]);
    out += '\n';
    prev = e;
  }
  for (size_t i = prev; i < u.size(); ++i) out += encode_utf8(u[i]);
  return out;
}

}  // namespace docpipe::docx
