#include "ofd/fixture.h"

#include <catch2/catch.hpp>

#include "core/utf8.h"
#include "layout/layout.h"
#include "markup/parse_markdown.h"
#include "ofd/writer.h"

namespace ofdtest {

using namespace docpipe;

fonts::FontSet& default_fonts() {
  static std::unique_ptr<fonts::FontSet> set = [] {
    Diagnostics diags;
    auto s = fonts::FontSet::open(fonts::default_font_config(), diags);
    if (!s) FAIL(diags.format_all());
    return s;
  }();
  return *set;
}

layout::Layout layout_of(const std::string& markdown) {
  Diagnostics diags;
  markup::Document doc;
  REQUIRE(markup::parse_document(markdown, "test.md", doc, diags));
  auto out = layout::layout_document(doc, default_fonts(), diags);
  INFO(diags.format_all());
  REQUIRE_FALSE(diags.has_errors());
  return out;
}

std::string ofd_of(const layout::Layout& layout) {
  Diagnostics diags;
  std::string bytes;
  bool ok = ofd::write_ofd(layout, default_fonts(), bytes, diags);
  INFO(diags.format_all());
  REQUIRE(ok);
  return bytes;
}

const Entry* Package::find(const std::string& path) const {
  for (const auto& e : entries)
    if (e.path == path) return &e;
  return nullptr;
}

pugi::xml_node Package::root(const std::string& path) const {
  auto it = xml.find(path);
  REQUIRE(it != xml.end());
  return it->second->document_element();
}

Package open_package(const std::string& bytes) {
  Package pkg;
  std::string error;
  INFO(error);
  REQUIRE(read_package(bytes, pkg.entries, error));
  for (const auto& e : pkg.entries) {
    if (e.path.size() < 4 || e.path.substr(e.path.size() - 4) != ".xml") continue;
    auto doc = std::make_shared<pugi::xml_document>();
    REQUIRE(doc->load_buffer(e.bytes.data(), e.bytes.size()));
    pkg.xml[e.path] = doc;
  }
  return pkg;
}

namespace {
std::string without_blanks(const std::string& s) {
  std::string out;
  for (char32_t c : decode_utf8(s))
    if (c != U' ' && c != 0x3000 && c != 0xA0) out += encode_utf8(c);
  return out;
}

void collect_text(pugi::xml_node node, std::string& out) {
  for (auto child : node.children()) {
    if (std::string(child.name()) == "ofd:TextCode") out += child.child_value();
    collect_text(child, out);
  }
}
}  // namespace

std::string ofd_text(const Package& pkg) {
  std::string out;
  for (size_t i = 0;; ++i) {
    auto it = pkg.xml.find("Doc_0/Pages/Page_" + std::to_string(i) + "/Content.xml");
    if (it == pkg.xml.end()) break;
    collect_text(it->second->document_element(), out);
  }
  return without_blanks(out);
}

std::string layout_text(const layout::Layout& layout) {
  std::string out;
  for (const auto& p : layout.pages)
    for (const auto& r : p.runs) out += r.text;
  return without_blanks(out);
}

}  // namespace ofdtest
