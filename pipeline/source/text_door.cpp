#include "source/text_door.h"

#include <cstdio>

#include "core/utf8.h"
#include "source/text_forms.h"

namespace docpipe::source {
namespace {

bool invisible(char32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
  if (c == 0x7F || (c >= 0x80 && c <= 0x9F)) return true;
  if (c == 0x2028 || c == 0x2029 || c == 0x061C) return true;
  if (c >= 0x200B && c <= 0x200F) return true;  // zero-width, LRM, RLM
  if (c >= 0x202A && c <= 0x202E) return true;  // bidi embeddings and overrides
  if (c >= 0x2060 && c <= 0x2064) return true;  // word joiner, invisible operators
  if (c >= 0x2066 && c <= 0x2069) return true;  // bidi isolates
  if (c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB)) return true;
  if (c >= 0xFDD0 && c <= 0xFDEF) return true;  // noncharacters
  return (c & 0xFFFE) == 0xFFFE;
}

bool has_non_ascii(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80) return true;
  return false;
}

}  // namespace

char32_t forbidden_invisible(const std::string& s) {
  for (char32_t c : decode_utf8(s))
    if (invisible(c)) return c;
  return 0;
}

bool check_text_at_door(const std::string& text, const Location& at, Diagnostics& diags) {
  if (!is_valid_utf8(text)) {
    diags.error(at, "this text is not valid UTF-8",
                "type it again, or save the sheet again from Excel as .xlsx");
    return false;
  }
  char32_t c = forbidden_invisible(text);
  if (!c) return true;
  diags.error(at, describe_invisible(c) + " in this text; it would not print",
              "delete it (in Excel: =CLEAN(cell)) and give the text again");
  return false;
}

std::string describe_invisible(char32_t c) {
  const char* what = c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029
                         ? "control character"
                     : (c >= 0x200B && c <= 0x200D) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF
                         ? "zero-width character"
                     : (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
                             (c >= 0x2066 && c <= 0x2069) || c == 0x061C
                         ? "bidirectional control"
                         : "invisible character";
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  return std::string(what) + " " + code;
}

std::string utf16_without_bom(const std::string& bytes) {
  size_t n = bytes.size() & ~size_t(1);
  if (n < 4) return "";
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < n; i += 2) {
    even += bytes[i] == '\0';
    odd += bytes[i + 1] == '\0';
  }
  // ASCII text in UTF-16: one byte of every pair is zero; CJK text has few zeros, but a CSV
  // has commas, digits and newlines in every row.
  if (odd * 3 >= n / 2 && even * 20 < n / 2) return "UTF-16LE";
  if (even * 3 >= n / 2 && odd * 20 < n / 2) return "UTF-16BE";
  return "";
}

int first_foreign_line(const std::string& bytes, bool& utf8) {
  int line = 0;
  bool decided = false;
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    std::string row = bytes.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos);
    pos = eol == std::string::npos ? bytes.size() : eol + 1;
    ++line;
    if (!has_non_ascii(row)) continue;
    bool row_utf8 = is_valid_utf8(row);
    if (!decided) {
      utf8 = row_utf8;
      decided = true;
    } else if (row_utf8 != utf8) {
      return line;
    }
  }
  return 0;
}

}  // namespace docpipe::source
