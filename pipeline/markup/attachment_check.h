// The 附件说明 and the attachment pages name the same attachments (GB/T 9704 §7.3.4, §8):
// the heading `附件2：名称` of the second attachment page must carry the second name of the
// list, so a renamed attachment cannot go out under its old name in the 附件说明.
#pragma once
#include "core/diagnostics.h"
#include "markup/document.h"

namespace docpipe::markup {

// Reports, at the attachment heading's line, each attachment page whose title differs from
// the 附件说明's name at its number (附件N; an unnumbered 附件 counts in order), or whose
// number the list does not reach. Nothing to compare without a 附件说明, or for a heading
// without a title. Returns false if it reported an error.
bool check_attachment_names(const Document& doc, Diagnostics& diags);

}  // namespace docpipe::markup
