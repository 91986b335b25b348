#include "core/png.h"

#include <png.h>

#include <cstring>

namespace docpipe {

namespace {

const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

int be32(const std::string& s, size_t at) {
  auto b = [&](size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(s[at + i])); };
  unsigned v = b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3);
  return v > 0x7fffffffu ? -1 : static_cast<int>(v);
}

}  // namespace

bool png_size(const std::string& bytes, int& width, int& height) {
  // Signature, then the IHDR chunk: length (4), "IHDR", width (4), height (4).
  if (bytes.size() < 24 || std::memcmp(bytes.data(), signature, 8) != 0 ||
      bytes.compare(12, 4, "IHDR") != 0)
    return false;
  width = be32(bytes, 16);
  height = be32(bytes, 20);
  return width > 0 && height > 0;
}

std::optional<Raster> decode_png(const std::string& bytes, std::string& why, long long max_pixels) {
  int w = 0, h = 0;
  if (!png_size(bytes, w, h)) {
    why = "not a PNG file (no PNG signature and header)";
    return std::nullopt;
  }
  if (static_cast<long long>(w) * h > max_pixels) {
    why = std::to_string(w) + " × " + std::to_string(h) + " pixels is more than the " +
          std::to_string(max_pixels) + " a seal needs";
    return std::nullopt;
  }
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  // The simplified API reports through image.message and never longjmps into our frames.
  if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) {
    why = image.message;
    return std::nullopt;
  }
  image.format = PNG_FORMAT_RGBA;
  std::string rgba(PNG_IMAGE_SIZE(image), '\0');
  if (!png_image_finish_read(&image, nullptr, rgba.data(), 0, nullptr)) {
    why = image.message;
    png_image_free(&image);
    return std::nullopt;
  }
  Raster r;
  r.width = static_cast<int>(image.width);
  r.height = static_cast<int>(image.height);
  const size_t pixels = static_cast<size_t>(r.width) * r.height;
  r.rgb.resize(pixels * 3);
  r.alpha.resize(pixels);
  bool opaque = true;
  for (size_t i = 0; i < pixels; ++i) {
    std::memcpy(&r.rgb[i * 3], &rgba[i * 4], 3);
    r.alpha[i] = rgba[i * 4 + 3];
    opaque = opaque && static_cast<unsigned char>(r.alpha[i]) == 255;
  }
  if (opaque) r.alpha.clear();
  return r;
}

}  // namespace docpipe
