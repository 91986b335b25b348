// libharu 2.3.0 loads fonts only from a path; this hands it bytes held in memory.
#pragma once
#include <string>

#include "core/diagnostics.h"

namespace docpipe::pdf {

// Owns a readable file holding some bytes for as long as it lives: an anonymous memfd seen as
// "/proc/self/fd/N" when the kernel has memfd_create, else a temp file that is unlinked when
// this object dies. Move-only. path() is valid only while the object is alive. libharu 2.3.0
// fopen()s the font once in HPDF_LoadTTFontFromFile and keeps that FILE until HPDF_Free (it
// reads the glyphs again when saving), so the object may die right after the load call.
class FontFile {
 public:
  FontFile() = default;
  ~FontFile();
  FontFile(FontFile&& other) noexcept;
  FontFile& operator=(FontFile&& other) noexcept;
  FontFile(const FontFile&) = delete;
  FontFile& operator=(const FontFile&) = delete;

  // Writes `bytes` into a new file; on failure reports an error and leaves *this empty.
  bool open(const std::string& bytes, Diagnostics& diags);
  const std::string& path() const { return path_; }
  bool is_open() const { return !path_.empty(); }

 private:
  void close();
  int fd_ = -1;            // memfd kept open: the /proc path lives as long as it does
  std::string path_;       // what to hand to libharu
  std::string temp_path_;  // non-empty only for the temp-file fallback, unlinked on close
};

}  // namespace docpipe::pdf
