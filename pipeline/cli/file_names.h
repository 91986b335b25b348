// File names made from data (unit codes): only ASCII letters, digits, '-' and '_' survive;
// anything else becomes '_', so a code such as "../x" or "a/b" can never leave the output
// folder or name a hidden file.
#pragma once
#include <string>

namespace docpipe::cli {

std::string safe_file_stem(const std::string& code);

}  // namespace docpipe::cli
