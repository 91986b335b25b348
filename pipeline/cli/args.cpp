#include "cli/args.h"

namespace docpipe::cli {
namespace {

// `-o ""`, `--out=`: an empty value is never meant (it would name the root folder or nothing).
std::optional<std::string> non_empty(const std::string& name, std::string value,
                                     Diagnostics& diags) {
  if (!value.empty()) return value;
  diags.error({}, "option " + name + " has an empty value", "write " + name + " VALUE");
  return std::nullopt;
}

}  // namespace

std::optional<std::string> Args::option(const std::string& name, Diagnostics& diags) {
  for (size_t i = 0; i < words_.size(); ++i) {
    const std::string& w = words_[i];
    if (w == name) {
      if (i + 1 >= words_.size()) {
        diags.error({}, "option " + name + " needs a value", "write " + name + " VALUE");
        words_.erase(words_.begin() + i);
        return std::nullopt;
      }
      std::string value = words_[i + 1];
      words_.erase(words_.begin() + i, words_.begin() + i + 2);
      return non_empty(name, value, diags);
    }
    if (w.rfind(name + "=", 0) == 0) {
      std::string value = w.substr(name.size() + 1);
      words_.erase(words_.begin() + i);
      return non_empty(name, value, diags);
    }
  }
  return std::nullopt;
}

bool Args::flag(const std::string& name) {
  for (size_t i = 0; i < words_.size(); ++i) {
    if (words_[i] == name) {
      words_.erase(words_.begin() + i);
      return true;
    }
  }
  return false;
}

std::vector<std::string> Args::positionals(Diagnostics& diags) const {
  std::vector<std::string> out;
  for (const auto& w : words_) {
    if (w.size() > 1 && w[0] == '-' && w != "-") {
      diags.error({}, "unknown option '" + w + "'",
                  "see --help for the options this command takes");
      continue;
    }
    out.push_back(w);
  }
  return out;
}

bool Args::wants_help() const {
  for (const auto& w : words_)
    if (w == "--help" || w == "-h") return true;
  return false;
}

}  // namespace docpipe::cli
