#include "ofd/numbers.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace docpipe::ofd {

namespace {

void append_int(std::string& out, long long v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

long channel(double v) {
  long c = std::lround(v * 255);
  return c < 0 ? 0 : c > 255 ? 255 : c;
}

}  // namespace

void append_mm(std::string& out, double mm) {
  // Integer thousandths: the same text on every machine and no "-0".
  long long t = std::llround(mm * 1000);
  if (t < 0) {
    out += '-';
    t = -t;
  }
  append_int(out, t / 1000);
  int frac = static_cast<int>(t % 1000);
  if (frac == 0) return;
  char digits[4] = {char('0' + frac / 100), char('0' + frac / 10 % 10), char('0' + frac % 10), 0};
  int len = 3;
  while (digits[len - 1] == '0') --len;
  out += '.';
  out.append(digits, len);
}

std::string mm_text(double mm) {
  std::string s;
  append_mm(s, mm);
  return s;
}

std::string box_text(double x, double y, double w, double h) {
  std::string s;
  append_mm(s, x);
  s += ' ';
  append_mm(s, y);
  s += ' ';
  append_mm(s, w);
  s += ' ';
  append_mm(s, h);
  return s;
}

std::string rgb_text(const layout::Color& c) {
  std::string s;
  append_int(s, channel(c.r));
  s += ' ';
  append_int(s, channel(c.g));
  s += ' ';
  append_int(s, channel(c.b));
  return s;
}

}  // namespace docpipe::ofd
