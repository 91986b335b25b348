// Shared by the hostile-input tests of issue 17 (hostile_<class>_test.cpp): the real binary
// under a time limit (a hang is a failure, not a stuck suite), and the checks made after
// every case: the store's integrity, the output folder's contents and every PDF in it.
#pragma once
#include <sys/stat.h>

#include <functional>
#include <map>
#include <string>

#include "helpers.h"

namespace reliability {

// The clock of the dated cases: every sample month up to November 2026 has closed.
inline const std::string clock_env = "DOCPIPE_TODAY=2026-12-01";

// A fresh copy of the sample data folder (`docpipe init`) in its own scratch folder.
struct SampleFolder {
  TempDir t;
  std::string data = sample(t);
  std::string db = data + "/docpipe.db";
};

// `docpipe ARGS` with --data DATA, killed after `seconds` (exit 124 from timeout(1)).
inline Result dp(const std::string& data, const std::string& args, int seconds = 120,
                 const std::string& env = "") {
  return run(env + " timeout -k 5 " + std::to_string(seconds) + " " + q(bin()) + " --data " +
             q(data) + " " + args);
}

// `PRAGMA integrity_check` through the sqlite3 shell: "ok" for an intact store.
inline std::string integrity(const std::string& db) {
  auto r = run("sqlite3 " + q(db) + " 'PRAGMA integrity_check'");
  std::string s = r.out;
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

inline std::string sql(const std::string& db, const std::string& query) {
  auto r = run("sqlite3 " + q(db) + " " + q(query));
  std::string s = r.out;
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

// Every entry of a folder (names starting with '.' included) with its bytes; folders as "/".
inline std::map<std::string, std::string> snapshot(const std::string& dir) {
  std::map<std::string, std::string> out;
  auto r = run("cd " + q(dir) + " 2>/dev/null && find . -mindepth 1 | sort");
  size_t pos = 0;
  while (pos < r.out.size()) {
    size_t eol = r.out.find('\n', pos);
    std::string name = r.out.substr(pos, eol - pos);
    pos = eol == std::string::npos ? r.out.size() : eol + 1;
    if (name.empty()) continue;
    struct stat st;
    std::string path = dir + "/" + name.substr(2);
    if (::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode))
      out[name] = slurp(path);
    else
      out[name] = "/";
  }
  return out;
}

// docpipe's temp files (.docpipe-*) anywhere under dir.
inline int stray_temps(const std::string& dir) {
  auto r = run("find " + q(dir) + " -name '.docpipe-*' | wc -l");
  return std::atoi(r.out.c_str());
}

// qpdf --check exit code: 0 for a sound PDF.
inline int qpdf_check(const std::string& pdf) {
  return run("qpdf --check " + q(pdf) + " >/dev/null 2>&1").code;
}

inline bool is_fifo(const std::string& path) {
  struct stat st;
  return ::lstat(path.c_str(), &st) == 0 && S_ISFIFO(st.st_mode);
}

}  // namespace reliability
