// Helpers for tests that check the real binary and its PDFs from outside, as a user would:
// run a command, capture its output and exit code, make a scratch folder.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace testing {

struct Result {
  int code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void spit(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

inline bool exists(const std::string& path) {
  return ::access(path.c_str(), F_OK) == 0;
}

// A fresh scratch folder under /tmp, removed when the object dies.
struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/docpipe-test-XXXXXX";
    path = ::mkdtemp(tmpl);
  }
  ~TempDir() { std::system(("rm -rf '" + path + "'").c_str()); }
  std::string operator/(const std::string& name) const { return path + "/" + name; }
};

// Runs `command` through the shell; stdout and stderr captured separately.
inline Result run(const std::string& command) {
  TempDir t;
  Result r;
  std::string full = "(" + command + ") >'" + t.path + "/o' 2>'" + t.path + "/e' </dev/null";
  int status = std::system(full.c_str());
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(t.path + "/o");
  r.err = slurp(t.path + "/e");
  return r;
}

inline std::string docpipe() {
  return DOCPIPE_BINARY;
}
inline std::string source_dir() {
  return DOCPIPE_SOURCE_DIR;
}

// Files in `dir` whose names start with `prefix` (to find stray temp files).
inline int count_files(const std::string& dir, const std::string& prefix) {
  auto r = run("ls -A '" + dir + "' | grep -c '^" + prefix + "' || true");
  return std::atoi(r.out.c_str());
}

}  // namespace testing
