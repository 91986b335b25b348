#include "docx/numbering.h"

#include "docx/props.h"
#include "docx/styles.h"
#include "docx/xml.h"

namespace docpipe::docx {
namespace {

struct Level {
  const char* format;  // w:numFmt
  const char* text;    // w:lvlText
};
// §7.3.3: 一、 （一） 1. （1）; chineseCounting is 一 二 … 十 十一, as the PDF counts.
constexpr Level levels[] = {{"chineseCounting", "%1、"},
                            {"chineseCounting", "（%2）"},
                            {"decimal", "%3."},
                            {"decimal", "（%4）"}};

void add_level(pugi::xml_node abs, int i) {
  auto l = add(abs, "w:lvl", {{"w:ilvl", std::to_string(i)}});
  val(l, "w:start", "1");
  val(l, "w:numFmt", levels[i].format);
  val(l, "w:pStyle", style::heading(i + 1));
  val(l, "w:suff", "nothing");  // the title follows the number directly, no tab
  val(l, "w:lvlText", levels[i].text);
  val(l, "w:lvlJc", "left");
  ParaProps p;
  p.indent = Indent{0, 0, 200};  // two characters in, like every paragraph
  p.write(l);
}

}  // namespace

std::string numbering_xml(int instances) {
  pugi::xml_document doc;
  auto root = start(doc, "w:numbering", {{"w", ns::w}});
  auto abs = add(root, "w:abstractNum", {{"w:abstractNumId", "0"}});
  val(abs, "w:nsid", "5A1C0001");  // fixed: same input, same bytes
  val(abs, "w:multiLevelType", "multilevel");
  for (int i = 0; i < 4; ++i) add_level(abs, i);
  for (int id = 1; id <= instances; ++id) {
    auto num = add(root, "w:num", {{"w:numId", std::to_string(id)}});
    val(num, "w:abstractNumId", "0");
    if (id == 1) continue;
    for (int i = 0; i < 4; ++i)
      val(add(num, "w:lvlOverride", {{"w:ilvl", std::to_string(i)}}), "w:startOverride", "1");
  }
  return serialize(doc);
}

}  // namespace docpipe::docx
