#include "pdf/document.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <cctype>
#include <climits>
#include <cmath>
#include <cstdint>
#include <exception>

#include "layout/geometry.h"

namespace docpipe::pdf {
namespace {

using QOH = QPDFObjectHandle;

const Location kWhere{"", 0, 0, "PDF writer"};

QOH int_array(std::initializer_list<long long> vs) {
  QOH a = QOH::newArray();
  for (long long v : vs) a.appendItem(QOH::newInteger(v));
  return a;
}

// /W in its compact form: c [w1 w2 …] for each run of consecutive codes.
QOH widths_array(const EmbeddedFont& f) {
  QOH w = QOH::newArray();
  QOH run;
  uint32_t next = UINT32_MAX;
  for (const auto& [code, width] : f.widths) {
    if (code != next) {
      if (run.isInitialized()) w.appendItem(run);
      w.appendItem(QOH::newInteger(code));
      run = QOH::newArray();
    }
    run.appendItem(QOH::newInteger(width));
    next = code + 1;
  }
  if (run.isInitialized()) w.appendItem(run);
  return w;
}

QOH compressed_stream(QPDF& pdf, const std::string& deflated) {
  QOH s = pdf.newStream();
  // Already compressed (and perhaps cached across documents): qpdf copies it as it is.
  s.replaceStreamData(deflated, QOH::newName("/FlateDecode"), QOH::newNull());
  return s;
}

QOH font_descriptor(QPDF& pdf, const EmbeddedFont& f, QOH name) {
  QOH file = compressed_stream(pdf, f.file_deflated);
  if (f.file_key == "/FontFile2")
    file.getDict().replaceKey("/Length1", QOH::newInteger(static_cast<long long>(f.file_length)));
  else
    file.getDict().replaceKey("/Subtype", QOH::newName(f.file_subtype));
  QOH d = QOH::newDictionary();
  d.replaceKey("/Type", QOH::newName("/FontDescriptor"));
  d.replaceKey("/FontName", name);
  d.replaceKey("/Flags", QOH::newInteger(4));  // symbolic: glyphs outside the Latin set
  d.replaceKey("/FontBBox", int_array({f.bbox[0], f.bbox[1], f.bbox[2], f.bbox[3]}));
  d.replaceKey("/ItalicAngle", QOH::newInteger(0));
  // Chinese text is set on the ideographic em box (layout::em_ascent above the baseline, the
  // rest of the em below), and that is the box a line of 仿宋 and a line of 黑体 must both
  // report to text extractors: each face's own extents differ (WenQuanYi's reach 1.26 em),
  // which would make lines in one face look taller than those in another.
  const long long ascent = std::llround(1000 * layout::em_ascent);  // per 1000 em
  d.replaceKey("/Ascent", QOH::newInteger(ascent));
  d.replaceKey("/Descent", QOH::newInteger(ascent - 1000));
  d.replaceKey("/CapHeight", QOH::newInteger(ascent));
  d.replaceKey("/StemV", QOH::newInteger(80));
  d.replaceKey(f.file_key, file);
  return pdf.makeIndirectObject(d);
}

QOH type0_font(QPDF& pdf, const EmbeddedFont& f) {
  QOH name = QOH::newName("/" + f.name);
  QOH system = QOH::newDictionary();
  system.replaceKey("/Registry", QOH::newString("Adobe"));
  system.replaceKey("/Ordering", QOH::newString("Identity"));
  system.replaceKey("/Supplement", QOH::newInteger(0));
  QOH cid = QOH::newDictionary();
  cid.replaceKey("/Type", QOH::newName("/Font"));
  cid.replaceKey("/Subtype", QOH::newName(f.cff ? "/CIDFontType0" : "/CIDFontType2"));
  cid.replaceKey("/BaseFont", name);
  cid.replaceKey("/CIDSystemInfo", system);
  cid.replaceKey("/FontDescriptor", font_descriptor(pdf, f, name));
  cid.replaceKey("/DW", QOH::newInteger(1000));
  cid.replaceKey("/W", widths_array(f));
  // Codes are glyph ids of the subset (a CFF subset's charset is the identity, fonts/
  // cff_charset.h), so no map is needed.
  if (!f.cff) cid.replaceKey("/CIDToGIDMap", QOH::newName("/Identity"));
  QOH descendants = QOH::newArray();
  descendants.appendItem(pdf.makeIndirectObject(cid));
  QOH font = QOH::newDictionary();
  font.replaceKey("/Type", QOH::newName("/Font"));
  font.replaceKey("/Subtype", QOH::newName("/Type0"));
  font.replaceKey("/BaseFont", name);
  font.replaceKey("/Encoding", QOH::newName("/Identity-H"));
  font.replaceKey("/DescendantFonts", descendants);
  font.replaceKey("/ToUnicode", compressed_stream(pdf, f.to_unicode_deflated));
  return pdf.makeIndirectObject(font);
}

QOH image_xobject(QPDF& pdf, int width, int height, const std::string& deflated,
                  const char* colour_space) {
  QOH s = compressed_stream(pdf, deflated);
  QOH d = s.getDict();
  d.replaceKey("/Type", QOH::newName("/XObject"));
  d.replaceKey("/Subtype", QOH::newName("/Image"));
  d.replaceKey("/Width", QOH::newInteger(width));
  d.replaceKey("/Height", QOH::newInteger(height));
  d.replaceKey("/ColorSpace", QOH::newName(colour_space));
  d.replaceKey("/BitsPerComponent", QOH::newInteger(8));
  return s;
}

QOH image(QPDF& pdf, const ImageResource& im) {
  QOH s = image_xobject(pdf, im.width, im.height, im.rgb_deflated, "/DeviceRGB");
  if (!im.alpha_deflated.empty())
    s.getDict().replaceKey(
        "/SMask", image_xobject(pdf, im.width, im.height, im.alpha_deflated, "/DeviceGray"));
  return s;
}

void add_pages(QPDF& pdf, const std::vector<std::string>& contents, QOH resources, PageSize size) {
  QOH pages = pdf.getRoot().getKey("/Pages");
  QOH kids = QOH::newArray();
  QOH box = QOH::newArray();
  for (double v : {0.0, 0.0, size.width, size.height}) box.appendItem(QOH::newReal(v, 3));
  for (size_t i = 0; i < contents.size(); ++i) {
    const std::string& content = contents[i];
    QOH page = QOH::newDictionary();
    page.replaceKey("/Type", QOH::newName("/Page"));
    page.replaceKey("/Parent", pages);
    page.replaceKey("/MediaBox", box);
    // A 横排 page: drawn across the upright sheet, shown turned so the table reads upright.
    if (i < size.turned.size() && size.turned[i]) page.replaceKey("/Rotate", QOH::newInteger(90));
    page.replaceKey("/Resources", resources);
    page.replaceKey("/Contents", compressed_stream(pdf, content));
    kids.appendItem(pdf.makeIndirectObject(page));
  }
  pages.replaceKey("/Kids", kids);
  pages.replaceKey("/Count", QOH::newInteger(static_cast<long long>(contents.size())));
}

bool valid_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
  int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool set_info(QPDF& pdf, const DocumentInfo& info, Diagnostics& diags) {
  QOH dict = QOH::newDictionary();
  auto text = [&dict](const char* key, const std::string& value) {
    if (!value.empty()) dict.replaceKey(key, QOH::newUnicodeString(value));
  };
  text("/Title", info.title);
  text("/Author", info.author);
  text("/Subject", info.subject);
  text("/Keywords", info.keywords);
  text("/Creator", info.creator);
  dict.replaceKey("/Producer", QOH::newUnicodeString("docpipe"));
  if (!info.date.empty()) {
    if (!valid_date(info.date)) {
      diags.error(kWhere, "document date '" + info.date + "' is not YYYY-MM-DD",
                  "write the 成文日期 as e.g. 2024-03-15");
      return false;
    }
    // China Standard Time: the date is the document's own, the time part carries no meaning.
    std::string stamp = "D:" + info.date.substr(0, 4) + info.date.substr(5, 2) +
                        info.date.substr(8, 2) + "000000+08'00'";
    dict.replaceKey("/CreationDate", QOH::newString(stamp));
    dict.replaceKey("/ModDate", QOH::newString(stamp));
  }
  pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(dict));
  return true;
}

struct Node {
  QOH dict;
  int level = 0;
  std::vector<size_t> children;
  int descendants = 0;
};

int count_and_link(std::vector<Node>& nodes, size_t at) {
  Node& n = nodes[at];
  int total = 0;
  for (size_t i = 0; i < n.children.size(); ++i) {
    QOH child = nodes[n.children[i]].dict;
    child.replaceKey("/Parent", n.dict);
    if (i > 0) child.replaceKey("/Prev", nodes[n.children[i - 1]].dict);
    if (i + 1 < n.children.size()) child.replaceKey("/Next", nodes[n.children[i + 1]].dict);
    total += 1 + count_and_link(nodes, n.children[i]);
  }
  if (!n.children.empty()) {
    n.dict.replaceKey("/First", nodes[n.children.front()].dict);
    n.dict.replaceKey("/Last", nodes[n.children.back()].dict);
    n.dict.replaceKey("/Count", QOH::newInteger(total));  // positive: every level open
  }
  return total;
}

bool set_outline(QPDF& pdf, const std::vector<OutlineEntry>& outline, Diagnostics& diags) {
  if (outline.empty()) return true;
  const std::vector<QOH>& pages = pdf.getAllPages();
  std::vector<Node> nodes(1);  // nodes[0] is the /Outlines dictionary
  nodes[0].dict = pdf.makeIndirectObject(QOH::newDictionary());
  nodes[0].dict.replaceKey("/Type", QOH::newName("/Outlines"));
  std::vector<size_t> open{0};  // path from the root to the last entry
  for (size_t i = 0; i < outline.size(); ++i) {
    const OutlineEntry& e = outline[i];
    Location where = kWhere;
    where.context = "outline entry " + std::to_string(i + 1) + " '" + e.title + "'";
    if (e.level < 1 || e.level > 4 || e.page < 0 || e.page >= static_cast<int>(pages.size()) ||
        !std::isfinite(e.y)) {
      diags.error(where,
                  "invalid outline entry (level " + std::to_string(e.level) + ", page " +
                      std::to_string(e.page) + " of " + std::to_string(pages.size()) + ")",
                  "levels are 1..4 and pages 0-based within the document");
      return false;
    }
    QOH item = pdf.makeIndirectObject(QOH::newDictionary());
    item.replaceKey("/Title", QOH::newUnicodeString(e.title));
    QOH dest = QOH::newArray();
    dest.appendItem(pages[static_cast<size_t>(e.page)]);
    dest.appendItem(QOH::newName("/XYZ"));
    dest.appendItem(QOH::newNull());
    dest.appendItem(QOH::newReal(e.y, 2));
    dest.appendItem(QOH::newNull());
    item.replaceKey("/Dest", dest);
    while (open.size() > 1 && nodes[open.back()].level >= e.level) open.pop_back();
    nodes.push_back({item, e.level, {}, 0});
    nodes[open.back()].children.push_back(nodes.size() - 1);
    open.push_back(nodes.size() - 1);
  }
  count_and_link(nodes, 0);
  QOH root = pdf.getRoot();
  root.replaceKey("/Outlines", nodes[0].dict);
  root.replaceKey("/PageMode", QOH::newName("/UseOutlines"));
  return true;
}

}  // namespace

bool assemble_pdf(const std::vector<std::string>& contents, const std::vector<FontResource>& fonts,
                  const DocumentInfo& info, const std::vector<OutlineEntry>& outline,
                  std::string& pdf_out, Diagnostics& diags, PageSize size,
                  const std::vector<ImageResource>& images) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);  // collected below as diagnostics, never printed
    pdf.emptyPDF();
    QOH font_dict = QOH::newDictionary();
    for (const FontResource& f : fonts)
      font_dict.replaceKey("/" + f.name, type0_font(pdf, *f.font));
    QOH resources = QOH::newDictionary();
    resources.replaceKey("/Font", font_dict);
    if (!images.empty()) {
      QOH xobjects = QOH::newDictionary();
      for (const ImageResource& im : images) xobjects.replaceKey("/" + im.name, image(pdf, im));
      resources.replaceKey("/XObject", xobjects);
    }
    add_pages(pdf, contents, pdf.makeIndirectObject(resources), size);
    bool ok = set_info(pdf, info, diags);
    ok = set_outline(pdf, outline, diags) && ok;
    if (!ok) return false;

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    // Every stream is already deflated (libdeflate) and copied as it is; only the object
    // streams qpdf makes are compressed by qpdf (zlib).
    writer.setCompressStreams(true);
    writer.setDecodeLevel(qpdf_dl_none);
    writer.setMinimumPDFVersion("1.6");  // FontFile3 /OpenType
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.setDeterministicID(true);  // /ID from the content, not the clock
    writer.write();
    for (const QPDFExc& w : pdf.getWarnings())
      diags.warning(kWhere, std::string("qpdf: ") + w.what(),
                    "this is a bug in the PDF writer; please report it with the document");
    std::shared_ptr<Buffer> buf = writer.getBufferSharedPointer();
    pdf_out.assign(reinterpret_cast<const char*>(buf->getBuffer()), buf->getSize());
    return true;
  } catch (const std::exception& e) {
    diags.error(kWhere, std::string("cannot assemble the PDF: ") + e.what(),
                "this is a bug in the PDF writer; please report it with the document");
    return false;
  }
}

}  // namespace docpipe::pdf
