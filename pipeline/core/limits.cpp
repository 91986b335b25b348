#include "core/limits.h"

#include <atomic>

namespace docpipe::limits {

const Limit pages{"DOCPIPE_MAX_PAGES", 2000, "pages in one document"};
const Limit field_bytes{"DOCPIPE_MAX_FIELD_BYTES", 1 << 20, "bytes in one field"};
const Limit template_depth{"DOCPIPE_MAX_TEMPLATE_DEPTH", 16, "nested template sections"};
const Limit input_bytes{"DOCPIPE_MAX_INPUT_BYTES", 64 << 20, "bytes in one input file"};
const Limit font_bytes{"DOCPIPE_MAX_FONT_BYTES", 256 << 20, "bytes in one font file"};
const Limit* const all[5] = {&pages, &field_bytes, &template_depth, &input_bytes, &font_bytes};

namespace {

// The value set for each limit, 0 for "the default"; atomic because batch workers read them.
std::atomic<size_t>& slot(const Limit& limit) {
  static std::atomic<size_t> values[5];
  for (size_t i = 0; i < 5; ++i)
    if (all[i] == &limit) return values[i];
  static std::atomic<size_t> unknown{0};
  return unknown;
}

}  // namespace

size_t value(const Limit& limit) {
  size_t v = slot(limit).load(std::memory_order_relaxed);
  return v ? v : limit.fallback;
}

void set(const Limit& limit, size_t value) {
  slot(limit).store(value, std::memory_order_relaxed);
}

std::string describe(const Limit& limit) {
  return "more than the limit of " + std::to_string(value(limit)) + " " + limit.what + " (" +
         limit.env + ")";
}

}  // namespace docpipe::limits
