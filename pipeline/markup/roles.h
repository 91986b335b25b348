// The document tree from the front matter and the body's blocks: the one place where the
// author's conventions become 公文 roles (a level-1 heading starting 附件 or 附表 begins an
// attachment; a short first paragraph ending in ： is a salutation; in a 简报, level-1 headings
// are article titles and （…供稿） paragraphs are source lines).
#pragma once
#include <vector>

#include "markup/document.h"

namespace docpipe::markup {

// `blocks` are the body in order, with the roles the Markdown gives (heading, paragraph,
// quote, table, chart, article_break). Fills out.nodes and out.properties.
void build_tree(const FrontMatter& fm, std::vector<Node> blocks, Document& out);

// Whether a body block is the start of an attachment (`# 附件1：标题`, `# 附表`).
bool starts_attachment(const Node& block);

// A salutation (称谓) such as 同志们：: a short paragraph ending in a full-width colon.
bool is_salutation(const Node& block);

}  // namespace docpipe::markup
