// The ```chart block as a DrawingML bar chart (vector, editable in Word and WPS): one part
// word/charts/chartN.xml holding the labels and values in its caches, drawn inline at the
// width of the 版心. Like the PDF: horizontal bars in the order written, the label on the
// left, the value as written at the end of each bar.
#include <cmath>
#include <cstdio>

#include "docx/builder.h"
#include "docx/page.h"
#include "docx/parts.h"
#include "docx/styles.h"
#include "docx/xml.h"

namespace docpipe::docx {
namespace {

constexpr long emu_per_twip = 635;

// DrawingML chart properties take an unprefixed `val`, not WordprocessingML's w:val.
pugi::xml_node val(pugi::xml_node parent, const char* name, const std::string& v) {
  return add(parent, name, {{"val", v}});
}

// The text after the figures that every value shares (%, 件), shown by the number format.
std::string common_suffix(const std::vector<std::string>& texts) {
  std::string suffix;
  for (size_t i = 0; i < texts.size(); ++i) {
    const auto& t = texts[i];
    size_t end = t.find_last_of("0123456789");
    std::string s = end == std::string::npos ? "" : t.substr(end + 1);
    if (i == 0)
      suffix = s;
    else if (s != suffix)
      return "";
  }
  return suffix;
}

std::string number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

void text_props(pugi::xml_node parent, const std::string& font, int hundredths_pt) {
  auto tx = add(parent, "c:txPr");
  add(tx, "a:bodyPr");
  add(tx, "a:lstStyle");
  auto p = add(tx, "a:p");
  auto ppr = add(p, "a:pPr");
  auto def = add(ppr, "a:defRPr", {{"sz", std::to_string(hundredths_pt)}});
  add(add(def, "a:solidFill"), "a:srgbClr", {{"val", "000000"}});
  add(def, "a:latin", {{"typeface", font}});
  add(def, "a:ea", {{"typeface", font}});
  add(p, "a:endParaRPr", {{"lang", "zh-CN"}});
}

void series(pugi::xml_node bar, const markup::Chart& c, const std::string& font) {
  auto ser = add(bar, "c:ser");
  val(ser, "c:idx", "0");
  val(ser, "c:order", "0");
  auto sp = add(ser, "c:spPr");
  add(add(sp, "a:solidFill"), "a:srgbClr", {{"val", "595959"}});  // the PDF's grey
  auto labels = add(ser, "c:dLbls");
  text_props(labels, font, 1050);
  val(labels, "c:dLblPos", "outEnd");
  for (const char* k : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName",
                        "c:showPercent", "c:showBubbleSize"})
    val(labels, k, std::string(k) == "c:showVal" ? "1" : "0");
  const std::string n = std::to_string(c.bars.size());
  auto cat = add(add(add(ser, "c:cat"), "c:strRef"), "c:f");
  cat.text() = ("Sheet1!$A$2:$A$" + std::to_string(c.bars.size() + 1)).c_str();
  auto str = add(cat.parent(), "c:strCache");
  val(str, "c:ptCount", n);
  auto num_ref = add(add(ser, "c:val"), "c:numRef");
  add(num_ref, "c:f").text() = ("Sheet1!$B$2:$B$" + std::to_string(c.bars.size() + 1)).c_str();
  auto nums = add(num_ref, "c:numCache");
  std::string suffix = common_suffix(c.value_texts);
  add(nums, "c:formatCode").text() =
      suffix.empty() ? "General" : ("General\"" + suffix + "\"").c_str();
  val(nums, "c:ptCount", n);
  for (size_t i = 0; i < c.bars.size(); ++i) {
    add(add(str, "c:pt", {{"idx", std::to_string(i)}}), "c:v").text() = c.bars[i].first.c_str();
    add(add(nums, "c:pt", {{"idx", std::to_string(i)}}), "c:v").text() =
        number(c.bars[i].second).c_str();
  }
}

void axes(pugi::xml_node plot, const std::string& font) {
  // Categories top to bottom in the order written; the value axis hidden, as in the PDF.
  auto cat = add(plot, "c:catAx");
  val(cat, "c:axId", "1");
  val(add(cat, "c:scaling"), "c:orientation", "maxMin");
  val(cat, "c:delete", "0");
  val(cat, "c:axPos", "l");
  val(cat, "c:majorTickMark", "none");
  val(cat, "c:minorTickMark", "none");
  val(cat, "c:tickLblPos", "nextTo");
  text_props(cat, font, 1050);
  val(cat, "c:crossAx", "2");
  val(cat, "c:crosses", "autoZero");
  auto v = add(plot, "c:valAx");
  val(v, "c:axId", "2");
  val(add(v, "c:scaling"), "c:orientation", "minMax");
  val(v, "c:delete", "1");
  val(v, "c:axPos", "t");
  add(v, "c:numFmt", {{"formatCode", "General"}, {"sourceLinked", "0"}});
  val(v, "c:tickLblPos", "none");
  val(v, "c:crossAx", "1");
  val(v, "c:crosses", "autoZero");
}

std::string chart_xml(const markup::Chart& c, const std::string& font) {
  pugi::xml_document doc;
  auto cs = start(doc, "c:chartSpace", {{"c", ns::c}, {"a", ns::a}, {"r", ns::r}});
  val(cs, "c:roundedCorners", "0");
  auto chart = add(cs, "c:chart");
  val(chart, "c:autoTitleDeleted", "1");  // the title is the paragraph above, as in the PDF
  auto plot = add(chart, "c:plotArea");
  add(plot, "c:layout");
  auto bar = add(plot, "c:barChart");
  val(bar, "c:barDir", "bar");
  val(bar, "c:grouping", "clustered");
  val(bar, "c:varyColors", "0");
  series(bar, c, font);
  val(bar, "c:gapWidth", "60");
  val(bar, "c:axId", "1");
  val(bar, "c:axId", "2");
  axes(plot, font);
  val(chart, "c:plotVisOnly", "1");
  val(chart, "c:dispBlanksAs", "gap");
  auto sp = add(cs, "c:spPr");
  add(sp, "a:noFill");
  add(add(sp, "a:ln"), "a:noFill");
  text_props(cs, font, 1050);
  return serialize(doc);
}

// <w:drawing><wp:inline> referring to chart part `n`, `cx` × `cy` EMU.
void inline_chart(pugi::xml_node run, int n, long cx, long cy) {
  auto in = add(add(run, "w:drawing"), "wp:inline",
                {{"distT", "0"}, {"distB", "0"}, {"distL", "0"}, {"distR", "0"}});
  add(in, "wp:extent", {{"cx", std::to_string(cx)}, {"cy", std::to_string(cy)}});
  add(in, "wp:effectExtent", {{"l", "0"}, {"t", "0"}, {"r", "0"}, {"b", "0"}});
  add(in, "wp:docPr", {{"id", std::to_string(n)}, {"name", "图表 " + std::to_string(n)}});
  add(in, "wp:cNvGraphicFramePr");
  auto data = add(add(in, "a:graphic", {{"xmlns:a", ns::a}}), "a:graphicData", {{"uri", ns::c}});
  add(data, "c:chart", {{"xmlns:c", ns::c}, {"xmlns:r", ns::r}, {"r:id", rid::chart(n)}});
}

}  // namespace

void add_chart(Builder& b, const markup::Chart& c) {
  const std::string& font = b.fonts[fonts::Role::fangsong];
  if (!c.title.empty()) {
    ParaProps title;
    title.style = style::chart_title;
    b.paragraph(title, c.title);
  }
  b.charts.push_back(chart_xml(c, font));
  int n = static_cast<int>(b.charts.size());
  // Two bars to a grid line, as the PDF draws them.
  long lines = std::max<long>(2, static_cast<long>((c.bars.size() + 1) / 2));
  ParaProps p;
  p.style = style::normal;
  p.spacing = Spacing{0, 0, 240, false};  // as tall as the drawing, not one grid line
  p.jc = "center";
  p.indent = Indent{};
  auto para = b.paragraph(p);
  inline_chart(add(para, "w:r"), n, page::text_width * emu_per_twip,
               lines * page::line_pitch * emu_per_twip);
}

}  // namespace docpipe::docx
