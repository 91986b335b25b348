// docpipe fonts: which face each role actually uses, how it was chosen, and how much of
// GB 2312 and of the GB 18030 level-1 set it covers — the first thing to look at when a
// document comes out in the wrong face or stops at a rare name.
#include <hb-ot.h>
#include <hb.h>

#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "core/utf8.h"
#include "fonts/coverage.h"
#include "fonts/font_set.h"
#include "fonts/subset.h"

namespace docpipe::cli {
namespace {

const char* role_title(fonts::Role r) {
  switch (r) {
    case fonts::Role::fangsong:
      return "仿宋 body text";
    case fonts::Role::kaiti:
      return "楷体 level-2 headings, quotes";
    case fonts::Role::heiti:
      return "黑体 level-1 headings";
    case fonts::Role::xiaobiaosong:
      return "小标宋 titles, 版头";
    case fonts::Role::song:
      return "宋体 page numbers";
  }
  return "";
}

std::string family_name(hb_face_t* face) {
  for (hb_ot_name_id_t id : {HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY, HB_OT_NAME_ID_FONT_FAMILY}) {
    char buf[256];
    unsigned len = sizeof buf;
    if (hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &len, buf) > 0)
      return std::string(buf, len);
  }
  return "?";
}

std::string outline_name(hb_face_t* face) {
  fonts::Outlines kind;
  std::string why;
  if (!fonts::outline_kind(face, kind, why)) return "unusable";
  return kind == fonts::Outlines::cff ? "OpenType CFF" : "TrueType";
}

std::string percent(const fonts::Coverage& c) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "%zu/%zu (%.1f%%)", c.have, c.total,
                c.total ? 100.0 * c.have / c.total : 0.0);
  std::string s = buf;
  if (!c.missing_sample.empty()) {
    s += ", lacks e.g.";
    for (uint32_t ch : c.missing_sample) s += " " + encode_utf8(ch);
  }
  return s;
}

void print_face(const fonts::FontSet& set, fonts::FaceId id, const std::string& indent) {
  const fonts::Face& f = set.face(id);
  std::cout << indent << family_name(f.face) << " — " << f.file.path << ", face " << f.file.index
            << ", " << outline_name(f.face) << "\n"
            << indent << "GB 2312: " << percent(fonts::coverage(f, fonts::gb2312())) << "\n"
            << indent
            << "GB 18030 level 1: " << percent(fonts::coverage(f, fonts::gb18030_level1())) << "\n";
}

void print_preferences(const fonts::Resolution& r) {
  std::cout << "    preferences:";
  for (size_t i = 0; i < r.tried.size(); ++i) {
    std::cout << (i ? ", " : " ") << r.tried[i].label();
    if (static_cast<int>(i) == r.chosen)
      std::cout << " [used]";
    else if (r.chosen < 0 || static_cast<int>(i) < r.chosen)
      std::cout << " [not installed]";
  }
  std::cout << "\n";
}

int run_fonts(Args& args, const Global& global, Diagnostics& diags) {
  args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  std::string yaml = global.data_dir + "/fonts.yaml";
  auto config = fonts::load_font_config(yaml, diags);
  if (diags.has_errors()) return exit_error;
  auto set = fonts::FontSet::open(config, diags);
  if (!set) return exit_error;
  std::cout << "fonts for " << yaml << " (defaults where it is absent or silent)\n\n";
  for (int i = 0; i < fonts::role_count; ++i) {
    auto role = static_cast<fonts::Role>(i);
    std::cout << fonts::role_name(role) << " (" << role_title(role) << ")\n";
    if (set->role_face(role) >= 0) print_face(*set, set->role_face(role), "    ");
    print_preferences(set->role_resolution(role));
    std::cout << "\n";
  }
  std::cout << "fallback chain, tried in order for characters a role's face lacks:\n";
  int n = 0;
  for (const auto& r : set->fallback_resolution()) {
    std::cout << "  " << ++n << ". " << r.tried[0].label()
              << (r.chosen < 0 ? " [not installed]" : "") << "\n";
    if (r.face >= 0) print_face(*set, r.face, "     ");
  }
  if (n == 0) std::cout << "  (none)\n";
  return diags.exit_code();
}

}  // namespace

const Command fonts_command = {
    "fonts", "show the face each font role uses, its coverage and the fallback chain",
    "usage: docpipe [--data DIR] fonts\n\n"
    "For each role of data/fonts.yaml (仿宋, 楷体, 黑体, 小标宋, 宋体): the face actually used\n"
    "(family, file, face index, TrueType or OpenType CFF), how much of GB 2312 and of the\n"
    "GB 18030 level-1 set (double-byte area + CJK Extension A) it covers, and the preferences\n"
    "tried to find it; then the fallback chain for rare characters.\n",
    run_fonts};

}  // namespace docpipe::cli
