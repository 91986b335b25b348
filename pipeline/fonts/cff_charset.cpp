#include "fonts/cff_charset.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace docpipe::fonts {
namespace {

uint32_t get(const std::string& b, size_t at, int bytes) {
  uint32_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | static_cast<uint8_t>(b[at + i]);
  return v;
}
void put(std::string& b, size_t at, int bytes, uint32_t v) {
  for (int i = bytes - 1; i >= 0; --i, v >>= 8) b[at + i] = static_cast<char>(v & 0xFF);
}

struct Table {
  size_t record = 0, offset = 0, length = 0;
};

std::optional<Table> find_table(const std::string& b, const char* tag) {
  if (b.size() < 12) return std::nullopt;
  uint32_t n = get(b, 4, 2);
  for (uint32_t i = 0; i < n; ++i) {
    size_t rec = 12 + 16 * i;
    if (rec + 16 > b.size()) break;
    if (b.compare(rec, 4, tag) != 0) continue;
    Table t{rec, get(b, rec + 8, 4), get(b, rec + 12, 4)};
    if (t.offset + t.length <= b.size()) return t;
  }
  return std::nullopt;
}

// A CFF INDEX at `at`: the start and end of entry `i`, and where the INDEX ends.
struct Index {
  uint32_t count = 0;
  size_t end = 0;
  std::vector<std::pair<size_t, size_t>> entries;
};

std::optional<Index> read_index(const std::string& c, size_t at) {
  Index ix;
  if (at + 2 > c.size()) return std::nullopt;
  ix.count = get(c, at, 2);
  if (ix.count == 0) {
    ix.end = at + 2;
    return ix;
  }
  if (at + 3 > c.size()) return std::nullopt;
  int off_size = static_cast<uint8_t>(c[at + 2]);
  if (off_size < 1 || off_size > 4) return std::nullopt;
  size_t offsets = at + 3, data = offsets + (ix.count + 1) * off_size - 1;
  if (offsets + (ix.count + 1) * off_size > c.size()) return std::nullopt;
  for (uint32_t i = 0; i < ix.count; ++i) {
    size_t a = data + get(c, offsets + i * off_size, off_size);
    size_t z = data + get(c, offsets + (i + 1) * off_size, off_size);
    if (a > z || z > c.size()) return std::nullopt;
    ix.entries.emplace_back(a, z);
  }
  ix.end = data + get(c, offsets + ix.count * off_size, off_size);
  if (ix.end > c.size()) return std::nullopt;
  return ix;
}

struct TopDict {
  bool cid_keyed = false;
  long charset = -1, char_strings = -1;
};

// Reads the operators the charset rewrite needs from a Top DICT.
std::optional<TopDict> read_top_dict(const std::string& c, size_t at, size_t end) {
  TopDict d;
  std::vector<long> operands;
  while (at < end) {
    int b0 = static_cast<uint8_t>(c[at]);
    if (b0 <= 21) {  // an operator
      int op = b0;
      if (b0 == 12) {
        if (at + 1 >= end) return std::nullopt;
        op = 1200 + static_cast<uint8_t>(c[at + 1]);
        ++at;
      }
      ++at;
      if (op == 1230) d.cid_keyed = true;  // ROS
      if (op == 15 && !operands.empty()) d.charset = operands.back();
      if (op == 17 && !operands.empty()) d.char_strings = operands.back();
      operands.clear();
    } else if (b0 == 28 && at + 3 <= end) {
      operands.push_back(static_cast<int16_t>(get(c, at + 1, 2)));
      at += 3;
    } else if (b0 == 29 && at + 5 <= end) {
      operands.push_back(static_cast<int32_t>(get(c, at + 1, 4)));
      at += 5;
    } else if (b0 == 30) {  // a real: nibbles up to an 0xF terminator
      ++at;
      while (at < end && (static_cast<uint8_t>(c[at]) & 0x0F) != 0x0F &&
             (static_cast<uint8_t>(c[at]) & 0xF0) != 0xF0)
        ++at;
      ++at;
      operands.push_back(0);
    } else if (b0 >= 32 && b0 <= 246) {
      operands.push_back(b0 - 139);
      ++at;
    } else if (b0 >= 247 && b0 <= 254 && at + 2 <= end) {
      int b1 = static_cast<uint8_t>(c[at + 1]);
      operands.push_back(b0 <= 250 ? (b0 - 247) * 256 + b1 + 108 : -(b0 - 251) * 256 - b1 - 108);
      at += 2;
    } else {
      return std::nullopt;
    }
  }
  return d;
}

std::optional<TopDict> parse(const std::string& c, uint32_t* glyphs) {
  if (c.size() < 4) return std::nullopt;
  auto names = read_index(c, static_cast<uint8_t>(c[2]));
  if (!names) return std::nullopt;
  auto tops = read_index(c, names->end);
  if (!tops || tops->count < 1) return std::nullopt;
  auto d = read_top_dict(c, tops->entries[0].first, tops->entries[0].second);
  if (!d || !glyphs) return d;
  if (d->char_strings < 0) return std::nullopt;
  auto strings = read_index(c, static_cast<size_t>(d->char_strings));
  if (!strings) return std::nullopt;
  *glyphs = strings->count;
  return d;
}

// Writes an identity charset (CIDs 1..glyphs-1) over the old one, same format. The old one is
// never shorter: format 0 has one entry per glyph, a format 1 range covers at most 256 glyphs
// and a format 2 range all of them.
bool rewrite_charset(std::string& c, size_t at, uint32_t glyphs) {
  if (glyphs < 1 || at >= c.size()) return false;
  int format = static_cast<uint8_t>(c[at]);
  uint32_t left = glyphs - 1;
  if (format == 0) {
    if (at + 1 + 2 * left > c.size()) return false;
    for (uint32_t i = 0; i < left; ++i) put(c, at + 1 + 2 * i, 2, i + 1);
    return true;
  }
  if (format == 1 || format == 2) {
    int n_size = format == 1 ? 1 : 2;
    uint32_t span = format == 1 ? 256 : 65536;
    // Measure the old charset's length first so the new one provably fits.
    size_t old_end = at + 1;
    for (uint32_t covered = 0; covered < left;) {
      if (old_end + 2 + n_size > c.size()) return false;
      covered += get(c, old_end + 2, n_size) + 1;
      old_end += 2 + n_size;
    }
    size_t pos = at + 1;
    for (uint32_t first = 1; first <= left; first += span) {
      uint32_t count = std::min(span, left - first + 1);
      if (pos + 2 + n_size > old_end) return false;
      put(c, pos, 2, first);
      put(c, pos + 2, n_size, count - 1);
      pos += 2 + n_size;
    }
    return true;
  }
  return false;
}

uint32_t checksum(const std::string& b, size_t at, size_t len) {
  uint32_t sum = 0;
  for (size_t i = 0; i < len; i += 4) {
    uint32_t word = 0;
    for (size_t k = 0; k < 4; ++k)
      word = (word << 8) | (i + k < len ? static_cast<uint8_t>(b[at + i + k]) : 0);
    sum += word;
  }
  return sum;
}

}  // namespace

std::string cff_table(const std::string& sfnt) {
  auto t = find_table(sfnt, "CFF ");
  return t ? sfnt.substr(t->offset, t->length) : std::string();
}

bool cff_is_cid_keyed(const std::string& cff) {
  auto d = parse(cff, nullptr);
  return d && d->cid_keyed;
}

bool cff_charset(const std::string& cff, std::vector<uint32_t>& ids) {
  uint32_t glyphs = 0;
  auto d = parse(cff, &glyphs);
  if (!d || d->charset <= 2 || static_cast<size_t>(d->charset) >= cff.size()) return false;
  size_t at = static_cast<size_t>(d->charset);
  int format = static_cast<uint8_t>(cff[at++]);
  ids.assign(1, 0);
  while (ids.size() < glyphs) {
    if (format == 0) {
      if (at + 2 > cff.size()) return false;
      ids.push_back(get(cff, at, 2));
      at += 2;
    } else if (format == 1 || format == 2) {
      int n_size = format == 1 ? 1 : 2;
      if (at + 2 + n_size > cff.size()) return false;
      uint32_t first = get(cff, at, 2), left = get(cff, at + 2, n_size);
      for (uint32_t k = 0; k <= left && ids.size() < glyphs; ++k) ids.push_back(first + k);
      at += 2 + n_size;
    } else {
      return false;
    }
  }
  return true;
}

bool make_cff_charset_identity(std::string& sfnt) {
  auto table = find_table(sfnt, "CFF ");
  if (!table) return true;  // TrueType: nothing to do
  std::string cff = sfnt.substr(table->offset, table->length);
  uint32_t glyphs = 0;
  auto d = parse(cff, &glyphs);
  if (!d) return false;
  if (!d->cid_keyed) return true;
  if (d->charset <= 2 || !rewrite_charset(cff, static_cast<size_t>(d->charset), glyphs))
    return false;
  sfnt.replace(table->offset, table->length, cff);
  put(sfnt, table->record + 4, 4, checksum(sfnt, table->offset, table->length));
  if (auto head = find_table(sfnt, "head"); head && head->length >= 12) {
    put(sfnt, head->offset + 8, 4, 0);
    put(sfnt, head->record + 4, 4, checksum(sfnt, head->offset, head->length));
    put(sfnt, head->offset + 8, 4, 0xB1B0AFBAu - checksum(sfnt, 0, sfnt.size()));
  }
  return true;
}

}  // namespace docpipe::fonts
