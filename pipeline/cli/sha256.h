// SHA-256 (FIPS 180-4) of a byte string, as 64 lowercase hex digits: the brief ledger's
// fingerprint of an issued PDF (same as `sha256sum`).
#pragma once
#include <string>

namespace docpipe::cli {

std::string sha256_hex(const std::string& bytes);

}  // namespace docpipe::cli
