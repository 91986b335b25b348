// Reading an OFD package back for the tests: its entries, in archive order, through libzip.
#pragma once
#include <string>
#include <vector>

namespace ofdtest {

struct Entry {
  std::string path;
  std::string bytes;
};

// Every entry of the zip in `bytes`; false with `error` set if it is not a readable zip.
bool read_package(const std::string& bytes, std::vector<Entry>& out, std::string& error);

}  // namespace ofdtest
