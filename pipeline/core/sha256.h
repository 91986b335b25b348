// SHA-256 (FIPS 180-4) of a byte string, as 64 lowercase hex digits (same as `sha256sum`):
// the ledgers' fingerprint of an issued file, and the OFD writer's content-derived DocID.
#pragma once
#include <string>

namespace docpipe {

std::string sha256_hex(const std::string& bytes);

}  // namespace docpipe
