// Which font file draws each typographic role of a 公文, and which fonts stand in for
// characters a role's font lacks (生僻字 in names). Read from data/fonts.yaml.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace docpipe::fonts {

// The roles GB/T 9704 names: 仿宋 body, 楷体 level-2 headings, 黑体 level-1 headings,
// 小标宋 titles, 宋体 page numbers.
enum class Role { fangsong, kaiti, heiti, xiaobiaosong, song };
constexpr int role_count = 5;
const char* role_name(Role r);

struct FontFile {
  std::string path;
  unsigned index = 0;   // face inside a .ttc
  std::string package;  // Debian package that provides it, for error hints
};

struct FontConfig {
  std::map<Role, FontFile> roles;
  std::vector<FontFile> fallbacks;  // tried in order for characters a role's font lacks
};

// Debian's AR PL UMing / UKai / WenQuanYi Zen Hei, as the issue prescribes.
FontConfig default_font_config();

// Reads `path` (fonts.yaml) over the defaults: keys `roles: {fangsong: {file, index}}` and
// `fallback: [{file, index}]`. A missing file means the defaults; errors carry file:line:col.
FontConfig load_font_config(const std::string& path, Diagnostics& diags);

}  // namespace docpipe::fonts
