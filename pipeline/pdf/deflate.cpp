#include "pdf/deflate.h"

#include <libdeflate.h>

#include <memory>
#include <new>

namespace docpipe::pdf {
namespace {

struct CompressorDeleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// Level 6: level 9 and above cost 3-10× the time for 1-2 % smaller fonts.
libdeflate_compressor* compressor() {
  thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> c(
      libdeflate_alloc_compressor(6));
  if (!c) throw std::bad_alloc();
  return c.get();
}

}  // namespace

std::string deflate_bytes(const std::string& bytes) {
  libdeflate_compressor* c = compressor();
  std::string out(libdeflate_zlib_compress_bound(c, bytes.size()), '\0');
  size_t n = libdeflate_zlib_compress(c, bytes.data(), bytes.size(), out.data(), out.size());
  out.resize(n);
  return out;
}

}  // namespace docpipe::pdf
