#include "docx/parts.h"

#include <algorithm>

#include "docx/styles.h"
#include "docx/xml.h"

namespace docpipe::docx {

std::string rid::chart(int n) {
  return "rIdChart" + std::to_string(n);
}
std::string chart_part_name(int n) {
  return "word/charts/chart" + std::to_string(n) + ".xml";
}
std::string rid::image(int n) {
  return "rIdImage" + std::to_string(n);
}
std::string image_part_name(int n) {
  return "word/media/image" + std::to_string(n) + ".png";
}

namespace {
const std::string officedoc =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

void override_type(pugi::xml_node types, const std::string& part, const std::string& type) {
  add(types, "Override", {{"PartName", "/" + part}, {"ContentType", type}});
}

void relationship(pugi::xml_node rels, const std::string& id, const std::string& type,
                  const std::string& target) {
  add(rels, "Relationship", {{"Id", id}, {"Type", type}, {"Target", target}});
}
}  // namespace

std::string content_types_xml(int charts, int images) {
  pugi::xml_document doc;
  auto t = start(doc, "Types", {{"", ns::content_types}});
  add(t, "Default",
      {{"Extension", "rels"},
       {"ContentType", "application/vnd.openxmlformats-package.relationships+xml"}});
  add(t, "Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
  if (images) add(t, "Default", {{"Extension", "png"}, {"ContentType", "image/png"}});
  override_type(t, "word/document.xml", wml + "document.main+xml");
  override_type(t, "word/styles.xml", wml + "styles+xml");
  override_type(t, "word/numbering.xml", wml + "numbering+xml");
  override_type(t, "word/settings.xml", wml + "settings+xml");
  override_type(t, "word/fontTable.xml", wml + "fontTable+xml");
  override_type(t, "word/footer1.xml", wml + "footer+xml");
  override_type(t, "word/footer2.xml", wml + "footer+xml");
  for (int i = 1; i <= charts; ++i)
    override_type(t, chart_part_name(i),
                  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  override_type(t, "docProps/core.xml",
                "application/vnd.openxmlformats-package.core-properties+xml");
  override_type(t, "docProps/app.xml",
                "application/vnd.openxmlformats-officedocument.extended-properties+xml");
  return serialize(doc);
}

std::string package_rels_xml() {
  pugi::xml_document doc;
  auto r = start(doc, "Relationships", {{"", ns::pkg_rels}});
  relationship(r, "rId1", officedoc + "officeDocument", "word/document.xml");
  relationship(r, "rId2",
               "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
               "core-properties",
               "docProps/core.xml");
  relationship(r, "rId3", officedoc + "extended-properties", "docProps/app.xml");
  return serialize(doc);
}

std::string document_rels_xml(int charts, int images) {
  pugi::xml_document doc;
  auto r = start(doc, "Relationships", {{"", ns::pkg_rels}});
  relationship(r, rid::styles, officedoc + "styles", "styles.xml");
  relationship(r, rid::numbering, officedoc + "numbering", "numbering.xml");
  relationship(r, rid::settings, officedoc + "settings", "settings.xml");
  relationship(r, rid::font_table, officedoc + "fontTable", "fontTable.xml");
  relationship(r, rid::odd_footer, officedoc + "footer", "footer1.xml");
  relationship(r, rid::even_footer, officedoc + "footer", "footer2.xml");
  for (int i = 1; i <= charts; ++i)
    relationship(r, rid::chart(i), officedoc + "chart",
                 "charts/chart" + std::to_string(i) + ".xml");
  for (int i = 1; i <= images; ++i)
    relationship(r, rid::image(i), officedoc + "image", "media/image" + std::to_string(i) + ".png");
  return serialize(doc);
}

std::string settings_xml() {
  pugi::xml_document doc;
  auto s = start(doc, "w:settings", {{"w", ns::w}});
  val(s, "w:defaultTabStop", "420");
  add(s, "w:evenAndOddHeaders");  // 页码 right on odd pages, left on even (§7.5)
  val(s, "w:characterSpacingControl", "doNotCompress");
  auto compat = add(s, "w:compat");
  add(compat, "w:compatSetting",
      {{"w:name", "compatibilityMode"},
       {"w:uri", "http://schemas.microsoft.com/office/word"},
       {"w:val", "15"}});
  add(s, "w:themeFontLang", {{"w:val", "en-US"}, {"w:eastAsia", "zh-CN"}});
  return serialize(doc);
}

std::string font_table_xml(const WordFonts& fonts) {
  pugi::xml_document doc;
  auto t = start(doc, "w:fonts", {{"w", ns::w}});
  std::vector<std::string> seen;
  for (const auto& name : fonts.names) {
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
    seen.push_back(name);
    auto f = add(t, "w:font", {{"w:name", name}});
    val(f, "w:charset", "86");  // GB2312: Word and WPS look for a Chinese face of this name
    val(f, "w:family", "modern");
    val(f, "w:pitch", "fixed");
  }
  return serialize(doc);
}

namespace {
void text_run(pugi::xml_node p, const char* text) {
  auto t = add(add(p, "w:r"), "w:t");
  t.append_attribute("xml:space") = "preserve";
  t.text() = text;
}
void field_char(pugi::xml_node p, const char* type) {
  add(add(p, "w:r"), "w:fldChar", {{"w:fldCharType", type}});
}
}  // namespace

std::string footer_xml(bool odd) {
  pugi::xml_document doc;
  auto ftr = start(doc, "w:ftr", {{"w", ns::w}, {"r", ns::r}});
  auto p = add(ftr, "w:p");
  ParaProps pp;
  pp.style = style::page_number;
  pp.indent = odd ? Indent{0, 100, 0} : Indent{100, 0, 0};  // one character in
  pp.jc = odd ? "right" : "left";
  pp.write(p);
  text_run(p, "— ");
  field_char(p, "begin");
  auto instr = add(add(p, "w:r"), "w:instrText");
  instr.append_attribute("xml:space") = "preserve";
  instr.text() = " PAGE ";
  field_char(p, "separate");
  text_run(p, "1");
  field_char(p, "end");
  text_run(p, " —");
  return serialize(doc);
}

std::string core_xml(const CoreProperties& p) {
  pugi::xml_document doc;
  auto c = start(doc, "cp:coreProperties",
                 {{"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
                  {"dc", "http://purl.org/dc/elements/1.1/"},
                  {"dcterms", "http://purl.org/dc/terms/"},
                  {"xsi", "http://www.w3.org/2001/XMLSchema-instance"}});
  auto text = [&](const char* name, const std::string& v) {
    if (!v.empty()) add(c, name).text() = v.c_str();
  };
  text("dc:title", p.title);
  text("dc:subject", p.subject);
  text("dc:creator", p.author);
  text("cp:keywords", p.keywords);
  if (!p.date.empty()) {
    for (const char* name : {"dcterms:created", "dcterms:modified"})
      add(c, name, {{"xsi:type", "dcterms:W3CDTF"}}).text() = (p.date + "T00:00:00Z").c_str();
  }
  return serialize(doc);
}

std::string app_xml() {
  pugi::xml_document doc;
  auto a =
      start(doc, "Properties",
            {{"", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}});
  add(a, "Application").text() = "docpipe";
  return serialize(doc);
}

}  // namespace docpipe::docx
