// The damaged documents of tests/data/bad (its README): NAME.md, each with the exact message
// `docpipe render` must print for it in NAME.expected. Shared by the tests that feed them to
// every output format (PDF, OFD, Word), so each says only what its format must leave behind.
#pragma once
#include <dirent.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support/run.h"

namespace testing {

inline std::string bad_input_dir() {
  return source_dir() + "/tests/data/bad";
}

// The case names (NAME of every NAME.md but the README), sorted.
inline std::vector<std::string> bad_input_cases() {
  std::vector<std::string> names;
  DIR* d = ::opendir(bad_input_dir().c_str());
  while (dirent* e = d ? ::readdir(d) : nullptr) {
    std::string n = e->d_name;
    if (n.size() > 3 && n.substr(n.size() - 3) == ".md" && n != "README.md")
      names.push_back(n.substr(0, n.size() - 3));
  }
  if (d) ::closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

// `docpipe render NAME.md -o OUT_PDF ARGS` run inside the bad folder, so the messages name
// the file as NAME.expected has it.
inline Result render_bad_input(const std::string& name, const std::string& out_pdf,
                               const std::string& args = "") {
  return run("cd '" + bad_input_dir() + "' && " + docpipe() + " render " + name + ".md -o '" +
             out_pdf + "'" + (args.empty() ? "" : " " + args));
}

inline std::string expected_bad_input_error(const std::string& name) {
  return slurp(bad_input_dir() + "/" + name + ".expected");
}

}  // namespace testing
