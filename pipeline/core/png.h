// PNG images (a document's 印章): decoded once with libpng's simplified API into 8-bit RGB and
// alpha, whatever the file's colour type, bit depth or interlacing, so every back-end that
// needs pixels (the PDF's image XObject and its SMask) gets the same ones.
#pragma once
#include <optional>
#include <string>

namespace docpipe {

struct Raster {
  int width = 0, height = 0;
  std::string rgb;    // width × height × 3 bytes, rows top to bottom
  std::string alpha;  // width × height bytes; empty when every pixel is opaque
};

// Pixel dimensions from the IHDR chunk, without decoding; false if `bytes` is no PNG.
bool png_size(const std::string& bytes, int& width, int& height);

// Decodes the PNG file `bytes`. On a damaged or unreadable file, or one larger than
// `max_pixels`, returns nothing and says why in `why` (libpng's words, or the size).
std::optional<Raster> decode_png(const std::string& bytes, std::string& why,
                                 long long max_pixels = 4096LL * 4096);

}  // namespace docpipe
