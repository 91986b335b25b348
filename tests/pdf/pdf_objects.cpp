// qpdf 11: std::shared_ptr everywhere, no PointerHolder (silences its #warning).
#define POINTERHOLDER_TRANSITION 4
#include "pdf/pdf_objects.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <regex>
#include <sstream>

namespace docpipe::pdf::test {
namespace {

using QOH = QPDFObjectHandle;

std::string bytes_of(QOH stream) {
  auto b = stream.getStreamData(qpdf_dl_generalized);
  return std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
}

std::u32string utf16(const std::string& hex) {
  std::u32string out;
  for (size_t i = 0; i + 4 <= hex.size(); i += 4) {
    char32_t u = static_cast<char32_t>(std::stoul(hex.substr(i, 4), nullptr, 16));
    if (u >= 0xD800 && u <= 0xDBFF && i + 8 <= hex.size()) {
      char32_t low = static_cast<char32_t>(std::stoul(hex.substr(i + 4, 4), nullptr, 16));
      u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
      i += 4;
    }
    out += u;
  }
  return out;
}

std::map<uint32_t, std::u32string> parse_to_unicode(const std::string& whole) {
  std::map<uint32_t, std::u32string> out;
  std::string cmap = whole.substr(whole.find("endcodespacerange"));  // past <0000> <FFFF>
  static const std::regex range(R"(<([0-9A-F]{4})> <([0-9A-F]{4})> <([0-9A-F]+)>)");
  static const std::regex single(R"(<([0-9A-F]{4})> <([0-9A-F]+)>)");
  std::istringstream lines(cmap);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_match(line, m, range)) {
      uint32_t lo = std::stoul(m[1], nullptr, 16), hi = std::stoul(m[2], nullptr, 16);
      std::u32string first = utf16(m[3]);
      for (uint32_t c = lo; c <= hi; ++c) out[c] = std::u32string(1, first[0] + (c - lo));
    } else if (std::regex_match(line, m, single)) {
      out[std::stoul(m[1], nullptr, 16)] = utf16(m[2]);
    }
  }
  return out;
}

std::map<uint32_t, int> parse_widths(QOH w) {
  std::map<uint32_t, int> out;
  for (int i = 0; i + 1 < w.getArrayNItems(); i += 2) {
    uint32_t first = static_cast<uint32_t>(w.getArrayItem(i).getIntValue());
    auto run = w.getArrayItem(i + 1);
    for (int k = 0; k < run.getArrayNItems(); ++k)
      out[first + k] = static_cast<int>(run.getArrayItem(k).getIntValue());
  }
  return out;
}

}  // namespace

std::vector<FontSeen> fonts_of(const std::string& pdf_bytes) {
  QPDF pdf;
  pdf.processMemoryFile("test", pdf_bytes.data(), pdf_bytes.size());
  std::vector<FontSeen> out;
  for (auto obj : pdf.getAllObjects()) {
    if (!obj.isDictionary() || !obj.getKey("/Subtype").isNameAndEquals("/Type0")) continue;
    FontSeen f;
    QOH cid = obj.getKey("/DescendantFonts").getArrayItem(0);
    QOH desc = cid.getKey("/FontDescriptor");
    f.base_font = obj.getKey("/BaseFont").getName();
    f.subtype = cid.getKey("/Subtype").getName();
    f.file_key = desc.hasKey("/FontFile2") ? "/FontFile2" : "/FontFile3";
    QOH file = desc.getKey(f.file_key);
    if (file.getDict().hasKey("/Subtype"))
      f.file_subtype = file.getDict().getKey("/Subtype").getName();
    f.program = bytes_of(file);
    f.to_unicode = parse_to_unicode(bytes_of(obj.getKey("/ToUnicode")));
    f.widths = parse_widths(cid.getKey("/W"));
    QOH map = cid.getKey("/CIDToGIDMap");
    if (map.isName()) f.cid_to_gid = map.getName();
    out.push_back(f);
  }
  return out;
}

std::vector<uint32_t> codes_shown(const std::string& pdf_bytes) {
  QPDF pdf;
  pdf.processMemoryFile("test", pdf_bytes.data(), pdf_bytes.size());
  std::vector<uint32_t> out;
  static const std::regex shown(R"(<([0-9A-F]*)> Tj)");
  for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    std::string content = bytes_of(page.getObjectHandle().getKey("/Contents"));
    for (std::sregex_iterator it(content.begin(), content.end(), shown), end; it != end; ++it) {
      std::string hex = (*it)[1];
      for (size_t i = 0; i + 4 <= hex.size(); i += 4)
        out.push_back(std::stoul(hex.substr(i, 4), nullptr, 16));
    }
  }
  return out;
}

}  // namespace docpipe::pdf::test
