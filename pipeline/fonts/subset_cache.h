// One made object per (font file, face index, set of clusters) for the whole process.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <tuple>

#include "fonts/font_set.h"

namespace docpipe::fonts {

// A batch sets the same few character sets again and again (every copy of a per-unit
// circular), and the PDF and OFD of one document need the same subset: making it once
// is most of a copy's cost. Each T has its own cache; it is emptied when it passes 32
// entries so a long run stays small. `make` returns null on failure (not cached).
template <class T, class Cluster, class Make>
std::shared_ptr<const T> cached_for_clusters(const FontFile& file,
                                             const std::set<Cluster>& clusters, Make make) {
  using Key = std::tuple<std::string, unsigned, std::set<Cluster>>;
  static std::mutex mutex;
  static std::map<Key, std::shared_ptr<const T>> cache;
  Key key{file.path, file.index, clusters};
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(key);
    if (it != cache.end()) return it->second;
  }
  std::shared_ptr<const T> made = make();
  if (!made) return nullptr;
  std::lock_guard<std::mutex> lock(mutex);
  if (cache.size() >= 32) cache.clear();
  cache.emplace(std::move(key), made);
  return made;
}

}  // namespace docpipe::fonts
