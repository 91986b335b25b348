// A CSV file through each importer's path: decoding (UTF-8, BOM, GB18030), splitting into
// records, mapping the header and checking every row against the sample's catalogues, as
// `docpipe import` does but without writing. Every 64th input goes through the real
// import_csv against a scratch copy of the sample database (all-or-nothing transaction).
// The first byte of the input picks the kind: units, indicators or items.
// The body lives in csv_import_input.h, which the normal suite also runs on the seed corpus and
// on every input that once crashed (tests/reliability/fuzz_corpus_test.cpp).
#include "csv_import_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return run_csv_import_input(data, size);
}
