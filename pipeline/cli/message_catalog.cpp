#include "cli/message_catalog.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>

namespace docpipe::cli {
namespace {

constexpr uint32_t mo_magic = 0x950412de;

// The .mo header and string tables (GNU gettext manual, "The Format of GNU MO Files").
class MoReader {
 public:
  explicit MoReader(std::string bytes) : b_(std::move(bytes)) {}
  bool valid() {
    if (b_.size() < 28) return false;
    if (raw(0) == mo_magic) return true;
    swapped_ = true;
    return word(0) == mo_magic;
  }
  uint32_t count() const { return word(8); }
  // The `i`th string of the table at header offset `table` (12: msgids, 16: msgstrs).
  bool string_at(uint32_t table, uint32_t i, std::string& out) const {
    uint64_t entry = uint64_t(word(table)) + 8ull * i;
    if (entry + 8 > b_.size()) return false;
    uint32_t len = word(entry), off = word(entry + 4);
    if (uint64_t(off) + len > b_.size()) return false;
    out.assign(b_, off, len);
    return true;
  }

 private:
  uint32_t raw(uint64_t at) const {
    if (at + 4 > b_.size()) return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(b_.data() + at);
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
  }
  uint32_t word(uint64_t at) const {
    uint32_t v = raw(at);
    if (!swapped_) return v;
    return (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
  }
  std::string b_;
  bool swapped_ = false;
};

// "a %s b %%" → {"a ", " b %"}; no holes → {text}.
std::vector<std::string> split_holes(const std::string& msgid) {
  std::vector<std::string> parts(1);
  for (size_t i = 0; i < msgid.size(); ++i) {
    if (msgid[i] == '%' && i + 1 < msgid.size() && msgid[i + 1] == 's') {
      parts.emplace_back();
      ++i;
    } else if (msgid[i] == '%' && i + 1 < msgid.size() && msgid[i + 1] == '%') {
      parts.back() += '%';
      ++i;
    } else {
      parts.back() += msgid[i];
    }
  }
  return parts;
}

// Matches `s` against literals[k..] (literals[k-1] already consumed), filling `holes`;
// backtracks over every place the next literal occurs.
bool match_from(const std::vector<std::string>& lit, size_t k, std::string_view s,
                std::vector<std::string>& holes) {
  if (k == lit.size()) return s.empty();
  const std::string& next = lit[k];
  if (k + 1 == lit.size()) {  // the last literal ends the message
    if (s.size() < next.size() || s.substr(s.size() - next.size()) != next) return false;
    holes.emplace_back(s.substr(0, s.size() - next.size()));
    return !holes.back().empty() || (holes.pop_back(), false);
  }
  for (size_t at = s.find(next, 1); at != std::string_view::npos; at = s.find(next, at + 1)) {
    holes.emplace_back(s.substr(0, at));
    if (match_from(lit, k + 1, s.substr(at + next.size()), holes)) return true;
    holes.pop_back();
  }
  return false;
}

}  // namespace

bool MessageCatalog::load(const std::string& mo_path) {
  exact_.clear();
  patterns_.clear();
  std::ifstream in(mo_path, std::ios::binary);
  if (!in) return false;
  MoReader mo(std::string(std::istreambuf_iterator<char>(in), {}));
  if (!mo.valid()) return false;
  for (uint32_t i = 0; i < mo.count(); ++i) {
    std::string id, str;
    if (!mo.string_at(12, i, id) || !mo.string_at(16, i, str)) {
      exact_.clear();
      patterns_.clear();
      return false;
    }
    if (!id.empty() && !str.empty()) add(std::move(id), std::move(str));
  }
  std::stable_sort(patterns_.begin(), patterns_.end(), [](const Pattern& a, const Pattern& b) {
    size_t la = 0, lb = 0;
    for (const auto& l : a.literals) la += l.size();
    for (const auto& l : b.literals) lb += l.size();
    return la > lb;
  });
  return true;
}

void MessageCatalog::add(std::string msgid, std::string msgstr) {
  auto literals = split_holes(msgid);
  if (literals.size() == 1) {
    exact_.emplace(literals[0], std::move(msgstr));
    return;
  }
  std::vector<bool> quoted;
  for (size_t k = 0; k + 1 < literals.size(); ++k)
    quoted.push_back(!literals[k].empty() && literals[k].back() == '\'');
  patterns_.push_back({std::move(literals), std::move(quoted), std::move(msgstr)});
}

std::string MessageCatalog::lookup(const std::string& english, int depth) const {
  if (english.empty() || depth > 3) return english;
  if (auto it = exact_.find(english); it != exact_.end()) return it->second;
  for (const Pattern& p : patterns_) {
    const std::string& head = p.literals.front();
    if (english.compare(0, head.size(), head) != 0) continue;
    std::vector<std::string> holes;
    if (match_from(p.literals, 1, std::string_view(english).substr(head.size()), holes))
      return fill(p, holes, depth);
  }
  return english;
}

// The msgstr with `%s` / `%N$s` replaced by the (translated) holes, `%%` by `%`.
std::string MessageCatalog::fill(const Pattern& p, const std::vector<std::string>& holes,
                                 int depth) const {
  auto hole = [&](size_t k) { return p.quoted[k] ? holes[k] : lookup(holes[k], depth + 1); };
  std::string out;
  size_t next = 0;
  const std::string& s = p.msgstr;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    size_t j = i + 1, n = 0;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') n = n * 10 + size_t(s[j++] - '0');
    if (n && j + 1 < s.size() && s[j] == '$' && s[j + 1] == 's') {
      if (n <= holes.size()) out += hole(n - 1);
      i = j + 1;
    } else if (s[i + 1] == 's') {
      if (next < holes.size()) out += hole(next++);
      ++i;
    } else if (s[i + 1] == '%') {
      out += '%';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace docpipe::cli
