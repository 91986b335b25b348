// A gettext message catalog (.mo, compiled by msgfmt from po/LANG.po) and the lookup the CLI
// does at its printing boundary (issue 18: 中文界面). The stages build English messages by
// concatenation, so besides exact msgids a catalog entry may be a pattern: a `#, c-format`
// msgid whose `%s` stand for the varying parts (a unit code, a file name); the msgstr puts
// them back, in order (`%s`) or by number (`%2$s`). What a `%s` captured is itself looked up,
// so a column name or a fragment such as "; did you mean 'X'?" is translated wherever it is
// appended — except a quoted `'%s'`: that is the user's own value, shown as it is.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace docpipe::cli {

class MessageCatalog {
 public:
  // Reads a .mo file; false (and an empty catalog) when it is missing or not a catalog, which
  // leaves every message in English as gettext does.
  bool load(const std::string& mo_path);
  bool empty() const { return exact_.empty() && patterns_.empty(); }
  // The translation of `english`, or `english` itself when the catalog has none.
  std::string translate(const std::string& english) const { return lookup(english, 0); }

 private:
  struct Pattern {
    std::vector<std::string> literals;  // the text around the `%s`, one more than the holes
    std::vector<bool> quoted;           // per hole: '%s', the user's value, not translated
    std::string msgstr;
  };
  std::string lookup(const std::string& english, int depth) const;
  std::string fill(const Pattern& p, const std::vector<std::string>& holes, int depth) const;
  void add(std::string msgid, std::string msgstr);

  std::unordered_map<std::string, std::string> exact_;
  std::vector<Pattern> patterns_;  // longest literal text first: the most specific wins
};

}  // namespace docpipe::cli
