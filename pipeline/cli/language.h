// The interface language (issue 18): help, usage and diagnostics in Chinese when the
// environment asks for it, English otherwise. The catalogs are gettext .mo files compiled
// from po/*.po by msgfmt at build time (README "中文界面").
#pragma once
#include <string>

#include "core/diagnostics.h"

namespace docpipe::cli {

// Which catalog the environment asks for, by gettext's rules but without setlocale (a fresh
// Debian has no zh_CN.UTF-8 locale generated, and setlocale would then fail and leave
// everything English): the locale of messages is LC_ALL, else LC_MESSAGES, else LANG; when it
// is empty, C or POSIX the interface is English and LANGUAGE is ignored; otherwise the
// entries of LANGUAGE (a:b:c) come first, then that locale. The first entry that names a
// language with a catalog wins; an English entry (en, C) stops the search. "zh_CN", or ""
// for English. `zh`, `zh_CN.UTF-8`, `zh_CN.GB18030`, `zh_SG` choose zh_CN.
std::string interface_language();

// Loads the catalog of interface_language() from beside the executable (build tree:
// DIR/locale/LANG/LC_MESSAGES/docpipe.mo; installed: DIR/../share/locale/...). Without one,
// or for English, tr() returns its argument.
void load_interface_language();

// The text in the interface language.
std::string tr(const std::string& english);

// The diagnostic formatted as format_diagnostic does, in the interface language.
std::string format_for_user(const Diagnostic& d);

}  // namespace docpipe::cli
