#include "docx/package.h"

#include <zip.h>

#include <memory>

namespace docpipe::docx {
namespace {

// The DOS epoch, 1980-01-01 00:00:00: day 1, month 1, year 0 (since 1980); time 0.
constexpr zip_uint16_t dos_date = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t dos_time = 0;

bool fail(Diagnostics& diags, const std::string& what, const std::string& detail) {
  diags.error({}, "cannot write the Word package: " + what + ": " + detail,
              "this is a bug in docpipe; please report it with the input");
  return false;
}

// Reads the finished archive out of the in-memory source.
bool read_back(zip_source_t* src, std::string& out, Diagnostics& diags) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(src, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
    return fail(diags, "stat", zip_error_strerror(zip_source_error(src)));
  if (zip_source_open(src) != 0)
    return fail(diags, "reopen", zip_error_strerror(zip_source_error(src)));
  out.resize(st.size);
  zip_int64_t n = zip_source_read(src, out.data(), st.size);
  zip_source_close(src);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size)
    return fail(diags, "read back", zip_error_strerror(zip_source_error(src)));
  return true;
}

bool add_part(zip_t* za, const Part& p, Diagnostics& diags) {
  zip_source_t* s = zip_source_buffer(za, p.bytes.data(), p.bytes.size(), 0);
  if (!s) return fail(diags, p.name, zip_strerror(za));
  zip_int64_t idx = zip_file_add(za, p.name.c_str(), s, ZIP_FL_ENC_UTF_8);
  if (idx < 0) {
    zip_source_free(s);
    return fail(diags, p.name, zip_strerror(za));
  }
  auto i = static_cast<zip_uint64_t>(idx);
  if (zip_set_file_compression(za, i, ZIP_CM_DEFLATE, 9) != 0 ||
      zip_file_set_dostime(za, i, dos_time, dos_date, 0) != 0)
    return fail(diags, p.name, zip_strerror(za));
  return true;
}

}  // namespace

bool zip_package(const std::vector<Part>& parts, std::string& out, Diagnostics& diags) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!src) return fail(diags, "buffer", zip_error_strerror(&err));
  std::unique_ptr<zip_source_t, void (*)(zip_source_t*)> keep(src, zip_source_free);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  if (!za) return fail(diags, "open", zip_error_strerror(&err));
  zip_source_keep(src);  // the archive frees its reference on close; ours reads the bytes
  for (const auto& p : parts) {
    if (!add_part(za, p, diags)) {
      zip_discard(za);
      return false;
    }
  }
  if (zip_close(za) != 0) {
    std::string why = zip_strerror(za);
    zip_discard(za);
    return fail(diags, "close", why);
  }
  return read_back(src, out, diags);
}

}  // namespace docpipe::docx
