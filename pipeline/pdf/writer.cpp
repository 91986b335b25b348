#include "pdf/writer.h"

#include <hpdf.h>

#include <cstdio>
#include <map>
#include <memory>
#include <set>

#include "layout/geometry.h"
#include "layout/glyphs.h"
#include "pdf/font_file.h"
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

// Subsets and loads each face the layout uses; returns face id → libharu font.
bool load_fonts(HPDF_Doc doc, const layout::Layout& layout, fonts::FontSet& fonts,
                std::map<fonts::FaceId, HPDF_Font>& out, Diagnostics& diags) {
  std::map<fonts::FaceId, std::set<uint32_t>> used;
  for (const auto& page : layout.pages)
    for (const auto& run : page.runs)
      for (char32_t c : layout::decode_utf8(run.text)) used[run.face].insert(c);
  for (const auto& [face, cps] : used) {
    const auto& file = fonts.face(face).file;
    SubsetFont subset;
    if (!subset_font(file.path, file.index, std::vector<uint32_t>(cps.begin(), cps.end()), subset,
                     diags))
      return false;
    FontFile handle;
    if (!handle.open(subset.bytes, diags)) return false;
    const char* name = HPDF_LoadTTFontFromFile(doc, handle.path().c_str(), HPDF_TRUE);
    if (!name) {
      diags.error({file.path}, "libharu could not load the subset of this font");
      return false;
    }
    out[face] = HPDF_GetFont(doc, name, "UTF-8");
    if (!out[face]) return false;
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

std::vector<OutlineEntry> outline_entries(const layout::Layout& layout, double height) {
  std::vector<OutlineEntry> out;
  for (const auto& b : layout.outline) out.push_back({b.title, b.level, b.page, height - b.y});
  return out;
}

}  // namespace

bool write_pdf(const layout::Layout& layout, fonts::FontSet& fonts, const DocumentInfo& info,
               std::string& out, Diagnostics& diags, Timings* timings) {
  HaruError err;
  HaruDoc haru(&err);
  if (!haru.doc) {
    diags.error({}, "libharu could not start (out of memory?)");
    return false;
  }
  HPDF_Doc doc = haru.doc;
  HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc);
  HPDF_SetCurrentEncoder(doc, "UTF-8");
  std::map<fonts::FaceId, HPDF_Font> haru_fonts;
  {
    StageTimer timer(timings, "subset");
    if (!load_fonts(doc, layout, fonts, haru_fonts, diags)) {
      if (err.code) diags.error({}, "could not embed a font: " + haru_message(err));
      return false;
    }
  }
  StageTimer draw_timer(timings, "draw");
  const double width = 210 * layout::mm, height = 297 * layout::mm;
  for (const auto& p : layout.pages) {
    HPDF_Page page = HPDF_AddPage(doc);
    HPDF_Page_SetWidth(page, width);
    HPDF_Page_SetHeight(page, height);
    draw_page(page, p, haru_fonts, height);
  }
  if (err.code || HPDF_SaveToStream(doc) != HPDF_OK) {
    diags.error({}, "could not write the PDF: " + haru_message(err));
    return false;
  }
  HPDF_ResetStream(doc);
  std::string raw(HPDF_GetStreamSize(doc), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(raw.size());
  HPDF_ReadFromStream(doc, reinterpret_cast<HPDF_BYTE*>(raw.data()), &size);
  raw.resize(size);
  StageTimer timer(timings, "postpass");
  return postprocess(raw, info, outline_entries(layout, height), out, diags);
}

}  // namespace docpipe::pdf
