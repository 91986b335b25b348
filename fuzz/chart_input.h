// ```chart blocks (issue 17, class 4): the bar values go through parse_chart_value, then the
// chart is laid out like any document's (every 8th input, inside a Markdown file). Nothing
// may crash, a refusal must say why, and an accepted chart must have finite values, one label
// text per bar.
#pragma once
#include <cmath>
#include <cstdint>
#include <string>

#include "default_fonts.h"
#include "layout/layout.h"
#include "markup/chart_block.h"
#include "markup/parse_markdown.h"

using namespace docpipe;

inline int run_chart_input(const uint8_t* data, size_t size) {
  static unsigned long count = 0;
  std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  markup::Chart chart;
  bool ok = markup::parse_chart(text, 1, "fuzz.md", chart, diags);
  if (!ok && !diags.has_errors()) abort();
  if (ok) {
    if (chart.bars.empty() || chart.bars.size() != chart.value_texts.size()) abort();
    for (const auto& b : chart.bars)
      if (!std::isfinite(b.second)) abort();
  }
  if (++count % 8 == 0 && text.find("```") == std::string::npos) {
    std::string md = "---\ntitle: 图\n---\n\n```chart\n" + text + "\n```\n";
    Diagnostics d2;
    markup::Document doc;
    if (markup::parse_document(md, "fuzz.md", doc, d2)) {
      layout::Layout pages = layout::layout_document(doc, docpipe_fuzz::default_fonts(), d2);
      (void)pages;
    }
  }
  return 0;
}
