// Small helpers over pugixml for writing WordprocessingML: the namespaces, appending
// elements with attributes, and serialising without indentation (same tree, same bytes).
#pragma once
#include <pugixml.hpp>

#include <initializer_list>
#include <string>
#include <utility>

namespace docpipe::docx {

namespace ns {
constexpr const char* w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
constexpr const char* a = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr const char* c = "http://schemas.openxmlformats.org/drawingml/2006/chart";
constexpr const char* pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
constexpr const char* pkg_rels = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* content_types =
    "http://schemas.openxmlformats.org/package/2006/content-types";
}  // namespace ns

using Attrs = std::initializer_list<std::pair<const char*, std::string>>;

// A document with the XML declaration Word writes and root element `name`, declaring
// `xmlns` as (prefix, uri) pairs (an empty prefix is the default namespace).
pugi::xml_node start(pugi::xml_document& doc, const char* name,
                     std::initializer_list<std::pair<const char*, const char*>> xmlns);

// Appends <name a="v" …/> to `parent` and returns it.
pugi::xml_node add(pugi::xml_node parent, const char* name, Attrs attrs = {});
// Appends <name w:val="v"/>: most WordprocessingML properties take one w:val.
pugi::xml_node val(pugi::xml_node parent, const char* name, const std::string& v);
// The child `name` of `parent`, appended if absent (property containers such as w:pPr).
pugi::xml_node child(pugi::xml_node parent, const char* name);

std::string serialize(const pugi::xml_document& doc);

}  // namespace docpipe::docx
