#include "fonts/font_config.h"

#include "core/input_file.h"
#include "core/yaml_screen.h"

#include <yaml-cpp/yaml.h>

#include <sys/stat.h>

#include <cerrno>
#include <fstream>
#include <iterator>

namespace docpipe::fonts {

const char* role_name(Role r) {
  switch (r) {
    case Role::fangsong:
      return "fangsong";
    case Role::kaiti:
      return "kaiti";
    case Role::heiti:
      return "heiti";
    case Role::xiaobiaosong:
      return "xiaobiaosong";
    case Role::song:
      return "song";
  }
  return "?";
}

std::string FontChoice::label() const {
  if (!family.empty()) return style.empty() ? family : family + " (" + style + ")";
  return file.path + (file.index ? "#" + std::to_string(file.index) : "");
}

namespace {
const char* uming = "/usr/share/fonts/truetype/arphic/uming.ttc";
const char* zenhei = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
const char* wenkai = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf";
const char* serif = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
const char* serif_bold = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc";
const char* sans = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
constexpr unsigned noto_sc = 2;  // faces of the Noto CJK collections: JP KR SC TC HK

Location where(const std::string& path, const YAML::Node& n) {
  return {path, n.Mark().line + 1, n.Mark().column + 1, ""};
}

std::vector<FontChoice> families(std::initializer_list<const char*> names) {
  std::vector<FontChoice> out;
  for (const char* n : names) out.push_back({n, "", {}});
  return out;
}

FontChoice file_choice(const char* path, unsigned index, const char* package) {
  return {"", "", {path, index, package}};
}

bool looks_like_path(const std::string& s) {
  return s.find('/') != std::string::npos;
}

bool parse_choice(const std::string& path, const YAML::Node& n, FontChoice& out,
                  Diagnostics& diags) {
  if (n.IsScalar()) {
    auto text = n.as<std::string>();
    if (looks_like_path(text))
      out.file.path = text;
    else
      out.family = text;
    return !text.empty();
  }
  if (!n.IsMap() || (!n["file"] && !n["family"]) || (n["file"] && n["family"])) {
    diags.error(where(path, n), "a font entry needs `file:` or `family:`",
                "write e.g. {file: /usr/share/fonts/truetype/arphic/uming.ttc, index: 0} or "
                "{family: FangSong} or just FangSong");
    return false;
  }
  for (const auto& kv : n) {
    auto key = kv.first.as<std::string>();
    bool ok = n["file"] ? key == "file" || key == "index" || key == "package"
                        : key == "family" || key == "style" || key == "package";
    if (!ok) {
      diags.error(where(path, kv.first), "unknown key '" + key + "' in a font entry",
                  "a file entry has file, index and package; a family entry family, style "
                  "and package");
      return false;
    }
  }
  if (n["file"]) {
    out.file.path = n["file"].as<std::string>();
    out.file.index = n["index"] ? n["index"].as<unsigned>() : 0;
  } else {
    out.family = n["family"].as<std::string>();
    out.style = n["style"] ? n["style"].as<std::string>() : "";
  }
  out.file.package = n["package"] ? n["package"].as<std::string>() : "";
  return true;
}

bool parse_choices(const std::string& path, const YAML::Node& n, std::vector<FontChoice>& out,
                   Diagnostics& diags) {
  out.clear();
  if (!n.IsSequence()) {
    FontChoice c;
    if (!parse_choice(path, n, c, diags)) return false;
    out.push_back(c);
    return true;
  }
  for (const auto& item : n) {
    FontChoice c;
    if (!parse_choice(path, item, c, diags)) return false;
    out.push_back(c);
  }
  if (out.empty()) {
    diags.error(where(path, n), "an empty list of fonts", "name at least one font");
    return false;
  }
  return true;
}

bool role_from_name(const std::string& name, Role& out) {
  for (int i = 0; i < role_count; ++i) {
    if (name == role_name(static_cast<Role>(i))) {
      out = static_cast<Role>(i);
      return true;
    }
  }
  return false;
}
}  // namespace

FontConfig default_font_config() {
  FontConfig c;
  auto role = [&c](Role r, std::vector<FontChoice> names, FontChoice stand_in) {
    names.push_back(stand_in);
    c.roles[r] = names;
  };
  // Debian has no free simplified 仿宋: Noto Serif CJK SC stands in (with a note each run,
  // font_set.cpp), distinct from the 楷体 and 黑体 faces around it.
  role(Role::fangsong,
       families({"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "方正仿宋_GBK",
                 "方正仿宋简体", "FZFangSong-Z02S", "华文仿宋", "STFangsong"}),
       file_choice(serif, noto_sc, "fonts-noto-cjk"));
  role(Role::kaiti,
       families({"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "方正楷体_GBK", "方正楷体简体",
                 "FZKai-Z03S", "华文楷体", "STKaiti"}),
       file_choice(wenkai, 0, "fonts-lxgw-wenkai"));
  role(Role::heiti,
       families(
           {"黑体", "SimHei", "方正黑体_GBK", "方正黑体简体", "FZHei-B01S", "华文黑体", "STHeiti"}),
       file_choice(sans, noto_sc, "fonts-noto-cjk"));
  // 小标宋 is a heavy Song: the bold Noto Serif is the closest free face.
  role(Role::xiaobiaosong,
       families({"方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXiaoBiaoSong-B05",
                 "小标宋"}),
       file_choice(serif_bold, noto_sc, "fonts-noto-cjk"));
  role(Role::song,
       families({"宋体", "SimSun", "方正书宋_GBK", "方正书宋简体", "FZShuSong-Z01S", "华文宋体",
                 "STSong"}),
       file_choice(serif, noto_sc, "fonts-noto-cjk"));
  // Rare characters: WenKai and UMing carry many CJK Extension B names (𠮷 U+20BB7).
  c.fallbacks = {
      file_choice(wenkai, 0, "fonts-lxgw-wenkai"), file_choice(sans, noto_sc, "fonts-noto-cjk"),
      file_choice(zenhei, 0, "fonts-wqy-zenhei"), file_choice(uming, 0, "fonts-arphic-uming")};
  return c;
}

FontConfig load_font_config(const std::string& path, Diagnostics& diags) {
  FontConfig c = default_font_config();
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0 && errno == ENOENT) return c;  // no fonts.yaml: defaults
  YAML::Node root;
  std::string text;
  if (!read_input(path, text, diags)) return c;      // a FIFO, a device, a huge file: refused
  if (!screen_yaml(text, path, 1, diags)) return c;  // depth, alias bombs, huge values
  try {
    root = YAML::Load(text);
    if (!check_duplicate_keys(root, path, 1, diags)) return c;
  } catch (const YAML::Exception& e) {
    diags.error({path, e.mark.line + 1, e.mark.column + 1, ""}, "malformed YAML: " + e.msg);
    return c;
  }
  if (!root || root.IsNull()) return c;
  try {
    for (const auto& kv : root) {
      auto key = kv.first.as<std::string>();
      if (key == "roles") {
        for (const auto& r : kv.second) {
          Role role;
          auto name = r.first.as<std::string>();
          if (!role_from_name(name, role)) {
            diags.error(where(path, r.first), "unknown font role '" + name + "'",
                        "the roles are fangsong, kaiti, heiti, xiaobiaosong, song");
            continue;
          }
          std::vector<FontChoice> choices;
          if (parse_choices(path, r.second, choices, diags)) c.roles[role] = choices;
        }
      } else if (key == "fallback") {
        std::vector<FontChoice> choices;
        if (kv.second.IsNull())
          c.fallbacks.clear();
        else if (parse_choices(path, kv.second, choices, diags))
          c.fallbacks = choices;
      } else {
        diags.error(where(path, kv.first), "unknown key '" + key + "'",
                    "fonts.yaml has two keys: roles and fallback");
      }
    }
  } catch (const YAML::Exception& e) {
    diags.error({path, e.mark.line + 1, e.mark.column + 1, ""}, "invalid font entry: " + e.msg);
  }
  return c;
}

}  // namespace docpipe::fonts
