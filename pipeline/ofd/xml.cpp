#include "ofd/xml.h"

namespace docpipe::ofd {

namespace {

struct StringWriter : pugi::xml_writer {
  std::string* out;
  void write(const void* data, size_t size) override {
    out->append(static_cast<const char*>(data), size);
  }
};

}  // namespace

pugi::xml_node start_document(pugi::xml_document& doc, const char* root) {
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto node = doc.append_child((std::string("ofd:") + root).c_str());
  node.append_attribute("xmlns:ofd") = ofd_namespace;
  return node;
}

std::string to_string(const pugi::xml_document& doc) {
  std::string out;
  StringWriter w;
  w.out = &out;
  doc.save(w, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return out;
}

pugi::xml_node add_text_element(pugi::xml_node parent, const char* name, const std::string& text) {
  auto node = parent.append_child(name);
  node.append_child(pugi::node_pcdata).set_value(text.c_str());
  return node;
}

void set_attr(pugi::xml_node node, const char* name, const std::string& value) {
  node.append_attribute(name).set_value(value.c_str());
}

void set_attr(pugi::xml_node node, const char* name, unsigned value) {
  node.append_attribute(name).set_value(value);
}

}  // namespace docpipe::ofd
