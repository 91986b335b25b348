#include "fonts/font_config.h"

#include "core/yaml_screen.h"

#include <yaml-cpp/yaml.h>

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

namespace {
const char* uming = "/usr/share/fonts/truetype/arphic/uming.ttc";
const char* ukai = "/usr/share/fonts/truetype/arphic/ukai.ttc";
const char* zenhei = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

Location where(const std::string& path, const YAML::Node& n) {
  return {path, n.Mark().line + 1, n.Mark().column + 1, ""};
}

bool parse_font_file(const std::string& path, const YAML::Node& n, FontFile& out,
                     Diagnostics& diags) {
  if (!n.IsMap() || !n["file"]) {
    diags.error(where(path, n), "a font entry needs `file:` (and optionally `index:`)",
                "write e.g. {file: /usr/share/fonts/truetype/arphic/uming.ttc, index: 0}");
    return false;
  }
  for (const auto& kv : n) {
    auto key = kv.first.as<std::string>();
    if (key != "file" && key != "index" && key != "package") {
      diags.error(where(path, kv.first), "unknown key '" + key + "' in a font entry",
                  "the keys are file, index and package");
      return false;
    }
  }
  out.path = n["file"].as<std::string>();
  out.index = n["index"] ? n["index"].as<unsigned>() : 0;
  out.package = n["package"] ? n["package"].as<std::string>() : "";
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
  // No 仿宋 or 小标宋 ships in Debian: 明体 (UMing) is the closest free face for both.
  c.roles[Role::fangsong] = {uming, 0, "fonts-arphic-uming"};
  c.roles[Role::kaiti] = {ukai, 0, "fonts-arphic-ukai"};
  c.roles[Role::heiti] = {zenhei, 0, "fonts-wqy-zenhei"};
  c.roles[Role::xiaobiaosong] = {uming, 0, "fonts-arphic-uming"};
  c.roles[Role::song] = {uming, 0, "fonts-arphic-uming"};
  c.fallbacks = {{zenhei, 0, "fonts-wqy-zenhei"}, {ukai, 0, "fonts-arphic-ukai"}};
  return c;
}

FontConfig load_font_config(const std::string& path, Diagnostics& diags) {
  FontConfig c = default_font_config();
  std::ifstream probe(path);
  if (!probe) return c;
  YAML::Node root;
  std::string text((std::istreambuf_iterator<char>(probe)), std::istreambuf_iterator<char>());
  if (!screen_yaml(text, path, 1, diags)) return c;  // depth, alias bombs, huge values
  try {
    root = YAML::Load(text);
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
          FontFile f;
          if (parse_font_file(path, r.second, f, diags)) c.roles[role] = f;
        }
      } else if (key == "fallback") {
        c.fallbacks.clear();
        for (const auto& f : kv.second) {
          FontFile ff;
          if (parse_font_file(path, f, ff, diags)) c.fallbacks.push_back(ff);
        }
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
