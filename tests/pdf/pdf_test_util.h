// Helpers for the pdf stage tests: temp dirs, running the PDF tools, a small document through the
// real writer.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "pdf/document.h"

namespace docpipe::pdf::test {

struct RunResult {
  int status = -1;
  std::string out, err;
};
// Runs a shell command, capturing stdout and stderr separately.
RunResult run(const std::string& command);

// A fresh directory under TMPDIR, removed with its contents on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

void write_file(const std::string& path, const std::string& bytes);
std::string read_file(const std::string& path);
std::vector<uint32_t> code_points(const std::string& utf8);  // unique, sorted
std::string without_space(const std::string& s);
std::string utf8(uint32_t cp);
// `n` distinct ideographs face 0 of `font_path` has, spread over the URO block (every 37th
// code point), like the characters of a page of body text.
std::vector<uint32_t> ideographs_in(const std::string& font_path, size_t n);

struct FaceSpec {
  std::string path;
  unsigned index = 0;
};
struct Line {
  size_t face;       // index into the faces given to make_pdf
  int page;          // 0-based
  float x, y, size;  // PDF points (y from the page bottom: the baseline)
  std::string text;  // UTF-8
};
struct Mark {
  std::string title;
  int level;
  int page;
  double y;  // PDF points from the page bottom
};
// Opens the faces (at most five: they are given the five roles in order), draws the lines on
// `pages` A4 pages through the real writer (write_pdf) and returns the PDF bytes, or false with
// the diagnostics in `error`.
bool make_pdf(const std::vector<FaceSpec>& faces, const std::vector<Line>& lines, int pages,
              const DocumentInfo& info, const std::vector<Mark>& outline, std::string& pdf,
              std::string& error);

}  // namespace docpipe::pdf::test
