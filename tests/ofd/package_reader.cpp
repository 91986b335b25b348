#include "ofd/package_reader.h"

#include <zip.h>

namespace ofdtest {

bool read_package(const std::string& bytes, std::vector<Entry>& out, std::string& error) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  zip_t* za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err) : nullptr;
  if (!za) {
    error = zip_error_strerror(&err);
    if (src) zip_source_free(src);
    zip_error_fini(&err);
    return false;
  }
  zip_error_fini(&err);
  zip_int64_t n = zip_get_num_entries(za, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_file_t* f = nullptr;
    if (zip_stat_index(za, i, 0, &st) != 0 || !(f = zip_fopen_index(za, i, 0))) {
      error = zip_strerror(za);
      zip_discard(za);
      return false;
    }
    Entry e{st.name, std::string(st.size, '\0')};
    bool ok = zip_fread(f, e.bytes.data(), st.size) == static_cast<zip_int64_t>(st.size);
    zip_fclose(f);
    if (!ok) {
      error = std::string("could not read ") + st.name;
      zip_discard(za);
      return false;
    }
    out.push_back(std::move(e));
  }
  zip_discard(za);
  return true;
}

}  // namespace ofdtest
