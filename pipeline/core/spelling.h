// "did you mean ...?" for misspelt keys, unit names and channel codes.
#pragma once
#include <string>
#include <vector>

namespace docpipe {

// The closest candidate within a small edit distance (transpositions count as one edit),
// or empty. Works on UTF-8 code points, so 依法行政指导处 vs 依法行政指导出 is one edit.
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

// "; did you mean 'x'?" or empty.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace docpipe
