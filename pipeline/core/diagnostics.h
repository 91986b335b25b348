// Diagnostics: errors and warnings as values that carry their location until the CLI
// prints them. No stage prints; every stage reports into a Diagnostics sink.
#pragma once
#include <string>
#include <vector>

namespace docpipe {

// Where a problem is: a file position, or a place in data such as "CSV row 5" or
// "units.row 3". Any field may be empty.
struct Location {
  std::string file;
  int line = 0;    // 1-based; 0 = unknown
  int column = 0;  // 1-based; 0 = unknown
  std::string context;
};

// A note informs (e.g. which font stands in for a missing 仿宋) without changing the exit code;
// it is shown only when the run has no errors.
enum class Severity { note, warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  Location where;
  std::string message;
  std::string hint;  // how to fix it; may be empty
};

// "file:line:col: error: message (context)\n  hint: ..."
std::string format_diagnostic(const Diagnostic& d);

// Exit codes are part of the command-line contract (README): 0 ok, 2 errors (nothing
// written), 3 warnings only, 4 errors after some outputs were written (partly written).
enum ExitCode { exit_ok = 0, exit_error = 2, exit_warnings = 3, exit_partial = 4 };

class Diagnostics {
 public:
  void error(Location where, std::string message, std::string hint = {});
  void warning(Location where, std::string message, std::string hint = {});
  void note(Location where, std::string message, std::string hint = {});
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void append(const Diagnostics& other);

  bool has_errors() const;
  bool has_warnings() const;
  size_t error_count() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  // 0 / 2 / 3 as documented.
  int exit_code() const;
  // Every diagnostic, one per line-block, in the order reported.
  std::string format_all() const;

 private:
  std::vector<Diagnostic> items_;
};

// The error convention (ARCHITECTURE.md): a function that can fail returns bool, optional or
// a null pointer and reports why into the sink it is given; the caller decides from the
// returned value, never by counting the sink's errors before and after. For a step that
// reports instead of returning (a loader or a check that collects every problem) this runs it
// into a sink of its own, passes what it reported on to `diags`, and says whether it reported
// no error.
template <typename Step>
bool succeeds(Diagnostics& diags, Step&& step) {
  Diagnostics own;
  step(own);
  diags.append(own);
  return !own.has_errors();
}

}  // namespace docpipe
