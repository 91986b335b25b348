// 署名 and 成文日期 of a sealed document (GB/T 9704 §7.3.5.1): the one place the seal image
// is positioned. Unsealed documents keep frame.h's signature_item.
#pragma once
#include <string>

#include "layout/context.h"
#include "layout/flow.h"

namespace docpipe::layout {

// The 成文日期 four characters in from the right, the 署名 centred on it on the line above,
// and the seal (`png`, the file's bytes, for its proportions; `image`, its index in
// Layout::images) centred over both, a little above their middle. The item starts under the
// body (or 附件说明) with as many blank lines as keep the seal's top below the body and
// within one line of it.
Item sealed_signature_item(Context& ctx, const std::string& signature, const std::string& iso_date,
                           const std::string& png, int image);

}  // namespace docpipe::layout
