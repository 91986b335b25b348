#include "docx/props.h"

#include <cstdlib>

#include "docx/page.h"
#include "docx/xml.h"

namespace docpipe::docx {

WordFonts word_fonts(const fonts::FontConfig& config) {
  // A role's first family name in fonts.yaml is the face the office wants (仿宋_GB2312 before
  // the Debian stand-in); a role given only as files keeps the default office name.
  auto first_family = [](const fonts::FontConfig& c, fonts::Role role) -> std::string {
    auto it = c.roles.find(role);
    if (it != c.roles.end())
      for (const auto& choice : it->second)
        if (!choice.family.empty()) return choice.family;
    return "";
  };
  const auto defaults = fonts::default_font_config();
  WordFonts f;
  for (int i = 0; i < fonts::role_count; ++i) {
    auto role = static_cast<fonts::Role>(i);
    f.names[i] = first_family(config, role);
    if (f.names[i].empty()) f.names[i] = first_family(defaults, role);
  }
  return f;
}

int char_twips(int hundredths) {
  return hundredths * page::cell / 100;
}

void RunProps::write(pugi::xml_node parent) const {
  if (style.empty() && font.empty() && !bold && color.empty() && !spacing && !size && !chinese)
    return;
  auto r = add(parent, "w:rPr");
  if (!style.empty()) val(r, "w:rStyle", style);
  if (!font.empty())
    add(r, "w:rFonts",
        {{"w:ascii", font},
         {"w:hAnsi", font},
         {"w:eastAsia", font},
         {"w:cs", font},
         {"w:hint", "eastAsia"}});
  if (bold) add(r, "w:b");
  if (!color.empty()) val(r, "w:color", color);
  if (spacing) val(r, "w:spacing", std::to_string(spacing));
  if (size) {
    val(r, "w:sz", std::to_string(size));
    val(r, "w:szCs", std::to_string(size));
  }
  if (chinese) add(r, "w:lang", {{"w:val", "en-US"}, {"w:eastAsia", "zh-CN"}});
}

namespace {

void border(pugi::xml_node bdr, const char* side, const Border& b) {
  if (!b.eighths) return;
  add(bdr, side,
      {{"w:val", "single"},
       {"w:sz", std::to_string(b.eighths)},
       {"w:space", std::to_string(b.space)},
       {"w:color", b.color}});
}

void indent(pugi::xml_node p, const Indent& i) {
  auto ind = add(p, "w:ind");
  auto set = [&](const char* a, int v) { ind.append_attribute(a) = std::to_string(v).c_str(); };
  if (i.twips) {
    set("w:left", i.left);
    set("w:right", i.right);
    set(i.first >= 0 ? "w:firstLine" : "w:hanging", std::abs(i.first));
    return;
  }
  set("w:leftChars", i.left);
  set("w:left", char_twips(i.left));
  set("w:rightChars", i.right);
  set("w:right", char_twips(i.right));
  if (i.first >= 0) {
    set("w:firstLineChars", i.first);
    set("w:firstLine", char_twips(i.first));
  } else {
    set("w:hangingChars", -i.first);
    set("w:hanging", char_twips(-i.first));
  }
}

}  // namespace

void ParaProps::write(pugi::xml_node parent) const {
  auto p = add(parent, "w:pPr");
  if (!style.empty()) val(p, "w:pStyle", style);
  if (keep_next) add(p, "w:keepNext");
  if (keep_lines) add(p, "w:keepLines");
  if (page_break_before) add(p, "w:pageBreakBefore");
  if (widow_control) val(p, "w:widowControl", *widow_control ? "1" : "0");
  if (num) {
    auto n = add(p, "w:numPr");
    val(n, "w:ilvl", std::to_string(num->first));
    val(n, "w:numId", std::to_string(num->second));
  }
  if (top.eighths || bottom.eighths) {
    auto b = add(p, "w:pBdr");
    border(b, "w:top", top);
    border(b, "w:bottom", bottom);
  }
  if (!tabs.empty()) {
    auto t = add(p, "w:tabs");
    for (const auto& [kind, pos] : tabs)
      add(t, "w:tab", {{"w:val", kind}, {"w:pos", std::to_string(pos)}});
  }
  if (chinese_rules) {
    val(p, "w:overflowPunct", "1");
    val(p, "w:autoSpaceDE", "0");
    val(p, "w:autoSpaceDN", "0");
  }
  if (snap_to_grid) val(p, "w:snapToGrid", *snap_to_grid ? "1" : "0");
  if (spacing) {
    auto s = add(p, "w:spacing",
                 {{"w:before", std::to_string(spacing->before)},
                  {"w:after", std::to_string(spacing->after)}});
    if (spacing->line) {
      s.append_attribute("w:line") = std::to_string(spacing->line).c_str();
      s.append_attribute("w:lineRule") = spacing->exact ? "exact" : "auto";
    }
  }
  if (indent) docx::indent(p, *indent);
  if (!jc.empty()) val(p, "w:jc", jc);
  if (outline_level) val(p, "w:outlineLvl", std::to_string(*outline_level));
  mark.write(p);
  if (!p.first_child()) parent.remove_child(p);
}

ParaProps exact(const char* style_id, int line, int before) {
  ParaProps p;
  p.style = style_id;
  p.snap_to_grid = false;
  p.spacing = Spacing{before, 0, line, true};
  return p;
}

}  // namespace docpipe::docx
