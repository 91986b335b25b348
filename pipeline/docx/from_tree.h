// The one place where the document tree's 公文 roles become Word: which style, which
// element, where. Everything else in this stage writes the package around it.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "docx/props.h"
#include "markup/document.h"

namespace docpipe::docx {

struct Body {
  std::string document_xml;
  int list_instances = 1;           // for numbering.xml
  std::vector<std::string> charts;  // chart part XML, in order
  std::vector<std::string> images;  // PNG files (a seal), word/media/image1.png first
};

// `titles`: the lines the PDF set each multi-line title in (docx.h TitleLines).
Body body_from_tree(const markup::Document& doc, const WordFonts& fonts,
                    const std::map<std::string, std::vector<std::string>>& titles);

}  // namespace docpipe::docx
