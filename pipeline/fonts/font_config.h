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

// One candidate face: a file (and face index), or an installed family found by name through
// fontconfig (discovery.h), optionally of one style ("Bold").
struct FontChoice {
  std::string family;  // non-empty: look up by name; `file` then only carries the package
  std::string style;
  FontFile file;
  std::string label() const;  // "FangSong", "Noto Serif CJK SC (Bold)", "/path/x.ttc#2"
};

struct FontConfig {
  // Ordered preferences per role: the first one installed is used.
  std::map<Role, std::vector<FontChoice>> roles;
  // Tried in order for characters a role's face lacks; a family that is not installed is
  // skipped, a file that is missing is an error.
  std::vector<FontChoice> fallbacks;
};

// Each role's usual Windows/WPS/方正 family names first (so installed office fonts are used
// without configuration), then a face from a Debian package.
FontConfig default_font_config();

// Reads `path` (fonts.yaml) over the defaults. A role is a file entry `{file, index}`, a family
// entry `{family, style}`, a bare string (a path if it contains '/', else a family name), or a
// list of those in order of preference; `fallback:` is a list of the same. A missing file means
// the defaults; errors carry file:line:col.
FontConfig load_font_config(const std::string& path, Diagnostics& diags);

}  // namespace docpipe::fonts
