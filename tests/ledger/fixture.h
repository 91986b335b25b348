// A fresh sample data folder per test and the real docpipe binary run in it, as an editor
// would: `docpipe --data data brief …` with DOCPIPE_TODAY fixed so nothing reads the clock.
#pragma once
#include <stdexcept>
#include <string>

#include "support/run.h"

namespace ledger_test {

struct Folder {
  testing::TempDir t;
  Folder() {
    auto r = testing::run(testing::docpipe() + " init " + t / "data");
    if (r.code != 0) throw std::runtime_error("docpipe init failed: " + r.err);
  }
  // `docpipe --data data ARGS` in the folder (output/ lands there); `env` goes first.
  testing::Result docpipe(const std::string& args, const std::string& env = "") const {
    return testing::run("cd '" + t.path + "' && DOCPIPE_TODAY=2026-12-01 " + env + " " +
                        testing::docpipe() + " --data data " + args);
  }
  testing::Result brief(const std::string& args, const std::string& env = "") const {
    return docpipe("brief " + args, env);
  }
  // An article file in the folder: "# title" line + two paragraphs.
  std::string article(const std::string& name, const std::string& title) const {
    testing::spit(t / name, "# " + title + "\n\n" + title + "的第一段。\n\n第二段。\n");
    return name;
  }
  // A draft with one article, dated `date`; returns its id.
  std::string draft(const std::string& date, const std::string& title = "测试稿件") const {
    auto r = brief("new --date " + date);
    std::string id = r.out.substr(0, r.out.find('\n'));
    brief("add " + id + " " + article("a.md", title) + " --source 依法行政指导处");
    return id;
  }
  std::string sql(const std::string& query) const {
    return testing::run("sqlite3 '" + t / "data/docpipe.db" + "' \"" + query + "\"").out;
  }
  std::string path(const std::string& name) const { return t / name; }
};

// How many "error:" lines a command printed (bad input gets exactly one message).
inline int error_count(const std::string& err) {
  int n = 0;
  for (size_t p = err.find("error:"); p != std::string::npos; p = err.find("error:", p + 1)) ++n;
  return n;
}

}  // namespace ledger_test
