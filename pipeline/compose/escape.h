// Escaping a data value for the place it lands in the composed document, so that text such
// as `A|B*`, `# 1`, `"x": y` prints literally and cannot change the document's structure.
#pragma once
#include <string>

namespace docpipe::compose {

// Control characters (newlines, tabs …) become one space; leading/trailing ASCII spaces go.
std::string clean_value(const std::string& s);

// Markdown body text (paragraphs, headings, GFM table cells): backslash before every
// character CommonMark/GFM could read as markup (\ ` * _ [ ] < > # | ~ & !), and before a
// leading - + = and before the . or ) of a leading "1. " / "1)" that would start a list.
std::string markdown_escape(const std::string& s);

// The inside of a YAML double-quoted scalar: \ and " escaped.
std::string yaml_escape(const std::string& s);

// A ```chart line: a leading ` or ~ (which could close the fence) becomes full-width.
std::string chart_escape(const std::string& s);

}  // namespace docpipe::compose
