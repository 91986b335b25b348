#include "pdf/postpass.h"

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

#include "pdf/postpass_fonts.h"

namespace docpipe::pdf {
namespace {

using QOH = QPDFObjectHandle;

const Location kWhere{"", 0, 0, "PDF post-pass"};

// The CIDs a CIDFontType2 can draw: the non-zero entries of its CIDToGIDMap. libharu writes
// the map for the whole BMP from the embedded font's cmap, and /W lists only widths that differ
// from /DW, so the map is the reliable source. With a subset font it holds exactly the subset.
bool used_cids(QOH descendant, std::vector<uint32_t>& cids, std::string& why) {
  QOH map = descendant.getKey("/CIDToGIDMap");
  if (!map.isStream()) {
    why = "its CIDFont has no CIDToGIDMap stream (font not embedded?)";
    return false;
  }
  std::shared_ptr<Buffer> data = map.getStreamData(qpdf_dl_generalized);
  const unsigned char* b = data->getBuffer();
  size_t n = data->getSize() / 2;
  for (size_t cid = 0; cid < n; ++cid)
    if (b[2 * cid] != 0 || b[2 * cid + 1] != 0) cids.push_back(static_cast<uint32_t>(cid));
  return true;
}

void rename_font(QOH font, QOH descendant, const std::string& tagged) {
  QOH name = QOH::newName("/" + tagged);
  font.replaceKey("/BaseFont", name);
  if (descendant.isDictionary()) descendant.replaceKey("/BaseFont", name);
  QOH holder = descendant.isDictionary() ? descendant : font;
  QOH descriptor = holder.getKey("/FontDescriptor");
  if (descriptor.isDictionary()) descriptor.replaceKey("/FontName", name);
}

// Chinese text is set on the ideographic em box (0.88 above the baseline, 0.12 below), and
// that is the box a line of 仿宋 and a line of 黑体 must both report to text extractors.
// libharu copies each font's own hhea extents (WenQuanYi's reach 1.26 em), which makes lines
// in one face look taller than those in another.
void set_em_box_extents(QOH descendant) {
  QOH descriptor =
      descendant.isDictionary() ? descendant.getKey("/FontDescriptor") : QOH::newNull();
  if (!descriptor.isDictionary()) return;
  descriptor.replaceKey("/Ascent", QOH::newInteger(880));
  descriptor.replaceKey("/Descent", QOH::newInteger(-120));
}

// /W in its compact form: c [w1 w2 …] for each run of consecutive CIDs.
QOH widths_array(const FontSplice& s) {
  QOH w = QOH::newArray();
  QOH run;
  uint32_t next = UINT32_MAX;
  for (size_t i = 0; i < s.cid_to_gid.size(); ++i) {
    uint32_t cid = s.cid_to_gid[i].first;
    if (cid != next) {
      if (run.isInitialized()) w.appendItem(run);
      w.appendItem(QOH::newInteger(cid));
      run = QOH::newArray();
    }
    run.appendItem(QOH::newInteger(s.widths[i]));
    next = cid + 1;
  }
  if (run.isInitialized()) w.appendItem(run);
  return w;
}

// Puts the real subset where libharu embedded the one-glyph stand-in.
void splice_font(QPDF& pdf, QOH descendant, const FontSplice& s) {
  QOH descriptor = descendant.getKey("/FontDescriptor");
  QOH file = descriptor.getKey("/FontFile2");
  // Already compressed (and perhaps cached across documents): qpdf copies it as it is.
  file.replaceStreamData(s.font_deflated, QOH::newName("/FlateDecode"), QOH::newNull());
  file.getDict().replaceKey("/Length1",
                            QOH::newInteger(static_cast<long long>(s.font_bytes.size())));
  descendant.replaceKey("/CIDToGIDMap", pdf.newStream(cid_to_gid_stream(s)));
  descendant.replaceKey("/W", widths_array(s));
  descendant.replaceKey("/DW", QOH::newInteger(1000));
  QOH bbox = QOH::newArray();
  for (int v : s.bbox) bbox.appendItem(QOH::newInteger(v));
  descriptor.replaceKey("/FontBBox", bbox);
}

const FontSplice* splice_for(const std::vector<FontSplice>& splices, const std::string& name) {
  for (const auto& s : splices)
    if (s.base_name == name) return &s;
  return nullptr;
}

bool has_embedded_file(QOH font) {
  QOH d = font.getKey("/FontDescriptor");
  return d.isDictionary() &&
         (d.hasKey("/FontFile") || d.hasKey("/FontFile2") || d.hasKey("/FontFile3"));
}

bool fix_fonts(QPDF& pdf, const std::vector<FontSplice>& splices, Diagnostics& diags) {
  bool ok = true;
  for (QOH obj : pdf.getAllObjects()) {
    if (!obj.isDictionary() || !obj.getKey("/Type").isNameAndEquals("/Font")) continue;
    QOH base = obj.getKey("/BaseFont");
    std::string name = base.isName() ? strip_subset_tag(base.getName().substr(1)) : "";
    if (obj.getKey("/Subtype").isNameAndEquals("/Type0")) {
      QOH descendants = obj.getKey("/DescendantFonts");
      QOH desc = descendants.isArray() && descendants.getArrayNItems() == 1
                     ? descendants.getArrayItem(0)
                     : QOH::newNull();
      std::string why;
      std::vector<uint32_t> cids;
      if (!desc.isDictionary()) {
        why = "it has no descendant CIDFont";
      } else if (!obj.getKey("/Encoding").isNameAndEquals("/Identity-H")) {
        why = "its encoding is not Identity-H, so codes are not Unicode code points";
      } else {
        const FontSplice* splice = splice_for(splices, name);
        if (splice && has_embedded_file(desc)) splice_font(pdf, desc, *splice);
        used_cids(desc, cids, why);
      }
      if (!why.empty()) {
        diags.error(kWhere, "font " + name + ": cannot build its ToUnicode map: " + why,
                    "the writer must embed fonts with libharu's UTF-8 encoder");
        ok = false;
        continue;
      }
      std::string cmap = make_to_unicode_cmap(cids);
      QOH to_unicode = obj.getKey("/ToUnicode");
      if (to_unicode.isStream())
        to_unicode.replaceStreamData(cmap, QOH::newNull(), QOH::newNull());
      else
        obj.replaceKey("/ToUnicode", pdf.newStream(cmap));
      if (has_embedded_file(desc)) rename_font(obj, desc, subset_tag(name, cids) + "+" + name);
      set_em_box_extents(desc);
    } else if (has_embedded_file(obj)) {
      // Simple fonts: the code range stands in for the subset.
      std::vector<uint32_t> codes;
      QOH first = obj.getKey("/FirstChar"), last = obj.getKey("/LastChar");
      if (first.isInteger() && last.isInteger())
        for (long long c = first.getIntValue(); c <= last.getIntValue() && c < 256; ++c)
          codes.push_back(static_cast<uint32_t>(c));
      rename_font(obj, QOH::newNull(), subset_tag(name, codes) + "+" + name);
    }
  }
  return ok;
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

bool postprocess(const std::string& pdf_in, const DocumentInfo& info,
                 const std::vector<OutlineEntry>& outline, std::string& pdf_out, Diagnostics& diags,
                 const std::vector<FontSplice>& splices) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);  // collected below as diagnostics, never printed
    pdf.processMemoryFile("libharu output", pdf_in.data(), pdf_in.size());
    bool ok = fix_fonts(pdf, splices, diags);
    ok = set_info(pdf, info, diags) && ok;
    ok = set_outline(pdf, outline, diags) && ok;
    if (!ok) return false;

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setCompressStreams(true);
    // libharu already deflated its streams: copy them as they are and compress only the
    // streams this pass made (ToUnicode). Decoding and recompressing cost a fifth of a run.
    writer.setDecodeLevel(qpdf_dl_none);
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.setDeterministicID(true);  // /ID from the content, not the clock
    writer.write();
    for (const QPDFExc& w : pdf.getWarnings())
      diags.warning(kWhere, std::string("qpdf: ") + w.what(),
                    "the PDF from libharu looks damaged; check the writer");
    std::shared_ptr<Buffer> buf = writer.getBufferSharedPointer();
    pdf_out.assign(reinterpret_cast<const char*>(buf->getBuffer()), buf->getSize());
    return true;
  } catch (const std::exception& e) {
    diags.error(kWhere, std::string("cannot rewrite the PDF: ") + e.what(),
                "the PDF from libharu is unreadable; check the writer");
    return false;
  }
}

}  // namespace docpipe::pdf
