#include "helpers.h"

#include <stdlib.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace docpipe_test {

TempDir::TempDir() {
  char tmpl[] = "/tmp/docpipe-source-XXXXXX";
  path_ = mkdtemp(tmpl);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::add, ec);
  std::filesystem::remove_all(path_, ec);
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void spit(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string fixture(const std::string& relative) {
  return std::string(DOCPIPE_SOURCE_DIR) + "/tests/source/" + relative;
}

Run sh(const std::string& shell_command) {
  TempDir capture;
  std::string cmd = "(" + shell_command + ") >" + capture / "out" + " 2>" + capture / "err";
  int status = std::system(cmd.c_str());
  Run r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(capture / "out");
  r.err = slurp(capture / "err");
  return r;
}

Run docpipe(const std::string& args, const std::string& cwd) {
  std::string cmd = std::string(DOCPIPE_BINARY) + " " + args;
  if (!cwd.empty()) cmd = "cd " + quote(cwd) + " && " + cmd;
  return sh(cmd);
}

void init_sample(const std::string& dir) {
  Run r = docpipe("init " + quote(dir));
  INFO(r.err);
  REQUIRE(r.code == 0);
}

}  // namespace docpipe_test
