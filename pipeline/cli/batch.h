// Rendering many documents: --jobs N worker processes (each opens its own Renderer, so
// fonts are parsed once per worker), --shard k/n to take every n-th document of a stable
// order, and a progress bar with count and ETA on a terminal (one line per file otherwise).
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/render_pipeline.h"
#include "core/diagnostics.h"

namespace docpipe::cli {

struct BatchOptions {
  int jobs = 0;               // 0: the number of cores
  int shard = 1, shards = 1;  // --shard k/n: documents with index % n == k - 1
};
// Takes --jobs N and --shard k/n out of `args`; reports malformed values.
bool parse_batch_options(Args& args, BatchOptions& opts, Diagnostics& diags);
// Indices of `count` documents this shard renders.
std::vector<size_t> shard_indices(size_t count, const BatchOptions& opts);

// One document: produces its files (PDF, and the other --format outputs) with the worker's
// renderer; the batch writes them to `out_paths`, files[i] to out_paths[i], all together or
// none (temp files renamed once every one is made).
struct BatchJob {
  std::string label;  // for messages
  std::vector<std::string> out_paths;
  std::function<bool(Renderer&, std::vector<std::string>& files, Diagnostics&)> make;
  bool hash = false;  // fill BatchResult::sha256 of files[0] (costs ~4% of a one-page document)
};

struct BatchResult {
  bool ok = false;
  std::string sha256;  // of the bytes written, when the job asked for it
  Diagnostics diags;   // this document's messages
};

// Renders every job; calls `done(index, result)` in the calling process, in completion
// order, after the file has been renamed into place. `fonts_yaml` opens each renderer.
// Returns false if a worker could not start (reported).
bool run_batch(const std::vector<BatchJob>& jobs, const BatchOptions& opts,
               const std::string& fonts_yaml, const std::vector<std::string>& whole_names,
               const std::function<void(size_t, BatchResult&)>& done, Diagnostics& diags);

// Progress: on a terminal (isatty(2)) a bar with count, rate and ETA on stderr; otherwise
// (and on stdout when it is not a terminal) one line per file written.
class Progress {
 public:
  explicit Progress(size_t total);
  void step(const std::string& path, bool ok);
  void finish();

 private:
  size_t total_, done_ = 0;
  bool bar_, lines_;
  double start_, last_draw_ = 0;
  void draw(bool final);
};

}  // namespace docpipe::cli
