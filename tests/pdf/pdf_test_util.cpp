#include "pdf/pdf_test_util.h"

#include <hb.h>
#include <hpdf.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/diagnostics.h"
#include "pdf/font_file.h"
#include "pdf/subset.h"

namespace docpipe::pdf::test {

RunResult run(const std::string& command) {
  TempDir dir;
  std::string out = dir.file("out"), err = dir.file("err");
  int rc = std::system((command + " >" + out + " 2>" + err).c_str());
  RunResult r;
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

TempDir::TempDir() {
  std::string templ = (std::filesystem::temp_directory_path() / "docpipe-pdf-test-XXXXXX").string();
  if (mkdtemp(templ.data())) path_ = templ;
}

TempDir::~TempDir() {
  std::error_code ec;
  if (!path_.empty()) std::filesystem::remove_all(path_, ec);
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<uint32_t> code_points(const std::string& utf8) {
  std::set<uint32_t> cps;
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < len && i + k < utf8.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    cps.insert(cp);
    i += len;
  }
  return {cps.begin(), cps.end()};
}

std::string utf8(uint32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

std::vector<uint32_t> ideographs_in(const std::string& font_path, size_t n) {
  hb_blob_t* blob = hb_blob_create_from_file(font_path.c_str());
  hb_face_t* face = hb_face_create(blob, 0);
  hb_set_t* have = hb_set_create();
  hb_face_collect_unicodes(face, have);
  std::vector<uint32_t> cps;
  for (uint32_t cp = 0x4E00; cp < 0x9FA6 && cps.size() < n; cp += 37)
    if (hb_set_has(have, cp)) cps.push_back(cp);
  hb_set_destroy(have);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return cps;
}

std::string without_space(const std::string& s) {
  std::string r;
  for (char c : s)
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') r += c;
  return r;
}

namespace {

void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
  auto* msg = static_cast<std::string*>(user);
  if (msg->empty()) {
    char buf[64];
    snprintf(buf, sizeof buf, "libharu error 0x%04X detail %u", static_cast<unsigned>(error),
             static_cast<unsigned>(detail));
    *msg = buf;
  }
}

}  // namespace

bool make_pdf(const std::vector<FaceSpec>& faces, const std::vector<Line>& lines, int pages,
              std::string& pdf_bytes, std::string& error) {
  error.clear();
  HPDF_Doc pdf = HPDF_New(on_error, &error);
  if (!pdf) return false;
  HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(pdf);
  HPDF_SetCurrentEncoder(pdf, "UTF-8");

  std::vector<HPDF_Font> fonts;
  for (size_t f = 0; f < faces.size(); ++f) {
    std::string text;
    for (const Line& l : lines)
      if (l.face == f) text += l.text;
    SubsetFont subset;
    Diagnostics diags;
    FontFile file;
    if (!subset_font(faces[f].path, faces[f].index, code_points(text), subset, diags) ||
        !file.open(subset.bytes, diags)) {
      error = diags.format_all();
      HPDF_Free(pdf);
      return false;
    }
    // The FontFile dies at the end of this iteration, before saving: libharu keeps its own
    // handle open (checked by this test working at all).
    const char* name = HPDF_LoadTTFontFromFile(pdf, file.path().c_str(), HPDF_TRUE);
    HPDF_Font font = name ? HPDF_GetFont(pdf, name, "UTF-8") : nullptr;
    if (!font) {
      error = "cannot load subset of " + faces[f].path + ": " + error;
      HPDF_Free(pdf);
      return false;
    }
    fonts.push_back(font);
  }

  std::vector<HPDF_Page> page_list;
  for (int p = 0; p < pages; ++p) {
    HPDF_Page page = HPDF_AddPage(pdf);
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    page_list.push_back(page);
  }
  for (const Line& l : lines) {
    HPDF_Page page = page_list.at(static_cast<size_t>(l.page));
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, fonts.at(l.face), l.size);
    HPDF_Page_TextOut(page, l.x, l.y, l.text.c_str());
    HPDF_Page_EndText(page);
  }

  if (HPDF_SaveToStream(pdf) == HPDF_OK) {
    HPDF_UINT32 size = HPDF_GetStreamSize(pdf);
    pdf_bytes.assign(size, '\0');
    HPDF_ResetStream(pdf);
    HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(pdf_bytes.data()), &size);
    pdf_bytes.resize(size);
  }
  HPDF_Free(pdf);
  return error.empty();
}

}  // namespace docpipe::pdf::test
