// The GB/T 9704 elements beyond the plain 文件: 份号/密级/紧急程度, 联合行文 and 签发人 in
// the 版头, the 信函 and 命令 heads, stacked and sealed 署名, a 命令's signer, 纪要
// participants. Word gets the text in the PDF's order and alignment; the exact drops the
// standard gives (30 mm for a 信函, the double rule at the page foot) are the PDF's.
#pragma once
#include <string>
#include <vector>

#include "docx/builder.h"

namespace docpipe::docx {

// 份号 in 仿宋, 密级 and 紧急程度 in 黑体 (`heiti`), flush left, one exact grid line each.
struct HeadMark {
  std::string text;
  bool heiti = false;
};
void add_head_marks(Builder& b, const std::vector<HeadMark>& marks);

// 联合行文 (§7.2.4): the organs stacked, the host first, 文件 to their right centred on them:
// a borderless table of two columns.
void add_joint_masthead(Builder& b, const markup::Masthead& m, int before);

// 上行文 (§7.2.6): the 发文字号 one character in from the left and 签发人：names one character
// in from the right on the same line, two names a row; the red rule under the last row.
void add_signer_rows(Builder& b, const markup::Masthead& m);

// 信函 (§10.1): the 标志 in red over a red thick-thin double rule, then the marks at the
// left and the 发文字号 at the right, then two blank lines.
void add_letter_head(Builder& b, const markup::Masthead& m, const std::vector<HeadMark>& marks);

// 命令 (§10.2): the 标志 20 mm below the 版心 top, the 令号 two lines under it, two blank
// lines.
void add_order_head(Builder& b, const markup::Masthead& m, const std::string& order_no);

// 署名 of a joint document (§7.3.5.2): the names stacked, each starting where the widest
// does (two characters in from the right), the date under them.
void add_signatures(Builder& b, const std::vector<std::string>& names, const std::string& iso_date);

// 命令 signer (§7.3.5.3): two blank lines, 职务 and name four characters in from the right,
// the date under them four characters in.
void add_order_signer(Builder& b, const std::string& title, const std::string& name,
                      const std::string& iso_date);

// 纪要 出席/请假/列席 (§10.3): two characters in, the label in 黑体, names hanging after it.
void add_participants(Builder& b, const std::string& label, const std::vector<std::string>& names);

// Sealed 署名 and 成文日期 (§7.3.5.1): the date four characters in from the right, the 署名
// centred on it, the seal (`image`: 1-based, word/media/imageN.png; `width`, `height` in
// pixels) floating over both, 42 mm across its longer side, centred on the date.
void add_sealed_signature(Builder& b, const std::string& signature, const std::string& iso_date,
                          int image, int width, int height);

}  // namespace docpipe::docx
