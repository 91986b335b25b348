// What every layout step needs: the page, the fonts, where the text came from, the sink.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "fonts/font_set.h"
#include "layout/geometry.h"
#include "markup/document.h"

namespace docpipe::layout {

struct Context {
  PageGeometry geo;
  fonts::FontSet& fonts;
  Diagnostics& diags;
  std::string source;  // file name for messages
  int next_table = 0;  // ids that tell tables apart for header repetition
  // Names a title never breaks inside while another break gives its shape (the data's units,
  // given by the cli: layout reads no data).
  std::vector<std::u32string> whole_names = {};  // decoded once, in layout()

  // Where the front matter's values were written (markup::Document::fields); may be null.
  const markup::FieldPositions* fields = nullptr;

  Location at(int line) const { return {source, line, 0, ""}; }
  // Where front-matter value `key` (`printer`, `masthead.name`) was written, else line 1.
  Location at_field(const std::string& key) const {
    auto f = fields ? fields->find(key) : markup::FieldPositions::const_iterator();
    if (!fields || f == fields->end()) return at(1);
    return {source, f->second.line, f->second.column, ""};
  }
};

}  // namespace docpipe::layout
