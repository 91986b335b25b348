// The project's default fonts (data/fonts.yaml), opened once per process for the fuzz
// targets that lay out a document; a machine where they do not open cannot run them at all.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "fonts/font_config.h"
#include "fonts/font_set.h"
#include "fuzz_common.h"

namespace docpipe_fuzz {

inline docpipe::fonts::FontSet& default_fonts() {
  static std::unique_ptr<docpipe::fonts::FontSet> f = [] {
    docpipe::Diagnostics d;
    auto config = docpipe::fonts::load_font_config(source_dir() + "/data/fonts.yaml", d);
    auto opened = d.has_errors() ? nullptr : docpipe::fonts::FontSet::open(config, d);
    if (!opened) {
      fprintf(stderr, "fuzz: the default fonts do not open:\n%s", d.format_all().c_str());
      abort();
    }
    return opened;
  }();
  return *f;
}

}  // namespace docpipe_fuzz
