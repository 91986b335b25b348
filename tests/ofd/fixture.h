// What the ofd tests share: Markdown laid out with the default fonts (opened once), its OFD,
// and the package's parts for inspection.
#pragma once
#include <pugixml.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "fonts/font_set.h"
#include "layout/page_model.h"
#include "ofd/package_reader.h"

namespace ofdtest {

docpipe::fonts::FontSet& default_fonts();

// Parses and lays out `markdown` (errors fail the test); layout fills in the metadata.
docpipe::layout::Layout layout_of(const std::string& markdown);
// The OFD bytes of `layout`; errors fail the test.
std::string ofd_of(const docpipe::layout::Layout& layout);

// A package's parts by path, XML ones parsed.
struct Package {
  std::vector<Entry> entries;
  std::map<std::string, std::shared_ptr<pugi::xml_document>> xml;
  const Entry* find(const std::string& path) const;
  pugi::xml_node root(const std::string& path) const;
};
Package open_package(const std::string& bytes);

// Every TextCode's text in package order, pages in order, blanks dropped.
std::string ofd_text(const Package& pkg);
// Every glyph run's text in order, blanks dropped.
std::string layout_text(const docpipe::layout::Layout& layout);

}  // namespace ofdtest
