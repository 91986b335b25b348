// A small argument reader shared by every command: options are taken out by name, what is
// left is positional, and anything unrecognised is reported rather than ignored.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace docpipe::cli {

class Args {
 public:
  explicit Args(std::vector<std::string> words) : words_(std::move(words)) {}

  // `--name VALUE` or `--name=VALUE`; removes it. Reports a missing value.
  std::optional<std::string> option(const std::string& name, Diagnostics& diags);
  // `--name`; removes it.
  bool flag(const std::string& name);
  // What remains after options were taken; an unknown `--x` is reported.
  std::vector<std::string> positionals(Diagnostics& diags) const;
  bool wants_help() const;

 private:
  std::vector<std::string> words_;
};

// Settings every command shares.
struct Global {
  std::string data_dir = "data";
  std::string program = "docpipe";
};

}  // namespace docpipe::cli
