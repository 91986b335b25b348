// XML through pugixml, the way every OFD part is written: the ofd namespace on the root, a
// UTF-8 declaration, no indentation (smaller parts; whitespace in TextCode is never added).
#pragma once
#include <pugixml.hpp>
#include <string>

namespace docpipe::ofd {

// GB/T 33190-2016 Annex A: the namespace of every element.
constexpr const char* ofd_namespace = "http://www.ofdspec.org/2016";

// A document whose root element is `ofd:<root>` with the namespace declared.
pugi::xml_node start_document(pugi::xml_document& doc, const char* root);
// The serialised document.
std::string to_string(const pugi::xml_document& doc);

// `parent` gains <ofd:name>text</ofd:name>.
pugi::xml_node add_text_element(pugi::xml_node parent, const char* name, const std::string& text);
void set_attr(pugi::xml_node node, const char* name, const std::string& value);
void set_attr(pugi::xml_node node, const char* name, unsigned value);

}  // namespace docpipe::ofd
