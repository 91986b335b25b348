#include "docx/page.h"

#include "docx/xml.h"

namespace docpipe::docx::page {

void add_section(pugi::xml_node body, const std::string& odd_footer_rid,
                 const std::string& even_footer_rid) {
  auto s = add(body, "w:sectPr");
  add(s, "w:footerReference", {{"w:type", "default"}, {"r:id", odd_footer_rid}});
  add(s, "w:footerReference", {{"w:type", "even"}, {"r:id", even_footer_rid}});
  add(s, "w:pgSz", {{"w:w", std::to_string(width)}, {"w:h", std::to_string(height)}});
  add(s, "w:pgMar",
      {{"w:top", std::to_string(top)},
       {"w:right", std::to_string(right)},
       {"w:bottom", std::to_string(bottom)},
       {"w:left", std::to_string(left)},
       {"w:header", std::to_string(twips(15))},
       {"w:footer", std::to_string(footer)},
       {"w:gutter", "0"}});
  add(s, "w:cols", {{"w:space", "425"}});
  add(s, "w:docGrid",
      {{"w:type", "linesAndChars"},
       {"w:linePitch", std::to_string(line_pitch)},
       {"w:charSpace", std::to_string(char_space)}});
}

}  // namespace docpipe::docx::page
