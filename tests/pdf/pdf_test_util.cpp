#include "pdf/pdf_test_util.h"

#include <hb.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/diagnostics.h"
#include "fonts/font_set.h"
#include "layout/geometry.h"
#include "layout/page_model.h"
#include "pdf/writer.h"

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
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
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

bool make_pdf(const std::vector<FaceSpec>& faces, const std::vector<Line>& lines, int pages,
              const DocumentInfo& info, const std::vector<Mark>& outline, std::string& pdf,
              std::string& error) {
  fonts::FontConfig config;
  for (size_t f = 0; f < faces.size() && f < fonts::role_count; ++f)
    config.roles[static_cast<fonts::Role>(f)] = {{"", "", {faces[f].path, faces[f].index, ""}}};
  Diagnostics diags;
  auto set = fonts::FontSet::open(config, diags);
  if (!set) {
    error = diags.format_all();
    return false;
  }
  const double height = 297 * layout::mm;
  layout::Layout layout;
  layout.pages.resize(static_cast<size_t>(pages));
  for (const Line& l : lines) {
    layout::GlyphRun run;
    run.face = set->role_face(static_cast<fonts::Role>(l.face));
    run.size = l.size;
    run.x = l.x;
    run.y = height - l.y;
    run.text = l.text;
    layout.pages.at(static_cast<size_t>(l.page)).runs.push_back(run);
  }
  for (const Mark& m : outline) layout.outline.push_back({m.title, m.level, m.page, height - m.y});
  layout.metadata = {info.title, info.author, info.subject, info.keywords, info.creator, info.date};
  bool ok = write_pdf(layout, *set, pdf, diags);
  error.clear();
  for (const auto& d : diags.items())  // notes (a 仿宋 stand-in) are not findings here
    if (d.severity != Severity::note) error += format_diagnostic(d) + "\n";
  return ok;
}

}  // namespace docpipe::pdf::test
