#include "markup/attachment_check.h"

#include <cctype>

namespace docpipe::markup {

namespace {

// The N of `附件N` / `附表N` (0 if the label has no number).
size_t label_number(const std::string& label) {
  const size_t prefix = std::string("附件").size();
  size_t n = 0;
  for (size_t i = prefix; i < label.size(); ++i) {
    if (label[i] == ' ') continue;
    if (!std::isdigit(static_cast<unsigned char>(label[i]))) return 0;
    n = n * 10 + static_cast<size_t>(label[i] - '0');
    if (n > 1000) return 0;
  }
  return n;
}

}  // namespace

bool check_attachment_names(const Document& doc, Diagnostics& diags) {
  const std::vector<std::string>* names = nullptr;
  for (const auto& n : doc.nodes)
    if (n.role == Role::attachment_list) names = &n.names;
  if (!names) return true;
  bool ok = true;
  size_t order = 0;
  for (const auto& n : doc.nodes) {
    if (n.role != Role::attachment) continue;
    ++order;
    if (n.title.empty()) continue;
    size_t number = label_number(n.label);
    if (number == 0) number = order;
    Location at{doc.source_name, n.line, 1, ""};
    if (number > names->size()) {
      diags.error(at,
                  "attachment '" + n.text + "' is number " + std::to_string(number) +
                      ", but the 附件说明 lists " + std::to_string(names->size()),
                  "add its name to attachments: in the front matter (GB/T 9704 §7.3.4), or "
                  "renumber the heading");
      ok = false;
    } else if ((*names)[number - 1] != n.title) {
      diags.error(at,
                  "attachment " + std::to_string(number) + " is titled '" + n.title +
                      "' here, but the 附件说明 names it '" + (*names)[number - 1] + "'",
                  "give both the same name (GB/T 9704 §7.3.4, §8)");
      ok = false;
    }
  }
  return ok;
}

}  // namespace docpipe::markup
