// Finding installed fonts by family name through fontconfig, so an office that copies its
// Windows or WPS fonts (仿宋_GB2312, 方正小标宋简体 …) into /usr/local/share/fonts or
// ~/.local/share/fonts gets them without naming files. FONTCONFIG_FILE (fontconfig's own
// variable) selects another configuration, e.g. a private font folder.
#pragma once
#include <optional>
#include <string>

#include "fonts/font_config.h"

namespace docpipe::fonts {

// The installed face whose family (in any of the languages the font names it) is `family`,
// compared as fontconfig does (case and spaces ignored); with `style` ("Bold") only faces of
// that style. Several matches: the upright one closest to regular weight, then the lowest
// file path and face index, so the choice is stable. Never a substitute: a family that is
// not installed gives nothing. Variable-font named instances are skipped.
std::optional<FontFile> find_family(const std::string& family, const std::string& style = "");

}  // namespace docpipe::fonts
