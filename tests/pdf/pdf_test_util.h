// Helpers for the pdf stage tests: temp dirs, running the PDF tools, a tiny libharu document.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

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
std::string utf8(uint32_t cp);  // BMP only
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
  float x, y, size;  // PDF points
  std::string text;  // UTF-8
};
// Subsets each face to the characters its lines use, loads the subsets into libharu through
// FontFile, draws the lines and returns libharu's PDF bytes. `error` explains a failure.
bool make_pdf(const std::vector<FaceSpec>& faces, const std::vector<Line>& lines, int pages,
              std::string& pdf, std::string& error);

}  // namespace docpipe::pdf::test
