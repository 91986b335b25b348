// The 发文字号 rule of GB/T 9704 §7.2.4: the year in full inside 〔〕, no 第 before the
// serial number, no leading zeros (吉政办发〔2019〕29号).
#pragma once
#include <string>

namespace docpipe::markup {

// The number written the standard's way; equal to `number` when it already is.
std::string corrected_doc_number(const std::string& number);

}  // namespace docpipe::markup
