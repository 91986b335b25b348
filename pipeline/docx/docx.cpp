#include "docx/docx.h"

#include "core/atomic_file.h"
#include "docx/from_tree.h"
#include "docx/numbering.h"
#include "docx/package.h"
#include "docx/parts.h"
#include "docx/styles.h"
#include "docx/text_check.h"

namespace docpipe::docx {

bool docx_bytes(const markup::Document& doc, const WordFonts& fonts, std::string& out,
                Diagnostics& diags, const TitleLines& titles) {
  if (!check_text(doc, diags)) return false;
  Body body = body_from_tree(doc, fonts, titles);
  const int charts = static_cast<int>(body.charts.size());
  const int images = static_cast<int>(body.images.size());
  const auto& p = doc.properties;
  // [Content_Types].xml first, as Word writes it; then the main part and what it refers to.
  std::vector<Part> parts = {
      {"[Content_Types].xml", content_types_xml(charts, images)},
      {"_rels/.rels", package_rels_xml()},
      {"word/document.xml", std::move(body.document_xml)},
      {"word/_rels/document.xml.rels", document_rels_xml(charts, images)},
      {"word/styles.xml", style::styles_xml(fonts)},
      {"word/numbering.xml", numbering_xml(body.list_instances)},
      {"word/settings.xml", settings_xml()},
      {"word/fontTable.xml", font_table_xml(fonts)},
      {"word/footer1.xml", footer_xml(true)},
      {"word/footer2.xml", footer_xml(false)},
  };
  for (int i = 0; i < charts; ++i)
    parts.push_back({chart_part_name(i + 1), std::move(body.charts[i])});
  for (int i = 0; i < images; ++i)
    parts.push_back({image_part_name(i + 1), std::move(body.images[i])});
  parts.push_back(
      {"docProps/core.xml", core_xml({p.title, p.author, p.subject, p.keywords, p.date})});
  parts.push_back({"docProps/app.xml", app_xml()});
  return zip_package(parts, out, diags);
}

bool write_docx(const markup::Document& doc, const WordFonts& fonts, const std::string& path,
                Diagnostics& diags, const TitleLines& titles) {
  std::string bytes;
  if (!docx_bytes(doc, fonts, bytes, diags, titles)) return false;
  return write_file_atomic(path, bytes, diags);
}

}  // namespace docpipe::docx
