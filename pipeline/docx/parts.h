// The package's fixed parts: content types, relationships, settings, the odd and even page
// number footers, the font table and the document properties (from the document, never
// the clock).
#pragma once
#include <string>

#include "docx/props.h"

namespace docpipe::docx {

// Relationship ids document.xml uses for its parts.
namespace rid {
constexpr const char* styles = "rIdStyles";
constexpr const char* numbering = "rIdNumbering";
constexpr const char* settings = "rIdSettings";
constexpr const char* font_table = "rIdFontTable";
constexpr const char* odd_footer = "rIdFooterOdd";
constexpr const char* even_footer = "rIdFooterEven";
std::string chart(int n);  // rIdChart1 …
std::string image(int n);  // rIdImage1 … (word/media/imageN.png: a seal)
}  // namespace rid

std::string chart_part_name(int n);  // word/charts/chart1.xml …
std::string image_part_name(int n);  // word/media/image1.png …

std::string content_types_xml(int charts, int images = 0);
std::string package_rels_xml();
std::string document_rels_xml(int charts, int images = 0);
std::string settings_xml();
std::string font_table_xml(const WordFonts& fonts);
// 页码 `— N —` (a PAGE field) in 4号 宋体, one character in: right on odd pages, left on even.
std::string footer_xml(bool odd);

struct CoreProperties {
  std::string title, author, subject, keywords;
  std::string date;  // YYYY-MM-DD or empty
};
std::string core_xml(const CoreProperties& p);
std::string app_xml();

}  // namespace docpipe::docx
