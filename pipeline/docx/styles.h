// styles.xml: the named styles a secretariat works with (正文, 标题, 一级标题 …), each in the
// font its role has in GB/T 9704, so a paragraph typed while revising takes the right face
// by choosing its style. The body refers to styles by these ids.
#pragma once
#include <string>

#include "docx/props.h"

namespace docpipe::docx::style {

// Paragraph styles (id → the name Word shows).
constexpr const char* normal = "Normal";                 // Normal (Word shows 正文 in Chinese)
constexpr const char* body = "GwBody";                   // 正文: 仿宋 3号, two characters in
constexpr const char* title = "GwTitle";                 // 标题: 小标宋 2号, centred
constexpr const char* byline = "GwByline";               // 题注: 楷体, centred under the title
constexpr const char* addressee = "GwAddressee";         // 主送机关: flush left
constexpr const char* quote = "GwQuote";                 // 引文: 楷体
constexpr const char* signature = "GwSignature";         // 发文机关署名
constexpr const char* date = "GwDate";                   // 成文日期
constexpr const char* attach_label = "GwAttachLabel";    // 附件标识: 黑体, new page
constexpr const char* record = "GwRecord";               // 版记: 4号 仿宋
constexpr const char* page_number = "GwPageNumber";      // 页码: 4号 宋体
constexpr const char* mast_name = "GwMastheadName";      // 发文机关标志: red 小标宋
constexpr const char* mast_number = "GwMastheadNumber";  // 发文字号
constexpr const char* brief_series = "GwBriefSeries";    // 简报名称: red 小标宋
constexpr const char* brief_line = "GwBriefLine";        // 期号, 编印单位 and date
constexpr const char* article_title = "GwArticleTitle";  // 简报 文章标题
constexpr const char* source_line = "GwSource";          // 供稿: right
constexpr const char* table_text = "GwTableText";        // 表格文字: 4号 仿宋
constexpr const char* table_head = "GwTableHead";        // 表头: 4号 黑体
constexpr const char* chart_title = "GwChartTitle";      // 图表标题
// 一级标题 … 四级标题, numbered 一、（一）1.（1） by numbering.xml.
const char* heading(int level);
constexpr const char* table = "GwTable";  // table style 公文表格: ruled

std::string styles_xml(const WordFonts& fonts);

}  // namespace docpipe::docx::style
