#include "docx/xml.h"

#include <sstream>

namespace docpipe::docx {

pugi::xml_node start(pugi::xml_document& doc, const char* name,
                     std::initializer_list<std::pair<const char*, const char*>> xmlns) {
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  decl.append_attribute("standalone") = "yes";
  auto root = doc.append_child(name);
  for (const auto& [prefix, uri] : xmlns) {
    std::string attr = *prefix ? std::string("xmlns:") + prefix : std::string("xmlns");
    root.append_attribute(attr.c_str()) = uri;
  }
  return root;
}

pugi::xml_node add(pugi::xml_node parent, const char* name, Attrs attrs) {
  auto n = parent.append_child(name);
  for (const auto& [k, v] : attrs) n.append_attribute(k) = v.c_str();
  return n;
}

pugi::xml_node val(pugi::xml_node parent, const char* name, const std::string& v) {
  return add(parent, name, {{"w:val", v}});
}

pugi::xml_node child(pugi::xml_node parent, const char* name) {
  auto n = parent.child(name);
  return n ? n : parent.append_child(name);
}

std::string serialize(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

}  // namespace docpipe::docx
