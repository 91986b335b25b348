#include "cli/language.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "cli/message_catalog.h"

namespace docpipe::cli {
namespace {

MessageCatalog& catalog() {
  static MessageCatalog c;
  return c;
}

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

// "zh_CN.UTF-8@x" → "zh_CN"; the catalog it selects ("zh_CN"), "en" for English, "" for a
// language docpipe has no catalog for (the search goes on).
std::string catalog_for(std::string_view entry) {
  entry = entry.substr(0, entry.find_first_of(".@"));
  std::string_view lang = entry.substr(0, entry.find('_'));
  if (entry == "C" || entry == "POSIX" || lang == "en") return "en";
  if (entry == "zh" || entry == "zh_CN" || entry == "zh_SG") return "zh_CN";
  return "";
}

std::string executable_dir() {
  std::vector<char> buf(4096);
  ssize_t n = ::readlink("/proc/self/exe", buf.data(), buf.size() - 1);
  if (n <= 0) return ".";
  std::string path(buf.data(), size_t(n));
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

}  // namespace

std::string interface_language() {
  std::string locale = env("LC_ALL");
  if (locale.empty()) locale = env("LC_MESSAGES");
  if (locale.empty()) locale = env("LANG");
  const std::string base = locale.substr(0, locale.find_first_of(".@"));
  if (base.empty() || base == "C" || base == "POSIX") return "";  // LANGUAGE is ignored too
  std::string list = env("LANGUAGE");
  list += (list.empty() ? "" : ":") + locale;
  for (size_t start = 0; start <= list.size();) {
    size_t end = std::min(list.find(':', start), list.size());
    std::string c = catalog_for(std::string_view(list).substr(start, end - start));
    if (c == "en") return "";
    if (!c.empty()) return c;
    start = end + 1;
  }
  return "";
}

void load_interface_language() {
  std::string lang = interface_language();
  if (lang.empty()) return;
  const std::string dir = executable_dir();
  const std::string tail = "/" + lang + "/LC_MESSAGES/docpipe.mo";
  if (!catalog().load(dir + "/locale" + tail)) catalog().load(dir + "/../share/locale" + tail);
}

std::string tr(const std::string& english) {
  return catalog().empty() ? english : catalog().translate(english);
}

std::string format_for_user(const Diagnostic& diagnostic) {
  if (catalog().empty()) return format_diagnostic(diagnostic);
  Diagnostic d = diagnostic;
  const std::string hint = tr(d.hint);
  d.hint.clear();
  d.message = tr(d.message);
  d.where.context = tr(d.where.context);
  // format_diagnostic's English label, replaced where it put it (before the message).
  std::string text = format_diagnostic(d);
  const std::string label = d.severity == Severity::error     ? "error: "
                            : d.severity == Severity::warning ? "warning: "
                                                              : "note: ";
  size_t at = text.find(label + d.message);
  if (at != std::string::npos) text.replace(at, label.size(), tr(label));
  if (!hint.empty()) text += "\n  " + tr("hint: ") + hint;
  return text;
}

}  // namespace docpipe::cli
