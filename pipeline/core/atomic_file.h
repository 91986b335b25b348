// Output files appear complete or not at all: bytes go to a temp file in the target's
// folder, are flushed to disk, then renamed over the final name.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace docpipe {

// Writes `bytes` to `path` atomically. On failure reports one error naming the path and
// leaves neither a temp file nor a changed `path` behind. Returns true on success.
bool write_file_atomic(const std::string& path, const std::string& bytes, Diagnostics& diags);

// Many outputs made visible together, with one flush to disk for the whole batch instead of
// one per file (an fsync costs milliseconds; a batch holds hundreds of one-page circulars).
// stage() writes each to a temp file beside its final name; commit() flushes the file
// system once and renames them all. Files not committed are removed when the batch dies,
// so no final name ever holds a partial file.
class AtomicBatch {
 public:
  AtomicBatch() = default;
  AtomicBatch(const AtomicBatch&) = delete;
  AtomicBatch& operator=(const AtomicBatch&) = delete;
  ~AtomicBatch();
  bool stage(const std::string& path, const std::string& bytes, Diagnostics& diags);
  // Returns the paths now in place, in staging order; reports any that could not be renamed.
  std::vector<std::string> commit(Diagnostics& diags);

 private:
  struct Staged {
    std::string temp, path;
  };
  std::vector<Staged> staged_;
};

// Reads a whole input file through the bounded reader (input_file.h: regular files only,
// at most DOCPIPE_MAX_INPUT_BYTES); reports an error naming the path if it cannot.
bool read_file(const std::string& path, std::string& out, Diagnostics& diags);

}  // namespace docpipe
