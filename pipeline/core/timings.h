// Wall time per pipeline stage, accumulated over a run, so optimisation is chosen from data
// (`docpipe render --timings`, bench/). Never part of any output file.
#pragma once
#include <chrono>
#include <map>
#include <string>

namespace docpipe {

class Timings {
 public:
  void add(const std::string& stage, double seconds) { seconds_[stage] += seconds; }
  const std::map<std::string, double>& stages() const { return seconds_; }
  // "stage  12.3 ms" lines in pipeline order where known.
  std::string report() const;

 private:
  std::map<std::string, double> seconds_;
};

// Adds the time from construction to destruction to `stage` (no-op when `t` is null).
class StageTimer {
 public:
  StageTimer(Timings* t, std::string stage)
      : t_(t), stage_(std::move(stage)), start_(std::chrono::steady_clock::now()) {}
  ~StageTimer() {
    if (t_)
      t_->add(stage_,
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count());
  }

 private:
  Timings* t_;
  std::string stage_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace docpipe
