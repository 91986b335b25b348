#include "markup/doc_number.h"

#include <regex>

namespace docpipe::markup {

std::string corrected_doc_number(const std::string& number) {
  // Brackets people type instead of 〔〕: [ ] ［ ］ ( ) （ ） 【 】 〈 〉 《 》 { }.
  static const std::regex year(
      "(?:\\[|［|\\(|（|【|〈|《|\\{|〔)\\s*((?:19|20|21)[0-9]{2})\\s*(?:\\]|］|\\)|）|】|〉|》|\\}"
      "|〕)");
  std::string s = std::regex_replace(number, year, "〔$1〕");
  // After the year: 第017号 → 17号.
  static const std::regex serial("〕\\s*(?:第)?0*([0-9]+)号");
  return std::regex_replace(s, serial, "〕$1号");
}

}  // namespace docpipe::markup
