// The YAML readers: each data-folder loader (source/config*.cpp through YamlFile, which
// screens size, nesting and alias expansion first), the font map (fonts/font_config.cpp)
// and the document front matter (markup/front_matter.cpp). The first byte of the input
// picks the reader; the rest is the file.
#pragma once
#include <cstdint>
#include <string>

#include "fonts/font_config.h"
#include "fuzz_common.h"
#include "markup/front_matter.h"
#include "source/config.h"

using namespace docpipe;
using namespace docpipe::source;

namespace {

using Loader = void (*)(const std::string&, DataSet&, Diagnostics&);

struct Target {
  const char* file;  // under the scratch data folder
  Loader load;
};

const Target targets[] = {
    {"office.yaml", load_office},
    {"indicators.yaml", load_indicators},
    {"channels.yaml", load_channels},
    {"quotas.yaml", load_quotas},
    {"comments.yaml", load_comments},
    {"distribution.yaml", load_distribution},
    {"narrative/circular-2026.yaml", load_narratives},
    {"briefs/series.yaml", load_briefs},
};
constexpr unsigned target_count = sizeof targets / sizeof targets[0];

}  // namespace

inline int run_yaml_input(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  unsigned pick = data[0] % (target_count + 2);
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  Diagnostics diags;
  if (pick == target_count) {  // front matter, with a body after it
    markup::FrontMatter fm;
    std::string body;
    int offset = 0;
    markup::parse_front_matter("---\n" + text + "\n---\nbody\n", "fuzz.md", fm, body, offset,
                               diags);
    return 0;
  }
  static const std::string dir = [] {
    std::string d = docpipe_fuzz::scratch_dir() + "/yaml";
    std::string cmd = "mkdir -p '" + d + "/narrative' '" + d + "/briefs'";
    if (std::system(cmd.c_str()) != 0) abort();
    return d;
  }();
  if (pick == target_count + 1) {
    docpipe_fuzz::write_file(dir + "/fonts.yaml", text);
    fonts::load_font_config(dir + "/fonts.yaml", diags);
    return 0;
  }
  docpipe_fuzz::write_file(dir + "/" + targets[pick].file, text);
  DataSet ds;
  ds.dir = dir;
  targets[pick].load(dir, ds, diags);
  return 0;
}
