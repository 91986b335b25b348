#include "docx/builder.h"

#include "core/utf8.h"
#include "docx/styles.h"
#include "docx/xml.h"

namespace docpipe::docx {

pugi::xml_node Builder::paragraph(const ParaProps& props, const std::string& text,
                                  const RunProps& r) {
  auto p = add(body, "w:p");
  props.write(p);
  if (!text.empty()) run(p, text, r);
  return p;
}

void Builder::run(pugi::xml_node p, const std::string& text, const RunProps& props) {
  auto r = add(p, "w:r");
  props.write(r);
  // Text between breaks goes in w:t; a '\n' is a w:br and a '\t' a w:tab (Word reads a
  // tab character inside w:t as a space).
  std::string piece;
  auto flush = [&] {
    if (piece.empty()) return;
    auto t = add(r, "w:t");
    if (piece.front() == ' ' || piece.back() == ' ') t.append_attribute("xml:space") = "preserve";
    t.text() = piece.c_str();
    piece.clear();
  };
  for (char c : text) {
    if (c == '\n' || c == '\t') {
      flush();
      add(r, c == '\n' ? "w:br" : "w:tab");
    } else {
      piece += c;
    }
  }
  flush();
}

void Builder::blank() {
  ParaProps p;
  p.style = style::normal;
  paragraph(p);
}

void Builder::restart_numbering() {
  list = ++lists;
}

double cells(const std::string& utf8) {
  double n = 0;
  for (char32_t c : decode_utf8(utf8)) n += c < 0x80 ? 0.5 : 1;
  return n;
}

std::string chinese_date(const std::string& iso) {
  if (iso.size() != 10) return iso;
  auto num = [&](size_t at, size_t len) { return std::to_string(std::stoi(iso.substr(at, len))); };
  return num(0, 4) + "年" + num(5, 2) + "月" + num(8, 2) + "日";
}

}  // namespace docpipe::docx
