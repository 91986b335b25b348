#include "ofd/document_parts.h"

#include "core/utf8.h"
#include "ofd/numbers.h"
#include "ofd/xml.h"

namespace docpipe::ofd {

namespace {

// Keywords (one PDF string) as OFD's list: split at commas, semicolons and 、.
std::vector<std::string> split_keywords(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    size_t b = cur.find_first_not_of(' '), e = cur.find_last_not_of(' ');
    if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
    cur.clear();
  };
  for (char32_t c : decode_utf8(s)) {
    if (c == U',' || c == U';' || c == U'，' || c == U'；' || c == U'、')
      flush();
    else
      cur += encode_utf8(c);
  }
  flush();
  return out;
}

void add_if(pugi::xml_node parent, const char* name, const std::string& text) {
  if (!text.empty()) add_text_element(parent, name, text);
}

// Outline entries nest like the PDF's: a deeper level goes under the nearest shallower
// entry before it.
void add_outline(pugi::xml_node doc, const layout::Layout& layout, const DocumentIds& ids) {
  if (layout.outline.empty()) return;
  auto outlines = doc.append_child("ofd:Outlines");
  std::vector<std::pair<int, pugi::xml_node>> open;  // level, element
  for (const auto& b : layout.outline) {
    while (!open.empty() && open.back().first >= b.level) open.pop_back();
    auto parent = open.empty() ? outlines : open.back().second;
    auto elem = parent.append_child("ofd:OutlineElem");
    set_attr(elem, "Title", b.title);
    auto action = elem.append_child("ofd:Actions").append_child("ofd:Action");
    set_attr(action, "Event", "CLICK");
    auto dest = action.append_child("ofd:Goto").append_child("ofd:Dest");
    set_attr(dest, "Type", "XYZ");
    set_attr(dest, "PageID", ids.pages.at(b.page));
    set_attr(dest, "Left", "0");
    set_attr(dest, "Top", mm_text(points_to_mm(b.y)));
    open.emplace_back(b.level, elem);
  }
}

}  // namespace

std::string ofd_entry_xml(const layout::Metadata& meta, const std::string& doc_id) {
  pugi::xml_document doc;
  auto root = start_document(doc, "OFD");
  set_attr(root, "Version", "1.0");
  set_attr(root, "DocType", "OFD");
  auto body = root.append_child("ofd:DocBody");
  auto info = body.append_child("ofd:DocInfo");
  // CT_DocInfo's order: DocID, Title, Author, Subject, Abstract, CreationDate, ModDate,
  // DocUsage, Cover, Keywords, Creator, CreatorVersion, CustomDatas.
  add_text_element(info, "ofd:DocID", doc_id);
  add_if(info, "ofd:Title", meta.title);
  add_if(info, "ofd:Author", meta.author);
  add_if(info, "ofd:Subject", meta.subject);
  add_if(info, "ofd:CreationDate", meta.date);
  auto words = split_keywords(meta.keywords);
  if (!words.empty()) {
    auto keywords = info.append_child("ofd:Keywords");
    for (const auto& w : words) add_text_element(keywords, "ofd:Keyword", w);
  }
  add_if(info, "ofd:Creator", meta.creator.empty() ? "docpipe" : meta.creator);
  add_text_element(body, "ofd:DocRoot", "Doc_0/Document.xml");
  return to_string(doc);
}

std::string document_xml(const layout::Layout& layout, const DocumentIds& ids) {
  pugi::xml_document doc;
  auto root = start_document(doc, "Document");
  auto common = root.append_child("ofd:CommonData");
  add_text_element(common, "ofd:MaxUnitID", std::to_string(ids.max_unit_id));
  // The first page's paper for the document; a page of another size says so itself.
  double w = layout.pages.empty() ? layout::a4_width : layout.pages.front().width;
  double h = layout.pages.empty() ? layout::a4_height : layout.pages.front().height;
  add_text_element(common.append_child("ofd:PageArea"), "ofd:PhysicalBox",
                   box_text(0, 0, points_to_mm(w), points_to_mm(h)));
  add_text_element(common, "ofd:PublicRes", "PublicRes.xml");
  add_text_element(common, "ofd:DocumentRes", "DocumentRes.xml");
  add_text_element(common, "ofd:DefaultCS", std::to_string(ids.color_space));
  auto pages = root.append_child("ofd:Pages");
  for (size_t i = 0; i < ids.pages.size(); ++i) {
    auto page = pages.append_child("ofd:Page");
    set_attr(page, "ID", ids.pages[i]);
    set_attr(page, "BaseLoc", "Pages/Page_" + std::to_string(i) + "/Content.xml");
  }
  add_outline(root, layout, ids);
  return to_string(doc);
}

std::string public_res_xml(unsigned color_space_id) {
  pugi::xml_document doc;
  auto root = start_document(doc, "Res");
  set_attr(root, "BaseLoc", "Res");
  auto cs = root.append_child("ofd:ColorSpaces").append_child("ofd:ColorSpace");
  set_attr(cs, "ID", color_space_id);
  set_attr(cs, "Type", "RGB");
  set_attr(cs, "BitsPerComponent", "8");
  return to_string(doc);
}

std::string document_res_xml(const std::vector<EmbeddedFont>& fonts,
                             const std::vector<EmbeddedImage>& images) {
  pugi::xml_document doc;
  auto root = start_document(doc, "Res");
  set_attr(root, "BaseLoc", "Res");
  if (!fonts.empty()) {
    auto list = root.append_child("ofd:Fonts");
    for (const auto& f : fonts) {
      auto font = list.append_child("ofd:Font");
      set_attr(font, "ID", f.id);
      set_attr(font, "FontName", f.font_name);
      if (!f.family_name.empty()) set_attr(font, "FamilyName", f.family_name);
      add_text_element(font, "ofd:FontFile", f.file_name);
    }
  }
  if (!images.empty()) {  // after Fonts, as CT_Res orders them
    auto list = root.append_child("ofd:MultiMedias");
    for (const auto& i : images) {
      auto media = list.append_child("ofd:MultiMedia");
      set_attr(media, "ID", i.id);
      set_attr(media, "Type", "Image");
      set_attr(media, "Format", "PNG");
      add_text_element(media, "ofd:MediaFile", i.file_name);
    }
  }
  return to_string(doc);
}

}  // namespace docpipe::ofd
