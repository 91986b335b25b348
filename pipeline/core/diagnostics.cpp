#include "core/diagnostics.h"

namespace docpipe {

std::string format_diagnostic(const Diagnostic& d) {
  std::string out;
  const Location& w = d.where;
  if (!w.file.empty()) {
    out += w.file;
    if (w.line > 0) {
      out += ":" + std::to_string(w.line);
      if (w.column > 0) out += ":" + std::to_string(w.column);
    }
    out += ": ";
  }
  out += d.severity == Severity::error     ? "error: "
         : d.severity == Severity::warning ? "warning: "
                                           : "note: ";
  out += d.message;
  if (!w.context.empty()) out += " (" + w.context + ")";
  if (!d.hint.empty()) out += "\n  hint: " + d.hint;
  return out;
}

void Diagnostics::error(Location where, std::string message, std::string hint) {
  items_.push_back({Severity::error, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::warning(Location where, std::string message, std::string hint) {
  items_.push_back({Severity::warning, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::note(Location where, std::string message, std::string hint) {
  items_.push_back({Severity::note, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::has_errors() const {
  return error_count() > 0;
}

bool Diagnostics::has_warnings() const {
  for (const auto& d : items_)
    if (d.severity == Severity::warning) return true;
  return false;
}

size_t Diagnostics::error_count() const {
  size_t n = 0;
  for (const auto& d : items_)
    if (d.severity == Severity::error) ++n;
  return n;
}

int Diagnostics::exit_code() const {
  if (has_errors()) return exit_error;
  if (has_warnings()) return exit_warnings;
  return exit_ok;
}

std::string Diagnostics::format_all() const {
  std::string out;
  for (const auto& d : items_) out += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace docpipe
