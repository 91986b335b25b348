// Running the real docpipe binary from tests: a fresh sample folder per test, commands run
// through /bin/sh with their output captured, files compared byte for byte.
#pragma once
#include <string>

namespace docpipe_test {

struct Run {
  int code = -1;
  std::string out, err;
};

// A new empty folder under /tmp, removed when the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// Runs `shell_command` (a /bin/sh command line) and captures stdout, stderr, exit code.
Run sh(const std::string& shell_command);
// Runs docpipe with `args` (already quoted for the shell), in `cwd` if given.
Run docpipe(const std::string& args, const std::string& cwd = "");
// `docpipe init DIR`; REQUIREs success.
void init_sample(const std::string& dir);

std::string slurp(const std::string& path);
void spit(const std::string& path, const std::string& bytes);
std::string quote(const std::string& s);           // for /bin/sh
std::string fixture(const std::string& relative);  // tests/source/<relative>

}  // namespace docpipe_test
