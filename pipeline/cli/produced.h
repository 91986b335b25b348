// The store's record of periodic documents produced by `docpipe due` (table
// produced_documents, migration 2): what was written where, its sha256, and the fingerprint
// of the data it was made from. Rows are also claims: a process claims the documents it is
// about to render in one BEGIN IMMEDIATE transaction, so two `docpipe due` never render the
// same one. A claim is held by (host, pid) with a lease; a claim whose process is gone (same
// host: no such pid, or a zombie) or whose lease has expired (10 min) is free again.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace docpipe::cli {

struct DocKey {
  std::string kind;    // circular / quarterly / assessment
  std::string period;  // 2026-10 / 2026-Q3 / 2026-H1
};

struct DocRow {
  DocKey key;
  bool produced = false;
  std::string path, sha256, fingerprint;
  int renders = 0;
};

// What claim() decided for one document.
enum class ClaimOutcome {
  claimed,     // ours to render
  up_to_date,  // produced from the same data (by someone, maybe just now)
  stale,       // produced from other data; not claimed without force
  busy,        // another live process holds it
};

struct ClaimRequest {
  DocKey key;
  std::string fingerprint;
  std::string path;  // where it will be written; a recorded file missing there is re-made
};

class ProducedStore {
 public:
  static std::unique_ptr<ProducedStore> open(const std::string& data_dir, Diagnostics& diags);

  std::optional<DocRow> find(const DocKey& key, Diagnostics& diags);
  // One transaction: decides and claims every request; `holder` receives the busy holder's
  // pid per request (0 if none).
  std::vector<ClaimOutcome> claim(const std::vector<ClaimRequest>& reqs, bool force,
                                  std::vector<long long>& holder, Diagnostics& diags);
  // After the file is in place: records it and releases the claim.
  bool record(const DocKey& key, const std::string& path, const std::string& sha256,
              const std::string& fingerprint, Diagnostics& diags);
  // Releases a claim that did not produce a file.
  void release(const DocKey& key, Diagnostics& diags);

 private:
  std::unique_ptr<SQLite::Database> db_;
  std::string path_;
};

}  // namespace docpipe::cli
