// Object identifiers (GB/T 33190-2016 §7.5, ST_ID): unsigned integers unique within the
// document, handed out in writing order so the same document gets the same IDs.
// CommonData/MaxUnitID is the largest one given.
#pragma once

namespace docpipe::ofd {

class IdCounter {
 public:
  unsigned take() { return ++last_; }
  unsigned max() const { return last_; }

 private:
  unsigned last_ = 0;
};

}  // namespace docpipe::ofd
