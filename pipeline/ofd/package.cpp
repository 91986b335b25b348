#include "ofd/package.h"

#include <zip.h>

#include <cstdint>
#include <cstdio>

namespace docpipe::ofd {

namespace {

// DOS date (bits: year-1980 << 9 | month << 5 | day) from "YYYY-MM-DD"; 1980-01-01 when
// absent or out of the format's range.
uint16_t dos_date(const std::string& date) {
  int y = 0, m = 0, d = 0;
  if (date.size() == 10 && std::sscanf(date.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3 && y >= 1980 &&
      y <= 2107 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
    return static_cast<uint16_t>((y - 1980) << 9 | m << 5 | d);
  return static_cast<uint16_t>(1 << 5 | 1);
}

struct ZipError {
  zip_error_t e;
  ZipError() { zip_error_init(&e); }
  ~ZipError() { zip_error_fini(&e); }
  std::string text() { return zip_error_strerror(&e); }
};

// Adds one deflated entry whose bytes stay owned by `part` until zip_close(). Level 1: the
// fonts are most of the bytes and are deflated anew for every document; level 6 made the
// package 10% smaller at three times the cost (bench/OFD.md).
bool add_entry(zip_t* za, const Part& part, uint16_t date, std::string& why) {
  zip_source_t* src = zip_source_buffer(za, part.bytes.data(), part.bytes.size(), 0);
  if (!src) return why = zip_strerror(za), false;
  zip_int64_t index = zip_file_add(za, part.path.c_str(), src, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(src);
    return why = zip_strerror(za), false;
  }
  auto i = static_cast<zip_uint64_t>(index);
  if (zip_set_file_compression(za, i, ZIP_CM_DEFLATE, 1) != 0 ||
      zip_file_set_dostime(za, i, 0, date, 0) != 0)
    return why = zip_strerror(za), false;
  return true;
}

// The archive libzip wrote into `src`, read back as bytes.
bool read_source(zip_source_t* src, std::string& out, std::string& why) {
  zip_stat_t st;
  if (zip_source_open(src) != 0) return why = zip_error_strerror(zip_source_error(src)), false;
  zip_stat_init(&st);
  bool ok = zip_source_stat(src, &st) == 0 && (st.valid & ZIP_STAT_SIZE);
  if (ok) {
    out.assign(st.size, '\0');
    ok = zip_source_read(src, out.data(), st.size) == static_cast<zip_int64_t>(st.size);
  }
  if (!ok) why = zip_error_strerror(zip_source_error(src));
  zip_source_close(src);
  return ok;
}

}  // namespace

bool zip_package(const std::vector<Part>& parts, const std::string& date, std::string& out,
                 Diagnostics& diags) {
  ZipError err;
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err.e);
  if (!buffer) {
    diags.error({}, "could not start the OFD package: " + err.text());
    return false;
  }
  zip_source_keep(buffer);  // zip_close() would free it; its bytes are the result
  zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, &err.e);
  if (!za) {
    zip_source_free(buffer);
    diags.error({}, "could not start the OFD package: " + err.text());
    return false;
  }
  std::string why;
  uint16_t day = dos_date(date);
  for (const auto& part : parts) {
    if (!add_entry(za, part, day, why)) {
      zip_discard(za);
      zip_source_free(buffer);
      diags.error({part.path}, "could not add this part to the OFD package: " + why);
      return false;
    }
  }
  bool ok = zip_close(za) == 0;
  if (!ok) {
    why = zip_strerror(za);
    zip_discard(za);
  } else {
    ok = read_source(buffer, out, why);
  }
  zip_source_free(buffer);
  if (!ok) diags.error({}, "could not write the OFD package: " + why);
  return ok;
}

}  // namespace docpipe::ofd
