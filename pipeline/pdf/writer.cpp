#include "pdf/writer.h"

#include <hpdf.h>

#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <tuple>

#include "layout/geometry.h"
#include "layout/glyphs.h"
#include "pdf/font_file.h"
#include "pdf/font_splice.h"
#include "pdf/subset.h"

namespace docpipe::pdf {

namespace {

// libharu reports errors through a callback; keep the first one for the message.
struct HaruError {
  HPDF_STATUS code = 0;
  HPDF_STATUS detail = 0;
};

void on_haru_error(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
  auto* e = static_cast<HaruError*>(user);
  if (e->code == 0) e->code = code, e->detail = detail;
}

struct HaruDoc {
  HPDF_Doc doc;
  explicit HaruDoc(HaruError* e) : doc(HPDF_New(on_haru_error, e)) {}
  ~HaruDoc() {
    if (doc) HPDF_Free(doc);
  }
};

std::string haru_message(const HaruError& e) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "libharu error 0x%04X (detail %u)", static_cast<unsigned>(e.code),
                static_cast<unsigned>(e.detail));
  return buf;
}

// A one-glyph subset of a face, made once per process: what libharu is given to embed.
const std::string* stand_in(fonts::FontSet& fonts, fonts::FaceId face, uint32_t fallback_cp,
                            Diagnostics& diags) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, unsigned>, std::string> cache;
  const auto& file = fonts.face(face).file;
  // The space is in every font we use and keeps the stand-in the same for every document.
  uint32_t cp = fonts.has_glyph(face, U' ') ? U' ' : fallback_cp;
  std::lock_guard<std::mutex> lock(mutex);
  auto key = std::make_pair(file.path, cp == U' ' ? file.index : file.index + 0x10000 * cp);
  auto it = cache.find(key);
  if (it != cache.end()) return &it->second;
  SubsetFont one;
  if (!subset_font(file.path, file.index, {cp}, one, diags)) return nullptr;
  return &cache.emplace(key, std::move(one.bytes)).first->second;
}

// The real subset of a face for exactly these code points, subset and compressed once per
// process: the copies of a per-unit batch mostly use the same characters. The result does
// not depend on what was cached, so output stays byte-identical.
bool real_subset(const fonts::FontFile& file, const std::string& name,
                 const std::vector<uint32_t>& cps, FontSplice& out, Diagnostics& diags) {
  static std::mutex mutex;
  static std::map<std::tuple<std::string, unsigned, std::vector<uint32_t>>, FontSplice> cache;
  auto key = std::make_tuple(file.path, file.index, cps);
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(key);
    if (it != cache.end() && it->second.base_name == name) {
      out = it->second;
      return true;
    }
  }
  SubsetFont subset;
  if (!subset_font(file.path, file.index, cps, subset, diags)) return false;
  if (!make_splice(name, subset.bytes, cps, out, diags)) return false;
  std::lock_guard<std::mutex> lock(mutex);
  if (cache.size() >= 16) cache.clear();  // a batch reuses a few sets; a long run stays small
  cache.emplace(std::move(key), out);
  return true;
}

// Subsets each face the layout uses and gives libharu its stand-in; returns face id →
// libharu font, and what the post-pass must splice in.
bool load_fonts(HPDF_Doc doc, const layout::Layout& layout, fonts::FontSet& fonts,
                std::map<fonts::FaceId, HPDF_Font>& out, std::vector<FontSplice>& splices,
                Diagnostics& diags) {
  std::map<fonts::FaceId, std::set<uint32_t>> used;
  for (const auto& page : layout.pages)
    for (const auto& run : page.runs)
      for (char32_t c : layout::decode_utf8(run.text)) used[run.face].insert(c);
  for (const auto& [face, cp_set] : used) {
    const auto& file = fonts.face(face).file;
    std::vector<uint32_t> cps(cp_set.begin(), cp_set.end());
    const std::string* stub = stand_in(fonts, face, cps.front(), diags);
    FontFile handle;
    if (!stub || !handle.open(*stub, diags)) return false;
    const char* name = HPDF_LoadTTFontFromFile(doc, handle.path().c_str(), HPDF_TRUE);
    if (!name) {
      diags.error({file.path}, "libharu could not load the subset of this font");
      return false;
    }
    out[face] = HPDF_GetFont(doc, name, "UTF-8");
    if (!out[face]) return false;
    splices.emplace_back();
    if (!real_subset(file, name, cps, splices.back(), diags)) return false;
  }
  return true;
}

void draw_page(HPDF_Page page, const layout::Page& p,
               const std::map<fonts::FaceId, HPDF_Font>& fonts, double height) {
  for (const auto& b : p.boxes) {
    HPDF_Page_SetRGBFill(page, b.color.r, b.color.g, b.color.b);
    HPDF_Page_Rectangle(page, b.x, height - b.y - b.h, b.w, b.h);
    HPDF_Page_Fill(page);
  }
  for (const auto& r : p.rules) {
    HPDF_Page_SetRGBStroke(page, r.color.r, r.color.g, r.color.b);
    HPDF_Page_SetLineWidth(page, r.width);
    HPDF_Page_MoveTo(page, r.x0, height - r.y0);
    HPDF_Page_LineTo(page, r.x1, height - r.y1);
    HPDF_Page_Stroke(page);
  }
  if (p.runs.empty()) return;
  HPDF_Page_BeginText(page);
  layout::Color color{-1, -1, -1};
  for (const auto& run : p.runs) {
    if (!(run.color == color)) {
      HPDF_Page_SetRGBFill(page, run.color.r, run.color.g, run.color.b);
      color = run.color;
    }
    HPDF_Page_SetFontAndSize(page, fonts.at(run.face), run.size);
    HPDF_Page_SetCharSpace(page, run.char_space);
    HPDF_Page_TextOut(page, run.x, height - run.y, run.text.c_str());
  }
  HPDF_Page_EndText(page);
}

// Draws every page and has libharu serialise the document into `raw`.
bool draw_and_save(HPDF_Doc doc, const layout::Layout& layout,
                   const std::map<fonts::FaceId, HPDF_Font>& fonts, std::string& raw) {
  const double width = 210 * layout::mm, height = 297 * layout::mm;
  for (const auto& p : layout.pages) {
    HPDF_Page page = HPDF_AddPage(doc);
    HPDF_Page_SetWidth(page, width);
    HPDF_Page_SetHeight(page, height);
    draw_page(page, p, fonts, height);
  }
  if (HPDF_SaveToStream(doc) != HPDF_OK) return false;
  HPDF_ResetStream(doc);
  raw.assign(HPDF_GetStreamSize(doc), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(raw.size());
  HPDF_ReadFromStream(doc, reinterpret_cast<HPDF_BYTE*>(raw.data()), &size);
  raw.resize(size);
  return true;
}

std::vector<OutlineEntry> outline_entries(const layout::Layout& layout, double height) {
  std::vector<OutlineEntry> out;
  for (const auto& b : layout.outline) out.push_back({b.title, b.level, b.page, height - b.y});
  return out;
}

}  // namespace

bool write_pdf(const layout::Layout& layout, fonts::FontSet& fonts, std::string& out,
               Diagnostics& diags, Timings* timings) {
  const layout::Metadata& m = layout.metadata;
  const DocumentInfo info{m.title, m.author, m.subject, m.keywords, m.creator, m.date};
  HaruError err;
  HaruDoc haru(&err);
  if (!haru.doc) {
    diags.error({}, "libharu could not start (out of memory?)");
    return false;
  }
  HPDF_Doc doc = haru.doc;
  // Uncompressed: the post-pass deflates what it keeps, once; libharu's 128 KB CIDToGIDMap
  // per font is replaced there and never compressed at all.
  HPDF_SetCompressionMode(doc, HPDF_COMP_NONE);
  HPDF_UseUTFEncodings(doc);
  HPDF_SetCurrentEncoder(doc, "UTF-8");
  std::map<fonts::FaceId, HPDF_Font> haru_fonts;
  std::vector<FontSplice> splices;
  {
    StageTimer timer(timings, "subset");
    if (!load_fonts(doc, layout, fonts, haru_fonts, splices, diags)) {
      if (err.code) diags.error({}, "could not embed a font: " + haru_message(err));
      return false;
    }
  }
  const double height = 297 * layout::mm;
  std::string raw;
  {
    StageTimer timer(timings, "draw");
    if (!draw_and_save(doc, layout, haru_fonts, raw) || err.code) {
      diags.error({}, "could not write the PDF: " + haru_message(err));
      return false;
    }
  }
  StageTimer timer(timings, "postpass");
  return postprocess(raw, info, outline_entries(layout, height), out, diags, splices);
}

}  // namespace docpipe::pdf
