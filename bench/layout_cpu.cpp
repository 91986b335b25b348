// CPU time of the layout stage alone (markup::Document → pages), in one process, for comparing
// builds on a loaded machine: CPU time (CLOCK_THREAD_CPUTIME_ID) is not inflated by other
// work, and repeating the layout ROUNDS times in one process separates the first round (which
// pays one-time costs such as loading ICU's dictionary) from the steady state. Not built by
// CMake (it compiles against any tree's stage libraries, old or new: see bench/README.md).
//
// Usage: layout_cpu FILE.md [ROUNDS]   (fonts as `docpipe render` finds them: data/fonts.yaml)
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fonts/font_config.h"
#include "fonts/font_set.h"
#include "layout/layout.h"
#include "markup/parse_markdown.h"

using namespace docpipe;

static double cpu_ms() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char** argv) {
  if (argc < 2) return fprintf(stderr, "usage: layout_cpu FILE.md [ROUNDS]\n"), 2;
  const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 20;
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  Diagnostics diags;
  auto config = fonts::load_font_config("data/fonts.yaml", diags);
  auto set = diags.has_errors() ? nullptr : fonts::FontSet::open(config, diags);
  markup::Document doc;
  if (!set || !markup::parse_document(ss.str(), argv[1], doc, diags))
    return fprintf(stderr, "%s", diags.format_all().c_str()), 2;
  std::vector<double> ms;
  size_t pages = 0;
  for (int i = 0; i < rounds; ++i) {
    Diagnostics d;
    double t0 = cpu_ms();
    layout::Layout l = layout::layout_document(doc, *set, d);
    ms.push_back(cpu_ms() - t0);
    pages = l.pages.size();
  }
  double first = ms[0];
  std::vector<double> rest(ms.begin() + (rounds > 1), ms.end());
  std::sort(rest.begin(), rest.end());
  printf("%s: %zu pages; layout CPU first round %.2f ms, then median %.2f ms (min %.2f) over %zu\n",
         argv[1], pages, first, rest[rest.size() / 2], rest[0], rest.size());
  return 0;
}
