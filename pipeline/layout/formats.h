// The heads and closings of GB/T 9704's special formats (§10): 信函 (letter), 命令 (order),
// 纪要 (minutes), and the 上行文/联合行文 variants of the 版头 (§7.2.4–7.2.6).
#pragma once
#include <string>
#include <vector>

#include "layout/context.h"
#include "layout/flow.h"
#include "layout/frame.h"
#include "markup/document.h"

namespace docpipe::layout {

// 信函格式 head (§10.1): 标志, double rule, marks at the left and the 发文字号 at the right
// under it, the bottom double rule of the first page; two lines before the title.
Item letter_head_item(Context& ctx, const markup::Masthead& m, const std::vector<HeadMark>& marks);

// 命令 head (§10.2): 标志 20 mm below the top of the 版心, the 令号 centred two blank lines
// under it, two blank lines before the body.
Item order_head_item(Context& ctx, const markup::Masthead& m, const std::vector<HeadMark>& marks,
                     const std::string& order_no);

// 命令 closing (§7.3.5.3): one blank line... two blank lines under the body, the signer's name
// four characters in from the right, the 职务 two characters to its left; the date one line
// below, four characters in from the right.
Item order_signer_item(Context& ctx, const std::string& title, const std::string& name,
                       const std::string& iso_date);

// 纪要 participants (§10.3): `出席：` in 黑体 two characters in, the names in 仿宋 after it,
// continuation lines aligned after the colon.
std::vector<Item> participant_items(Context& ctx, const std::string& label,
                                    const std::vector<std::string>& names, int line);

}  // namespace docpipe::layout
