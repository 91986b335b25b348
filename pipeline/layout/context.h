// What every layout step needs: the page, the fonts, where the text came from, the sink.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "fonts/font_set.h"
#include "layout/geometry.h"

namespace docpipe::layout {

struct Context {
  PageGeometry geo;
  fonts::FontSet& fonts;
  Diagnostics& diags;
  std::string source;  // file name for messages
  int next_table = 0;  // ids that tell tables apart for header repetition
  // Names a title never breaks inside while another break gives its shape (the data's units,
  // given by the cli: layout reads no data).
  std::vector<std::string> whole_names = {};

  Location at(int line) const { return {source, line, 0, ""}; }
};

}  // namespace docpipe::layout
