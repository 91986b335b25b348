// Shared by the reliability tests: the real binary run on a scratch sample folder, and an
// environment variable set for one scope.
#pragma once
#include <cstdlib>
#include <string>

#include "core/limits.h"
#include "support/run.h"

namespace reliability {

using testing::Result;
// The binary of the build these tests belong to (DOCPIPE_BINARY).
inline std::string bin() {
  return testing::docpipe();
}
using testing::exists;
using testing::run;
using testing::slurp;
using testing::spit;
using testing::TempDir;

inline std::string q(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// `docpipe init DIR/data`; returns the data folder.
inline std::string sample(const TempDir& t) {
  std::string dir = t / "data";
  auto r = run(q(bin()) + " init " + q(dir));
  if (r.code != 0) throw std::runtime_error("docpipe init failed: " + r.err);
  return dir;
}

// Sets a resource limit until the end of the scope, as the cli does from DOCPIPE_MAX_*.
struct ScopedLimit {
  const docpipe::limits::Limit& limit;
  ScopedLimit(const docpipe::limits::Limit& l, size_t v) : limit(l) { docpipe::limits::set(l, v); }
  ~ScopedLimit() { docpipe::limits::set(limit, 0); }
};

// Sets an environment variable until the end of the scope (for the processes a test starts).
struct ScopedEnv {
  std::string name;
  ScopedEnv(std::string n, const std::string& value) : name(std::move(n)) {
    ::setenv(name.c_str(), value.c_str(), 1);
  }
  ~ScopedEnv() { ::unsetenv(name.c_str()); }
};

inline std::string data_file(const std::string& name) {
  return std::string(DOCPIPE_SOURCE_DIR) + "/tests/reliability/data/" + name;
}

}  // namespace reliability
