#include "fonts/discovery.h"

#include <fontconfig/fontconfig.h>

#include <cstdlib>
#include <tuple>

namespace docpipe::fonts {
namespace {

std::string string_of(FcPattern* p, const char* object) {
  FcChar8* s = nullptr;
  return FcPatternGetString(p, object, 0, &s) == FcResultMatch && s
             ? reinterpret_cast<const char*>(s)
             : "";
}

int int_of(FcPattern* p, const char* object, int otherwise) {
  int v = 0;
  return FcPatternGetInteger(p, object, 0, &v) == FcResultMatch ? v : otherwise;
}

// fontconfig loads its configuration once per process and keeps it until FcFini. Part of it
// is reachable only through fontconfig's encoded offsets, so LeakSanitizer reports it as
// leaked (834 B in 15 blocks with Debian's 2.14) unless it is freed: FcFini at exit frees
// it. Safe there: every pattern, object set and font set made here is destroyed before
// find_family returns, nothing else in the process uses fontconfig, and forked workers
// leave through _exit, which runs no destructors.
class FontconfigSession {
 public:
  FontconfigSession() { FcInit(); }
  ~FontconfigSession() { FcFini(); }
  FontconfigSession(const FontconfigSession&) = delete;
  FontconfigSession& operator=(const FontconfigSession&) = delete;
};

// fontconfig lists what a pattern matches exactly (FcFontList), unlike FcFontMatch, which
// always returns some font.
FcFontSet* list(FcPattern* pattern) {
  static FontconfigSession session;  // destroyed at exit, after the last list()
  FcObjectSet* os =
      FcObjectSetBuild(FC_FILE, FC_INDEX, FC_WEIGHT, FC_SLANT, FC_VARIABLE, FC_FAMILY, nullptr);
  FcFontSet* set = FcFontList(nullptr, pattern, os);
  FcObjectSetDestroy(os);
  return set;
}

}  // namespace

std::optional<FontFile> find_family(const std::string& family, const std::string& style) {
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  if (!style.empty())
    FcPatternAddString(pattern, FC_STYLE, reinterpret_cast<const FcChar8*>(style.c_str()));
  FcFontSet* set = list(pattern);
  FcPatternDestroy(pattern);
  std::optional<FontFile> best;
  std::tuple<int, int, std::string, int> best_key;
  for (int i = 0; set && i < set->nfont; ++i) {
    FcPattern* p = set->fonts[i];
    std::string file = string_of(p, FC_FILE);
    int index = int_of(p, FC_INDEX, 0);
    FcBool variable = FcFalse;
    FcPatternGetBool(p, FC_VARIABLE, 0, &variable);
    if (file.empty() || variable || (index >> 16) != 0) continue;  // named instances
    int slant = int_of(p, FC_SLANT, FC_SLANT_ROMAN) != FC_SLANT_ROMAN;
    int weight = std::abs(int_of(p, FC_WEIGHT, FC_WEIGHT_REGULAR) - FC_WEIGHT_REGULAR);
    auto key = std::make_tuple(slant, weight, file, index);
    if (!best || key < best_key) {
      best = FontFile{file, static_cast<unsigned>(index), ""};
      best_key = key;
    }
  }
  if (set) FcFontSetDestroy(set);
  return best;
}

}  // namespace docpipe::fonts
