// Reads `pdftotext -bbox-layout` output: every text line of every page with its box (points).
#pragma once
#include <regex>
#include <string>
#include <vector>

#include "support/run.h"

namespace testing {

struct TextLine {
  int page;  // 1-based
  double x0, y0, x1, y1;
  std::string text;  // words concatenated
};

inline std::vector<TextLine> bbox_lines(const std::string& pdf) {
  auto r = run("pdftotext -bbox-layout '" + pdf + "' -");
  std::vector<TextLine> lines;
  int page = 0;
  static const std::regex line_re(
      R"re(<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">)re");
  static const std::regex word_re(R"re(<word [^>]*>([^<]*)</word>)re");
  size_t pos = 0;
  const std::string& s = r.out;
  while (pos < s.size()) {
    size_t next_page = s.find("<page ", pos), next_line = s.find("<line ", pos);
    if (next_page == std::string::npos && next_line == std::string::npos) break;
    if (next_page < next_line) {
      ++page;
      pos = next_page + 6;
      continue;
    }
    size_t end = s.find("</line>", next_line);
    std::string chunk = s.substr(next_line, end - next_line);
    std::smatch m;
    if (std::regex_search(chunk, m, line_re)) {
      TextLine l{page, std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4]), ""};
      for (std::sregex_iterator w(chunk.begin(), chunk.end(), word_re), e; w != e; ++w)
        l.text += (*w)[1];
      lines.push_back(l);
    }
    pos = end;
  }
  return lines;
}

// Characters of CJK ideographs and full-width forms in a UTF-8 string.
inline int cjk_count(const std::string& s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c >= 0xE0 && c < 0xF0 && i + 2 < s.size()) {
      unsigned cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
      if (cp > 0x2E80) ++n;
      i += 2;
    }
  }
  return n;
}

inline std::string strip_spaces(const std::string& s) {
  std::string o;
  for (char c : s)
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') o += c;
  return o;
}

}  // namespace testing
